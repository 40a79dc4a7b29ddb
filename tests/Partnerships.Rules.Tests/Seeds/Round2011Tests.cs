using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Seeds;

public sealed class Round2011Tests
{
    private static readonly AssessmentReport Report = Round2011.Report;

    [Fact]
    public void Fixture_ThirtyTwoUnitsAtStandardAllocation_CoreIsTheWholeFund()
    {
        Assert.Equal(32, Round2011.Plans.Length);
        Assert.All(Round2011.Plans, plan => Assert.Equal(Round2011.Terms.StandardAllocation, plan.CoreTotal));
        Assert.Equal(Round2011.Terms.Fund, Round2011.Terms.StandardAllocation * 32);
        Assert.Same(Round2011.Terms, Round2011.Scheme.TermsFor(Round2011.Year));
    }

    [Fact]
    public void Assess_Round2011_EveryPlanEligibleAndFourteenPlusTwoWithQueries()
    {
        Assert.Equal(32, Report.Plans.Length);
        Assert.All(Report.Plans, p => Assert.True(p.IsValid));
        Assert.Equal(0, Report.IneligibleCount);
        Assert.Equal(16, Report.EligibleWithQueriesCount);
        Assert.Equal(16, Report.EligibleCount);
    }

    [Fact]
    public void Assess_Round2011_QueriesAre270kAcrossFourteenBoroughsOnTheFourThemes()
    {
        Assert.Equal(Round2011.AmountUnderQuery, Report.AmountUnderQuery);
        Assert.Equal(14, Report.RecipientsWithAmountUnderQuery);
        var queried = Report.Plans.Where(p => !p.AmountUnderQuery.IsZero).Select(p => p.RecipientId).Order(StringComparer.Ordinal);
        Assert.Equal(Round2011.QueriedBoroughs.Select(Round2011.RecipientId).Order(StringComparer.Ordinal), queried);

        var themes = Report.Plans.SelectMany(p => p.Findings)
            .Where(f => f.Code == AssessmentFindings.ArguableFit)
            .Select(f => f.Values["theme"]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            new[] { Round2011.AntiSocialBehaviour, Round2011.Burglary, Round2011.Communications, Round2011.CommunityGrants }.Order(StringComparer.Ordinal),
            themes);
    }

    [Fact]
    public void Assess_Round2011_SpendByPriorityMatchesFootnoteOneAndSumsToTheFund()
    {
        Assert.Equal(Round2011.SpendOnVawg, Report.GetSpendOn(Round2011.VawgCode));
        Assert.Equal(Round2011.SpendOnViolence, Report.GetSpendOn(Round2011.ViolenceCode));
        Assert.Equal(Round2011.SpendOnReoffending, Report.GetSpendOn(Round2011.ReoffendingCode));
        Assert.Equal(Money.Pounds(1_600_000m), Report.AssessedSpend);
        Assert.True(Report.UnattributedSpend.IsZero);
        Assert.Equal(Report.AssessedSpend, Report.SpendByPriority.Aggregate(Report.UnattributedSpend, (sum, s) => sum + s.Amount));
    }

    [Fact]
    public void Assess_Round2011_FiveBoroughsBidBeyondTheStandardAllocation()
    {
        var overProgrammed = Report.Plans.Where(p => p.Findings.Any(f => f.Code == AssessmentFindings.OverProgrammedBid)).Select(p => p.RecipientId);

        Assert.Equal(Round2011.OverProgrammed.Keys.Select(Round2011.RecipientId).Order(StringComparer.Ordinal), overProgrammed);
        Assert.Equal(Money.Pounds(75_000m), Report.OverProgrammedRequested);
        Assert.Equal(Money.Pounds(20_000m), Report.GetPlan(Round2011.RecipientId("Westminster")).OverProgrammedRequest);
    }

    [Fact]
    public void Assess_Round2011_HaringeyCadetsAreTheOneOutlierAtTwoAndAHalfTimesTheMedian()
    {
        var outlier = Assert.Single(Report.Outliers);

        Assert.Equal(Round2011.RecipientId(Round2011.CadetOutlier), outlier.RecipientId);
        Assert.Equal(750m, outlier.UnitCost);
        Assert.Equal(300m, outlier.PeerMedian);
        Assert.Equal(31, outlier.PeerCount);
        Assert.Equal(2.5m, outlier.RatioToMedian);
        var haringey = Report.GetPlan(outlier.RecipientId);
        Assert.Equal(PlanDecision.Eligible, haringey.Decision); // a warning, not a query: "no specific concerns"
        var finding = Assert.Single(haringey.Findings, f => f.Code == AssessmentFindings.HighRatioToMedian);
        Assert.Equal("2.5", finding.Values["ratio"]);
        Assert.Equal("300", finding.Values["median"]);
        Assert.Equal("2", finding.Values["threshold"]);
    }

    [Fact]
    public void Assess_Round2011_JointSexualViolenceBidsHaveTooFewComparators()
    {
        foreach (var borough in new[] { "Kensington and Chelsea", "Westminster", "Ealing" })
        {
            var finding = Assert.Single(Report.GetPlan(Round2011.RecipientId(borough)).Findings, f => f.Code == AssessmentFindings.TooFewComparators);
            Assert.Equal("over-programmed", finding.ActivityId);
            Assert.Equal("3", finding.Values["minimumPeers"]);
        }
    }

    [Fact]
    public void Assess_Round2011_BlankEqualityStatementsAreQueried()
    {
        foreach (var borough in Round2011.BlankEqualityStatement)
        {
            var plan = Report.GetPlan(Round2011.RecipientId(borough));
            Assert.Equal(PlanDecision.EligibleWithQueries, plan.Decision);
            Assert.Contains(plan.Findings, f => f.Code == AssessmentFindings.EqualityImpactNotAddressed && f.Severity == FindingSeverity.Query);
            Assert.True(plan.AmountUnderQuery.IsZero);
        }
    }
}
