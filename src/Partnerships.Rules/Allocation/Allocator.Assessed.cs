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
    /// <exception cref="ArgumentException">The report is for another year, no longer holds its plans (a report read back from JSON does not), or, made by hand, fits an activity its plan does not have or fits one twice.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static AllocationResult Allocate(FundTerms terms, AssessmentReport report, AllocationPolicy policy)
    {
        Guard.Against.Null(terms);
        Guard.Against.Null(report);
        Guard.Against.Null(policy);
        Guard.Against.Expression(year => year != terms.Year, report.Year, FormattableString.Invariant($"The report must be of the terms' year, {terms.Year}; got a report of {report.Year}."), nameof(report));

        // Each fit's activity, score and queried amount side by side, in the order of the fits (by id): when every plan's
        // fits name its activities once each in strictly increasing order of id, the core takes them as its lines as they
        // are, with no standing made per activity and none looked up again. Otherwise, standings as the public overload
        // takes them.
        var eligible = new List<SpendPlan>(report.Plans.Length);
        var assessments = new List<PlanAssessment>(report.Plans.Length);
        var inFitOrder = new List<Activity[]>(report.Plans.Length);
        var start = new List<int>(report.Plans.Length + 1) { 0 };
        var fitCount = 0;
        foreach (var assessed in report.Plans)
        {
            fitCount += assessed.Decision == PlanDecision.Ineligible ? 0 : assessed.Fits.Length;
        }

        var scores = new List<int>(fitCount);
        var queried = new List<long>(fitCount);
        var asLines = true;
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
            assessments.Add(assessed);
            var activities = plan.Activities;
            var fits = assessed.Fits;
            var ordered = new Activity[fits.Length];
            Dictionary<string, Activity>? byId = null; // only when the fits are not in the plan's order: no scan per fit
            for (var f = 0; f < fits.Length; f++)
            {
                var fit = fits[f];
                var activity = byId is null && f < activities.Length && string.Equals(activities[f].Id, fit.ActivityId, StringComparison.Ordinal)
                    ? activities[f]
                    : Find(byId ??= ById(activities), assessed, fit, nameof(report));
                ordered[f] = activity;
                scores.Add(Score(fit));
                queried.Add(fit.IsQueried ? activity.Cost.MinorUnits : 0);
            }

            inFitOrder.Add(ordered);
            start.Add(scores.Count);
            if (!IsSortedPermutation(ordered, activities.Length))
            {
                asLines = false;
                RefuseRepeatedFits(assessed, nameof(report));
            }
        }

        var plans = eligible.ToArray();
        return asLines
            ? Allocate(terms, plans, policy, standings: null, new AssessedLines([.. inFitOrder], [.. start], [.. scores], [.. queried]))
            : Allocate(terms, plans, policy, Standings(assessments, inFitOrder), assessed: null);
    }

    // The standings of the fits, as the core takes them from a caller.
    private static List<ActivityStanding> Standings(List<PlanAssessment> assessments, List<Activity[]> inFitOrder)
    {
        var standings = new List<ActivityStanding>();
        for (var p = 0; p < assessments.Count; p++)
        {
            var fits = assessments[p].Fits;
            for (var f = 0; f < fits.Length; f++)
            {
                standings.Add(new ActivityStanding(assessments[p].Plan!.Recipient.Id, fits[f].ActivityId)
                {
                    QueriedAmount = fits[f].IsQueried ? inFitOrder[p][f].Cost : null,
                    Score = Score(fits[f]),
                });
            }
        }

        return standings;
    }

    private static int Score(ActivityFit fit) => fit.Level switch { PriorityFitLevel.Direct => 2, PriorityFitLevel.Arguable => 1, _ => 0 };

    // The activities in the order of the fits can stand in for the plan's activities sorted by id only when the fits
    // name every activity once, in strictly increasing order of id: then the sort's result is that order and no other.
    // (Ids strictly increasing are distinct, so as many fits as activities, each naming one, name each once.)
    private static bool IsSortedPermutation(Activity[] ordered, int activities)
    {
        if (ordered.Length != activities)
        {
            return false;
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.CompareOrdinal(ordered[i - 1].Id, ordered[i].Id) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // A report made by hand may fit an activity its plan does not have.
    private static Activity Find(Dictionary<string, Activity> byId, PlanAssessment assessed, ActivityFit fit, string paramName) =>
        fit.ActivityId is not null && byId.TryGetValue(fit.ActivityId, out var activity)
            ? activity
            : throw new ArgumentException(FormattableString.Invariant($"The assessment of '{assessed.RecipientId}' fits '{fit.ActivityId}', which is not an activity of its plan."), paramName);

    // Fits in strictly increasing order of id cannot repeat; others are checked here, where the report can be named.
    private static void RefuseRepeatedFits(PlanAssessment assessed, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fit in assessed.Fits)
        {
            if (!seen.Add(fit.ActivityId))
            {
                throw new ArgumentException(FormattableString.Invariant($"The assessment of '{assessed.RecipientId}' fits '{fit.ActivityId}' twice."), paramName);
            }
        }
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
