using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>What one activity of a plan was allocated, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ActivityAllocation
{
    /// <summary>Gets the id of the recipient whose plan holds the activity.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the id of the activity.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets a value indicating whether the activity is over-programmed (funded only from money left after the core stage).</summary>
    public required bool IsOverProgrammed { get; init; }

    /// <summary>Gets the activity's cost as bid.</summary>
    public required Money Cost { get; init; }

    /// <summary>Gets the amount held back under query; zero when none is or the terms do not hold back.</summary>
    public required Money HeldBack { get; init; }

    /// <summary>Gets the amount that competed for allocation: <see cref="Cost"/> less <see cref="HeldBack"/>.</summary>
    public required Money Requested { get; init; }

    /// <summary>Gets the amount allocated: between zero and <see cref="Requested"/>.</summary>
    public required Money Allocated { get; init; }

    /// <summary>Gets the assessment score that ordered the activity if it is over-programmed.</summary>
    public int Score { get; init; }

    /// <summary>Gets the reasons for the amount.</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns a value indicating whether another allocation holds equal values: the findings compared in order.</summary>
    /// <param name="other">The allocation to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(ActivityAllocation? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && ActivityId == other.ActivityId
        && IsOverProgrammed == other.IsOverProgrammed
        && Cost == other.Cost
        && HeldBack == other.HeldBack
        && Requested == other.Requested
        && Allocated == other.Allocated
        && Score == other.Score
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, ActivityId, IsOverProgrammed, Cost, HeldBack, Requested, Allocated, HashCode.Combine(Score, ValueEquality.Hash(Findings)));
}
