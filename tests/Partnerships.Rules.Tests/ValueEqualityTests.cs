using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests;

/// <summary>Values compare by content: the same computation made twice, or the same value built twice, is equal.</summary>
public sealed class ValueEqualityTests
{
    [Fact]
    public void AllocationPolicy_DefaultAndNew_AreEqual()
    {
        var weighted = new AllocationPolicy { FormulaWeights = ImmutableDictionary<string, long>.Empty.Add("A", 2).Add("B", 3) };
        var same = new AllocationPolicy { FormulaWeights = ImmutableDictionary<string, long>.Empty.Add("B", 3).Add("A", 2) };

        Assert.Equal(AllocationPolicy.Default, new AllocationPolicy());
        Assert.True(AllocationPolicy.Default == new AllocationPolicy());
        Assert.Equal(weighted, same);
        Assert.Equal(weighted.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(weighted, same with { FormulaWeights = same.FormulaWeights.SetItem("A", 4) });
    }

    [Fact]
    public void AllocationPolicy_FormulaWeightsWithAnotherComparer_AreKeyedOrdinally()
    {
        var policy = new AllocationPolicy { FormulaWeights = ImmutableDictionary.Create<string, long>(StringComparer.OrdinalIgnoreCase).Add("a", 1) };

        Assert.Same(StringComparer.Ordinal, policy.FormulaWeights.KeyComparer);
        Assert.False(policy.FormulaWeights.ContainsKey("A"));
    }

    [Fact]
    public void SpendPlan_CopiedActivities_IsEqual()
    {
        var plan = Round2011.Plans[0];
        var copy = plan with { Activities = [.. plan.Activities.Select(a => a with { ClaimedPriorities = [.. a.ClaimedPriorities] })] };

        Assert.Equal(plan, copy);
        Assert.Equal(plan.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(plan, copy with { Activities = copy.Activities.RemoveAt(0) });
    }

    [Fact]
    public void SpendPlan_DefaultActivities_IsEmpty()
    {
        var plan = Round2011.Plans[0] with { Activities = default };

        Assert.Empty(plan.Activities);
        Assert.Equal(plan, plan with { Activities = [] });
    }

    [Fact]
    public void Assess_MadeTwice_GivesEqualReports()
    {
        var first = RoundAssessor.Assess(Round2011.Terms, Round2011.Plans);
        var second = RoundAssessor.Assess(Round2011.Terms with { }, [.. Round2011.Plans.Select(p => p with { })]);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Allocate_MadeTwice_GivesEqualResults()
    {
        var first = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);
        var second = Allocator.Allocate(Round2011.Terms, RoundAssessor.Assess(Round2011.Terms, Round2011.Plans), new AllocationPolicy());

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Activities = second.Activities.RemoveAt(0) });
    }

    [Fact]
    public void Review_MadeTwice_GivesEqualResultsAndPositions()
    {
        var first = Year();
        var second = Year();

        Assert.Equal(first.Opened, second.Opened);
        Assert.Equal(first.Q2, second.Q2);
        Assert.Equal(first.Review, second.Review);
        Assert.Equal(first.Review.GetHashCode(), second.Review.GetHashCode());
        Assert.NotEqual(first.Review.Position, first.Q2.Position);
    }

    private static (FundPosition Opened, QuarterResult Q2, ReviewResult Review) Year()
    {
        var terms = Round2011.Terms;
        var allocation = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), AllocationPolicy.Default);
        var opened = FundPosition.Open(allocation, Round2011.Plans);
        var q1 = QuarterlyMonitor.Record(opened, Round2011.Year.Quarter(1), Round2011.Returns(opened, 1));
        var q2 = QuarterlyMonitor.Record(q1.Position, Round2011.Year.Quarter(2), Round2011.Returns(q1.Position, 2));
        var review = UnderspendReview.Hold(q2.Position, terms, terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
        return (opened, q2, review);
    }
}
