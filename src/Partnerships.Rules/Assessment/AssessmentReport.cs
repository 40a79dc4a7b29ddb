using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// The assessment of a whole bidding round: each plan's decision and findings, the amount under query, the unit-cost
/// comparisons and their outliers, and spend by priority.
/// </summary>
/// <remarks>
/// <para>Plans are ordered by recipient id (ordinal); the report is the same whatever the order of plans and activities.</para>
/// <para>Totals count the plans that are not <see cref="PlanDecision.Ineligible"/>. <see cref="AssessedSpend"/> is their
/// core requests (over-programmed activity is in <see cref="OverProgrammedRequested"/>), and
/// <see cref="SpendByPriority"/> plus <see cref="UnattributedSpend"/> sum to it exactly, by the rule of
/// <see cref="PriorityFit.Attribute"/>.</para>
/// <para>Serialise it with <c>Partnerships.Rules.Json.PartnershipsJson</c> inside an audit record (schema version 2, which keeps each plan with its assessment).
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AssessmentReport
{
    /// <summary>Gets the financial year of the round.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>Gets the fund of the year.</summary>
    public required Money Fund { get; init; }

    /// <summary>Gets the standard allocation per recipient.</summary>
    public required Money StandardAllocation { get; init; }

    /// <summary>Gets the assessment of every plan of the round, invalid ones included, by recipient id (ordinal).</summary>
    /// <remarks>Plans that share a recipient id (each invalid, <see cref="Partnerships.Rules.Plans.PlanFindings.DuplicateRecipient"/>)
    /// come in the order of their content, never of their arrival: the text of the recipient name, year, equality
    /// statement, submission time, then of each activity (id, cost in minor units, currency, type), the activities taken
    /// by id and those of one id by cost, compared ordinally.</remarks>
    public required ImmutableArray<PlanAssessment> Plans { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the cost of every queried activity (fits only arguably or not at all) of plans that are not ineligible.</summary>
    public required Money AmountUnderQuery { get; init; }

    /// <summary>Gets the core spend of plans that are not ineligible, attributed to each priority, in the terms' order.</summary>
    public required ImmutableArray<PrioritySpend> SpendByPriority { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the core spend of activities that claim no priority.</summary>
    public required Money UnattributedSpend { get; init; }

    /// <summary>Gets the core spend of plans that are not ineligible: the sum of <see cref="SpendByPriority"/> and <see cref="UnattributedSpend"/>.</summary>
    public required Money AssessedSpend { get; init; }

    /// <summary>Gets the over-programmed activity bid by plans that are not ineligible.</summary>
    public required Money OverProgrammedRequested { get; init; }

    /// <summary>Gets the unit-cost comparison of every measurable activity of every valid plan.</summary>
    public required ImmutableArray<UnitCostComparison> UnitCosts { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the unit-cost comparisons flagged as outliers.</summary>
    public ImmutableArray<UnitCostComparison> Outliers => UnitCosts.Where(c => c.IsOutlier).ToImmutableArray();

    /// <summary>Gets how many plans (not ineligible) have an amount under query.</summary>
    public int RecipientsWithAmountUnderQuery => Plans.Count(p => p.Decision != PlanDecision.Ineligible && !p.AmountUnderQuery.IsZero);

    /// <summary>Gets how many plans are eligible without queries.</summary>
    public int EligibleCount => Plans.Count(p => p.Decision == PlanDecision.Eligible);

    /// <summary>Gets how many plans are eligible with queries.</summary>
    public int EligibleWithQueriesCount => Plans.Count(p => p.Decision == PlanDecision.EligibleWithQueries);

    /// <summary>Gets how many plans are ineligible, invalid ones included.</summary>
    public int IneligibleCount => Plans.Count(p => p.Decision == PlanDecision.Ineligible);

    /// <summary>Finds the assessment of a recipient's plan.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The first assessment of that recipient's plans, or <see langword="null"/> when the round has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    public PlanAssessment? FindPlan(string recipientId)
    {
        Guard.Against.Null(recipientId);
        var index = SortedSearch.FirstIndexOf(Plans, recipientId, static (p, id) => string.CompareOrdinal(p.RecipientId, id));
        return index >= 0 ? Plans[index] : null;
    }

    /// <summary>Gets the assessment of a recipient's plan.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The first assessment of that recipient's plans.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No plan of the round is that recipient's.</exception>
    public PlanAssessment GetPlan(string recipientId) =>
        FindPlan(recipientId) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The round has no plan of recipient '{recipientId}'."));

    /// <summary>Finds the spend attributed to a priority.</summary>
    /// <param name="priorityCode">The priority code, ignoring case.</param>
    /// <returns>The amount, or <see langword="null"/> when the terms have no priority with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priorityCode"/> is <see langword="null"/>.</exception>
    public Money? FindSpendOn(string priorityCode)
    {
        Guard.Against.Null(priorityCode);
        foreach (var spend in SpendByPriority)
        {
            if (string.Equals(spend.PriorityCode, priorityCode, StringComparison.OrdinalIgnoreCase))
            {
                return spend.Amount;
            }
        }

        return null;
    }

    /// <summary>Gets the spend attributed to a priority.</summary>
    /// <param name="priorityCode">The priority code, ignoring case.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priorityCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The terms have no priority with that code.</exception>
    public Money GetSpendOn(string priorityCode) =>
        FindSpendOn(priorityCode) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The terms have no priority '{priorityCode}'."));

    /// <summary>Returns a value indicating whether another report holds equal values: plans, spend by priority and unit costs compared in order.</summary>
    /// <param name="other">The report to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(AssessmentReport? other) =>
        other is not null
        && Year == other.Year
        && Fund == other.Fund
        && StandardAllocation == other.StandardAllocation
        && ValueEquality.Equal(Plans, other.Plans)
        && AmountUnderQuery == other.AmountUnderQuery
        && ValueEquality.Equal(SpendByPriority, other.SpendByPriority)
        && UnattributedSpend == other.UnattributedSpend
        && AssessedSpend == other.AssessedSpend
        && OverProgrammedRequested == other.OverProgrammedRequested
        && ValueEquality.Equal(UnitCosts, other.UnitCosts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Fund, StandardAllocation, ValueEquality.Hash(Plans), AmountUnderQuery, ValueEquality.Hash(SpendByPriority), AssessedSpend, ValueEquality.Hash(UnitCosts));
}
