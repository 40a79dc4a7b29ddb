using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Monitoring;

/// <summary>A recipient's actual spend to date attributed to the year's priorities.</summary>
/// <remarks>
/// <see cref="Priorities"/> holds every priority of the terms, in their order; with <see cref="Unattributed"/> it sums
/// to the recipient's spend to date exactly. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="Priorities">Spend attributed to each priority, in the terms' order.</param>
/// <param name="Unattributed">Spend of returns without lines, of activities not in the plan, and of activities claiming no priority of the terms.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> is blank or not well-formed UTF-16.</exception>
public sealed record SpendByPriority(string RecipientId, ImmutableArray<PrioritySpend> Priorities, Money Unattributed)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets spend attributed to each priority, in the terms' order.</summary>
    public ImmutableArray<PrioritySpend> Priorities { get; init => field = value.OrEmpty(); } = Priorities.OrEmpty();

    /// <summary>Returns a value indicating whether another value holds equal figures: the priorities compared in order.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(SpendByPriority? other) =>
        other is not null && RecipientId == other.RecipientId && Unattributed == other.Unattributed && ValueEquality.Equal(Priorities, other.Priorities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, Unattributed, ValueEquality.Hash(Priorities));
}
