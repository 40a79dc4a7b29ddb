using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>A payment to a recipient, in arrears, for the spend it reported up to the end of a quarter.</summary>
/// <remarks>The amount is positive and in whole minor units. This type is immutable and thread-safe.</remarks>
/// <param name="RecipientId">The id of the recipient paid.</param>
/// <param name="Quarter">The quarter whose returns the payment settles.</param>
/// <param name="Amount">The amount paid.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> is blank or not well-formed UTF-16.</exception>
public sealed record Payment(string RecipientId, FinancialQuarter Quarter, Money Amount)
{
    /// <summary>Gets the id of the recipient paid; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets the day the payment is due, when the caller gave a rule for it; otherwise <see langword="null"/>.</summary>
    public LocalDate? PaymentDate { get; init; }
}
