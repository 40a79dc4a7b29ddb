using Ardalis.GuardClauses;
namespace Partnerships.Rules.Allocation;

/// <summary>
/// A bid for money beyond the core allocation: an unfunded over-programmed activity, or a bid from a further round.
/// </summary>
/// <remarks>
/// Bids are identified by (<see cref="RecipientId"/>, <see cref="ActivityId"/>), compared ordinally; that pair is the
/// last tie-break of the funding order. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient that bids.</param>
/// <param name="ActivityId">The id of the activity bid for; unique for its recipient among the bids of one round.</param>
/// <param name="Amount">The amount asked for; not negative.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> or <paramref name="ActivityId"/> is blank or not well-formed UTF-16.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Amount"/> is negative.</exception>
public sealed record OverProgrammedBid(string RecipientId, string ActivityId, Money Amount)
{
    /// <summary>Gets the id of the recipient that bids; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets the id of the activity bid for; never blank.</summary>
    public string ActivityId { get; init => field = Guard.Against.BlankId(value, nameof(ActivityId)); } = Guard.Against.BlankId(ActivityId, nameof(ActivityId));

    /// <summary>Gets the amount asked for; not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount set is negative.</exception>
    public Money Amount { get; init => field = Guard.Against.NegativeMoney(value, nameof(Amount)); } = Guard.Against.NegativeMoney(Amount, nameof(Amount));

    /// <summary>Gets the least amount with which the activity can go ahead; when <see langword="null"/> the bid is all or nothing.</summary>
    public Money? MinimumViableAmount { get; init; }

    /// <summary>Gets the assessment score, higher first; not negative.</summary>
    public int Score { get; init; }

    /// <summary>Gets the bid's place in its recipient's own order of preference, lower first.</summary>
    public int Rank { get; init; } = 1;
}
