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
