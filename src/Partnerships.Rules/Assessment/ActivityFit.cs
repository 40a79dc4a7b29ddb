using System.Collections.Immutable;

namespace Partnerships.Rules.Assessment;

/// <summary>How one activity fits the year's priorities, and how its cost is attributed to them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Level">How well it fits.</param>
/// <param name="FittingPriorities">The claimed priority codes it fits at <paramref name="Level"/>, in the terms' order; empty for <see cref="PriorityFitLevel.None"/>.</param>
/// <param name="Attribution">Its cost split across its claimed priorities (see <see cref="PriorityFit.Attribute"/>); empty when it claims none.</param>
public sealed record ActivityFit(string ActivityId, PriorityFitLevel Level, ImmutableArray<string> FittingPriorities, ImmutableArray<PrioritySpend> Attribution)
{
    /// <summary>Gets the claimed priority codes the activity fits at <see cref="Level"/>, in the terms' order.</summary>
    public ImmutableArray<string> FittingPriorities { get; init => field = value.OrEmpty(); } = FittingPriorities.OrEmpty();

    /// <summary>Gets the activity's cost split across its claimed priorities; empty when it claims none.</summary>
    public ImmutableArray<PrioritySpend> Attribution { get; init => field = value.OrEmpty(); } = Attribution.OrEmpty();

    /// <summary>Gets a value indicating whether the activity needs a query: it fits only arguably or not at all.</summary>
    public bool IsQueried => Level != PriorityFitLevel.Direct;

    /// <summary>Returns a value indicating whether another fit holds equal values: the priorities and attribution compared in order.</summary>
    /// <param name="other">The fit to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(ActivityFit? other) =>
        other is not null
        && ActivityId == other.ActivityId
        && Level == other.Level
        && ValueEquality.Equal(FittingPriorities, other.FittingPriorities)
        && ValueEquality.Equal(Attribution, other.Attribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ActivityId, Level, ValueEquality.Hash(FittingPriorities), ValueEquality.Hash(Attribution));
}
