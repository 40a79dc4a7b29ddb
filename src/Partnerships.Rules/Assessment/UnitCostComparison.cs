namespace Partnerships.Rules.Assessment;

/// <summary>
/// The unit cost of one measurable activity set against activities of the same type and output unit in other plans.
/// </summary>
/// <remarks>
/// <para>Unit costs are exact decimals in major units per output unit (pounds per child), computed once from the
/// cost in minor units and the quantity, with trailing zeros removed; never binary floating point.</para>
/// <para>Peer statistics use the same type and unit in other plans only (never the plan's own activities).
/// Quartiles are by linear interpolation between order statistics (Excel's <c>QUARTILE.INC</c>, R type 7): the
/// quantile p of n sorted values is at position (n − 1)·p; the median is the 0.5 quantile. Statistics are
/// <see langword="null"/> when there are no peers; flags are raised only with at least
/// <see cref="Schemes.ValueForMoneyThresholds.MinimumPeers"/> peers.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record UnitCostComparison
{
    /// <summary>Gets the id of the recipient whose plan holds the activity.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the activity's id.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets the activity's type, as the plan spells it.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the output unit, as the plan spells it, such as <c>cadets</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the activity's cost.</summary>
    public required Money Cost { get; init; }

    /// <summary>Gets the output quantity.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Gets the unit cost in major units per output unit: cost ÷ quantity.</summary>
    public required decimal UnitCost { get; init; }

    /// <summary>Gets how many activities of the same type and unit in other plans were compared.</summary>
    public int PeerCount { get; init; }

    /// <summary>Gets the peers' median unit cost.</summary>
    public decimal? PeerMedian { get => peers?.Median; init => peers = PeerQuartiles.Normal((peers ?? PeerQuartiles.None) with { Median = value }); }

    /// <summary>Gets the peers' lower quartile unit cost.</summary>
    public decimal? PeerLowerQuartile { get => peers?.LowerQuartile; init => peers = PeerQuartiles.Normal((peers ?? PeerQuartiles.None) with { LowerQuartile = value }); }

    /// <summary>Gets the peers' upper quartile unit cost.</summary>
    public decimal? PeerUpperQuartile { get => peers?.UpperQuartile; init => peers = PeerQuartiles.Normal((peers ?? PeerQuartiles.None) with { UpperQuartile = value }); }

    /// <summary>Gets the upper fence: upper quartile + fence × interquartile range.</summary>
    public decimal? UpperFence { get => peers?.UpperFence; init => peers = PeerQuartiles.Normal((peers ?? PeerQuartiles.None) with { UpperFence = value }); }

    // The four statistics of the peers in one immutable object, which ValueForMoney shares between the comparisons
    // whose peers give the same statistics: four nullable decimals (96 bytes) were two fifths of every comparison and
    // a seventh of a national round's report. Null when all four are; so equality of this field, as the record
    // compares it, is equality of the four properties.
    private PeerQuartiles? peers;

    /// <summary>Sets the four statistics at once, to an object that may be shared.</summary>
    internal PeerQuartiles? Peers { init => peers = value is null ? null : PeerQuartiles.Normal(value); }

    /// <summary>Gets the unit cost divided by the peers' median; <see langword="null"/> when the median is zero or there are no peers.</summary>
    public decimal? RatioToMedian { get; init; }

    /// <summary>Gets a value indicating whether there were enough peers to judge.</summary>
    public bool HasEnoughPeers { get; init; }

    /// <summary>Gets a value indicating whether the ratio to the median is above the threshold.</summary>
    public bool IsHighRatio { get; init; }

    /// <summary>Gets a value indicating whether the unit cost is above the upper fence.</summary>
    public bool IsAboveUpperFence { get; init; }

    /// <summary>Gets a value indicating whether the unit cost stands out by either flag.</summary>
    public bool IsOutlier => IsHighRatio || IsAboveUpperFence;
}
