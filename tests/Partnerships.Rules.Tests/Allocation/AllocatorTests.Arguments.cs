using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Plans;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

// Every check of Allocator.Allocate over plans and standings: the exact exception, the parameter it names and its message.
public sealed partial class AllocatorTests
{
    [Theory]
    [InlineData("no terms", typeof(ArgumentNullException), "terms", null)]
    [InlineData("no plans", typeof(ArgumentNullException), "eligiblePlans", null)]
    [InlineData("no policy", typeof(ArgumentNullException), "policy", null)]
    [InlineData("a null plan", typeof(ArgumentNullException), "eligiblePlans", null)]
    [InlineData("a plan of another year", typeof(ArgumentException), "eligiblePlans", "The plan of 'B' is for 2012/13, the terms for 2011/12.")]
    [InlineData("two plans of one recipient", typeof(ArgumentException), "eligiblePlans", "The recipient 'B' has more than one plan.")]
    [InlineData("a cost in euros", typeof(ArgumentException), "eligiblePlans", "Activity 'b2' of 'B' costs EUR; the fund is in GBP.")]
    [InlineData("a negative cost", typeof(ArgumentOutOfRangeException), "eligiblePlans", "Activity 'b2' of 'B' has a negative cost.")]
    [InlineData("an activity twice", typeof(ArgumentException), "eligiblePlans", "Activity 'b1' appears twice in the plan of 'B'.")]
    [InlineData("a null standing", typeof(ArgumentNullException), "standings", null)]
    [InlineData("a negative score", typeof(ArgumentOutOfRangeException), "standings", null)]
    [InlineData("a standing of no recipient", typeof(ArgumentException), "standings", "The standing of Z / b1 names no activity of the plans.")]
    [InlineData("a standing of no activity", typeof(ArgumentException), "standings", "The standing of B / b0 names no activity of the plans.")]
    [InlineData("a queried amount in euros", typeof(ArgumentException), "standings", "The queried amount of B / b2 is in EUR, its cost in GBP.")]
    [InlineData("a negative queried amount", typeof(ArgumentOutOfRangeException), "standings", null)]
    [InlineData("a queried amount above the cost", typeof(ArgumentOutOfRangeException), "standings", null)]
    [InlineData("a standing twice", typeof(ArgumentException), "standings", "The standing of A / a1 is given twice.")]
    [InlineData("no weight", typeof(ArgumentException), "policy", "The weighted rule needs a formula weight for 'C'.")]
    public void Allocate_BadArgument_ThrowsNamingIt(string badCase, Type expected, string parameter, string? message)
    {
        var euro = Currency.Create("EUR", 2, "€");
        var terms = Terms(1_000, 500);
        List<SpendPlan?> plans = [Plan("A", Core("a1", 100)), Plan("B", Core("b1", 100), Core("b2", 200)), Plan("C", Core("c1", 100))];
        List<ActivityStanding?> standings = [new("A", "a1"), new("B", "b1")];
        var policy = AllocationPolicy.Default;
        switch (badCase)
        {
            case "no terms": terms = null!; break;
            case "no plans": plans = null!; break;
            case "no policy": policy = null!; break;
            case "a null plan": plans[1] = null; break;
            case "a plan of another year": plans[1] = plans[1]! with { Year = Year2011.Next }; break;
            case "two plans of one recipient": plans.Add(Plan("B", Core("b9", 1))); break;
            case "a cost in euros": plans[1] = Plan("B", Core("b1", 100), Core("b2", 200) with { Cost = Money.FromMinorUnits(200, euro) }); break;
            case "a negative cost": plans[1] = Plan("B", Core("b1", 100), Core("b2", -1)); break;
            case "an activity twice": plans[1] = Plan("B", Core("b1", 100), Core("b1", 200)); break;
            case "a null standing": standings.Add(null); break;
            case "a negative score": standings.Add(new ActivityStanding("B", "b2") { Score = -1 }); break;
            case "a standing of no recipient": standings.Add(new ActivityStanding("Z", "b1")); break;
            case "a standing of no activity": standings.Add(new ActivityStanding("B", "b0")); break;
            case "a queried amount in euros": standings.Add(new ActivityStanding("B", "b2") { QueriedAmount = Money.FromMinorUnits(1, euro) }); break;
            case "a negative queried amount": standings.Add(new ActivityStanding("B", "b2") { QueriedAmount = Pence(-1) }); break;
            case "a queried amount above the cost": standings.Add(new ActivityStanding("B", "b2") { QueriedAmount = Pence(201) }); break;
            case "a standing twice": standings.AddRange([new ActivityStanding("B", "b2"), new ActivityStanding("A", "a1") { Score = 1 }, new ActivityStanding("B", "b2")]); break;
            case "no weight": policy = policy with { ShortfallRule = ShortfallRule.Weighted, FormulaWeights = new Dictionary<string, long> { ["A"] = 1, ["B"] = 1 }.ToImmutableDictionary() }; terms = Terms(1, 500); break;
            default: throw new ArgumentOutOfRangeException(nameof(badCase), badCase, "Not a case of this test.");
        }

        var error = Assert.Throws(expected, () => Allocator.Allocate(terms, plans!, policy, standings!));

        Assert.Equal(parameter, ((ArgumentException)error).ParamName);
        if (message is not null)
        {
            Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Allocate_WeightedRuleAndNoWeightForARecipientWithNoClaim_IsAccepted()
    {
        var policy = AllocationPolicy.Default with { ShortfallRule = ShortfallRule.Weighted, FormulaWeights = new Dictionary<string, long> { ["A"] = 1 }.ToImmutableDictionary() };

        var result = Allocator.Allocate(Terms(50, 500), [Plan("A", Core("a1", 100)), Plan("B", Over("b1", 100))], policy);

        Assert.Equal(0, result.GetRecipient("B").CoreClaim.MinorUnits);
        Assert.Equal(50, result.GetRecipient("A").CoreAllocated.MinorUnits);
    }

    [Theory]
    [InlineData("a queried amount of nothing", 0L)]
    [InlineData("a queried amount of the whole cost", 200L)]
    public void Allocate_QueriedAmountAtTheEdgesOfItsRange_IsAccepted(string edge, long queried)
    {
        var standing = new ActivityStanding("B", "b2") { QueriedAmount = Pence(queried) };

        var result = Allocator.Allocate(Terms(1_000, 500), [Plan("B", Core("b1", 100), Core("b2", 200))], AllocationPolicy.Default, [standing]);

        Assert.True(result.GetActivity("B", "b2").Allocated.MinorUnits == 200 - queried, edge);
    }

    [Fact]
    public void Allocate_StandingsInAnyOrder_EachReachesItsOwnActivity()
    {
        // Standings out of the order of the lines: each is found by the binary search over recipients, then activities.
        SpendPlan[] plans =
        [
            Plan("A", Over("a1", 10), Over("a2", 10), Over("a3", 10)),
            Plan("B", Over("b1", 10), Over("b2", 10)),
            Plan("C", Over("c1", 10)),
            Plan("D", Over("d1", 10), Over("d2", 10), Over("d3", 10), Over("d4", 10)),
        ];
        string[] ids = ["A/a1", "A/a2", "A/a3", "B/b1", "B/b2", "C/c1", "D/d1", "D/d2", "D/d3", "D/d4"];
        var standings = ids.Select((id, i) => new ActivityStanding(id[..1], id[2..]) { Score = 100 + i, QueriedAmount = Pence(i % 3) }).ToArray();

        foreach (var order in new[] { Enumerable.Reverse(standings).ToArray(), standings.Where((_, i) => i % 2 == 0).Concat(standings.Where((_, i) => i % 2 == 1)).ToArray() })
        {
            var result = Allocator.Allocate(Terms(1_000, 500), plans, AllocationPolicy.Default, order);

            Assert.Equal(ids.Select((_, i) => 100 + i), result.Activities.Select(a => a.Score));
            Assert.Equal(ids.Select((_, i) => (long)(i % 3)), result.Activities.Select(a => a.HeldBack.MinorUnits));
        }
    }
}
