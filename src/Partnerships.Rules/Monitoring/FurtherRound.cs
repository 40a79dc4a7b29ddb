using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// A further bidding round at a review point: the round's plans are assessed by the same <see cref="RoundAssessor"/> as
/// the year's first round, their activities become scored bids, and the review reallocates the pool to them.
/// </summary>
/// <remarks>
/// <para>Every activity of a plan the assessment did not find ineligible bids for its cost, with its minimum viable amount
/// and rank, and scores as at the start of the year: 2 for a direct fit to a priority, 1 for an arguable one, 0 for none.
/// An ineligible plan bids nothing and is reported (<see cref="MonitoringFindings.FurtherRoundPlanIneligible"/>).</para>
/// <para>The review is <see cref="UnderspendReview.Hold(FundPosition, FundTerms, ReviewPoint, IEnumerable{OverProgrammedBid}?)"/>
/// with those bids, so its reclaims, order and guarantees are the review's. This type is stateless and thread-safe.</para>
/// </remarks>
public static class FurtherRound
{
    /// <summary>Turns an assessed further round into scored bids.</summary>
    /// <param name="report">The assessment of the round's plans, as <see cref="RoundAssessor.Assess"/> returned it.</param>
    /// <returns>One bid per activity of each plan not found ineligible, in the report's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The report no longer holds its plans (a report read back from JSON does not).</exception>
    public static ImmutableArray<OverProgrammedBid> Bids(AssessmentReport report)
    {
        Guard.Against.Null(report);
        var bids = ImmutableArray.CreateBuilder<OverProgrammedBid>();
        foreach (var assessed in report.Plans)
        {
            if (assessed.Decision == PlanDecision.Ineligible)
            {
                continue;
            }

            var plan = assessed.Plan ?? throw new ArgumentException(
                FormattableString.Invariant($"The assessment of '{assessed.RecipientId}' holds no plan: bid from the report RoundAssessor returned, not one read back from JSON."),
                nameof(report));
            var levels = new Dictionary<string, PriorityFitLevel>(assessed.Fits.Length, StringComparer.Ordinal);
            foreach (var fit in assessed.Fits)
            {
                levels[fit.ActivityId] = fit.Level;
            }

            foreach (var activity in plan.Activities)
            {
                var cost = activity.Cost;
                bids.Add(new OverProgrammedBid(plan.Recipient.Id, activity.Id, cost)
                {
                    MinimumViableAmount = activity.MinimumViableAmount is { } m ? Money.FromMinorUnits(Math.Clamp(m.MinorUnits, 0, cost.MinorUnits), cost.Currency) : null,
                    Score = levels.GetValueOrDefault(activity.Id, PriorityFitLevel.None) switch { PriorityFitLevel.Direct => 2, PriorityFitLevel.Arguable => 1, _ => 0 },
                    Rank = activity.Rank,
                });
            }
        }

        return bids.DrainToImmutable();
    }

    /// <summary>Holds a review at a review point with a further bidding round: assesses the plans, scores their bids and reallocates the pool.</summary>
    /// <param name="position">The position after the quarter the review follows.</param>
    /// <param name="terms">The terms of the year: the assessment's priorities and thresholds, and the review's tolerance.</param>
    /// <param name="reviewPoint">The review point held.</param>
    /// <param name="plans">The plans of the further round, for the terms' year and currency.</param>
    /// <param name="submissionDeadline">The further round's own deadline for plans (London time); <see langword="null"/> for
    /// none. The year's first deadline, long past at a review, never applies to a further round.</param>
    /// <returns>The review, with a finding for each plan found ineligible before its own findings.</returns>
    /// <exception cref="ArgumentNullException">An argument or a plan is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As <see cref="RoundAssessor.Assess"/> and <see cref="UnderspendReview.Hold(FundPosition, FundTerms, ReviewPoint, IEnumerable{OverProgrammedBid}?)"/> say.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static ReviewResult Open(FundPosition position, FundTerms terms, ReviewPoint reviewPoint, IEnumerable<SpendPlan> plans, LocalDateTime? submissionDeadline = null)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(terms);
        Guard.Against.Null(reviewPoint);
        Guard.Against.Null(plans);
        UnderspendReview.CheckTerms(position, terms, reviewPoint);
        var report = RoundAssessor.Assess(terms with { SubmissionDeadline = submissionDeadline }, plans);
        var review = UnderspendReview.Hold(position, terms, reviewPoint, Bids(report));
        var ineligible = ImmutableArray.CreateBuilder<Finding>();
        foreach (var assessed in report.Plans)
        {
            if (assessed.Decision == PlanDecision.Ineligible)
            {
                var reasons = string.Join(", ", assessed.Findings.Where(static f => f.Severity == FindingSeverity.Failure).Select(static f => f.Code).Distinct());
                ineligible.Add(MonitoringFindings.FurtherRoundPlanIneligibleDefinition.Make(assessed.RecipientId, null, null, ("reasons", reasons), ("recipient", assessed.RecipientId), ("review", reviewPoint.Name)));
            }
        }

        return ineligible.Count == 0
            ? review
            : new ReviewResult(review.Review, review.Position, review.Reclaims, review.Grants, review.Pool, [.. ineligible, .. review.Findings]);
    }
}
