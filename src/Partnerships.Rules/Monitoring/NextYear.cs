using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>A fund's next year as opened after the close: its terms, and each recipient carried over with its history.</summary>
/// <remarks>
/// <see cref="History"/> holds one entry per recipient of the closed year, ordered by recipient id: the recipients carried
/// over. Give it to <see cref="PriorYear.Check"/> with the next round's assessment. Equality compares every property, the
/// history in order. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Terms">The next year's terms, from the scheme.</param>
/// <param name="History">The closed year's history of each recipient carried over.</param>
/// <exception cref="ArgumentNullException"><paramref name="Terms"/> is <see langword="null"/>.</exception>
public sealed record NextYear(FundTerms Terms, ImmutableArray<RecipientHistory> History)
{
    /// <summary>Gets the next year's terms.</summary>
    public FundTerms Terms { get; init => field = Guard.Against.Null(value, nameof(Terms)); } = Guard.Against.Null(Terms, nameof(Terms));

    /// <summary>Gets the closed year's history of each recipient carried over, ordered by recipient id.</summary>
    public ImmutableArray<RecipientHistory> History { get; init => field = value.OrEmpty(); } = History.OrEmpty();

    /// <summary>Finds a recipient's history.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The history, or <see langword="null"/> when the recipient was not carried over.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    public RecipientHistory? FindHistory(string recipientId)
    {
        Guard.Against.Null(recipientId);
        var index = SortedSearch.FirstIndexOf(History, recipientId, static (h, id) => string.CompareOrdinal(h.RecipientId, id));
        return index >= 0 ? History[index] : null;
    }

    /// <summary>Returns a value indicating whether another value holds equal terms and history, the history compared in order.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(NextYear? other) => other is not null && Terms == other.Terms && ValueEquality.Equal(History, other.History);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms, ValueEquality.Hash(History));
}
