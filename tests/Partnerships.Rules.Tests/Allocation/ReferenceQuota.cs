namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// Penny-by-penny definitions of the quota rules, written for clarity, not speed: the Balinski–Young quota method and
/// the static rule a lead suggested (mandatory units plus the earliest optional deadlines), which is not monotone.
/// </summary>
internal static class ReferenceQuota
{
    /// <summary>Balinski–Young for every fund 0 … total: row m is the awards at fund m.</summary>
    public static long[][] BalinskiYoungEveryFund(long[] claims)
    {
        var total = claims.Sum();
        var n = claims.Length;
        var rows = new long[total + 1][];
        var a = new long[n];
        rows[0] = (long[])a.Clone();
        for (long m = 1; m <= total; m++)
        {
            var best = -1;
            for (var i = 0; i < n; i++)
            {
                // Eligible: still below its exact share at fund m (a·total < c·m); priority: earliest deadline (a + 1)/c.
                if (claims[i] == 0 || (Int128)a[i] * total >= (Int128)claims[i] * m)
                {
                    continue;
                }

                if (best < 0 || (Int128)(a[i] + 1) * claims[best] < (Int128)(a[best] + 1) * claims[i])
                {
                    best = i;
                }
            }

            a[best]++;
            rows[m] = (long[])a.Clone();
        }

        return rows;
    }

    /// <summary>The static rule: ⌊q⌋ each, then the r optional units with the earliest deadlines, ties to the lower index.</summary>
    public static long[] EarliestOptionalDeadlines(long estate, long[] claims)
    {
        var total = claims.Sum();
        var a = claims.Select(c => estate * c / total).ToArray();
        var r = estate - a.Sum();
        var optional = Enumerable.Range(0, claims.Length)
            .Where(i => claims[i] > 0 && estate * claims[i] % total != 0)
            .OrderBy(i => (decimal)(a[i] + 1) / claims[i])
            .ThenBy(i => i)
            .Take((int)r)
            .ToList();
        optional.ForEach(i => a[i]++);
        return a;
    }

    public static bool WithinQuota(long estate, long[] claims, long[] awards)
    {
        var total = claims.Sum();
        for (var i = 0; i < claims.Length; i++)
        {
            if (total == 0)
            {
                return awards[i] == 0;
            }

            var product = (Int128)estate * claims[i];
            var floor = (long)(product / total);
            var ceiling = floor + (product % total == 0 ? 0 : 1);
            if (awards[i] < floor || awards[i] > ceiling)
            {
                return false;
            }
        }

        return true;
    }
}
