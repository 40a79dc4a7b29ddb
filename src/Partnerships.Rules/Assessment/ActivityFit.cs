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
    /// <summary>Gets a value indicating whether the activity needs a query: it fits only arguably or not at all.</summary>
    public bool IsQueried => Level != PriorityFitLevel.Direct;
}
