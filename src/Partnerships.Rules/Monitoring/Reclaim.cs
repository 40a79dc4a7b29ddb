using Ardalis.GuardClauses;

namespace Partnerships.Rules.Monitoring;

/// <summary>What one recipient gave back at a review, and the figures that decided it.</summary>
/// <remarks>
/// <see cref="Amount"/> = <see cref="Underspend"/> − <see cref="Tolerance"/>: the tolerated part of the under-spend stays
/// with the recipient and only the excess is reclaimed; when the terms reclaim the whole under-spend once it passes the
/// tolerance (<see cref="Schemes.UnderspendReclaim.WholeUnderspend"/>), <see cref="Amount"/> = <see cref="Underspend"/>. As the forecast is never taken below spend to date, and payments
/// never exceed spend, the allocation left (forecast + tolerance) is never below what is spent or paid.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="Allocation">Its allocation before the review.</param>
/// <param name="ForecastOutturn">Its forecast outturn at the review, or its spend to date when that is more.</param>
/// <param name="Underspend">The forecast under-spend: allocation less forecast outturn.</param>
/// <param name="Tolerance">The under-spend it may keep: the larger of the terms' floor and their percentage of its initial allocation.</param>
/// <param name="Amount">What is reclaimed; positive.</param>
/// <exception cref="ArgumentException">An id is blank or not well-formed UTF-16.</exception>
public sealed record Reclaim(string RecipientId, Money Allocation, Money ForecastOutturn, Money Underspend, Money Tolerance, Money Amount)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));
}
