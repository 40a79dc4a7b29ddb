namespace Partnerships.Rules.Plans;

/// <summary>A measurable output of an activity, such as 4,000 children or 12 sessions, from which a unit cost is computed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Quantity">How many units the activity delivers; positive.</param>
/// <param name="Unit">What is counted, such as <c>children</c> or <c>sessions</c>.</param>
public sealed record OutputMeasure(decimal Quantity, string Unit);
