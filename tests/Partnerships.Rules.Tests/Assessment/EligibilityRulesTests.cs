using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class EligibilityRulesTests
{
    [Fact]
    public void SubmittedByDeadline_AtFiveInBritishSummerTime_IsOnTimeAtFourUtc()
    {
        var onTime = PlanTestData.Valid() with { SubmittedAt = Instant.FromUtc(2011, 3, 31, 16, 0) };

        Assert.Empty(EligibilityRules.SubmittedByDeadline(onTime, Round2011.Terms));
    }

    [Fact]
    public void SubmittedByDeadline_OneSecondLate_FailsWithLondonTimes()
    {
        var late = PlanTestData.Valid() with { SubmittedAt = Instant.FromUtc(2011, 3, 31, 16, 0, 1) };

        var finding = Assert.Single(EligibilityRules.SubmittedByDeadline(late, Round2011.Terms));

        Assert.Equal(AssessmentFindings.SubmittedLate, finding.Code);
        Assert.Equal(FindingSeverity.Failure, finding.Severity);
        Assert.Equal("2011-03-31T17:00:01", finding.Values["submitted"]);
        Assert.Equal("2011-03-31T17:00:00", finding.Values["deadline"]);
        Assert.Equal("Europe/London", finding.Values["zone"]);
    }

    [Fact]
    public void SubmittedByDeadline_WinterDeadline_IsGreenwichMeanTime()
    {
        var terms = Round2011.Terms with { SubmissionDeadline = new LocalDateTime(2011, 1, 31, 17, 0) };

        Assert.Empty(EligibilityRules.SubmittedByDeadline(PlanTestData.Valid() with { SubmittedAt = Instant.FromUtc(2011, 1, 31, 17, 0) }, terms));
        Assert.Single(EligibilityRules.SubmittedByDeadline(PlanTestData.Valid() with { SubmittedAt = Instant.FromUtc(2011, 1, 31, 17, 0, 1) }, terms));
    }

    [Theory]
    // Autumn 2011: at 02:00 BST on 30 October clocks went back to 01:00 GMT, so 01:30 happened twice, at 00:30 and
    // at 01:30 UTC. The deadline is the later of the two.
    [InlineData("2011-10-30T01:30", "2011-10-30T01:30:00Z", true)]
    [InlineData("2011-10-30T01:30", "2011-10-30T01:00:00Z", true)]
    [InlineData("2011-10-30T01:30", "2011-10-30T01:30:01Z", false)]
    // Spring 2011: at 01:00 GMT on 27 March clocks went forward to 02:00 BST, so 01:30 never happened. The deadline
    // is the first instant after the gap, 02:00 BST (01:00 UTC), when the clock first read past 01:30.
    [InlineData("2011-03-27T01:30", "2011-03-27T01:00:00Z", true)]
    [InlineData("2011-03-27T01:30", "2011-03-27T01:00:01Z", false)]
    [InlineData("2011-03-27T01:30", "2011-03-27T01:15:00Z", false)]
    public void SubmittedByDeadline_DeadlineInAClockChange_IsTheInstantTheDocsName(string deadline, string submitted, bool onTime)
    {
        var terms = Round2011.Terms with { SubmissionDeadline = NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(deadline + ":00").Value };
        var plan = PlanTestData.Valid() with { SubmittedAt = NodaTime.Text.InstantPattern.General.Parse(submitted).Value };

        var findings = EligibilityRules.SubmittedByDeadline(plan, terms);

        Assert.Equal(onTime ? [] : [AssessmentFindings.SubmittedLate], findings.Select(f => f.Code));
    }

    [Fact]
    public void SubmittedByDeadline_NoSubmissionTime_Warns()
    {
        var finding = Assert.Single(EligibilityRules.SubmittedByDeadline(PlanTestData.Valid() with { SubmittedAt = null }, Round2011.Terms));

        Assert.Equal(AssessmentFindings.SubmissionTimeUnknown, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void SubmittedByDeadline_NoDeadline_HasNothingToSay()
    {
        Assert.Empty(EligibilityRules.SubmittedByDeadline(PlanTestData.Valid() with { SubmittedAt = null }, Round2011.Terms with { SubmissionDeadline = null }));
    }

    [Fact]
    public void WithinStandardAllocation_CoreAboveFiftyThousand_FailsWithTheExcess()
    {
        var plan = PlanTestData.WithActivity(PlanTestData.Valid(), 0, a => a with { Cost = a.Cost + Money.Pounds(1m) });

        var finding = Assert.Single(EligibilityRules.WithinStandardAllocation(plan, Round2011.Terms));

        Assert.Equal(AssessmentFindings.CoreAboveStandardAllocation, finding.Code);
        Assert.Equal(Money.Pounds(1m), finding.Amount);
        Assert.Equal("£50,000.00", finding.Values["standardAllocation"]);
        Assert.Empty(EligibilityRules.WithinStandardAllocation(plan, Round2011.Terms with { CapCoreAtStandardAllocation = false }));
    }

    [Fact]
    public void WithinStandardAllocation_OverProgrammedWhenNotInvited_Fails()
    {
        var ealing = PlanTestData.Valid("Ealing");

        Assert.Equal(AssessmentFindings.OverProgrammedBid, Assert.Single(EligibilityRules.WithinStandardAllocation(ealing, Round2011.Terms)).Code);
        var finding = Assert.Single(EligibilityRules.WithinStandardAllocation(ealing, Round2011.Terms with { OverProgrammingInvited = false }));
        Assert.Equal(AssessmentFindings.OverProgrammingNotInvited, finding.Code);
        Assert.Equal(FindingSeverity.Failure, finding.Severity);
        Assert.Equal(Money.Pounds(12_000m), finding.Amount);
    }

    [Fact]
    public void Templates_EveryCode_IsDistinctAndHasATemplate()
    {
        var codes = typeof(AssessmentFindings).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), AssessmentFindings.Definitions.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PublicRules_NullArgument_ThrowNamingIt()
    {
        var plan = PlanTestData.Valid();
        var terms = Round2011.Terms;
        IReadOnlyCollection<ActivityFit> fits = []; // the public overload, not the span one
        IEnumerable<UnitCostComparison> comparisons = [];

        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EligibilityRules.AddressesAPriority(null!, fits, terms)).ParamName);
        Assert.Equal("fits", Assert.Throws<ArgumentNullException>(() => EligibilityRules.AddressesAPriority(plan, (IReadOnlyCollection<ActivityFit>)null!, terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => EligibilityRules.AddressesAPriority(plan, fits, null!)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EligibilityRules.BroadlyValueForMoney(null!, comparisons, terms)).ParamName);
        Assert.Equal("comparisons", Assert.Throws<ArgumentNullException>(() => EligibilityRules.BroadlyValueForMoney(plan, null!, terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => EligibilityRules.BroadlyValueForMoney(plan, comparisons, null!)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EligibilityRules.EqualityImpactAddressed(null!)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EligibilityRules.WithinStandardAllocation(null!, terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => EligibilityRules.WithinStandardAllocation(plan, null!)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EligibilityRules.SubmittedByDeadline(null!, terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => EligibilityRules.SubmittedByDeadline(plan, null!)).ParamName);
    }

    [Fact]
    public void AddressesAPriority_OnlyArguableFits_CountsThem()
    {
        var plan = PlanTestData.Valid() with { Activities = [.. PlanTestData.Valid().Activities.Select(a => a with { ActivityType = Round2011.Communications })] };
        var fits = plan.Activities.Select(a => PriorityFit.Assess(a, Round2011.Terms)).ToList();

        var finding = Assert.Single(EligibilityRules.AddressesAPriority(plan, fits, Round2011.Terms));

        Assert.Equal(AssessmentFindings.PrioritiesAddressedOnlyArguably, finding.Code);
        Assert.Equal("4", finding.Values["arguable"]); // Camden's four activities, all communications
    }

    [Fact]
    public void AddressesAPriority_NothingFits_FailsNamingTheTermsPriorities()
    {
        var plan = PlanTestData.Valid() with { Activities = [.. PlanTestData.Valid().Activities.Select(a => a with { ClaimedPriorities = [] })] };
        var fits = plan.Activities.Select(a => PriorityFit.Assess(a, Round2011.Terms)).ToList();

        var finding = Assert.Single(EligibilityRules.AddressesAPriority(plan, fits, Round2011.Terms));

        Assert.Equal(AssessmentFindings.NoPriorityAddressed, finding.Code);
        Assert.Equal("VAWG, VIOLENCE, REOFFENDING", finding.Values["priorities"]);
    }

    [Theory]
    [InlineData(0, false)] // the outliers exactly half the plan: "no more than" half is broadly value for money
    [InlineData(-1, true)] // a penny less in total: more than half
    public void BroadlyValueForMoney_OutliersAtTheMaximumShare_AreStillBroadlyValueForMoney(long pennies, bool queried)
    {
        var plans = Round2011.Plans.ToList();
        var camden = plans.FindIndex(p => p.Recipient.Id == Round2011.RecipientId("Camden"));
        plans[camden] = PlanTestData.WithActivity(plans[camden], 2, a => a with { Cost = Money.Pounds(40_000m) }); // schools at £80 a pupil
        var comparisons = ValueForMoney.Compare(plans, Round2011.Terms.ValueForMoney).Where(c => c.RecipientId == plans[camden].Recipient.Id).ToList();
        var outliers = comparisons.Where(c => c.IsOutlier).Aggregate(Money.Zero(Currency.Gbp), (sum, c) => sum + c.Cost);
        var plan = PlanTestData.WithActivity(plans[camden], 0, a => a with { Cost = a.Cost + (outliers * 2) - plans[camden].Total + Money.FromMinorUnits(pennies, Currency.Gbp) });

        var findings = EligibilityRules.BroadlyValueForMoney(plan, comparisons, Round2011.Terms);

        Assert.Equal(0.5m, Round2011.Terms.ValueForMoney.MaximumOutlierShare);
        Assert.False(outliers.IsZero);
        Assert.Equal(queried ? [AssessmentFindings.NotBroadlyValueForMoney] : [], findings.Select(f => f.Code));
    }

    [Fact]
    public void WithinStandardAllocation_CoreAboveAndOverProgrammed_ReportsBoth()
    {
        var ealing = PlanTestData.WithActivity(PlanTestData.Valid("Ealing"), 0, a => a with { Cost = a.Cost + Money.Pounds(1m) });

        var findings = EligibilityRules.WithinStandardAllocation(ealing, Round2011.Terms);

        Assert.Equal([AssessmentFindings.CoreAboveStandardAllocation, AssessmentFindings.OverProgrammedBid], findings.Select(f => f.Code));
    }

    [Fact]
    public void SubmittedByDeadline_Late_SaysByHowMuch()
    {
        var late = PlanTestData.Valid() with { SubmittedAt = Instant.FromUtc(2011, 3, 31, 16, 0, 1) };

        var finding = Assert.Single(EligibilityRules.SubmittedByDeadline(late, Round2011.Terms));

        Assert.Equal(Duration.FromSeconds(1).ToString("o", System.Globalization.CultureInfo.InvariantCulture), finding.Values["lateBy"]);
    }
}
