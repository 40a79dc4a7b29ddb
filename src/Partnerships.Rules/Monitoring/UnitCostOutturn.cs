using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Monitoring;

/// <summary>A measurable activity's planned unit cost beside the unit cost it achieved, each with its value-for-money comparison.</summary>
/// <remarks>
/// <see cref="Planned"/> compares the plan's cost and output with the other plans' (as the assessment does);
/// <see cref="Achieved"/> compares actual spend and outputs delivered with the other recipients' actuals, by the same rule
/// (<see cref="ValueForMoney"/>). <see cref="Achieved"/> is <see langword="null"/> when no output was reported delivered, or
/// the activity's spend is negative. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient.</param>
/// <param name="ActivityId">The id of the activity.</param>
/// <param name="Planned">The comparison of the planned unit cost.</param>
/// <param name="Achieved">The comparison of the achieved unit cost, if any.</param>
/// <exception cref="ArgumentException">An id is blank or not well-formed UTF-16.</exception>
public sealed record UnitCostOutturn(string RecipientId, string ActivityId, UnitCostComparison Planned, UnitCostComparison? Achieved)
{
    /// <summary>Gets the id of the recipient; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets the id of the activity; never blank.</summary>
    public string ActivityId { get; init => field = Guard.Against.BlankId(value, nameof(ActivityId)); } = Guard.Against.BlankId(ActivityId, nameof(ActivityId));

}
