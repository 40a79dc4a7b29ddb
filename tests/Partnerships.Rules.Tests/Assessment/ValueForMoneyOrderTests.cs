using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class ValueForMoneyOrderTests
{
    private static SpendPlan Plan(string id, long pence, decimal quantity) => new()
    {
        Recipient = new Recipient(id, id),
        Year = Example.Round2011.Year,
        Activities = [new Activity { Id = "a", Title = "t", Cost = Money.FromMinorUnits(pence, Currency.Gbp), ActivityType = "cadets", Output = new OutputMeasure(quantity, "units") }],
    };

    [Fact]
    public void Compare_UnitCostsOneDoubleApartOrNone_OrderedByUnitCostBeforeRecipient()
    {
        // £1 for 0.9999999999999999999 units is £1.0000000000000000001… a unit: the same double as £1 for one unit, yet
        // the dearer. A's is dearer, so B's comes first although "A" sorts before "B".
        var comparisons = ValueForMoney.Compare([Plan("A", 100, 0.9999999999999999999m), Plan("B", 100, 1m)], ValueForMoneyThresholds.Default);

        Assert.Equal((double)comparisons[0].UnitCost, (double)comparisons[1].UnitCost);
        Assert.Equal(["B", "A"], comparisons.Select(c => c.RecipientId));
        Assert.True(comparisons[0].UnitCost < comparisons[1].UnitCost);
    }

    [Fact]
    public void Compare_NullPlanInTheList_IsPassedOver()
    {
        // Compare takes plans as they come; a null among them has no activities to compare (as in the reference).
        var comparisons = ValueForMoney.Compare([null!, Plan("B", 300, 1m), Plan("C", 500, 1m)], ValueForMoneyThresholds.Default);

        Assert.Equal(["B", "C"], comparisons.Select(c => c.RecipientId));
        Assert.Equal([5m, 3m], comparisons.Select(c => c.PeerMedian!.Value)); // each one's only peer is the other
    }

    [Fact]
    public void Peers_SetToNull_LeavesNoStatistics()
    {
        // The four statistics set at once; none is none of them.
        var plans = Example.Round2011.Plans.ToList();
        var comparison = ValueForMoney.Compare(plans, Example.Round2011.Terms.ValueForMoney)[0];
        Assert.NotNull(comparison.PeerMedian);

        var cleared = comparison with { Peers = null };

        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null), (cleared.PeerLowerQuartile, cleared.PeerMedian, cleared.PeerUpperQuartile, cleared.UpperFence));
    }
}
