using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>What one recipient was allocated, in the core stage and for over-programmed activity, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RecipientAllocation
{
    /// <summary>Gets the id of the recipient.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the core request: the recipient's activities that are not over-programmed, less amounts held back.</summary>
    public required Money CoreRequest { get; init; }

    /// <summary>Gets the core claim: the core request, capped at the standard allocation when the terms say so.</summary>
    public required Money CoreClaim { get; init; }

    /// <summary>Gets the core allocation: between zero and <see cref="CoreClaim"/>.</summary>
    public required Money CoreAllocated { get; init; }

    /// <summary>Gets the allocation to over-programmed activities.</summary>
    public required Money OverProgrammedAllocated { get; init; }

    /// <summary>Gets the whole allocation: core plus over-programmed.</summary>
    public Money Allocated => CoreAllocated + OverProgrammedAllocated;

    /// <summary>Gets the reasons for the core allocation.</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns a value indicating whether another allocation holds equal values: the findings compared in order.</summary>
    /// <param name="other">The allocation to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(RecipientAllocation? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && CoreRequest == other.CoreRequest
        && CoreClaim == other.CoreClaim
        && CoreAllocated == other.CoreAllocated
        && OverProgrammedAllocated == other.OverProgrammedAllocated
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, CoreRequest, CoreClaim, CoreAllocated, OverProgrammedAllocated, ValueEquality.Hash(Findings));
}
