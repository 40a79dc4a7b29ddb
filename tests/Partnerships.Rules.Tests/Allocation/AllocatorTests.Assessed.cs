using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Tests.Assessment;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class AllocatorTests
{

    [Fact]
    public void Allocate_Report2011_MeetsEveryCoreRequestAndFundsNoOverProgrammedActivity()
    {
        var result = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);

        Assert.Equal(32, result.Recipients.Length);
        Assert.All(result.Recipients, r => Assert.Equal(Money.Pounds(50_000m), r.CoreAllocated));
        Assert.Equal(Money.Pounds(1_600_000m), result.CoreAllocated);
        Assert.Equal(Money.Zero(Currency.Gbp), result.OverProgrammedAllocated);
        Assert.Equal(Money.Zero(Currency.Gbp), result.Unallocated);
        Assert.Equal(5, result.Activities.Count(a => a.IsOverProgrammed && a.Allocated.IsZero));
    }

    [Fact]
    public void Allocate_QueriedAmountsHeldBack_CoreLosesTheQueriesAndTheRestFundsOverProgramming()
    {
        var terms = Round2011.Terms with { HoldBackQueriedAmounts = true };

        var result = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), AllocationPolicy.Default);

        Assert.Equal(Money.Pounds(1_600_000m) - Round2011.AmountUnderQuery, result.CoreAllocated);
        Assert.Equal(Money.Pounds(75_000m), result.OverProgrammedAllocated);
        Assert.Equal(Round2011.AmountUnderQuery - Money.Pounds(75_000m), result.Unallocated);
        Assert.Equal(result.Fund, result.CoreAllocated + result.OverProgrammedAllocated + result.Unallocated);
    }

    [Fact]
    public void Allocate_IneligiblePlan_TakesNoPart()
    {
        var plans = Round2011.Plans.SetItem(0, Round2011.Plans[0] with { Year = Round2011.Year.Next });
        var report = RoundAssessor.Assess(Round2011.Terms, plans);

        var result = Allocator.Allocate(Round2011.Terms, report, AllocationPolicy.Default);

        Assert.Equal(PlanDecision.Ineligible, report.GetPlan(plans[0].Recipient.Id).Decision);
        Assert.DoesNotContain(result.Recipients, r => r.RecipientId == plans[0].Recipient.Id);
        Assert.Equal(Money.Pounds(1_550_000m), result.CoreAllocated);
    }

    [Fact]
    public void Allocate_ReportForAnotherYear_ThrowsNamingBothYears()
    {
        var error = Assert.Throws<ArgumentException>(() => Allocator.Allocate(Round2011.Terms with { Year = Round2011.Year.Next }, Round2011.Report, AllocationPolicy.Default));

        Assert.Contains("2011/12", error.Message, StringComparison.Ordinal);
        Assert.Contains("2012/13", error.Message, StringComparison.Ordinal);
    }

    // The report's fits taken as the allocator's lines (no standing made, no id sorted again) give what the standings
    // the report stands for give through the public overload: rounds with activities in id order (the fast path) or
    // out of it (every plan of two activities or more: the standings), ranks out of order, queries held back or not, a
    // fund short or not, over-programming invited or not.
    [Property]
    public Property Allocate_AnyReport_SameAsThePlansWithTheStandingsOfItsFits()
    {
        var cases =
            from round in RoundAssessorTests.Rounds
            from seed in Gen.Choose(0, int.MaxValue)
            from inIdOrder in Gen.Elements(true, false)
            from pounds in Gen.Elements(0L, 1L, 50_000L, 1_600_000L, 10_000_000L)
            select (Round: round, Seed: seed, InIdOrder: inIdOrder, Pounds: pounds);
        return Prop.ForAll(cases.ToArbitrary(), t =>
        {
            var (round, seed, inIdOrder, pounds) = t;
            var random = new Random(seed);
            var plans = round.Select(p => p with { Activities = [.. InOrder(p.Activities, inIdOrder, random)] }).ToArray();
            var terms = Round2011.Terms with
            {
                Fund = Money.Pounds(pounds),
                HoldBackQueriedAmounts = random.Next(2) == 0,
                OverProgrammingInvited = random.Next(3) != 0,
            };
            var report = RoundAssessor.Assess(terms, plans);
            var eligible = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).ToList();
            var standings = StandingsOf(eligible);

            var fast = Outcome(() => Allocator.Allocate(terms, report, AllocationPolicy.Default));
            var plain = Outcome(() => Allocator.Allocate(terms, eligible.Select(p => p.Plan!), AllocationPolicy.Default, standings));
            return (fast == plain).Classify(inIdOrder, "activities in id order");
        });
    }

    // The activities in ordinal order of id, or shuffled so that two or more are never in that order.
    private static Rules.Plans.Activity[] InOrder(ImmutableArray<Rules.Plans.Activity> activities, bool inIdOrder, Random random)
    {
        var byId = activities.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        if (inIdOrder || byId.Length < 2)
        {
            return byId;
        }

        var shuffled = activities.OrderBy(_ => random.Next()).ToArray();
        return shuffled.Select(a => a.Id).SequenceEqual(byId.Select(a => a.Id)) ? [.. Enumerable.Reverse(shuffled)] : shuffled;
    }

    [Fact]
    public void Allocate_ReportWithFitsOutOfIdOrder_SameAsThePlansWithTheStandingsOfItsFits()
    {
        var report = Round2011.Report with { Plans = [.. Round2011.Report.Plans.Select(p => p with { Fits = [.. p.Fits.Reverse()] })] };
        var standings = StandingsOf(report.Plans.Where(p => p.Decision != PlanDecision.Ineligible));
        var eligible = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).Select(p => p.Plan!);

        var fromReport = Allocator.Allocate(Round2011.Terms, report, AllocationPolicy.Default);

        Assert.Equal(Allocator.Allocate(Round2011.Terms, eligible, AllocationPolicy.Default, standings), fromReport);
    }

    [Theory]
    [InlineData("unknown", "The assessment of '{0}' fits 'no-such-activity', which is not an activity of its plan.")]
    [InlineData("null", "The assessment of '{0}' fits '', which is not an activity of its plan.")]
    [InlineData("repeated", "The assessment of '{0}' fits '{1}' twice.")]
    [InlineData("repeated in place", "The assessment of '{0}' fits '{1}' twice.")]
    public void Allocate_ReportMadeByHandWithABadFit_ThrowsNamingTheReport(string badFit, string message)
    {
        // Plans in id order, so that their fits are too and each fit's activity is found at its own place, until the
        // bad one.
        var report = ReportOfPlansInIdOrder();
        var index = report.Plans.IndexOf(report.Plans.First(p => p.Decision != PlanDecision.Ineligible && p.Fits.Length > 1));
        var assessed = report.Plans[index];
        var fits = badFit switch
        {
            "unknown" => assessed.Fits.SetItem(1, assessed.Fits[1] with { ActivityId = "no-such-activity" }),
            "null" => assessed.Fits.SetItem(1, assessed.Fits[1] with { ActivityId = null! }),
            "repeated in place" => assessed.Fits.SetItem(1, assessed.Fits[0]),
            _ => assessed.Fits.Add(assessed.Fits[0]),
        };
        var damaged = report with { Plans = report.Plans.SetItem(index, assessed with { Fits = fits }) };

        var error = Assert.Throws<ArgumentException>(() => Allocator.Allocate(Round2011.Terms, damaged, AllocationPolicy.Default));

        Assert.Equal("report", error.ParamName);
        Assert.StartsWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, assessed.RecipientId, assessed.Fits[0].ActivityId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ReportMadeByHandWithAFitLeftOut_AllocatesThatActivityWithNoStanding()
    {
        // A plan in id order, so that its fits are too, alone in its report, its last fit left out.
        var report = ReportOfPlansInIdOrder();
        var index = report.Plans.IndexOf(report.Plans.First(p => p.Decision != PlanDecision.Ineligible && p.Fits.Length > 1));
        var assessed = report.Plans[index];
        var damaged = report with { Plans = [assessed with { Fits = assessed.Fits.RemoveAt(assessed.Fits.Length - 1) }] };
        var eligible = damaged.Plans.Where(p => p.Decision != PlanDecision.Ineligible).ToList();
        var standings = StandingsOf(eligible);

        var result = Allocator.Allocate(Round2011.Terms, damaged, AllocationPolicy.Default);

        Assert.Equal(assessed.Plan!.Activities.Length, result.Activities.Count(a => a.RecipientId == assessed.RecipientId));
        Assert.Equal(Allocator.Allocate(Round2011.Terms, eligible.Select(p => p.Plan!), AllocationPolicy.Default, standings), result);
    }

    private static AssessmentReport ReportOfPlansInIdOrder() =>
        RoundAssessor.Assess(Round2011.Terms, Round2011.Plans.Select(p => p with { Activities = [.. p.Activities.OrderBy(a => a.Id, StringComparer.Ordinal)] }));

    // The standings a report's fits stand for, as a caller of the public overload would make them.
    private static List<ActivityStanding> StandingsOf(IEnumerable<PlanAssessment> assessed) =>
        [.. assessed.SelectMany(p => p.Fits.Select(f => new ActivityStanding(p.RecipientId, f.ActivityId)
        {
            QueriedAmount = f.IsQueried ? p.Plan!.Activities.Single(a => a.Id == f.ActivityId).Cost : null,
            Score = f.Level == PriorityFitLevel.Direct ? 2 : f.Level == PriorityFitLevel.Arguable ? 1 : 0,
        }))];

    // The result written out, or the overflow a round near the top of the range ends in.
    private static string Outcome(Func<AllocationResult> allocate)
    {
        try
        {
            return PartnershipsJson.ToAuditJson(allocate());
        }
        catch (OverflowException e)
        {
            return "overflow: " + e.Message;
        }
    }
}
