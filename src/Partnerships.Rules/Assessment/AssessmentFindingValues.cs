using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

// The values of the unit-cost findings (VFM001–VFM003), given when first read (ActivityFit gives those of FIT and VFM004): most findings of a round are made,
// counted and kept, never read by name, and writing their numbers was much of an assessment's time. Each gives what
// AssessmentFindings.Make would have been given, so a finding is the same either way.

/// <summary>The values of a unit-cost finding (<c>VFM001</c>–<c>VFM003</c>).</summary>
internal sealed class UnitCostValues(string code, UnitCostComparison c, ValueForMoneyThresholds thresholds) : IFindingValues
{
    public Money? Amount => code == AssessmentFindings.TooFewComparators ? null : c.Cost;

    public KeyValuePair<string, object>[] Values() => code switch
    {
        AssessmentFindings.HighRatioToMedian => Finding.Sorted(
            [("unitCost", c.UnitCost), ("unit", c.Unit), ("ratio", Math.Round(c.RatioToMedian!.Value, 2)), ("median", c.PeerMedian),
             ("peers", c.PeerCount), ("threshold", thresholds.HighRatioToMedian)]),
        AssessmentFindings.AboveUpperFence => Finding.Sorted(
            [("unitCost", c.UnitCost), ("unit", c.Unit), ("upperFence", c.UpperFence), ("lowerQuartile", c.PeerLowerQuartile),
             ("upperQuartile", c.PeerUpperQuartile), ("fence", thresholds.InterquartileFence), ("peers", c.PeerCount)]),
        _ => Finding.Sorted([("peers", c.PeerCount), ("theme", c.ActivityType), ("unit", c.Unit), ("minimumPeers", thresholds.MinimumPeers)]),
    };
}
