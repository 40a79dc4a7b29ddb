using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>Slow, obviously-right references for the allocation core, for small inputs only.</summary>
internal static class ReferenceDivision
{
    /// <summary>Hands the estate out one penny at a time to the lowest next threshold (k / weight), ties to the lower index.</summary>
    public static long[] PennyByPenny(ShortfallRule rule, long estate, long[] claims, long[]? weights = null)
    {
        var total = claims.Sum();
        if (estate >= total)
        {
            return (long[])claims.Clone();
        }

        if (rule == ShortfallRule.ConstrainedEqualLosses)
        {
            var losses = PennyByPenny(ShortfallRule.ConstrainedEqualAwards, total - estate, claims);
            return claims.Select((c, i) => c - losses[i]).ToArray();
        }

        if (rule == ShortfallRule.Proportional)
        {
            return OnGrid(estate, claims, total);
        }

        var w = rule == ShortfallRule.ConstrainedEqualAwards ? claims.Select(_ => 1L).ToArray() : weights!;
        var awards = new long[claims.Length];
        for (long penny = 0; penny < estate; penny++)
        {
            var best = -1;
            for (var i = 0; i < claims.Length; i++)
            {
                if (awards[i] >= claims[i])
                {
                    continue;
                }

                // (awards[i] + 1) / w[i] < (awards[best] + 1) / w[best]
                if (best < 0 || (Int128)(awards[i] + 1) * w[best] < (Int128)(awards[best] + 1) * w[i])
                {
                    best = i;
                }
            }

            awards[best]++;
        }

        return awards;
    }

    /// <summary>Proportional: unit k of claimant i is due at whole step ⌈k·total ÷ cᵢ⌉; pennies go to the earliest, ties to the lower index.</summary>
    private static long[] OnGrid(long estate, long[] claims, long total)
    {
        var awards = new long[claims.Length];
        for (long penny = 0; penny < estate; penny++)
        {
            var best = -1;
            Int128 bestStep = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                if (awards[i] >= claims[i])
                {
                    continue;
                }

                var step = (((Int128)(awards[i] + 1) * total) + claims[i] - 1) / claims[i];
                if (best < 0 || step < bestStep)
                {
                    (best, bestStep) = (i, step);
                }
            }

            awards[best]++;
        }

        return awards;
    }

    /// <summary>
    /// Proportional for any size, by a different road from the library's: the units due by step <c>estate</c>
    /// (⌊estate·cᵢ ÷ total⌋ each, at most <c>estate</c> in all, so all of them are handed out first), then the rest one at a
    /// time from a priority queue of each claimant's next due step ⌈(aᵢ + 1)·total ÷ cᵢ⌉, ties to the lower index.
    /// 128-bit arithmetic, no window, no sample, no selection: O(n log n), since fewer than n units are left.
    /// </summary>
    public static long[] ProportionalByQueue(long estate, long[] claims)
    {
        Int128 total = 0;
        foreach (var claim in claims)
        {
            total += claim;
        }

        if (estate >= total)
        {
            return (long[])claims.Clone();
        }

        var awards = new long[claims.Length];
        var queue = new PriorityQueue<int, (Int128 Step, int Index)>();
        long left = estate;
        for (var i = 0; i < claims.Length; i++)
        {
            awards[i] = (long)(estate * (Int128)claims[i] / total);
            left -= awards[i];
            if (awards[i] < claims[i])
            {
                queue.Enqueue(i, (NextStep(awards[i], claims[i], total), i));
            }
        }

        for (; left > 0; left--)
        {
            var i = queue.Dequeue();
            awards[i]++;
            if (awards[i] < claims[i])
            {
                queue.Enqueue(i, (NextStep(awards[i], claims[i], total), i));
            }
        }

        return awards;
    }

    /// <summary>
    /// Every rule of <see cref="PennyByPenny"/> for any size: equal awards are the divisor rule with every weight one, equal
    /// losses are equal awards of the losses, proportional is <see cref="ProportionalByQueue"/>. The divisor rule goes
    /// by the water level first: with the claims met in full at the level N ÷ D set aside, the level is raised to
    /// (estate − their total) ÷ (the other weights) until no more are met; every unit whose threshold k ÷ wᵢ is at most
    /// that level is handed out before any other, and the few left go one at a time from a priority queue.
    /// </summary>
    public static long[] ByQueue(ShortfallRule rule, long estate, long[] claims, long[] weights)
    {
        Int128 total = 0;
        foreach (var claim in claims)
        {
            total += claim;
        }

        if (estate >= total)
        {
            return (long[])claims.Clone();
        }

        switch (rule)
        {
            case ShortfallRule.Proportional or ShortfallRule.DHondt:
                return ProportionalByQueue(estate, claims);
            case ShortfallRule.ConstrainedEqualLosses:
                var losses = ByQueue(ShortfallRule.ConstrainedEqualAwards, (long)(total - estate), claims, weights);
                return claims.Select((c, i) => c - losses[i]).ToArray();
            case ShortfallRule.ConstrainedEqualAwards:
                return DivisorByQueue(estate, claims, claims.Select(_ => 1L).ToArray());
            default:
                return DivisorByQueue(estate, claims, weights);
        }
    }

    private static long[] DivisorByQueue(long estate, long[] claims, long[] weights)
    {
        var met = new bool[claims.Length];
        Int128 level, per;
        while (true)
        {
            level = estate;
            per = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                if (claims[i] == 0 || met[i])
                {
                    level -= claims[i];
                }
                else
                {
                    per += weights[i];
                }
            }

            var more = false;
            for (var i = 0; i < claims.Length; i++)
            {
                if (claims[i] > 0 && !met[i] && claims[i] * per <= level * weights[i])
                {
                    met[i] = more = true;
                }
            }

            if (!more)
            {
                break;
            }
        }

        var awards = new long[claims.Length];
        long left = estate;
        var queue = new PriorityQueue<int, (long Unit, long Weight, int Index)>(Comparer<(long Unit, long Weight, int Index)>.Create(
            (a, b) => ((Int128)a.Unit * b.Weight).CompareTo((Int128)b.Unit * a.Weight) is var c && c != 0 ? c : a.Index.CompareTo(b.Index)));
        for (var i = 0; i < claims.Length; i++)
        {
            awards[i] = claims[i] == 0 || met[i] ? claims[i] : (long)(level * weights[i] / per);
            left -= awards[i];
            if (awards[i] < claims[i])
            {
                queue.Enqueue(i, (awards[i] + 1, weights[i], i));
            }
        }

        for (; left > 0; left--)
        {
            var i = queue.Dequeue();
            awards[i]++;
            if (awards[i] < claims[i])
            {
                queue.Enqueue(i, (awards[i] + 1, weights[i], i));
            }
        }

        return awards;
    }

    private static Int128 NextStep(long award, long claim, Int128 total) => (((award + (Int128)1) * total) + claim - 1) / claim;

    /// <summary>Hamilton's method: floors of the exact shares, then the pennies left to the largest remainders (ties to the lower index). Not monotone: the Alabama paradox.</summary>
    public static long[] LargestRemainder(long estate, long[] claims)
    {
        var total = claims.Sum();
        if (estate >= total)
        {
            return (long[])claims.Clone();
        }

        var awards = claims.Select(c => estate * c / total).ToArray();
        var left = estate - awards.Sum();
        foreach (var i in Enumerable.Range(0, claims.Length).OrderByDescending(i => estate * claims[i] % total).ThenBy(i => i).Take((int)left))
        {
            awards[i]++;
        }

        return awards;
    }
}
