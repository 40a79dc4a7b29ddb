using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

// The peers' statistics are shared between plans of one group whose own positions fall alike around the quartiles
// (ValueForMoney.CachedStatistics). With every unit cost distinct, two plans given the same statistics by a wrong key
// would show a wrong quartile, so these rounds are compared with the reference that works every plan out alone.
public sealed class ValueForMoneyCacheTests
{
    private static SpendPlan Plan(int p, IEnumerable<long> pence) => new()
    {
        Recipient = new Recipient("P" + p.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "P" + p),
        Year = Example.Round2011.Year,
        Activities = [.. pence.Select((cost, a) => new Activity
        {
            Id = "a" + a.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            Title = "t",
            Cost = Money.FromMinorUnits(cost, Currency.Gbp),
            ActivityType = "cadets",
            Output = new OutputMeasure(1m, "units"),
        })],
    };

    [Fact]
    public void Compare_NineSinglePlansOfDistinctCost_EachMedianLeavesOutItsOwnCost()
    {
        // Costs 1..9 pounds, one a plan. Without the plan at £5 its peers are 1,2,3,4,6,7,8,9: median (4+6)/2 = 5;
        // without the plan at £6: 1,2,3,4,5,7,8,9, median (4+5)/2 = 4.5. The two fall alike around Q1 and Q3, not Q2.
        var plans = Enumerable.Range(1, 9).Select(p => Plan(p, [p * 100L])).ToList();

        var comparisons = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default);

        Assert.Equal(5m, comparisons.Single(c => c.UnitCost == 5m).PeerMedian);
        Assert.Equal(4.5m, comparisons.Single(c => c.UnitCost == 6m).PeerMedian);
    }

    [Fact]
    public void Compare_PlansOfOneToTwentyActivitiesOfDistinctCosts_SameAsTheReference()
    {
        // One group, every unit cost distinct, plans of 1 to 20 activities (over and under the 15 own positions whose
        // statistics are shared) spread through the order. Fixed seeds: the same rounds every run.
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var sizes = Enumerable.Range(0, random.Next(2, 12)).Select(_ => random.Next(3) == 0 ? random.Next(12, 21) : random.Next(1, 4)).ToArray();
            var costs = Enumerable.Range(1, sizes.Sum()).Select(c => c * 100L).OrderBy(_ => random.Next()).ToArray();
            var plans = new List<SpendPlan>();
            for (int p = 0, taken = 0; p < sizes.Length; taken += sizes[p], p++)
            {
                plans.Add(Plan(p, costs.Skip(taken).Take(sizes[p])));
            }

            var expected = ReferenceValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Select(c => c.ToString());

            Assert.Equal(expected, ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Select(c => c.ToString()));
        }
    }

    [Fact]
    public void Compare_TwoPlansOfSixteenWhoseOwnPositionsDifferOnlyBelowQ1_EachGetsItsOwnLowerQuartile()
    {
        // Sixteen own positions are more than the shared statistics' key holds (their count, 16, would read as a
        // first move of 1): X and Y are worked out alone. Costs in pounds: Y has £1 and fifteen from £1,001; 45
        // single plans S01..S45 have £11..£55; X has £30.50 (between S20 and S21) and fifteen from £2,001.
        // Each has 61 peers, quartiles at peer 15, 30 and 45 (from 0). X's peers: £1, then £11..£55, so Q1 is £25;
        // Y's peers: £11..£30, X's £30.50, £31..£55, so Q1 is £26. Medians (£40) and Q3 (£55) agree.
        var plans = new List<SpendPlan>
        {
            Plan(0, [3050L, .. Enumerable.Range(1, 15).Select(j => (2000L + j) * 100)]),
            Plan(1, [100L, .. Enumerable.Range(1, 15).Select(j => (1000L + j) * 100)]),
        };
        plans.AddRange(Enumerable.Range(1, 45).Select(i => Plan(i + 1, [(10L + i) * 100])));

        var comparisons = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default);

        Assert.All(comparisons.Where(c => c.RecipientId == "P00"), c => Assert.Equal(((decimal?)25m, (decimal?)40m, (decimal?)55m), (c.PeerLowerQuartile, c.PeerMedian, c.PeerUpperQuartile)));
        Assert.All(comparisons.Where(c => c.RecipientId == "P01"), c => Assert.Equal(((decimal?)26m, (decimal?)40m, (decimal?)55m), (c.PeerLowerQuartile, c.PeerMedian, c.PeerUpperQuartile)));
        Assert.Equal(
            ReferenceValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Select(c => c.ToString()),
            comparisons.Select(c => c.ToString()));
    }

    [Fact]
    public void Compare_TwoPlansOfFifteenWhoseOwnPositionsDifferOnlyAroundTheMedian_EachGetsItsOwnMedian()
    {
        // Fifteen own positions share statistics by key. Costs in pounds: X has £1..£14 and £120.50; Y has £21..£34
        // and £109.50; 44 single plans S01..S44 have £101..£144. Each has 59 peers: Q1 between peers 14 and 15 (from 0),
        // the median at peer 29, Q3 between 43 and 44. Both have 14 own positions below Q1 and 15 below Q3; below the
        // median X has 14 (its peers S01..S09, Y's £109.50, S10..S15: median £115) and Y has 15 (X's 14, S01..S16:
        // median £116). Q1 is £101.50 and Q3 £129.50 for both (halfway between two peers: 58 / 4 leaves 2 quarters).
        var plans = new List<SpendPlan>
        {
            Plan(0, [.. Enumerable.Range(1, 14).Select(j => j * 100L), 12_050L]),
            Plan(1, [.. Enumerable.Range(21, 14).Select(j => j * 100L), 10_950L]),
        };
        plans.AddRange(Enumerable.Range(1, 44).Select(i => Plan(i + 1, [(100L + i) * 100])));

        var comparisons = ValueForMoney.Compare(plans, ValueForMoneyThresholds.Default);

        Assert.All(comparisons.Where(c => c.RecipientId == "P00"), c => Assert.Equal(((decimal?)101.5m, (decimal?)115m, (decimal?)129.5m), (c.PeerLowerQuartile, c.PeerMedian, c.PeerUpperQuartile)));
        Assert.All(comparisons.Where(c => c.RecipientId == "P01"), c => Assert.Equal(((decimal?)101.5m, (decimal?)116m, (decimal?)129.5m), (c.PeerLowerQuartile, c.PeerMedian, c.PeerUpperQuartile)));
        Assert.Equal(
            ReferenceValueForMoney.Compare(plans, ValueForMoneyThresholds.Default).Select(c => c.ToString()),
            comparisons.Select(c => c.ToString()));
    }
}
