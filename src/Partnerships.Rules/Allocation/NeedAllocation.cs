using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>An allocation by need: the fund, the formula and bands it ran under, and each recipient's allocation with its reasons.</summary>
/// <remarks>
/// Conservation holds to the minor unit: the allocations sum to <see cref="Fund"/>. Recipients are listed by id,
/// ordinally, so the same inputs in any order give an equal result. This type is immutable and thread-safe.
/// </remarks>
public sealed record NeedAllocation
{
    /// <summary>Gets the fund allocated.</summary>
    public required Money Fund { get; init; }

    /// <summary>Gets the formula.</summary>
    public required NeedFormula Formula { get; init; }

    /// <summary>Gets the floors and caps.</summary>
    public required NeedBands Bands { get; init; }

    /// <summary>Gets each recipient's allocation, by id.</summary>
    public required ImmutableArray<RecipientNeed> Recipients { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the allocations by recipient id, for <see cref="FairnessRatios"/> and <see cref="AllocationComparison"/>.</summary>
    /// <returns>A new dictionary.</returns>
    public ImmutableSortedDictionary<string, Money> Amounts()
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Money>(StringComparer.Ordinal);
        foreach (var recipient in Recipients)
        {
            builder.Add(recipient.RecipientId, recipient.Allocated);
        }

        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(NeedAllocation? other) =>
        other is not null
        && Fund == other.Fund
        && Formula == other.Formula
        && Bands == other.Bands
        && ValueEquality.Equal(Recipients, other.Recipients);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Fund, Formula, Bands, ValueEquality.Hash(Recipients));
}
