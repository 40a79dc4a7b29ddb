using Partnerships.Rules.Assessment;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class RoundAssessorSurvivorTests
{
    [Fact]
    public void Assess_SeventeenActivitiesWithoutOutputInReverseIdOrder_FindingsInActivityOrder()
    {
        // Over 16 findings in a plan are sorted by List.Sort rather than by insertion: 17 activities without an output,
        // given from a17 down to a01, are each noted, and the notes still come in code, then activity id, order.
        var camden = PlanTestData.Valid("Camden");
        var cadets = camden.Activities.Single(a => a.Id == "cadets");
        var plan = camden with
        {
            Activities = [.. Enumerable.Range(1, 17).Reverse().Select(i => cadets with { Id = "a" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Cost = Money.Pounds(100m), Output = null })],
        };

        var assessment = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans);

        Assert.True(assessment.IsValid);
        var keys = assessment.Findings.Select(f => (f.Code, f.ActivityId ?? string.Empty)).ToList();
        Assert.Equal(
            Enumerable.Range(1, 17).Select(i => "a" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)),
            keys.Where(k => k.Code == AssessmentFindings.NoMeasurableOutput).Select(k => k.Item2));
        Assert.Equal(keys.OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Assess_OnlyPlanEligibleWithQueries_CountedAsSuch()
    {
        // Croydon alone without an equality statement: eligible with queries, so one such plan and no other kind.
        var report = RoundAssessor.Assess(Round2011.Terms, [PlanTestData.BlankEqualityStatement()]);

        Assert.Equal(PlanDecision.EligibleWithQueries, Assert.Single(report.Plans).Decision);
        Assert.Equal((0, 1, 0), (report.EligibleCount, report.EligibleWithQueriesCount, report.IneligibleCount));
    }

    [Theory]
    [InlineData(0, false)] // outliers exactly half of core plus over-programmed: broadly value for money
    [InlineData(-1, true)] // a penny less in total: more than half
    public void Assess_OverProgrammedActivity_CountsInTheTotalTheOutliersAreAShareOf(long pennies, bool queried)
    {
        // As EligibilityRulesTests' outlier share at exactly half, with the advocacy activity (no output, so no part of
        // any comparison) over-programmed: the plan's total is still core + over-programmed.
        var plans = Round2011.Plans.ToList();
        var camden = plans.FindIndex(p => p.Recipient.Id == Round2011.RecipientId("Camden"));
        plans[camden] = PlanTestData.WithActivity(plans[camden], 2, a => a with { Cost = Money.Pounds(40_000m) }); // schools at £80 a pupil
        var comparisons = ValueForMoney.Compare(plans, Round2011.Terms.ValueForMoney).Where(c => c.RecipientId == plans[camden].Recipient.Id).ToList();
        var outliers = comparisons.Where(c => c.IsOutlier).Aggregate(Money.Zero(Currency.Gbp), (sum, c) => sum + c.Cost);
        Assert.Null(plans[camden].Activities[0].Output);
        plans[camden] = PlanTestData.WithActivity(plans[camden], 0, a => a with
        {
            Cost = a.Cost + (outliers * 2) - plans[camden].Total + Money.FromMinorUnits(pennies, Currency.Gbp),
            IsOverProgrammed = true,
        });

        var assessment = RoundAssessor.Assess(Round2011.Terms, plans).GetPlan(plans[camden].Recipient.Id);

        Assert.False(outliers.IsZero);
        Assert.True(assessment.IsValid);
        Assert.Equal(queried, assessment.Findings.Any(f => f.Code == AssessmentFindings.NotBroadlyValueForMoney));
    }
}
