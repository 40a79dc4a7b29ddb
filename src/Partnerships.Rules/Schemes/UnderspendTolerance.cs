using Ardalis.GuardClauses;
namespace Partnerships.Rules.Schemes;

/// <summary>
/// How much forecast under-spend a recipient may carry before it is reclaimed at a review point: the larger of an
/// absolute floor and a percentage of the allocation.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Floor">The under-spend always tolerated, such as £1,000.</param>
/// <param name="Percentage">The fraction of the allocation tolerated: 0.05 for 5%.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Floor"/> is negative, or <paramref name="Percentage"/> is not from 0 to 1.</exception>
public sealed record UnderspendTolerance(Money Floor, decimal Percentage)
{
    /// <summary>Gets the under-spend always tolerated; not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The floor set is negative.</exception>
    public Money Floor { get; init => field = Guard.Against.NegativeMoney(value, nameof(Floor)); } = Guard.Against.NegativeMoney(Floor, nameof(Floor));

    /// <summary>Gets the fraction of the allocation tolerated, from 0 to 1: 0.05 for 5%.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction set is not from 0 to 1.</exception>
    public decimal Percentage { get; init => field = Guard.Against.NotAFraction(value, nameof(Percentage)); } = Guard.Against.NotAFraction(Percentage, nameof(Percentage));
}
