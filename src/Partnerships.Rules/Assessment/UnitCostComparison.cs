using System.Diagnostics.CodeAnalysis;
using Partnerships.Rules.Plans;

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
    // What the comparison says of the activity (id, type, unit, cost, quantity). When ValueForMoney made it, the
    // Activity itself, and the ratio to the median is worked out from the unit cost and the median when read; else the
    // values given, in Facts of its own. A national round compares 8·10^4 activities, and five copies of what the
    // activity holds and a stored ratio were half of every comparison, in a report that outlives the young generation.
    // Null until a value is given.
    private object? about;

    // The four statistics of the peers in one immutable object, which ValueForMoney shares between the comparisons
    // whose peers give the same statistics. Null when all four are; so equality of this field is equality of the
    // four properties.
    private PeerQuartiles? peers;

    private decimal unitCost;

    /// <summary>Initializes a new instance of the <see cref="UnitCostComparison"/> class; set every required property.</summary>
    public UnitCostComparison()
    {
    }

    /// <summary>The comparison of an activity of a valid plan (a measurable output), as <see cref="ValueForMoney"/> makes it.</summary>
#pragma warning disable CS8618 // ActivityId, ActivityType and Unit read the activity, which is set
    [SetsRequiredMembers]
    internal UnitCostComparison(string recipientId, Activity activity, decimal unitCost, int peerCount, PeerQuartiles? peers, bool hasEnoughPeers, bool isHighRatio, bool isAboveUpperFence)
    {
        System.Diagnostics.Debug.Assert(activity.Output is not null, "A comparison is of an activity with an output.");
        about = activity;
        RecipientId = recipientId;
        this.unitCost = unitCost;
        PeerCount = peerCount;
        this.peers = peers is null ? null : PeerQuartiles.Normal(peers);
        HasEnoughPeers = hasEnoughPeers;
        IsHighRatio = isHighRatio;
        IsAboveUpperFence = isAboveUpperFence;
    }
#pragma warning restore CS8618

    // The copy a with-expression starts from: the facts copied too, so that its init accessors never change the original.
    private UnitCostComparison(UnitCostComparison original)
    {
        about = original.about is Facts facts ? facts.Copy() : original.about;
        peers = original.peers;
        unitCost = original.unitCost;
        RecipientId = original.RecipientId;
        PeerCount = original.PeerCount;
        HasEnoughPeers = original.HasEnoughPeers;
        IsHighRatio = original.IsHighRatio;
        IsAboveUpperFence = original.IsAboveUpperFence;
    }

    /// <summary>Gets the id of the recipient whose plan holds the activity.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the activity's id.</summary>
    public required string ActivityId { get => about is Activity a ? a.Id : (about as Facts)?.ActivityId!; init => Own().ActivityId = value; }

    /// <summary>Gets the activity's type, as the plan spells it.</summary>
    public required string ActivityType { get => about is Activity a ? a.ActivityType : (about as Facts)?.ActivityType!; init => Own().ActivityType = value; }

    /// <summary>Gets the output unit, as the plan spells it, such as <c>cadets</c>.</summary>
    public required string Unit { get => about is Activity a ? a.Output!.Unit : (about as Facts)?.Unit!; init => Own().Unit = value; }

    /// <summary>Gets the activity's cost.</summary>
    public required Money Cost { get => about is Activity a ? a.Cost : (about as Facts)?.Cost ?? default; init => Own().Cost = value; }

    /// <summary>Gets the output quantity.</summary>
    public required decimal Quantity { get => about is Activity a ? a.Output!.Quantity : (about as Facts)?.Quantity ?? 0m; init => Own().Quantity = value; }

    /// <summary>Gets the unit cost in major units per output unit: cost ÷ quantity.</summary>
    public required decimal UnitCost
    {
        get => unitCost;
        init
        {
            Own();
            unitCost = value;
        }
    }

    /// <summary>Gets how many activities of the same type and unit in other plans were compared.</summary>
    public int PeerCount { get; init; }

    /// <summary>Gets the peers' median unit cost.</summary>
    public decimal? PeerMedian { get => peers?.Median; init => SetPeers((peers ?? PeerQuartiles.None) with { Median = value }); }

    /// <summary>Gets the peers' lower quartile unit cost.</summary>
    public decimal? PeerLowerQuartile { get => peers?.LowerQuartile; init => SetPeers((peers ?? PeerQuartiles.None) with { LowerQuartile = value }); }

    /// <summary>Gets the peers' upper quartile unit cost.</summary>
    public decimal? PeerUpperQuartile { get => peers?.UpperQuartile; init => SetPeers((peers ?? PeerQuartiles.None) with { UpperQuartile = value }); }

    /// <summary>Gets the upper fence: upper quartile + fence × interquartile range.</summary>
    public decimal? UpperFence { get => peers?.UpperFence; init => SetPeers((peers ?? PeerQuartiles.None) with { UpperFence = value }); }

    /// <summary>Gets the unit cost divided by the peers' median; <see langword="null"/> when the median is zero or there are no peers.</summary>
    public decimal? RatioToMedian { get => about is Activity ? Ratio(unitCost, peers?.Median) : (about as Facts)?.Ratio; init => Own().Ratio = value; }

    /// <summary>Gets a value indicating whether there were enough peers to judge.</summary>
    public bool HasEnoughPeers { get; init; }

    /// <summary>Gets a value indicating whether the ratio to the median is above the threshold.</summary>
    public bool IsHighRatio { get; init; }

    /// <summary>Gets a value indicating whether the unit cost is above the upper fence.</summary>
    public bool IsAboveUpperFence { get; init; }

    /// <summary>Gets a value indicating whether the unit cost stands out by either flag.</summary>
    public bool IsOutlier => IsHighRatio || IsAboveUpperFence;

    /// <summary>Returns a value indicating whether another comparison holds equal values: every property compared.</summary>
    /// <param name="other">The comparison to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(UnitCostComparison? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && ActivityId == other.ActivityId
        && ActivityType == other.ActivityType
        && Unit == other.Unit
        && Cost == other.Cost
        && Quantity == other.Quantity
        && unitCost == other.unitCost
        && PeerCount == other.PeerCount
        && peers == other.peers
        && RatioToMedian == other.RatioToMedian
        && HasEnoughPeers == other.HasEnoughPeers
        && IsHighRatio == other.IsHighRatio
        && IsAboveUpperFence == other.IsAboveUpperFence;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(RecipientId, ActivityId, ActivityType, Unit, Cost, Quantity, unitCost), PeerCount, peers, RatioToMedian, HasEnoughPeers, IsHighRatio, IsAboveUpperFence);

    /// <summary>Sets the four statistics at once, to an object that may be shared.</summary>
    internal PeerQuartiles? Peers { init => SetPeers(value); }

    /// <summary>The unit cost divided by the median, as a comparison made by <see cref="ValueForMoney"/> has it: none
    /// without a median or with a median of zero, or when the quotient is beyond the range of a decimal.</summary>
    internal static decimal? Ratio(decimal unitCost, decimal? median)
    {
        if (median is not { } m || m == 0)
        {
            return null;
        }

        try
        {
            return unitCost / m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private void SetPeers(PeerQuartiles? value)
    {
        Own();
        peers = value is null ? null : PeerQuartiles.Normal(value);
    }

    // The facts of this comparison to give values to, taken from the activity (with the ratio as it reads now) before
    // the unit cost, the statistics or any of them change. Only init accessors call it, on a new or copied comparison.
    private Facts Own() => about as Facts ?? (Facts)(about = about is Activity a ? new Facts(a, Ratio(unitCost, peers?.Median)) : new Facts());

    // Given values, mutable only while the comparison that owns them is initialised (each copy has its own).
    private sealed class Facts
    {
        public Facts()
        {
        }

        public Facts(Activity activity, decimal? ratio)
        {
            ActivityId = activity.Id;
            ActivityType = activity.ActivityType;
            Unit = activity.Output!.Unit;
            Cost = activity.Cost;
            Quantity = activity.Output.Quantity;
            Ratio = ratio;
        }

        public string? ActivityId { get; set; }

        public string? ActivityType { get; set; }

        public string? Unit { get; set; }

        public Money Cost { get; set; }

        public decimal Quantity { get; set; }

        public decimal? Ratio { get; set; }

        public Facts Copy() => (Facts)MemberwiseClone();
    }
}
