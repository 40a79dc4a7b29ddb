using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed partial class RoundAssessorTests
{
    [Fact]
    public void Assess_BadInputAmongGoodPlans_ReportsEveryPlanWithItsOwnCode()
    {
        var bad = new (SpendPlan Plan, string Code)[]
        {
            (PlanTestData.NegativeCost(), PlanFindings.NegativeAmount),
            (PlanTestData.DuplicateActivityId(), PlanFindings.DuplicateActivityId),
            (PlanTestData.UnknownPriority(), PlanFindings.UnknownPriority),
            (PlanTestData.ForeignCurrency(), PlanFindings.ForeignCurrency),
            (PlanTestData.WrongYear(), PlanFindings.WrongYear),
        };
        var badIds = bad.Select(b => b.Plan.Recipient.Id).ToHashSet();
        var round = Round2011.Plans.Where(p => !badIds.Contains(p.Recipient.Id)).Concat(bad.Select(b => b.Plan)).ToList();

        var report = RoundAssessor.Assess(Round2011.Terms, round);

        Assert.Equal(32, report.Plans.Length);
        foreach (var (plan, code) in bad)
        {
            var assessment = report.GetPlan(plan.Recipient.Id);
            Assert.Equal(PlanDecision.Ineligible, assessment.Decision);
            Assert.False(assessment.IsValid);
            var finding = Assert.Single(assessment.Findings);
            Assert.Equal(code, finding.Code);
            Assert.Equal(FindingSeverity.Failure, finding.Severity);
            Assert.Equal(plan.Recipient.Id, finding.RecipientId);
        }

        Assert.Equal(27, report.Plans.Count(p => p.IsValid));
        Assert.Equal(Money.Pounds(27 * 50_000m), report.AssessedSpend);
    }

    [Fact]
    public void Assess_BlankEqualityStatement_IsAQueryNotAValidationFailure()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, [PlanTestData.BlankEqualityStatement()]);

        var plan = Assert.Single(report.Plans);
        Assert.True(plan.IsValid);
        Assert.Equal(PlanDecision.EligibleWithQueries, plan.Decision);
        Assert.Contains(plan.Findings, f => f.Code == AssessmentFindings.EqualityImpactNotAddressed);
    }

    [Fact]
    public void Assess_InvalidPlanWithBlankEqualityStatement_StillReportsTheEqualityQuery()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, [PlanTestData.NegativeCost() with { EqualityImpactStatement = "" }]);

        Assert.Equal(
            [AssessmentFindings.EqualityImpactNotAddressed, PlanFindings.NegativeAmount],
            Assert.Single(report.Plans).Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Assess_TwoPlansFromOneRecipient_BothIneligibleWithDuplicateRecipient()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, [PlanTestData.Valid("Ealing"), PlanTestData.Valid("Ealing"), PlanTestData.Valid("Barnet")]);

        Assert.Equal(3, report.Plans.Length);
        Assert.Equal(2, report.Plans.Count(p => p.Findings.Any(f => f.Code == PlanFindings.DuplicateRecipient)));
        Assert.Equal(Money.Pounds(50_000m), report.AssessedSpend);
    }

    [Fact]
    public void Assess_RoundTotalBeyondLongRange_LaterPlansInIdOrderAreInvalid()
    {
        SpendPlan Huge(string borough) => PlanTestData.WithActivity(PlanTestData.Valid(borough), 0, a => a with { Cost = Money.FromMinorUnits(long.MaxValue / 5 * 2, Currency.Gbp) });

        var report = RoundAssessor.Assess(Round2011.Terms, [Huge("Hackney"), Huge("Barnet"), Huge("Camden")]);

        Assert.Equal([true, true, false], report.Plans.Select(p => p.IsValid));
        Assert.Equal(PlanFindings.RoundTotalOutOfRange, Assert.Single(report.Plans[2].Findings).Code);
    }

    [Fact]
    public void Assess_EmptyRound_IsAnEmptyReport()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, []);

        Assert.Empty(report.Plans);
        Assert.True(report.AssessedSpend.IsZero);
        Assert.Equal(3, report.SpendByPriority.Length);
    }

    [Fact]
    public void Assess_NullPlan_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => RoundAssessor.Assess(Round2011.Terms, [Round2011.Plans[0], null!]));

        Assert.Contains("plans[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NothingFitsAtAll_IsIneligible()
    {
        var plan = Round2011.Plans[5] with { Activities = [.. Round2011.Plans[5].Activities.Select(a => a with { ClaimedPriorities = [] })] };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(PlanDecision.Ineligible, assessment.Decision);
        Assert.Contains(assessment.Findings, f => f.Code == AssessmentFindings.NoPriorityAddressed);
        Assert.Equal(plan.Total, assessment.AmountUnderQuery);
    }

    [Fact]
    public void Assess_OnlyArguableFits_IsQueried()
    {
        var plan = Round2011.Plans[5] with { Activities = [.. Round2011.Plans[5].Activities.Select(a => a with { ActivityType = Round2011.Communications })] };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.Equal(PlanDecision.EligibleWithQueries, assessment.Decision);
        Assert.Contains(assessment.Findings, f => f.Code == AssessmentFindings.PrioritiesAddressedOnlyArguably);
    }

    [Fact]
    public void Assess_MostOfThePlanInOutliers_IsNotBroadlyValueForMoney()
    {
        var plans = Round2011.Plans.ToList();
        var camden = plans.FindIndex(p => p.Recipient.Id == Round2011.RecipientId("Camden"));
        plans[camden] = PlanTestData.WithActivity(plans[camden], 2, a => a with { Cost = Money.Pounds(40_000m) }); // schools at £80 a pupil against ~£21

        var assessment = RoundAssessor.Assess(Round2011.Terms with { CapCoreAtStandardAllocation = false }, plans).GetPlan(Round2011.RecipientId("Camden"));

        var finding = Assert.Single(assessment.Findings, f => f.Code == AssessmentFindings.NotBroadlyValueForMoney);
        Assert.Equal(FindingSeverity.Query, finding.Severity);
        Assert.Equal(Money.Pounds(40_000m), finding.Amount);
        Assert.Equal("0.5", finding.Values["maximumShare"]);
    }
}
