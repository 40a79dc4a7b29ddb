using System.Collections.Immutable;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

// The unit-cost comparison as it was before it was made linear (a plan of many activities of one type made it
// quadratic): the oracle of ValueForMoneyTests.Compare_AnyRound_SameAsTheReference (docs/design.md, invariant 11).
internal static class ReferenceValueForMoney
{
    // Dividing by 1.000… strips trailing zeros, so equal unit costs are also written alike.
    private const decimal Normaliser = 1.0000000000000000000000000000m;

    /// <summary>Compares the unit cost of every measurable activity of the plans with its peers in the other plans.</summary>
    /// <param name="plans">The plans; each is a different recipient's. Activities without an output, with a
    /// non-positive quantity, or whose unit cost is beyond exact range are left out.</param>
    /// <param name="thresholds">The thresholds, such as <see cref="FundTerms.ValueForMoney"/>.</param>
    /// <returns>One comparison per measurable activity, ordered by type, unit, unit cost, recipient and activity id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<UnitCostComparison> Compare(IEnumerable<SpendPlan> plans, ValueForMoneyThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(thresholds);
        var list = plans.ToList();
        var all = new List<Entry>();
        for (var p = 0; p < list.Count; p++)
        {
            var plan = list[p];
            if (plan?.Activities.IsDefault != false)
            {
                continue;
            }

            foreach (var activity in plan.Activities)
            {
                if (activity is { Output: { Quantity: > 0 } output } && TryUnitCost(activity.Cost, output.Quantity, out var unitCost))
                {
                    all.Add(new Entry(p, plan.Recipient?.Id ?? string.Empty, activity, unitCost));
                }
            }
        }

        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in all)
        {
            var key = entry.Activity.ActivityType + "\u0000" + entry.Activity.Output!.Unit;
            if (!groups.TryGetValue(key, out var group))
            {
                groups.Add(key, group = []);
            }

            group.Add(entry);
        }

        var result = ImmutableArray.CreateBuilder<UnitCostComparison>(all.Count);
        foreach (var key in groups.Keys.Order(StringComparer.OrdinalIgnoreCase).ThenBy(k => k, StringComparer.Ordinal))
        {
            CompareGroup(groups[key], thresholds, result);
        }

        return result.MoveToImmutable();
    }

    internal static bool TryUnitCost(Money cost, decimal quantity, out decimal unitCost)
    {
        try
        {
            unitCost = cost.Amount / quantity / Normaliser;
            return true;
        }
        catch (OverflowException)
        {
            unitCost = 0;
            return false;
        }
    }

    private static void CompareGroup(List<Entry> group, ValueForMoneyThresholds thresholds, ImmutableArray<UnitCostComparison>.Builder result)
    {
        group.Sort(static (a, b) =>
        {
            var byCost = a.UnitCost.CompareTo(b.UnitCost);
            if (byCost != 0)
            {
                return byCost;
            }

            var byRecipient = string.CompareOrdinal(a.RecipientId, b.RecipientId);
            return byRecipient != 0 ? byRecipient : string.CompareOrdinal(a.Activity.Id, b.Activity.Id);
        });

        var sorted = new decimal[group.Count];
        var positionsByPlan = new Dictionary<int, List<int>>();
        for (var i = 0; i < group.Count; i++)
        {
            sorted[i] = group[i].UnitCost;
            if (!positionsByPlan.TryGetValue(group[i].Plan, out var positions))
            {
                positionsByPlan.Add(group[i].Plan, positions = []);
            }

            positions.Add(i); // ascending, as i is
        }

        // Most plans have one activity of a type, so the peer set is "all but one position"; its quartiles then
        // depend only on where that position falls around each quartile, so they are computed once per case.
        var cached = new PeerStatistics?[27];
        foreach (var entry in group)
        {
            var own = positionsByPlan[entry.Plan];
            PeerStatistics? statistics;
            if (own.Count == 1 && sorted.Length > 1)
            {
                var signature = Case(own[0], sorted.Length - 1, 1) + (3 * Case(own[0], sorted.Length - 1, 2)) + (9 * Case(own[0], sorted.Length - 1, 3));
                statistics = cached[signature] ??= Statistics(sorted, own, thresholds);
            }
            else
            {
                statistics = Statistics(sorted, own, thresholds);
            }

            result.Add(Judge(entry, sorted.Length - own.Count, statistics, thresholds));
        }
    }

    private static int Case(int excluded, int count, int k)
    {
        var lower = (count - 1) * k / 4;
        return excluded <= lower ? 0 : excluded == lower + 1 ? 1 : 2;
    }

    private static PeerStatistics? Statistics(decimal[] sorted, List<int> own, ValueForMoneyThresholds thresholds)
    {
        var peers = sorted.Length - own.Count;
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
        decimal? ratio = null;
        if (statistics is { Median: not 0 } s)
        {
            try
            {
                ratio = entry.UnitCost / s.Median;
            }
            catch (OverflowException)
            {
                ratio = null;
            }
        }

        return new UnitCostComparison
        {
            RecipientId = entry.RecipientId,
            ActivityId = entry.Activity.Id,
            ActivityType = entry.Activity.ActivityType,
            Unit = entry.Activity.Output!.Unit,
            Cost = entry.Activity.Cost,
            Quantity = entry.Activity.Output.Quantity,
            UnitCost = entry.UnitCost,
            PeerCount = peers,
            HasEnoughPeers = enough,
            PeerLowerQuartile = statistics?.LowerQuartile,
            PeerMedian = statistics?.Median,
            PeerUpperQuartile = statistics?.UpperQuartile,
            UpperFence = statistics?.UpperFence,
            RatioToMedian = ratio,
            IsHighRatio = enough && ratio > thresholds.HighRatioToMedian,
            IsAboveUpperFence = enough && statistics is not null && entry.UnitCost > statistics.UpperFence,
        };
    }

    /// <summary>The k-th quartile (k = 1, 2, 3) of the sorted values without the excluded positions.</summary>
    private static decimal Quartile(decimal[] sorted, List<int> excluded, int count, int k)
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
    private static decimal Peer(decimal[] sorted, List<int> excluded, int i)
    {
        var index = i;
        foreach (var skipped in excluded)
        {
            if (skipped <= index)
            {
                index++;
            }
        }

        return sorted[index];
    }

    private sealed record Entry(int Plan, string RecipientId, Activity Activity, decimal UnitCost);

    private sealed record PeerStatistics(decimal LowerQuartile, decimal Median, decimal UpperQuartile, decimal UpperFence);
}
