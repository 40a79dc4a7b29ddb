using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Partnerships.Rules.Plans;

/// <summary>One line of a spend plan: something the recipient will do, what it costs and which priorities it serves.</summary>
/// <remarks>
/// An activity is over-programmed when it asks for money beyond the standard allocation; it is funded only if money
/// is left once every core request is met, in the order of assessment and then of <see cref="Rank"/>.
/// Change an activity with a <c>with</c> expression. This type is immutable and thread-safe.
/// </remarks>
public sealed record Activity
{
    /// <summary>Gets the id of the activity, unique within its plan and stable across versions of the plan; never blank.</summary>
    /// <exception cref="ArgumentNullException">The id set is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id set is blank (only white space or invisible characters) or not well-formed UTF-16.</exception>
    public required string Id { get; init => field = Guard.Against.BlankId(value, nameof(Id)); }

    /// <summary>Gets the title of the activity for people.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what the activity costs in the year; never negative.</summary>
    public required Money Cost { get; init; }

    /// <summary>Gets the type (theme) of the activity, such as <c>cadets</c> or <c>anti-social behaviour</c>: activities of one type are compared for unit cost, and the type decides priority fit.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the codes of the priorities the recipient says the activity serves.</summary>
    public ImmutableArray<string> ClaimedPriorities { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the measurable output, if any, from which a unit cost is computed.</summary>
    public OutputMeasure? Output { get; init; }

    /// <summary>Gets a value indicating whether the activity is over-programmed: asked for beyond the standard allocation.</summary>
    public bool IsOverProgrammed { get; init; }

    /// <summary>Gets the activity's place in the recipient's own order of preference, 1 first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Gets the least amount with which an over-programmed activity can go ahead; when <see langword="null"/> it is all or nothing.</summary>
    public Money? MinimumViableAmount { get; init; }

    /// <summary>Returns a value indicating whether another activity holds equal values: the claimed priorities compared in order.</summary>
    /// <param name="other">The activity to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(Activity? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && Cost == other.Cost
        && ActivityType == other.ActivityType
        && ValueEquality.Equal(ClaimedPriorities, other.ClaimedPriorities)
        && Output == other.Output
        && IsOverProgrammed == other.IsOverProgrammed
        && Rank == other.Rank
        && MinimumViableAmount == other.MinimumViableAmount;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Cost, ActivityType, ValueEquality.Hash(ClaimedPriorities), Output, IsOverProgrammed, HashCode.Combine(Rank, MinimumViableAmount));
}
