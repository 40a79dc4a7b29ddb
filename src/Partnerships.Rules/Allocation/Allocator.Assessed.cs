using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Allocation;

public static partial class Allocator
{
    /// <summary>Allocates the fund of the terms to the plans an assessment found eligible, in assessment order.</summary>
    /// <remarks>
    /// Plans decided <see cref="PlanDecision.Eligible"/> or <see cref="PlanDecision.EligibleWithQueries"/> take part;
    /// ineligible ones do not (the report says why). Each activity stands as the assessment left it: an activity that
    /// fits a priority only arguably, or not at all, is under query for its whole cost (held back when
    /// <see cref="FundTerms.HoldBackQueriedAmounts"/>), and scores 2 for a direct fit, 1 for an arguable one and 0 for
    /// none, which orders the over-programming stage before the recipient's own rank.
    /// </remarks>
    /// <param name="terms">The terms of the year the report assessed.</param>
    /// <param name="report">The assessment of the round, as <see cref="RoundAssessor.Assess"/> returned it.</param>
    /// <param name="policy">The shortfall rule and over-programming rule and order.</param>
    /// <returns>The allocation with its reasons.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The report is for another year, or no longer holds its plans (a report read back from JSON does not).</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static AllocationResult Allocate(FundTerms terms, AssessmentReport report, AllocationPolicy policy)
    {
        Guard.Against.Null(terms);
        Guard.Against.Null(report);
        Guard.Against.Null(policy);
        Guard.Against.Expression(year => year != terms.Year, report.Year, FormattableString.Invariant($"The report must be of the terms' year, {terms.Year}; got a report of {report.Year}."), nameof(report));

        var eligible = new List<SpendPlan>(report.Plans.Length);
        var standings = new List<ActivityStanding>();
        foreach (var assessed in report.Plans)
        {
            if (assessed.Decision == PlanDecision.Ineligible)
            {
                continue;
            }

            var plan = assessed.Plan ?? throw new ArgumentException(
                FormattableString.Invariant($"The assessment of '{assessed.RecipientId}' holds no plan: allocate from the report RoundAssessor returned, not one read back from JSON."),
                nameof(report));
            eligible.Add(plan);
            var activities = plan.Activities;
            Dictionary<string, Activity>? byId = null; // only when the fits are not in the plan's order: no scan per fit
            for (var f = 0; f < assessed.Fits.Length; f++)
            {
                var fit = assessed.Fits[f];
                var activity = byId is null && f < activities.Length && string.Equals(activities[f].Id, fit.ActivityId, StringComparison.Ordinal)
                    ? activities[f]
                    : (byId ??= ById(activities))[fit.ActivityId];
                standings.Add(new ActivityStanding(plan.Recipient.Id, fit.ActivityId)
                {
                    QueriedAmount = fit.IsQueried ? activity.Cost : null,
                    Score = fit.Level switch { PriorityFitLevel.Direct => 2, PriorityFitLevel.Arguable => 1, _ => 0 },
                });
            }
        }

        return Allocate(terms, eligible, policy, standings);
    }

    private static Dictionary<string, Activity> ById(System.Collections.Immutable.ImmutableArray<Activity> activities)
    {
        var byId = new Dictionary<string, Activity>(activities.Length, StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            byId[activity.Id] = activity;
        }

        return byId;
    }
}
