using Ardalis.GuardClauses;
namespace Partnerships.Rules.Allocation;

/// <summary>
/// The allocation core for the over-programming stage: funds bids from a pool, in a published order, each in full,
/// down to a minimum viable amount, or not at all. Works on spans of <see cref="long"/> minor units.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Bids are taken by <see cref="OverProgrammingOrder"/> (score, or score per unit of money compared
/// by cross-multiplied integers), then by rank (lower first), then by index. The index is the tie-break: callers
/// must pass bids in a fixed order of an intrinsic id (the domain layer sorts by recipient id, then activity id,
/// ordinally). Many bids whose integer scores and ranks span a modest range (a table of at most two entries per bid)
/// are ordered by one stable counting sort in linear time; up to 32 bids by an insertion sort that allocates nothing;
/// anything else by a comparison sort on the same key.</para>
/// <para><b>Funding.</b> A bid whose amount fits in what is left is funded in full. One that does not fit but whose
/// minimum viable amount does (and is below its amount) takes everything left. Otherwise it gets nothing, and
/// <see cref="OverProgrammingRule.StrictOrder"/> stops there while <see cref="OverProgrammingRule.FirstFit"/> goes
/// on. Awards sum with what is left to the pool exactly; each is zero, its amount, or between its minimum and its
/// amount.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class BidFunding
{
    // Up to this many bids an insertion sort is quicker than anything that allocates.
    private const int SmallCount = 32;

    /// <summary>Funds bids from a pool.</summary>
    /// <param name="pool">The money available, in minor units; not negative.</param>
    /// <param name="amounts">Each bid's amount, in minor units, in the fixed tie-break order; none negative.</param>
    /// <param name="minimums">Each bid's minimum viable amount: equal to its amount for all-or-nothing, lower to allow partial funding; between zero and the amount.</param>
    /// <param name="scores">Each bid's assessment score, higher first; none negative.</param>
    /// <param name="ranks">Each bid's rank in its recipient's own order of preference, lower first.</param>
    /// <param name="rule">What to do with a bid that does not fit.</param>
    /// <param name="order">The key that orders the bids.</param>
    /// <param name="awards">Receives each bid's award; the same length as <paramref name="amounts"/>.</param>
    /// <param name="fundingOrder">Receives the bid indices in the order they were considered; the same length as <paramref name="amounts"/>.</param>
    /// <returns>What is left of the pool.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pool"/>, an amount, a minimum or a score is negative, a minimum exceeds its amount, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static long Fund(
        long pool,
        ReadOnlySpan<long> amounts,
        ReadOnlySpan<long> minimums,
        ReadOnlySpan<int> scores,
        ReadOnlySpan<int> ranks,
        OverProgrammingRule rule,
        OverProgrammingOrder order,
        Span<long> awards,
        Span<int> fundingOrder)
    {
        Guard.Against.NegativeNumber(pool);
        if (rule is not (OverProgrammingRule.StrictOrder or OverProgrammingRule.FirstFit))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined over-programming rule.");
        }

        if (order is not (OverProgrammingOrder.Score or OverProgrammingOrder.ScorePerPound))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Not a defined over-programming order.");
        }

        var n = amounts.Length;
        SameLength(n, minimums.Length, nameof(minimums));
        SameLength(n, scores.Length, nameof(scores));
        SameLength(n, ranks.Length, nameof(ranks));
        SameLength(n, awards.Length, nameof(awards));
        SameLength(n, fundingOrder.Length, nameof(fundingOrder));
        for (var i = 0; i < n; i++)
        {
            Guard.Against.NegativeNumber(amounts[i], nameof(amounts));
            Guard.Against.NegativeNumber(minimums[i], nameof(minimums));
            Guard.Against.Above(minimums[i], amounts[i], nameof(minimums));
            Guard.Against.NegativeNumber(scores[i], nameof(scores));
        }

        Order(amounts, scores, ranks, order, fundingOrder);

        var left = pool;
        var stopped = false;
        foreach (var i in fundingOrder)
        {
            var amount = amounts[i];
            long award = 0;
            if (stopped)
            {
                // Strict order has stopped: nothing further is funded.
            }
            else if (amount <= left)
            {
                award = amount;
            }
            else if (left > 0 && minimums[i] <= left)
            {
                award = left;
            }
            else
            {
                stopped = rule == OverProgrammingRule.StrictOrder;
            }

            awards[i] = award;
            left -= award;
        }

        return left;
    }

    private static void SameLength(int expected, int actual, string name)
    {
        if (actual != expected)
        {
            throw new ArgumentException(FormattableString.Invariant($"There are {expected} bids but {name} has {actual} entries."), name);
        }
    }

    /// <summary>
    /// Orders the bids: a counting sort on the (score, rank) pair when the table is small and the bids many; an
    /// insertion sort for a handful; a comparison sort otherwise. All give the same order, index last.
    /// </summary>
    private static void Order(ReadOnlySpan<long> amounts, ReadOnlySpan<int> scores, ReadOnlySpan<int> ranks, OverProgrammingOrder order, Span<int> result)
    {
        var n = scores.Length;
        var perPound = order == OverProgrammingOrder.ScorePerPound;
        if (n <= SmallCount)
        {
            for (var i = 0; i < n; i++)
            {
                var j = i;
                while (j > 0 && Compare(i, result[j - 1], amounts, scores, ranks, perPound) < 0)
                {
                    result[j] = result[j - 1];
                    j--;
                }

                result[j] = i;
            }

            return;
        }

        int minScore = int.MaxValue, maxScore = int.MinValue, minRank = int.MaxValue, maxRank = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            minScore = Math.Min(minScore, scores[i]);
            maxScore = Math.Max(maxScore, scores[i]);
            minRank = Math.Min(minRank, ranks[i]);
            maxRank = Math.Max(maxRank, ranks[i]);
        }

        var rankSpan = (long)maxRank - minRank + 1;
        var tableSize = (((long)maxScore - minScore + 1) * rankSpan) + 1;
        if (perPound || tableSize > 2L * n)
        {
            var amountCopy = amounts.ToArray();
            var scoreCopy = scores.ToArray();
            var rankCopy = ranks.ToArray();
            for (var i = 0; i < n; i++)
            {
                result[i] = i;
            }

            result.Sort((a, b) => Compare(a, b, amountCopy, scoreCopy, rankCopy, perPound));
            return;
        }

        // Stable counting sort on the (score descending, rank ascending) key keeps index order within a key.
        var counts = new int[tableSize];
        for (var i = 0; i < n; i++)
        {
            counts[Key(scores[i], ranks[i], maxScore, minRank, rankSpan) + 1]++;
        }

        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        for (var i = 0; i < n; i++)
        {
            result[counts[Key(scores[i], ranks[i], maxScore, minRank, rankSpan)]++] = i;
        }
    }

    private static int Key(int score, int rank, int maxScore, int minRank, long rankSpan) =>
        (int)((((long)maxScore - score) * rankSpan) + ((long)rank - minRank));

    /// <summary>Negative when bid a goes before bid b: by value, then rank, then index.</summary>
    private static int Compare(int a, int b, ReadOnlySpan<long> amounts, ReadOnlySpan<int> scores, ReadOnlySpan<int> ranks, bool perPound)
    {
        var byValue = perPound ? CompareValue(amounts[a], scores[a], amounts[b], scores[b]) : scores[b].CompareTo(scores[a]);
        return byValue != 0 ? byValue
            : ranks[a] != ranks[b] ? ranks[a].CompareTo(ranks[b])
            : a.CompareTo(b);
    }

    /// <summary>Negative when bid a has the higher score per unit of money; a bid asking for nothing is first.</summary>
    private static int CompareValue(long amountA, int scoreA, long amountB, int scoreB)
    {
        if (amountA == 0 || amountB == 0)
        {
            return (amountB == 0).CompareTo(amountA == 0);
        }

        // scoreA / amountA > scoreB / amountB  ⇔  scoreA · amountB > scoreB · amountA
        return ClaimsDivision.CompareProducts(scoreB, amountA, scoreA, amountB);
    }
}
