using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Tests;

/// <summary>Hostile input to assessment and allocation: plans are data as submitted, so content problems are findings.</summary>
public sealed partial class HostileInputTests
{
    [Fact]
    public void Assess_NullArguments_AreRejectedNamingTheParameter()
    {
        Rejects<ArgumentNullException>("terms", () => RoundAssessor.Assess(null!, Round2011.Plans));
        Rejects<ArgumentNullException>("plans", () => RoundAssessor.Assess(Terms, null!));
        Rejects<ArgumentException>("plans", () => RoundAssessor.Assess(Terms, [Round2011.Plans[0], null!]));
    }

    [Fact]
    public void Assess_NoPlans_GivesAnEmptyReport()
    {
        var report = RoundAssessor.Assess(Terms, []);

        Assert.Empty(report.Plans);
        Assert.True(report.AssessedSpend.IsZero);
        Assert.Equal(Terms.Priorities.Length, report.SpendByPriority.Length);
    }

    [Fact]
    public void Assess_TermsWithDefaultPriorities_FindsUnknownPrioritiesInsteadOfFailing()
    {
        var plans = Copy(Round2011.Plans);
        var report = RoundAssessor.Assess(Terms with { Priorities = default }, plans);

        Assert.Equal(plans.Length, report.Plans.Length);
        Assert.All(report.Plans, p => Assert.Contains(p.Findings, f => f.Code == PlanFindings.UnknownPriority));
        Assert.Equal(Copy(Round2011.Plans), plans);
    }

    [Fact]
    public void Assess_PlanContentProblems_AreCodedFindingsAndThePlansAreUnchanged()
    {
        SpendPlan[] plans =
        [
            Plan("BCU-NEGATIVE", Line("a", -1, Round2011.VawgCode)),
            Plan("BCU-EMPTY") with { Activities = default },
            Plan("BCU-NO-TITLE", Line("a", 100, Round2011.VawgCode) with { Title = ZeroWidth }),
            Plan("BCU-HUGE", Line("a", long.MaxValue, Round2011.VawgCode), Line("b", long.MaxValue, Round2011.VawgCode)),
            Plan("BCU-EURO", Line("a", 100, Round2011.VawgCode) with { Cost = Money.FromMinorUnits(100, Euro) }),
            Plan("BCU-RANK", Line("a", 100, Round2011.VawgCode) with { Rank = 0 }),
        ];
        var before = Copy(plans);

        var report = RoundAssessor.Assess(Terms, plans);

        Assert.Equal(before, plans);
        Assert.All(report.Plans, p => Assert.Equal(PlanDecision.Ineligible, p.Decision));
        Assert.Contains(report.GetPlan("BCU-NEGATIVE").Findings, f => f.Code == PlanFindings.NegativeAmount);
        Assert.Contains(report.GetPlan("BCU-EMPTY").Findings, f => f.Code == PlanFindings.NoActivities);
        Assert.Contains(report.GetPlan("BCU-NO-TITLE").Findings, f => f.Code == PlanFindings.ActivityTitleBlank);
        Assert.Contains(report.GetPlan("BCU-HUGE").Findings, f => f.Code == PlanFindings.TotalOutOfRange);
        Assert.Contains(report.GetPlan("BCU-EURO").Findings, f => f.Code == PlanFindings.ForeignCurrency);
        Assert.Contains(report.GetPlan("BCU-RANK").Findings, f => f.Code == PlanFindings.RankBelowOne);
    }

    [Fact]
    public void Assess_EqualityStatementOfZeroWidthCharacters_IsNotCompleted()
    {
        var blank = RoundAssessor.Assess(Terms, [Plan("BCU-A", Line("a", 100, Round2011.VawgCode)) with { EqualityImpactStatement = ZeroWidth }]);
        var filled = RoundAssessor.Assess(Terms, [Plan("BCU-A", Line("a", 100, Round2011.VawgCode))]);

        Assert.Contains(blank.Plans[0].Findings, f => f.Code == AssessmentFindings.EqualityImpactNotAddressed);
        Assert.DoesNotContain(filled.Plans[0].Findings, f => f.Code == AssessmentFindings.EqualityImpactNotAddressed);
    }

    [Fact]
    public void Assess_IdsDifferingInCaseOrNormalisationAndLongIds_AreDistinctRecipients()
    {
        SpendPlan[] plans =
        [
            Plan("BCU-A", Line("a", 100, Round2011.VawgCode)),
            Plan("bcu-a", Line("a", 100, Round2011.VawgCode)),
            Plan("CAF\u00C9", Line("a", 100, Round2011.VawgCode)),
            Plan("CAFE\u0301", Line("a", 100, Round2011.VawgCode)),
            Plan(LongId, Line(LongId, 100, Round2011.VawgCode)),
        ];

        var report = RoundAssessor.Assess(Terms, plans);
        var allocation = Allocator.Allocate(Terms, report, AllocationPolicy.Default);

        Assert.Equal(5, report.Plans.Length);
        Assert.All(report.Plans, p => Assert.NotEqual(PlanDecision.Ineligible, p.Decision));
        Assert.DoesNotContain(report.Plans.SelectMany(p => p.Findings), f => f.Code == PlanFindings.DuplicateRecipient);
        Assert.Equal(5, allocation.Recipients.Length);
        Assert.Equal(Money.Pounds(1m), allocation.GetRecipient("bcu-a").Allocated);
        Assert.Equal(Money.Pounds(1m), allocation.GetActivity(LongId, LongId).Allocated);
    }

    [Fact]
    public void Allocate_HostileArguments_AreRejectedNamingTheParameter()
    {
        var report = Round2011.Report;

        Rejects<ArgumentNullException>("terms", () => Allocator.Allocate(null!, report, AllocationPolicy.Default));
        Rejects<ArgumentNullException>("report", () => Allocator.Allocate(Terms, (AssessmentReport)null!, AllocationPolicy.Default));
        Rejects<ArgumentNullException>("policy", () => Allocator.Allocate(Terms, report, null!));
        Rejects<ArgumentException>("report", () => Allocator.Allocate(Terms with { Year = Terms.Year.Next }, report, AllocationPolicy.Default));
        Assert.Equal(RoundAssessor.Assess(Terms, Round2011.Plans), report);
    }

    [Fact]
    public void Allocate_FundOfLongMaxValue_LeavesTheRestUnallocated()
    {
        var terms = Terms with { Fund = Money.FromMinorUnits(long.MaxValue, Currency.Gbp) };

        var allocation = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), AllocationPolicy.Default);

        Assert.Equal(terms.Fund, allocation.CoreAllocated + allocation.OverProgrammedAllocated + allocation.Unallocated);
    }

    [Fact]
    public void Allocate_WeightedRuleWithoutWeights_IsRejectedNamingThePolicy()
    {
        var terms = Terms with { Fund = Money.Pounds(1m) };
        var policy = new AllocationPolicy { ShortfallRule = ShortfallRule.Weighted, FormulaWeights = default! };

        Rejects<ArgumentException>("policy", () => Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), policy));
    }
}
