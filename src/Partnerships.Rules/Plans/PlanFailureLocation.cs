namespace Partnerships.Rules.Plans;

/// <summary>
/// Where a validation failure of a spend plan lies: the plan's recipient, the activity and the field. Plan
/// validators put it in each failure's <c>CustomState</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="RecipientId">The id of the plan's recipient; empty when the plan has no recipient.</param>
/// <param name="ActivityId">The id of the activity, or <see langword="null"/> when the failure is about the plan as a whole.</param>
/// <param name="Field">The field relative to the activity (or to the plan), such as <c>Cost</c> or <c>Output.Quantity</c>.</param>
/// <param name="Detail">The message of the rule before the plan, activity and field were named.</param>
public sealed record PlanFailureLocation(string RecipientId, string? ActivityId, string Field, string Detail);
