using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Tests.Plans;

namespace Partnerships.Rules.Tests.Assessment;

/// <summary>The orders the report promises where the input gives none: plans of one recipient, findings of one code
/// on one activity, and the round total at the very edge of the range.</summary>
public sealed partial class RoundAssessorTests
{
    public static TheoryData<string, (string Id, decimal Pounds)[], (string Id, decimal Pounds)[]> PlansOfOneRecipient => new()
    {
        // Activities compared in id order: "A" costs £1 in the first plan and £2 in the second, whatever "B" costs.
        { "by id", [("B", 9m), ("A", 1m)], [("A", 2m), ("B", 1m)] },

        // Activities sharing an id compared by cost: £1 then £5 against £2 then £3.
        { "by cost", [("A", 5m), ("A", 1m)], [("A", 3m), ("A", 2m)] },
    };

    [Theory]
    [MemberData(nameof(PlansOfOneRecipient))]
    public void Assess_TwoPlansOfOneRecipient_AreReportedInTheOrderOfTheirActivities(string order, (string Id, decimal Pounds)[] first, (string Id, decimal Pounds)[] second)
    {
        var template = PlanTestData.Valid("Ealing");
        SpendPlan Plan((string Id, decimal Pounds)[] activities) =>
            template with { Activities = [.. activities.Select(a => template.Activities[0] with { Id = a.Id, Cost = Money.Pounds(a.Pounds) })] };
        var (one, two) = (Plan(first), Plan(second));

        foreach (var plans in new[] { new[] { one, two }, [two, one] })
        {
            var report = RoundAssessor.Assess(Round2011.Terms, plans);

            Assert.True(ReferenceEquals(one, report.Plans[0].Plan), order);
            Assert.True(ReferenceEquals(two, report.Plans[1].Plan), order);
        }
    }

    [Fact]
    public void Assess_TwoUnknownPrioritiesOfOneActivity_AreReportedInTheOrderOfTheirMessages()
    {
        var plan = PlanTestData.WithActivity(PlanTestData.Valid("Brent"), 1, a => a with { ClaimedPriorities = ["ZZ", "AA"] });

        var findings = Assert.Single(RoundAssessor.Assess(Round2011.Terms, [plan]).Plans).Findings;

        Assert.Equal(
            ["'AA' (ClaimedPriorities[1])", "'ZZ' (ClaimedPriorities[0])"],
            findings.Where(f => f.Code == PlanFindings.UnknownPriority).Select(f => f.Message[..27]));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Assess_RoundTotalOfExactlyLongMaxValuePence_IsInRangeAndOnePennyMoreIsNot(long beyond, bool laterValid)
    {
        // Barnet comes first in id order; Hackney's plan brings the round's total to long.MaxValue pence (and one more).
        static long Rest(SpendPlan plan) => plan.Total.MinorUnits - plan.Activities[0].Cost.MinorUnits;
        static SpendPlan Totalling(string borough, long total)
        {
            var plan = PlanTestData.Valid(borough);
            return PlanTestData.WithActivity(plan, 0, a => a with { Cost = Money.FromMinorUnits(total - Rest(plan), Currency.Gbp) });
        }

        const long Half = long.MaxValue / 2;
        var (hackney, barnet) = (Totalling("Hackney", long.MaxValue - Half + beyond), Totalling("Barnet", Half));

        var report = RoundAssessor.Assess(Round2011.Terms, [hackney, barnet]);

        Assert.Same(barnet, report.Plans[0].Plan);
        Assert.Same(hackney, report.Plans[1].Plan);
        Assert.True(report.Plans[0].IsValid);
        Assert.Equal(laterValid, report.Plans[1].IsValid);
    }
}
