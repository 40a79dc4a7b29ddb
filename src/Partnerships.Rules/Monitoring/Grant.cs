namespace Partnerships.Rules.Monitoring;

/// <summary>Money given to an activity at a review, from reclaimed under-spend and money not allocated before.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="ActivityId">The id of the activity funded.</param>
/// <param name="Amount">What the activity is given; positive and at most <paramref name="Outstanding"/>.</param>
/// <param name="Outstanding">What the activity still asked for before the review.</param>
public sealed record Grant(string RecipientId, string ActivityId, Money Amount, Money Outstanding);
