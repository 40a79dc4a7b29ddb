namespace Partnerships.Rules.Assessment;

/// <summary>An amount of spend attributed to one priority.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="PriorityCode">The priority's code, as the terms spell it.</param>
/// <param name="Amount">The amount.</param>
public sealed record PrioritySpend(string PriorityCode, Money Amount);
