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
