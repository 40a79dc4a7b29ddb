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
}
