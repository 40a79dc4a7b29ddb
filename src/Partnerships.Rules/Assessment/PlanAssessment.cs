using System.Collections.Immutable;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Assessment;

/// <summary>The assessment of one spend plan: its decision and every finding behind it.</summary>
/// <remarks>
/// <para>Findings are ordered by code, then activity id, then message (ordinal), so the same plan gives the same
/// list whatever the order of its activities. An invalid plan (<see cref="IsValid"/> false) carries only its
/// <c>PLAN</c> findings and is <see cref="PlanDecision.Ineligible"/>; it has no fits and adds nothing to the round's totals.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanAssessment
{
    /// <summary>Gets the id of the plan's recipient; empty when the plan has none.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the decision.</summary>
    public required PlanDecision Decision { get; init; }

    /// <summary>Gets a value indicating whether the plan passed validation against the terms.</summary>
    public required bool IsValid { get; init; }

    /// <summary>Gets the findings behind the decision, by code, then activity id, then message (each ordinal).</summary>
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the priority fit of each activity, by activity id (ordinal); empty for an invalid plan.</summary>
    public ImmutableArray<ActivityFit> Fits { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the cost of the plan's activities that fit only arguably or not at all, and so are queried.</summary>
    public required Money AmountUnderQuery { get; init; }

    /// <summary>Gets the core request: the cost of activities not marked over-programmed; <see langword="null"/> for an invalid plan.</summary>
    public Money? CoreRequest { get; init; }

    /// <summary>Gets the cost of the over-programmed activities; <see langword="null"/> for an invalid plan.</summary>
    public Money? OverProgrammedRequest { get; init; }

    /// <summary>Gets the plan as submitted; the audit record keeps it with the outcome.</summary>
    public SpendPlan? Plan { get; init; }

    /// <summary>Gets a value indicating whether any finding is a query.</summary>
    public bool HasQueries => Findings.Any(f => f.Severity == FindingSeverity.Query);

    /// <summary>Returns a value indicating whether another assessment holds equal values: findings and fits compared in order, the plans as submitted compared too.</summary>
    /// <param name="other">The assessment to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(PlanAssessment? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && Decision == other.Decision
        && IsValid == other.IsValid
        && ValueEquality.Equal(Findings, other.Findings)
        && ValueEquality.Equal(Fits, other.Fits)
        && AmountUnderQuery == other.AmountUnderQuery
        && CoreRequest == other.CoreRequest
        && OverProgrammedRequest == other.OverProgrammedRequest
        && Plan == other.Plan;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, Decision, IsValid, ValueEquality.Hash(Findings), ValueEquality.Hash(Fits), AmountUnderQuery, CoreRequest, OverProgrammedRequest);
}
