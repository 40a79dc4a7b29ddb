using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class ValueForMoneyTests
{
    private static SpendPlan Plan(string id, params (string Type, long Pence, decimal Quantity)[] lines) => new()
    {
        Recipient = new Recipient(id, id),
        Year = Example.Round2011.Year,
        Activities = [.. lines.Select((l, i) => new Activity
        {
            Id = "a" + i,
            Title = "t",
            Cost = Money.FromMinorUnits(l.Pence, Currency.Gbp),
            ActivityType = l.Type,
            Output = new OutputMeasure(l.Quantity, "units"),
        })],
    };

    [Fact]
    public void Compare_FivePeers_QuartilesByLinearInterpolation()
    {
        // Unit costs £1, £2, £3, £4, £10 in plans P1..P5; P6 at £5 is compared with all five.
        var plans = new[] { 100L, 200, 300, 400, 1000, 500 }.Select((p, i) => Plan("P" + (i + 1), ("cadets", p, 1m))).ToList();

        var p6 = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Single(c => c.RecipientId == "P6");

        Assert.Equal(5, p6.PeerCount);
        Assert.Equal(2m, p6.PeerLowerQuartile);
        Assert.Equal(3m, p6.PeerMedian);
        Assert.Equal(4m, p6.PeerUpperQuartile);
        Assert.Equal(7m, p6.UpperFence);
        Assert.Equal(5m / 3m, p6.RatioToMedian);
        Assert.False(p6.IsOutlier);
    }

    [Fact]
    public void Compare_OwnPlansOtherActivities_AreNeverPeers()
    {
        var plans = new[]
        {
            Plan("A", ("cadets", 100, 1m), ("cadets", 100_000, 1m)),
            Plan("B", ("cadets", 100, 1m)),
            Plan("C", ("cadets", 100, 1m)),
            Plan("D", ("cadets", 100, 1m)),
        };

        var a = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Where(c => c.RecipientId == "A").ToList();

        Assert.All(a, c => Assert.Equal(3, c.PeerCount));
        Assert.All(a, c => Assert.Equal(1m, c.PeerMedian));
        Assert.Equal([false, true], a.Select(c => c.IsHighRatio));
    }

    [Fact]
    public void Compare_FewerPeersThanTheMinimum_NoJudgement()
    {
        var plans = new[] { Plan("A", ("cadets", 100_000, 1m)), Plan("B", ("cadets", 100, 1m)), Plan("C", ("cadets", 100, 1m)) };

        var a = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Single(c => c.RecipientId == "A");

        Assert.False(a.HasEnoughPeers);
        Assert.False(a.IsOutlier);
        Assert.Equal(1m, a.PeerMedian);
    }

    [Fact]
    public void Compare_TypeAndUnit_MatchIgnoringCase()
    {
        var plans = new[] { Plan("A", ("Cadets", 300, 3m)), Plan("B", ("CADETS", 100, 1m)) };

        var comparisons = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default);

        Assert.All(comparisons, c => Assert.Equal(1, c.PeerCount));
    }

    [Fact]
    public void Compare_UnitCost_IsExactDecimalWithoutTrailingZeros()
    {
        var c = Assert.Single(ValueForMoney.Compare([Plan("A", ("x", 100_00, 3m))], ValueForMoneyThresholds.Default));

        Assert.Equal(100m / 3m, c.UnitCost);
        Assert.Equal("33.333333333333333333333333333", c.UnitCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(c.PeerMedian);
    }

    [Fact]
    public void Compare_TinyQuantity_IsLeftOutRatherThanThrown()
    {
        Assert.Empty(ValueForMoney.Compare([Plan("A", ("x", long.MaxValue, 0.0000000000000000000000000001m))], ValueForMoneyThresholds.Default));
    }

    [Fact]
    public void Compare_StatisticsSharedBetweenComparisons_EqualTheSameSetOneByOne()
    {
        var plans = new[] { 100L, 200, 300, 400, 1000, 500 }.Select((p, i) => Plan("P" + (i + 1), ("cadets", p, 1m))).ToList();
        var p6 = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Single(c => c.RecipientId == "P6");

        var rebuilt = new UnitCostComparison
        {
            RecipientId = p6.RecipientId,
            ActivityId = p6.ActivityId,
            ActivityType = p6.ActivityType,
            Unit = p6.Unit,
            Cost = p6.Cost,
            Quantity = p6.Quantity,
            UnitCost = p6.UnitCost,
            PeerCount = p6.PeerCount,
            HasEnoughPeers = p6.HasEnoughPeers,
            PeerMedian = p6.PeerMedian,
            PeerLowerQuartile = p6.PeerLowerQuartile,
            PeerUpperQuartile = p6.PeerUpperQuartile,
            UpperFence = p6.UpperFence,
            RatioToMedian = p6.RatioToMedian,
        };

        Assert.Equal(p6, rebuilt);
        Assert.Equal(p6.GetHashCode(), rebuilt.GetHashCode());
        Assert.Equal(p6.ToString(), rebuilt.ToString());
        var changed = p6 with { PeerMedian = 3.5m };
        Assert.NotEqual(p6, changed);
        Assert.Equal((2m, 3.5m, 4m, 7m), (changed.PeerLowerQuartile!.Value, changed.PeerMedian!.Value, changed.PeerUpperQuartile!.Value, changed.UpperFence!.Value));
        Assert.Equal((2m, 3m, 4m, 7m), (p6.PeerLowerQuartile!.Value, p6.PeerMedian!.Value, p6.PeerUpperQuartile!.Value, p6.UpperFence!.Value));
    }

    [Fact]
    public void Compare_ComparisonCopiedWithChanges_KeepsItsRatioAndLeavesTheOriginal()
    {
        // A comparison ValueForMoney makes reads its activity and works out its ratio when read; a copy with another
        // unit cost or median keeps the ratio it had, as a stored one would, and the original is unchanged.
        var plans = new[] { 100L, 200, 300, 400, 1000, 500 }.Select((p, i) => Plan("P" + (i + 1), ("cadets", p, 1m))).ToList();
        var p6 = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Single(c => c.RecipientId == "P6");

        var copied = p6 with { UnitCost = 9m, PeerMedian = 1m, ActivityId = "other", Cost = Money.FromMinorUnits(900, Currency.Gbp) };

        Assert.Equal(5m / 3m, p6.RatioToMedian);
        Assert.Equal(p6.RatioToMedian, copied.RatioToMedian);
        Assert.Equal((9m, 1m, "other", 900L, "cadets", "units", 1m), (copied.UnitCost, copied.PeerMedian!.Value, copied.ActivityId, copied.Cost.MinorUnits, copied.ActivityType, copied.Unit, copied.Quantity));
        Assert.Equal((5m, 3m, "a0", 500L), (p6.UnitCost, p6.PeerMedian!.Value, p6.ActivityId, p6.Cost.MinorUnits));
        Assert.Equal(p6, p6 with { });
        Assert.NotEqual(p6, p6 with { RatioToMedian = 2m });
        var again = copied with { Unit = "children" };
        Assert.Equal(("other", "units", "children"), (copied.ActivityId, copied.Unit, again.Unit)); // each copy its own values
    }

    [Fact]
    public void Compare_StatisticsAllSetToNull_EqualNeverSet()
    {
        var plans = new[] { 100L, 200 }.Select((p, i) => Plan("P" + (i + 1), ("cadets", p, 1m))).ToList();
        var first = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default)[0];
        var cleared = first with { PeerMedian = null, PeerLowerQuartile = null, PeerUpperQuartile = null, UpperFence = null };
        var never = new UnitCostComparison
        {
            RecipientId = first.RecipientId,
            ActivityId = first.ActivityId,
            ActivityType = first.ActivityType,
            Unit = first.Unit,
            Cost = first.Cost,
            Quantity = first.Quantity,
            UnitCost = first.UnitCost,
            PeerCount = first.PeerCount,
            HasEnoughPeers = first.HasEnoughPeers,
            RatioToMedian = first.RatioToMedian,
        };

        Assert.NotNull(first.PeerMedian);
        Assert.Equal(never, cleared);
        Assert.Equal(never.GetHashCode(), cleared.GetHashCode());
    }
}
