namespace Partnerships.Rules.Schemes;

/// <summary>
/// How much forecast under-spend a recipient may carry before it is reclaimed at a review point: the larger of an
/// absolute floor and a percentage of the allocation.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Floor">The under-spend always tolerated, such as £1,000.</param>
/// <param name="Percentage">The fraction of the allocation tolerated: 0.05 for 5%.</param>
public sealed record UnderspendTolerance(Money Floor, decimal Percentage);
