namespace Partnerships.Rules.Monitoring;

/// <summary>
/// A bid for money beyond the allocation made at the start of the year: an over-programmed activity of a plan, or
/// an activity bid for in a further bidding round.
/// </summary>
/// <remarks>
/// Bids are funded at a review in order of <see cref="Score"/>, highest first, then of <see cref="Rank"/>, then of
/// recipient id and activity id compared ordinally. A bid is identified by its recipient id and activity id.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient bidding.</param>
/// <param name="ActivityId">The id of the activity, unique within the recipient's bids.</param>
/// <param name="Request">What the activity asks for; never negative.</param>
/// <param name="Score">The activity's assessment score; higher is funded first.</param>
public sealed record ActivityBid(string RecipientId, string ActivityId, Money Request, long Score)
{
    /// <summary>Gets the bid's place in its recipient's own order of preference, 1 first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Gets the least amount with which the activity can go ahead; when <see langword="null"/> it is all or nothing.</summary>
    public Money? MinimumViableAmount { get; init; }
}
