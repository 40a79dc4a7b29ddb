using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Partnerships.Rules.Monitoring;

/// <summary>A recipient's actual spend to date by activity, summed over the returns recorded.</summary>
/// <remarks>
/// <see cref="Activities"/> sums the lines of the returns by activity, in activity-id order (an activity's spend may be
/// negative when refunds passed it); <see cref="NotByActivity"/> is the spend of returns of one figure. Together they are
/// the account's spend to date. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="Activities">Spend and outputs delivered per activity, in activity-id order.</param>
/// <param name="NotByActivity">Spend reported without lines.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> is blank or not well-formed UTF-16.</exception>
public sealed record SpendByActivity(string RecipientId, ImmutableArray<ActivitySpend> Activities, Money NotByActivity)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets spend and outputs delivered per activity, in activity-id order.</summary>
    public ImmutableArray<ActivitySpend> Activities { get; init => field = value.OrEmpty(); } = Activities.OrEmpty();

    /// <summary>Returns a value indicating whether another value holds equal figures: the activities compared in order.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(SpendByActivity? other) =>
        other is not null && RecipientId == other.RecipientId && NotByActivity == other.NotByActivity && ValueEquality.Equal(Activities, other.Activities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, NotByActivity, ValueEquality.Hash(Activities));
}
