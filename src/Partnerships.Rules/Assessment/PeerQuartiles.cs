namespace Partnerships.Rules.Assessment;

/// <summary>The peer statistics of a <see cref="UnitCostComparison"/>, held apart so that comparisons with the same
/// peers' statistics share one object. Immutable; equal when the four values are.</summary>
internal sealed record PeerQuartiles(decimal? LowerQuartile, decimal? Median, decimal? UpperQuartile, decimal? UpperFence)
{
    public static PeerQuartiles None { get; } = new(null, null, null, null);

    /// <summary>Null for statistics that are all null, so that a comparison without any holds no object.</summary>
    public static PeerQuartiles? Normal(PeerQuartiles quartiles) =>
        quartiles.LowerQuartile is null && quartiles.Median is null && quartiles.UpperQuartile is null && quartiles.UpperFence is null ? null : quartiles;
}
