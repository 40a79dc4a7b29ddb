using Ardalis.GuardClauses;

namespace Partnerships.Rules.Monitoring;

/// <summary>One recipient's rate of spend at a review point: what it has spent against what the elapsed share of the year would have it spend.</summary>
/// <remarks>
/// The shares are for reading, rounded to four places; <see cref="IsBehind"/> was decided exactly
/// (<see cref="RateOfSpend.IsBehind"/>). This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="Allocation">Its allocation at the review.</param>
/// <param name="Spent">Its spend to date.</param>
/// <param name="Expected">The elapsed share of its allocation, rounded down to a minor unit.</param>
/// <param name="SpentShare">Spend to date as a share of the allocation; zero for no allocation.</param>
/// <param name="ElapsedShare">The share of the year elapsed by the review date.</param>
/// <param name="IsBehind">Whether the spend is behind the elapsed share by more than the terms' threshold.</param>
/// <exception cref="ArgumentException"><paramref name="RecipientId"/> is blank or not well-formed UTF-16.</exception>
public sealed record SpendRate(string RecipientId, Money Allocation, Money Spent, Money Expected, decimal SpentShare, decimal ElapsedShare, bool IsBehind)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));
}
