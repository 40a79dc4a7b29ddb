using Ardalis.GuardClauses;
using System.Buffers;
using System.Collections.Immutable;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// Value for money: the unit cost of every measurable activity, compared with the same activity type and output
/// unit in other plans (median, quartiles, ratio to the median), with robust outlier flags.
/// </summary>
/// <remarks>
/// <para>Types and units are matched ordinally ignoring case. Peers of an activity are the activities of the same
/// type and unit in other plans; a plan's own activities are never its peers. See <see cref="UnitCostComparison"/>
/// for the statistics. Flags: <see cref="UnitCostComparison.IsHighRatio"/> when unit cost &gt;
/// <see cref="ValueForMoneyThresholds.HighRatioToMedian"/> × median; <see cref="UnitCostComparison.IsAboveUpperFence"/>
/// when unit cost &gt; Q3 + <see cref="ValueForMoneyThresholds.InterquartileFence"/> × (Q3 − Q1) (Tukey's fence).
/// Quartiles resist a few extreme peers, so one outlier does not hide another.</para>
/// <para>Cost: O(n log n) for n measurable activities (one sort per type and unit), however they fall into plans: a plan
/// of 10^6 activities of one type costs what 10^6 plans of one activity do.
/// This type is stateless and thread-safe.</para>
/// </remarks>
public static class ValueForMoney
{
    /// <summary>Compares the unit cost of every measurable activity of the plans with its peers in the other plans.</summary>
    /// <param name="plans">The plans; each is a different recipient's. Activities without an output, with a
    /// non-positive quantity, or whose unit cost is beyond exact range are left out.</param>
    /// <param name="thresholds">The thresholds, such as <see cref="FundTerms.ValueForMoney"/>.</param>
    /// <returns>One comparison per measurable activity, ordered by type, unit, unit cost, recipient and activity id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<UnitCostComparison> Compare(IEnumerable<SpendPlan> plans, ValueForMoneyThresholds thresholds)
    {
        Guard.Against.Null(plans);
        Guard.Against.Null(thresholds);
        return Compare(plans as IReadOnlyList<SpendPlan> ?? plans.ToList(), thresholds, out _);
    }

    /// <summary>Compares as <see cref="Compare(IEnumerable{SpendPlan}, ValueForMoneyThresholds)"/> does, and gives for each
    /// comparison the position in <paramref name="list"/> of its plan.</summary>
    internal static ImmutableArray<UnitCostComparison> Compare(IReadOnlyList<SpendPlan> list, ValueForMoneyThresholds thresholds, out int[] planOf)
    {
        // Entries in arrival order with their group, then side by side by group in the groups' order (a counting sort):
        // two arrays for the round, not a growing list per group.
        var size = 0;
        for (var p = 0; p < list.Count; p++)
        {
            size += list[p]?.Activities.Length ?? 0;
        }

        var groups = new Dictionary<(string Type, string Unit), int>(GroupKey.Instance);
        var arrived = ArrayPool<Entry>.Shared.Rent(size);
        var groupOf = ArrayPool<int>.Shared.Rent(size);
        var count = 0;
        for (var p = 0; p < list.Count; p++)
        {
            var plan = list[p];
            if (plan is null)
            {
                continue;
            }

            foreach (var activity in plan.Activities)
            {
                if (activity is { Output: { Quantity: > 0 } output } && TryUnitCost(activity.Cost, output.Quantity, out var unitCost))
                {
                    var key = (activity.ActivityType, output.Unit);
                    if (!groups.TryGetValue(key, out var group))
                    {
                        groups.Add(key, group = groups.Count);
                    }

                    arrived[count] = new Entry(p, plan.Recipient?.Id ?? string.Empty, activity, unitCost);
                    groupOf[count++] = group;
                }
            }
        }

        var keys = new (string Type, string Unit)[groups.Count];
        var order = new int[groups.Count];
        foreach (var (key, group) in groups)
        {
            keys[group] = key;
            order[group] = group;
        }

        Array.Sort(keys, order, GroupKey.Instance);
        var sizes = new int[groups.Count];
        for (var i = 0; i < count; i++)
        {
            sizes[groupOf[i]]++;
        }

        var next = new int[groups.Count]; // where the group's next entry goes, the groups taken in order
        var largest = 0;
        for (int g = 0, offset = 0; g < order.Length; g++)
        {
            next[order[g]] = offset;
            offset += sizes[order[g]];
            largest = Math.Max(largest, sizes[order[g]]);
        }

        // Rented, as the group's values below: they live only during the call, and were an eighth of what a round allocated.
        var entries = ArrayPool<Entry>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            entries[next[groupOf[i]]++] = arrived[i];
        }

        ArrayPool<Entry>.Shared.Return(arrived, clearArray: true);
        ArrayPool<int>.Shared.Return(groupOf);

        var result = ImmutableArray.CreateBuilder<UnitCostComparison>(count);
        var byPlan = new PlanPositions(list.Count);
        planOf = new int[count];
        var values = ArrayPool<decimal>.Shared.Rent(largest);
        for (int g = 0, offset = 0; g < order.Length; g++)
        {
            var length = sizes[order[g]];
            CompareGroup(entries.AsSpan(offset, length), values.AsSpan(0, length), thresholds, byPlan, result, planOf);
            offset += length;
        }

        ArrayPool<decimal>.Shared.Return(values);
        ArrayPool<Entry>.Shared.Return(entries, clearArray: true);
        return result.MoveToImmutable();
    }

    /// <summary>Whether an activity has a unit cost to compare: an output of positive quantity, and a cost that divides
    /// by it within exact range (always, from one unit up, since an amount in major units is far below the decimal's range).</summary>
    internal static bool IsMeasurable(Activity activity) =>
        activity.Output is { Quantity: > 0 } output && (output.Quantity >= 1m || TryUnitCost(activity.Cost, output.Quantity, out _));

    internal static bool TryUnitCost(Money cost, decimal quantity, out decimal unitCost)
    {
        try
        {
            unitCost = WithoutTrailingZeros(Amount(cost) / quantity);
            return true;
        }
        catch (OverflowException)
        {
            unitCost = 0;
            return false;
        }
    }

    // Money.Amount without its division: the minor units with the currency's digits as the scale. A division's value
    // does not depend on the scales of its operands, only the scale of the quotient does, and trailing zeros go next.
    private static decimal Amount(Money cost)
    {
        var minor = cost.MinorUnits;
        var magnitude = minor < 0 ? (ulong)-(minor + 1) + 1 : (ulong)minor;
        return new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, minor < 0, (byte)cost.Currency.MinorUnitDigits);
    }

    // What dividing by 1.000… (28 zeros) gives, without the division: the same value at the smallest scale, not below 0.
    private static decimal WithoutTrailingZeros(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = unchecked(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        if (mantissa == 0)
        {
            return 0m;
        }

        var stripped = scale;
        while (stripped > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            stripped--;
        }

        return stripped == scale ? value : new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), unchecked((int)(uint)(mantissa >> 64)), value < 0, stripped);
    }

    private static void CompareGroup(Span<Entry> entries, Span<decimal> sorted, ValueForMoneyThresholds thresholds, PlanPositions byPlan, ImmutableArray<UnitCostComparison>.Builder result, int[] planOf)
    {
        DecimalKeySort.Sort(entries, static e => e.UnitCost, static (a, b) =>
        {
            var byCost = a.UnitCost.CompareTo(b.UnitCost);
            if (byCost != 0)
            {
                return byCost;
            }

            var byRecipient = string.CompareOrdinal(a.RecipientId, b.RecipientId);
            return byRecipient != 0 ? byRecipient : string.CompareOrdinal(a.Activity.Id, b.Activity.Id);
        });

        for (var i = 0; i < entries.Length; i++)
        {
            sorted[i] = entries[i].UnitCost;
        }

        byPlan.Fill(entries);

        // A plan's peers are the group without the plan's own positions, so its statistics are worked out once, at its
        // first position, and only once for all plans whose own positions fall alike around the quartiles.
        byPlan.Cache.Clear();
        for (var i = 0; i < entries.Length; i++)
        {
            var plan = entries[i].Plan;
            var own = byPlan.Of(plan);
            if (own[0] == i)
            {
                byPlan.Statistics[plan] = CachedStatistics(sorted, own, thresholds, byPlan.Cache);
            }

            planOf[result.Count] = plan;
            result.Add(Judge(entries[i], sorted.Length - own.Length, byPlan.Statistics[plan], thresholds));
        }

        byPlan.Clear(entries);
    }

    // The quartiles of the peers read the values at up to six positions of the group, each a peer's index moved on by
    // the plan's own positions before it. With at most 15 own positions those moves (0 to 15) and their number are
    // the whole key: plans that share it share the statistics.
    private static PeerStatistics? CachedStatistics(ReadOnlySpan<decimal> sorted, ReadOnlySpan<int> own, ValueForMoneyThresholds thresholds, Dictionary<int, PeerStatistics?> cache)
    {
        var peers = sorted.Length - own.Length;
        if (own.Length > 15 || peers == 0)
        {
            return Statistics(sorted, own, thresholds);
        }

        var key = own.Length;
        var shift = 4;
        for (var k = 1; k <= 3; k++)
        {
            var position = (peers - 1) * k;
            var lower = position / 4;
            key |= (PeerIndex(own, lower) - lower) << shift;
            key |= (position % 4 == 0 ? 0 : PeerIndex(own, lower + 1) - lower - 1) << (shift + 4);
            shift += 8;
        }

        if (!cache.TryGetValue(key, out var statistics))
        {
            cache.Add(key, statistics = Statistics(sorted, own, thresholds));
        }

        return statistics;
    }

    private static PeerStatistics? Statistics(ReadOnlySpan<decimal> sorted, ReadOnlySpan<int> own, ValueForMoneyThresholds thresholds)
    {
        var peers = sorted.Length - own.Length;
        if (peers == 0)
        {
            return null;
        }

        try
        {
            var q1 = Quartile(sorted, own, peers, 1);
            var q3 = Quartile(sorted, own, peers, 3);
            return new PeerStatistics(q1, Quartile(sorted, own, peers, 2), q3, q3 + (thresholds.InterquartileFence * (q3 - q1)));
        }
        catch (OverflowException)
        {
            return null; // beyond exact range: reported without statistics rather than guessed
        }
    }

    private static UnitCostComparison Judge(Entry entry, int peers, PeerStatistics? statistics, ValueForMoneyThresholds thresholds)
    {
        var enough = peers >= thresholds.MinimumPeers && peers > 0;
        return new UnitCostComparison(entry.RecipientId, entry.Activity, entry.UnitCost, peers, statistics?.Shared, enough,
            isHighRatio: enough && statistics is not null && RatioThreshold.IsAbove(entry.UnitCost, statistics.Median, thresholds.HighRatioToMedian),
            isAboveUpperFence: enough && statistics is not null && entry.UnitCost > statistics.UpperFence);
    }

    /// <summary>The k-th quartile (k = 1, 2, 3) of the sorted values without the excluded positions.</summary>
    private static decimal Quartile(ReadOnlySpan<decimal> sorted, ReadOnlySpan<int> excluded, int count, int k)
    {
        var position = (count - 1) * k;
        var lower = position / 4;
        var quarters = position % 4;
        var low = Peer(sorted, excluded, lower);
        if (quarters == 0)
        {
            return low;
        }

        var high = Peer(sorted, excluded, lower + 1);
        return low + ((high - low) * quarters / 4);
    }

    /// <summary>The i-th value (from 0) of the sorted values once the excluded positions (ascending) are skipped.</summary>
    private static decimal Peer(ReadOnlySpan<decimal> sorted, ReadOnlySpan<int> excluded, int i) => sorted[PeerIndex(excluded, i)];

    /// <summary>The position of the i-th value (from 0) once the excluded positions (ascending) are skipped.</summary>
    private static int PeerIndex(ReadOnlySpan<int> excluded, int i)
    {
        var index = i;
        foreach (var skipped in excluded)
        {
            if (skipped <= index)
            {
                index++;
            }
        }

        return index;
    }

    private readonly record struct Entry(int Plan, string RecipientId, Activity Activity, decimal UnitCost);

    // Groups are matched by type and unit ordinally ignoring case, and ordered by type, then unit.
    private sealed class GroupKey : IEqualityComparer<(string Type, string Unit)>, IComparer<(string Type, string Unit)>
    {
        public static readonly GroupKey Instance = new();

        public bool Equals((string Type, string Unit) x, (string Type, string Unit) y) =>
            string.Equals(x.Type, y.Type, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Unit, y.Unit, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Type, string Unit) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Type), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Unit));

        public int Compare((string Type, string Unit) x, (string Type, string Unit) y)
        {
            var byType = string.Compare(x.Type, y.Type, StringComparison.OrdinalIgnoreCase);
            return byType != 0 ? byType : string.Compare(x.Unit, y.Unit, StringComparison.OrdinalIgnoreCase);
        }
    }

    // The positions of each plan within one group, ascending and side by side (a counting sort by plan): linear in the
    // group, whatever the number of plans, with arrays made once per comparison.
    private sealed class PlanPositions(int plans)
    {
        private readonly int[] count = new int[plans];
        private readonly int[] start = new int[plans];
        private readonly int[] next = new int[plans]; // where the plan's next position goes, plus one; 0 before its first
        private int[] slots = [];

        public PeerStatistics?[] Statistics { get; } = new PeerStatistics?[plans];

        public Dictionary<int, PeerStatistics?> Cache { get; } = [];

        public ReadOnlySpan<int> Of(int plan) => slots.AsSpan(start[plan], count[plan]);

        public void Fill(ReadOnlySpan<Entry> entries)
        {
            if (slots.Length < entries.Length)
            {
                slots = new int[Math.Max(entries.Length, slots.Length * 2)];
            }

            foreach (var entry in entries)
            {
                count[entry.Plan]++;
            }

            var offset = 0;
            for (var i = 0; i < entries.Length; i++)
            {
                var plan = entries[i].Plan;
                if (next[plan] == 0)
                {
                    start[plan] = offset;
                    next[plan] = offset + 1;
                    offset += count[plan];
                }

                slots[next[plan]++ - 1] = i;
            }
        }

        public void Clear(ReadOnlySpan<Entry> entries)
        {
            foreach (var entry in entries)
            {
                count[entry.Plan] = 0;
                next[entry.Plan] = 0;
            }
        }
    }

    private sealed record PeerStatistics(decimal LowerQuartile, decimal Median, decimal UpperQuartile, decimal UpperFence)
    {
        // What every comparison judged with these statistics holds.
        public PeerQuartiles Shared { get; } = new(LowerQuartile, Median, UpperQuartile, UpperFence);
    }
}
