using Ardalis.GuardClauses;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>What one recipient was given and did with it in a closed year, carried to the next year's assessment.</summary>
/// <remarks>
/// <see cref="Underspend"/> is what it was given and did not spend: reclaimed at reviews plus lapsed at the close.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="Year">The year closed.</param>
/// <param name="InitialAllocation">Its allocation at the start of that year.</param>
/// <param name="Allocated">Its allocation at the close.</param>
/// <param name="Spent">Its outturn.</param>
/// <param name="Lapsed">Its allocation not spent, lapsed at the close.</param>
/// <param name="Reclaimed">What was reclaimed from it at reviews.</param>
/// <param name="Recovery">What it owes back for over-payment.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> is blank or not well-formed UTF-16.</exception>
public sealed record RecipientHistory(string RecipientId, FinancialYear Year, Money InitialAllocation, Money Allocated, Money Spent, Money Lapsed, Money Reclaimed, Money Recovery)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets what it was given and did not spend: reclaimed plus lapsed.</summary>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="long"/> minor units.</exception>
    public Money Underspend() => Reclaimed + Lapsed;
}
