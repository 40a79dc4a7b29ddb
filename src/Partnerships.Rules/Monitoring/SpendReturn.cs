using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// A recipient's spend return for one quarter: what it actually spent in the quarter and what it now forecasts
/// to spend in the whole year (its forecast outturn).
/// </summary>
/// <remarks>
/// <see cref="Spent"/> covers the quarter only; <see cref="ForecastOutturn"/> covers the whole financial year,
/// spend to date included. Both are whole minor units and never negative. Equality compares every property.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record SpendReturn
{
    /// <summary>Makes a spend return.</summary>
    /// <param name="recipientId">The id of the recipient that made the return.</param>
    /// <param name="quarter">The quarter the return is for.</param>
    /// <param name="spent">What the recipient spent in the quarter; never negative.</param>
    /// <param name="forecastOutturn">What the recipient forecasts to spend in the whole year; never negative, same currency as <paramref name="spent"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipientId"/> is blank or not well-formed UTF-16, or the amounts are in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public SpendReturn(string recipientId, FinancialQuarter quarter, Money spent, Money forecastOutturn)
    {
        RecipientId = Guard.Against.BlankId(recipientId);
        Guard.Against.NegativeMoney(spent);
        Guard.Against.NegativeMoney(forecastOutturn);
        Guard.Against.ForeignCurrency(spent, forecastOutturn);
        Quarter = quarter;
        Spent = spent;
        ForecastOutturn = forecastOutturn;
    }

    /// <summary>Gets the id of the recipient that made the return.</summary>
    public string RecipientId { get; }

    /// <summary>Gets the quarter the return is for.</summary>
    public FinancialQuarter Quarter { get; }

    /// <summary>Gets what the recipient spent in the quarter.</summary>
    public Money Spent { get; }

    /// <summary>Gets what the recipient forecasts to spend in the whole year, spend to date included.</summary>
    public Money ForecastOutturn { get; }

    /// <summary>Gets the day the return was submitted, if known; a return without one is never judged late.</summary>
    public LocalDate? SubmittedOn { get; init; }
}
