using FsCheck;
using FsCheck.Fluent;
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
    // the report stands for give through the public overload: rounds with activities out of id order and ranks out of
    // order, queries held back or not, a fund short or not, over-programming invited or not.
    [Fact]
    public void Allocate_AnyReport_SameAsThePlansWithTheStandingsOfItsFits()
    {
        var shuffled = 0;
        var cases =
            from round in RoundAssessorTests.Rounds
            from seed in Gen.Choose(0, int.MaxValue)
            from pounds in Gen.Elements(0L, 1L, 50_000L, 1_600_000L, 10_000_000L)
            select (Round: round, Seed: seed, Pounds: pounds);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(cases.ToArbitrary(), t =>
        {
            var (round, seed, pounds) = t;
            var random = new Random(seed);
            var plans = round.Select(p => p with { Activities = [.. p.Activities.OrderBy(_ => random.Next())] }).ToArray();
            var terms = Round2011.Terms with
            {
                Fund = Money.Pounds(pounds),
                HoldBackQueriedAmounts = random.Next(2) == 0,
                OverProgrammingInvited = random.Next(3) != 0,
            };
            var report = RoundAssessor.Assess(terms, plans);
            var eligible = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).ToList();
            shuffled += eligible.Count(p => !p.Plan!.Activities.Select(a => a.Id).SequenceEqual(p.Fits.Select(f => f.ActivityId)));
            var standings = eligible.SelectMany(p => p.Fits.Select(f => new ActivityStanding(p.RecipientId, f.ActivityId)
            {
                QueriedAmount = f.IsQueried ? p.Plan!.Activities.Single(a => a.Id == f.ActivityId).Cost : null,
                Score = f.Level == PriorityFitLevel.Direct ? 2 : f.Level == PriorityFitLevel.Arguable ? 1 : 0,
            })).ToList();

            var fast = Outcome(() => Allocator.Allocate(terms, report, AllocationPolicy.Default));
            var plain = Outcome(() => Allocator.Allocate(terms, eligible.Select(p => p.Plan!), AllocationPolicy.Default, standings));
            return fast == plain;
        }));

        Assert.True(shuffled > 200, $"only {shuffled} eligible plans with activities out of id order");
    }

    [Fact]
    public void Allocate_ReportWithFitsOutOfIdOrder_SameAsThePlansWithTheStandingsOfItsFits()
    {
        var report = Round2011.Report with { Plans = [.. Round2011.Report.Plans.Select(p => p with { Fits = [.. p.Fits.Reverse()] })] };
        var standings = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).SelectMany(p => p.Fits.Select(f => new ActivityStanding(p.RecipientId, f.ActivityId)
        {
            QueriedAmount = f.IsQueried ? p.Plan!.Activities.Single(a => a.Id == f.ActivityId).Cost : null,
            Score = f.Level == PriorityFitLevel.Direct ? 2 : f.Level == PriorityFitLevel.Arguable ? 1 : 0,
        }));
        var eligible = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).Select(p => p.Plan!);

        var fromReport = Allocator.Allocate(Round2011.Terms, report, AllocationPolicy.Default);

        Assert.Equal(Allocator.Allocate(Round2011.Terms, eligible, AllocationPolicy.Default, standings), fromReport);
    }

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
