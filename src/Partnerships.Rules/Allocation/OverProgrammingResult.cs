using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>The outcome of funding over-programmed bids from a pool.</summary>
/// <remarks>
/// The awards plus <see cref="LeftOver"/> equal <see cref="Pool"/> exactly. This type is immutable and thread-safe.
/// </remarks>
public sealed record OverProgrammingResult
{
    /// <summary>Gets the money that was available.</summary>
    public required Money Pool { get; init; }

    /// <summary>Gets the rule that was applied to bids that did not fit.</summary>
    public required OverProgrammingRule Rule { get; init; }

    /// <summary>Gets the key that ordered the bids.</summary>
    public required OverProgrammingOrder Order { get; init; }

    /// <summary>Gets every bid's award, in the order the bids were considered.</summary>
    public required ImmutableArray<BidAward> Awards { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the total awarded.</summary>
    public required Money Awarded { get; init; }

    /// <summary>Gets what is left of the pool.</summary>
    public required Money LeftOver { get; init; }

    /// <summary>Returns a value indicating whether another result holds equal values: the awards compared in order.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(OverProgrammingResult? other) =>
        other is not null
        && Pool == other.Pool
        && Rule == other.Rule
        && Order == other.Order
        && ValueEquality.Equal(Awards, other.Awards)
        && Awarded == other.Awarded
        && LeftOver == other.LeftOver;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pool, Rule, Order, ValueEquality.Hash(Awards), Awarded, LeftOver);
}
