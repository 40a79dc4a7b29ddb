using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>One recipient's allocation by need, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RecipientNeed
{
    /// <summary>Gets the id of the recipient.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the need share: Σ weight × share of each indicator ÷ Σ weights, rounded half-even to 10 decimal places (exact inside).</summary>
    public required decimal NeedShare { get; init; }

    /// <summary>Gets what the formula alone gives: the need share of the fund, rounded half-up to the minor unit, before floors and caps.</summary>
    public required Money Unclamped { get; init; }

    /// <summary>Gets the recipient's floor.</summary>
    public required Money Floor { get; init; }

    /// <summary>Gets the recipient's cap, if any.</summary>
    public required Money? Cap { get; init; }

    /// <summary>Gets the allocation: between <see cref="Floor"/> and <see cref="Cap"/>, inclusive.</summary>
    public required Money Allocated { get; init; }

    /// <summary>Gets what bound the allocation, if anything.</summary>
    public required NeedBound Bound { get; init; }

    /// <summary>Gets the reasons: the need share (<c>NEED001</c>), and the floor or cap that bound it (<c>NEED002</c>, <c>NEED003</c>).</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(RecipientNeed? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && NeedShare == other.NeedShare
        && Unclamped == other.Unclamped
        && Floor == other.Floor
        && Cap == other.Cap
        && Allocated == other.Allocated
        && Bound == other.Bound
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, NeedShare, Unclamped, Floor, Cap, Allocated, Bound, ValueEquality.Hash(Findings));
}
