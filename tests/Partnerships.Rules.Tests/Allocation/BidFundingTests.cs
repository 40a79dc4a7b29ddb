using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationGenerators;

namespace Partnerships.Rules.Tests.Allocation;

public sealed class BidFundingTests
{
    private static readonly Gen<(long Pool, long Step, long[] Amounts, long[] Minimums, int[] Scores, int[] Ranks, OverProgrammingOrder Order)> Cases =
        from n in Gen.Frequency((1, Gen.Choose(0, 1)), (4, Gen.Choose(2, 20)))
        from amounts in Gen.ArrayOf(Amount, n)
        from fractions in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(1000)), (1, Gen.Choose(0, 1000))), n)
        from scores in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 3)), (1, Gen.Choose(0, int.MaxValue))), n)
        from ranks in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 3)), (1, Gen.Choose(int.MinValue, int.MaxValue))), n)
        from pool in Estate(amounts)
        from step in Gen.Frequency((2, Gen.Choose(1, 3)), (1, Gen.Choose(1, int.MaxValue)))
        from order in Gen.Elements(OverProgrammingOrder.Score, OverProgrammingOrder.ScorePerPound)
        select (pool, (long)step, amounts, amounts.Select((a, i) => (long)((Int128)a * fractions[i] / 1000)).ToArray(), scores, ranks, order);

    [Fact]
    public void Fund_StrictOrder_StopsAtTheFirstBidThatDoesNotFit()
    {
        var awards = Fund(OverProgrammingRule.StrictOrder, 100, [60, 50, 10], [60, 50, 10], [3, 2, 1], out var left);

        Assert.Equal([60L, 0, 0], awards);
        Assert.Equal(40, left);
    }

    [Fact]
    public void Fund_FirstFit_SkipsTheBidThatDoesNotFitAndGoesOn()
    {
        var awards = Fund(OverProgrammingRule.FirstFit, 100, [60, 50, 10], [60, 50, 10], [3, 2, 1], out var left);

        Assert.Equal([60L, 0, 10], awards);
        Assert.Equal(30, left);
    }

    [Fact]
    public void Fund_FirstFit_IsNotMonotoneInThePool()
    {
        // 50 funds the second and third bids; 60 funds the first, which crowds them out.
        Assert.Equal([0L, 40, 10], Fund(OverProgrammingRule.FirstFit, 50, [60, 40, 10], [60, 40, 10], [3, 2, 1], out _));
        Assert.Equal([60L, 0, 0], Fund(OverProgrammingRule.FirstFit, 60, [60, 40, 10], [60, 40, 10], [3, 2, 1], out _));
    }

    [Fact]
    public void Fund_MinimumViableAmount_FundsPartlyDownToTheMinimum()
    {
        Assert.Equal([70L, 30, 0], Fund(OverProgrammingRule.StrictOrder, 100, [70, 50, 10], [70, 25, 10], [3, 2, 1], out _));
        Assert.Equal([70L, 0, 0], Fund(OverProgrammingRule.StrictOrder, 90, [70, 50, 10], [70, 25, 10], [3, 2, 1], out _));
        Assert.Equal([70L, 25, 0], Fund(OverProgrammingRule.StrictOrder, 95, [70, 50, 10], [70, 25, 10], [3, 2, 1], out _)); // exactly the minimum left
    }

    [Fact]
    public void Fund_EqualScores_GoByRankThenIndex()
    {
        var awards = new long[3];
        var order = new int[3];
        BidFunding.Fund(0, [1, 1, 1], [1, 1, 1], [5, 5, 5], [2, 1, 2], OverProgrammingRule.FirstFit, OverProgrammingOrder.Score, awards, order);

        Assert.Equal([1, 0, 2], order);
    }

    [Fact]
    public void Fund_ScorePerPound_ComparesExactlyByCrossMultiplying()
    {
        // 1/3 against 333333333/1000000000: as doubles they are close; exactly, 1/3 is larger.
        var awards = new long[2];
        var order = new int[2];
        BidFunding.Fund(0, [1_000_000_000, 3], [0, 0], [333_333_333, 1], [1, 1], OverProgrammingRule.FirstFit, OverProgrammingOrder.ScorePerPound, awards, order);

        Assert.Equal([1, 0], order);
    }

    // Invariants 1 and 2: the pool is conserved and each award is nothing, the bid, or between its minimum and the bid.
    [InvariantProperty(1)]
    public Property Fund_AnyCase_ConservesThePoolAndKeepsAwardsWithinBounds()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
            Enum.GetValues<OverProgrammingRule>().All(rule =>
            {
                var awards = new long[c.Amounts.Length];
                var left = BidFunding.Fund(c.Pool, c.Amounts, c.Minimums, c.Scores, c.Ranks, rule, c.Order, awards, new int[c.Amounts.Length]);
                return awards.Sum() + left == c.Pool
                    && awards.Select((a, i) => a == 0 || a == c.Amounts[i] || (a >= c.Minimums[i] && a < c.Amounts[i])).All(ok => ok);
            }));
    }

    // Invariant 11: the counting and insertion sorts give what a plain comparison sort gives.
    [InvariantProperty(11)]
    public Property Fund_AnyBids_ConsidersThemInTheOrderOfAPlainSort()
    {
        // Few or many bids, narrow or wide scores and ranks: insertion, counting (stack or heap) and comparison sorts alike.
        var bids =
            from n in Gen.Frequency((2, Gen.Choose(0, 32)), (1, Gen.Choose(33, 120)))
            from wide in Gen.Elements(false, true)
            from amounts in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0L)), (4, Gen.Choose(1, 1_000).Select(a => (long)a)), (1, Amount)), n)
            from scores in Gen.ArrayOf(wide ? Gen.Choose(0, int.MaxValue) : Gen.Choose(0, 20), n)
            from ranks in Gen.ArrayOf(wide ? Gen.Choose(int.MinValue, int.MaxValue) : Gen.Choose(1, 4), n)
            from order in Gen.Elements(OverProgrammingOrder.Score, OverProgrammingOrder.ScorePerPound)
            select (amounts, scores, ranks, order);
        return Prop.ForAll(bids.ToArbitrary(), c =>
        {
            var n = c.amounts.Length;
            var actual = new int[n];
            BidFunding.Fund(0, c.amounts, c.amounts, c.scores, c.ranks, OverProgrammingRule.FirstFit, c.order, new long[n], actual);
            var expected = Enumerable.Range(0, n).Order(Comparer<int>.Create((a, b) =>
            {
                var byValue = c.order == OverProgrammingOrder.Score ? c.scores[b].CompareTo(c.scores[a])
                    : c.amounts[a] == 0 || c.amounts[b] == 0 ? (c.amounts[b] == 0).CompareTo(c.amounts[a] == 0)
                    : ((Int128)c.scores[b] * c.amounts[a]).CompareTo((Int128)c.scores[a] * c.amounts[b]);
                return byValue != 0 ? byValue : c.ranks[a] != c.ranks[b] ? c.ranks[a].CompareTo(c.ranks[b]) : a.CompareTo(b);
            }));
            return actual.SequenceEqual(expected);
        });
    }

    [InvariantProperty(5)]
    public Property Fund_StrictOrderWithMorePool_NeverGivesAnyBidLess()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var before = new long[c.Amounts.Length];
            var after = new long[c.Amounts.Length];
            BidFunding.Fund(c.Pool, c.Amounts, c.Minimums, c.Scores, c.Ranks, OverProgrammingRule.StrictOrder, c.Order, before, new int[c.Amounts.Length]);
            BidFunding.Fund(c.Pool + c.Step, c.Amounts, c.Minimums, c.Scores, c.Ranks, OverProgrammingRule.StrictOrder, c.Order, after, new int[c.Amounts.Length]);
            return before.Select((a, i) => after[i] >= a).All(ok => ok);
        });
    }

    [Fact]
    public void Fund_MinimumAboveAmount_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fund(OverProgrammingRule.StrictOrder, 10, [5], [6], [1], out _));
    }

    [Theory]
    [InlineData("negative pool", typeof(ArgumentOutOfRangeException), "pool", null)]
    [InlineData("undefined rule", typeof(ArgumentOutOfRangeException), "rule", "Not a defined over-programming rule.")]
    [InlineData("undefined order", typeof(ArgumentOutOfRangeException), "order", "Not a defined over-programming order.")]
    [InlineData("short minimums", typeof(ArgumentException), "minimums", "There are 2 bids but minimums has 1 entries.")]
    [InlineData("short scores", typeof(ArgumentException), "scores", "There are 2 bids but scores has 1 entries.")]
    [InlineData("short ranks", typeof(ArgumentException), "ranks", "There are 2 bids but ranks has 1 entries.")]
    [InlineData("long awards", typeof(ArgumentException), "awards", "There are 2 bids but awards has 3 entries.")]
    [InlineData("short funding order", typeof(ArgumentException), "fundingOrder", "There are 2 bids but fundingOrder has 1 entries.")]
    [InlineData("negative amount", typeof(ArgumentOutOfRangeException), "amounts", null)]
    [InlineData("negative minimum", typeof(ArgumentOutOfRangeException), "minimums", null)]
    [InlineData("minimum above its amount", typeof(ArgumentOutOfRangeException), "minimums", null)]
    [InlineData("negative score", typeof(ArgumentOutOfRangeException), "scores", null)]
    public void Fund_BadArgument_ThrowsNamingItAndChangesNothing(string badCase, Type expected, string parameter, string? message)
    {
        long pool = 10;
        long[] amounts = [5, 3], minimums = [5, 3], awards = [7, 7];
        int[] scores = [1, 1], ranks = [1, 1], order = [9, 9];
        var rule = OverProgrammingRule.StrictOrder;
        var by = OverProgrammingOrder.Score;
        switch (badCase)
        {
            case "negative pool": pool = -1; break;
            case "undefined rule": rule = (OverProgrammingRule)99; break;
            case "undefined order": by = (OverProgrammingOrder)99; break;
            case "short minimums": minimums = [5]; break;
            case "short scores": scores = [1]; break;
            case "short ranks": ranks = [1]; break;
            case "long awards": awards = [7, 7, 7]; break;
            case "short funding order": order = [9]; break;
            case "negative amount": amounts[1] = -1; minimums[1] = -1; break;
            case "negative minimum": minimums[1] = -1; break;
            case "minimum above its amount": minimums[1] = 4; break;
            case "negative score": scores[1] = -1; break;
            default: throw new ArgumentOutOfRangeException(nameof(badCase), badCase, "Not a case of this test.");
        }

        var error = Assert.Throws(expected, () => BidFunding.Fund(pool, amounts, minimums, scores, ranks, rule, by, awards, order));

        Assert.Equal(parameter, ((ArgumentException)error).ParamName);
        if (message is not null)
        {
            Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        }

        Assert.All(awards, a => Assert.Equal(7, a));
        Assert.All(order, i => Assert.Equal(9, i));
    }

    private static long[] Fund(OverProgrammingRule rule, long pool, long[] amounts, long[] minimums, int[] scores, out long left)
    {
        var awards = new long[amounts.Length];
        left = BidFunding.Fund(pool, amounts, minimums, scores, amounts.Select(_ => 1).ToArray(), rule, OverProgrammingOrder.Score, awards, new int[amounts.Length]);
        return awards;
    }
}
