using Ardalis.GuardClauses;
using System.Collections.Immutable;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// The outcome of a review of under-spend: who gave back what, who received what for which activity, what stays
/// unallocated, the reasons, and the position after it.
/// </summary>
/// <remarks>
/// <para>Every penny is accounted for: <see cref="Pool"/> = the money unallocated before the review + the money returned by
/// rejected and withdrawn queries + the sum of <see cref="Reclaims"/> = the sum of <see cref="Grants"/> + <see cref="Unallocated"/>.</para>
/// <para>Reclaims are ordered by recipient id; grants in the order they were funded. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record ReviewResult
{
    internal ReviewResult(ReviewPoint review, FundPosition position, ImmutableArray<Reclaim> reclaims, ImmutableArray<Grant> grants, Money pool, ImmutableArray<Finding> findings)
    {
        Review = review;
        Position = position;
        Reclaims = reclaims.OrEmpty();
        Grants = grants.OrEmpty();
        Pool = pool;
        Findings = findings.OrEmpty();
    }

    /// <summary>Gets the review point held.</summary>
    public ReviewPoint Review { get; }

    /// <summary>Gets the position after the review.</summary>
    public FundPosition Position { get; }

    /// <summary>Gets what each recipient gave back, for those that gave anything.</summary>
    public ImmutableArray<Reclaim> Reclaims { get; }

    /// <summary>Gets what each activity was given, for those given anything.</summary>
    public ImmutableArray<Grant> Grants { get; }

    /// <summary>Gets the money there was to reallocate: what was unallocated before the review, what queries returned, and what was reclaimed.</summary>
    public Money Pool { get; }

    /// <summary>Gets the money that stays unallocated after the review.</summary>
    public Money Unallocated => Position.Unallocated;

    /// <summary>Gets the reasons: each reclaim or tolerance, each grant, each bid passed over or not funded, and what stays unallocated.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets the queries still open or answered after the review, whose money stays in reserve, in query id order.</summary>
    public ImmutableArray<Query> OpenQueries => Position.Queries.RemoveAll(static q => !q.IsUnresolved);

    /// <summary>Gets a value indicating whether the review changed nothing: no reclaim and no grant.</summary>
    public bool ChangedNothing => Reclaims.IsEmpty && Grants.IsEmpty;

    /// <summary>Returns a value indicating whether another result holds equal values: reclaims, grants and findings compared in order.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(ReviewResult? other) =>
        other is not null
        && Review == other.Review
        && Position == other.Position
        && ValueEquality.Equal(Reclaims, other.Reclaims)
        && ValueEquality.Equal(Grants, other.Grants)
        && Pool == other.Pool
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Review, Position, ValueEquality.Hash(Reclaims), ValueEquality.Hash(Grants), Pool, ValueEquality.Hash(Findings));

    /// <summary>Rebuilds a result written earlier (by the JSON reader), checking that every penny of the pool is accounted for.</summary>
    /// <exception cref="ArgumentException">The grants and the money left unallocated do not sum to the pool.</exception>
    internal static ReviewResult Restore(ReviewPoint review, FundPosition position, ImmutableArray<Reclaim> reclaims, ImmutableArray<Grant> grants, Money pool, ImmutableArray<Finding> findings)
    {
        // The reader refuses a null review or position before this; a null grant in the list reaches here.
        var accounted = position.Unallocated;
        foreach (var grant in grants)
        {
            Guard.Against.Null(grant, nameof(grants));
            accounted += grant.Amount;
        }

        if (accounted != pool)
        {
            throw new ArgumentException(FormattableString.Invariant($"The pool is {pool}; the grants and the money left unallocated sum to {accounted}."), nameof(pool));
        }

        return new(review, position, reclaims, grants, pool, findings);
    }
}
