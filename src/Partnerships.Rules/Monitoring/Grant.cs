using Ardalis.GuardClauses;
namespace Partnerships.Rules.Monitoring;

/// <summary>Money given to an activity at a review, from reclaimed under-spend and money not allocated before.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="ActivityId">The id of the activity funded.</param>
/// <param name="Amount">What the activity is given; positive and at most <paramref name="Outstanding"/>.</param>
/// <param name="Outstanding">What the activity still asked for before the review.</param>
/// <exception cref="ArgumentException">An id is blank or not well-formed UTF-16.</exception>
public sealed record Grant(string RecipientId, string ActivityId, Money Amount, Money Outstanding)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets the id of the activity; never blank.</summary>
    public string ActivityId { get; init => field = Guard.Against.BlankId(value, nameof(ActivityId)); } = Guard.Against.BlankId(ActivityId, nameof(ActivityId));
}
