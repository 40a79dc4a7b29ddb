using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Tests.Plans;

namespace Partnerships.Rules.Tests.Assessment;

// Assessed in the test body: Round2011.Report is computed once, when first read, so it cannot tell one build of the
// assessor from another.
public sealed partial class RoundAssessorTests
{
    private static readonly string Camden = Round2011.RecipientId("Camden");

    [Fact]
    public void Assess_Round2011_QueriesOverProgrammingAndSpendByPriorityAsTheReportStates()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, Round2011.Plans);

        Assert.Equal(Round2011.AmountUnderQuery, report.AmountUnderQuery);
        Assert.Equal(Money.Pounds(75_000m), report.OverProgrammedRequested); // 12 + 15 + 20 + 8 + 20 thousand, footnote 2
        Assert.Equal(Round2011.SpendOnVawg, report.GetSpendOn(Round2011.VawgCode));
        Assert.Equal(Round2011.SpendOnViolence, report.GetSpendOn(Round2011.ViolenceCode));
        Assert.Equal(Round2011.SpendOnReoffending, report.GetSpendOn(Round2011.ReoffendingCode));
        var ealing = report.GetPlan(Round2011.RecipientId("Ealing"));
        Assert.Equal(Money.Pounds(12_000m), ealing.OverProgrammedRequest);
        Assert.Equal(Money.Pounds(50_000m), ealing.CoreRequest);
        Assert.Equal(Money.Pounds(12_000m), Assert.Single(ealing.Findings, f => f.Code == AssessmentFindings.OverProgrammedBid).Amount);
    }

    [Fact]
    public void Assess_Round2011_HaringeyCadetsWarnedAsHighRatioAndAboveTheFence()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, Round2011.Plans);

        // £7,500 for 10 cadets is £750 a cadet; the 31 peers all pay £300 (7,500 / 25), so the quartiles are £300 and
        // the upper fence £300 too: 2.5 times the median and above the fence.
        var haringey = report.GetPlan(Round2011.RecipientId(Round2011.CadetOutlier));
        Assert.Equal(
            [(AssessmentFindings.HighRatioToMedian, FindingSeverity.Warning), (AssessmentFindings.AboveUpperFence, FindingSeverity.Warning)],
            haringey.Findings.Where(f => f.ActivityId == "cadets" && f.Code.StartsWith("VFM", StringComparison.Ordinal)).Select(f => (f.Code, f.Severity)));
        Assert.All(haringey.Findings.Where(f => f.ActivityId == "cadets"), f => Assert.Equal(Money.Pounds(7_500m), f.Amount)); // the activity's cost
        Assert.False(haringey.HasQueries);
        Assert.Equal((16, 16, 0), (report.EligibleCount, report.EligibleWithQueriesCount, report.IneligibleCount)); // 14 queried + Bexley and Sutton's equality statements

    }

    [Fact]
    public void Assess_PlanAlone_EachMeasuredActivityHasTooFewComparators()
    {
        var plan = PlanTestData.Valid("Camden");

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        // Camden measures cadets, schools and offenders; no other plan has peers for them.
        Assert.Equal(
            ["cadets", "offenders", "schools"],
            assessment.Findings.Where(f => f.Code == AssessmentFindings.TooFewComparators).Select(f => f.ActivityId));
        Assert.All(assessment.Findings.Where(f => f.Code == AssessmentFindings.TooFewComparators), f => Assert.Equal((FindingSeverity.Information, (Money?)null), (f.Severity, f.Amount)));
        Assert.False(assessment.HasQueries); // information only
        Assert.Equal(PlanDecision.Eligible, assessment.Decision);
    }

    [Fact]
    public void Assess_UnitCostBeyondRange_NotedAsOutOfRange()
    {
        // £7,500 for 10^-28 cadets is a unit cost no decimal holds.
        var plan = PlanTestData.WithActivity(PlanTestData.Valid("Camden"), 1, a => a with { Output = new OutputMeasure(0.0000000000000000000000000001m, "cadets") });

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        var finding = Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.UnitCostOutOfRange);
        Assert.Equal(("cadets", FindingSeverity.Information, Money.Pounds(7_500m)), (finding.ActivityId, finding.Severity, finding.Amount));
        Assert.Equal("cadets", finding.Values["unit"]);
    }

    [Fact]
    public void Assess_QueriedActivities_EachNamedByHowItFailsToFitAndFindingsInCodeOrder()
    {
        var plan = PlanTestData.Valid("Camden");
        plan = PlanTestData.WithActivity(plan, 0, a => a with { ClaimedPriorities = [] }); // vawg-advocacy: nothing claimed
        plan = PlanTestData.WithActivity(plan, 1, a => a with { ClaimedPriorities = [Round2011.ReoffendingCode, Round2011.VawgCode] }); // cadets are neither
        plan = PlanTestData.WithActivity(plan, 2, a => a with { ActivityType = Round2011.Communications, ClaimedPriorities = [Round2011.ReoffendingCode, Round2011.ViolenceCode] }); // arguably both

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(
            [(AssessmentFindings.ArguableFit, "schools"), (AssessmentFindings.NoFit, "cadets"), (AssessmentFindings.NoPriorityClaimed, "vawg-advocacy")],
            assessment.Findings.Where(f => f.Severity == FindingSeverity.Query).Select(f => (f.Code, f.ActivityId)));
        Assert.Equal(PlanDecision.EligibleWithQueries, assessment.Decision);
        Assert.True(assessment.HasQueries);

        // The codes in the terms' order (VAWG, VIOLENCE, REOFFENDING), the whole cost under query.
        var arguable = Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.ArguableFit);
        Assert.Equal(("VIOLENCE, REOFFENDING", plan.Activities[2].Cost), (arguable.Values["priorities"], arguable.Amount));
        var noFit = Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.NoFit);
        Assert.Equal(("VAWG, REOFFENDING", plan.Activities[1].Cost), (noFit.Values["claimed"], noFit.Amount));
        Assert.Equal(plan.Activities[0].Cost, Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.NoPriorityClaimed).Amount);

        // Advocacy has no output: noted, with no amount (nothing is queried).
        var noOutput = Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.NoMeasurableOutput);
        Assert.Equal("vawg-advocacy", noOutput.ActivityId);
        Assert.Null(noOutput.Amount);

        // Ordered by code, then activity (ordinal), whatever order the rules found them in.
        var keys = assessment.Findings.Select(f => (f.Code, f.ActivityId ?? string.Empty)).ToList();
        Assert.True(keys.Count > 3);
        Assert.Equal(keys.OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Assess_ActivitiesOutOfIdOrder_FitsInIdOrder()
    {
        var plan = PlanTestData.Valid("Camden");
        plan = plan with { Activities = [.. plan.Activities.Reverse()] };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(["cadets", "offenders", "schools", "vawg-advocacy"], assessment.Fits.Select(f => f.ActivityId));
    }

    [Fact]
    public void Assess_NothingFitsAndNoEqualityStatement_StaysIneligible()
    {
        // The failure is found before the later equality query; the query must not soften it.
        var plan = PlanTestData.Valid("Camden");
        plan = plan with { Activities = [.. plan.Activities.Select(a => a with { ClaimedPriorities = [] })], EqualityImpactStatement = "" };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(PlanDecision.Ineligible, assessment.Decision);
        Assert.Contains(assessment.Findings, f => f.Code == AssessmentFindings.EqualityImpactNotAddressed);
    }

    [Fact]
    public void Assess_SubmittedLate_IsIneligible()
    {
        var plan = PlanTestData.Valid("Camden") with { SubmittedAt = Instant.FromUtc(2011, 3, 31, 16, 0, 1) }; // 17:00:01 BST

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(PlanDecision.Ineligible, assessment.Decision);
        Assert.Contains(assessment.Findings, f => f.Code == AssessmentFindings.SubmittedLate);
    }

    [Fact]
    public void Assess_PlanWithoutRecipient_ReportedUnderAnEmptyId()
    {
        var plan = PlanTestData.Valid("Camden") with { Recipient = null! };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(string.Empty, assessment.RecipientId);
        Assert.False(assessment.IsValid);
    }

    [Fact]
    public void Assess_DuplicateRecipientAlsoInvalid_ReportsBothFailures()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, [PlanTestData.NegativeCost(), PlanTestData.Valid("Barnet")]);

        var negative = Assert.Single(report.Plans, p => p.Plan!.Activities[0].Cost.IsNegative);
        Assert.Equal([PlanFindings.NegativeAmount, PlanFindings.DuplicateRecipient], negative.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Equal("Recipient.Id", Assert.Single(negative.Findings, f => f.Code == PlanFindings.DuplicateRecipient).Values["field"]);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("activity cost")]
    [InlineData("activity costs crossed")]
    [InlineData("repeated activity id")]
    public void Assess_TwoPlansOfOneRecipientInEitherOrder_ReportedInOneOrder(string difference)
    {
        var first = PlanTestData.Valid("Camden");
        var second = difference switch
        {
            "name" => first with { Recipient = new Recipient(Camden, "Camden Borough") },
            "activity cost" => PlanTestData.WithActivity(first, 0, a => a with { Cost = a.Cost + Money.Pounds(1m) }),
            // Cadets cheaper, advocacy dearer: the plans differ in two activities, in opposite directions.
            "activity costs crossed" => PlanTestData.WithActivity(PlanTestData.WithActivity(first, 1, a => a with { Cost = a.Cost - Money.Pounds(1m) }), 0, a => a with { Cost = a.Cost + Money.Pounds(1m) }),
            _ => first,
        };
        if (difference == "repeated activity id")
        {
            // One id twice: £1 and £3 against £2 and £2, so the plans differ only in the costs under one id.
            var cadets = first.Activities[1];
            first = first with { Activities = [cadets with { Cost = Money.Pounds(1m) }, cadets with { Cost = Money.Pounds(3m) }] };
            second = first with { Activities = [cadets with { Cost = Money.Pounds(2m) }, cadets with { Cost = Money.Pounds(2m) }] };
        }

        var forward = RoundAssessor.Assess(Round2011.Terms, [first, second]);
        var backward = RoundAssessor.Assess(Round2011.Terms, [second, first]);

        Assert.Equal(forward.Plans.Select(p => p.Plan), backward.Plans.Select(p => p.Plan));
    }

    [Fact]
    public void Assess_PlansOutOfIdOrder_ReportedInIdOrderWhateverTheirNames()
    {
        // Names in the opposite order to the ids: the id decides.
        var barnet = PlanTestData.Valid("Barnet") with { Recipient = new Recipient(Round2011.RecipientId("Barnet"), "Zed unit") };
        var camden = PlanTestData.Valid("Camden") with { Recipient = new Recipient(Camden, "Alpha unit") };

        var report = RoundAssessor.Assess(Round2011.Terms, [camden, barnet]);

        Assert.Equal([Round2011.RecipientId("Barnet"), Camden], report.Plans.Select(p => p.RecipientId));
    }

    [Fact]
    public void Assess_PriorityClaimedInAnotherCase_CountsToThatPriority()
    {
        var plan = PlanTestData.Valid("Camden");
        var lower = plan with { Activities = [.. plan.Activities.Select(a => a with { ClaimedPriorities = [.. a.ClaimedPriorities.Select(c => c.ToLowerInvariant())] })] };

        var report = RoundAssessor.Assess(Round2011.Terms, [lower]);

        Assert.Equal(
            RoundAssessor.Assess(Round2011.Terms, [plan]).SpendByPriority.Select(s => (s.PriorityCode, s.Amount)),
            report.SpendByPriority.Select(s => (s.PriorityCode, s.Amount)));
        Assert.True(report.UnattributedSpend.IsZero);
    }
}
