using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Checks a round's plans against their recipients' history of the year before: a recipient that under-spent beyond the
/// tolerance is a finding for the assessors.
/// </summary>
/// <remarks>
/// A recipient under-spent what it was given and did not spend (<see cref="RecipientHistory.Underspend"/>: reclaimed at
/// reviews plus lapsed at the close); the tolerance is that of the new year's terms, of the recipient's initial allocation
/// of the year before (<see cref="UnderspendReview.ToleranceFor"/>). The check runs beside the assessment and changes nothing.
/// This type is stateless and thread-safe.
/// </remarks>
public static class PriorYear
{
    /// <summary>Finds the plans of a round whose recipients under-spent the year before beyond the tolerance.</summary>
    /// <param name="history">The history of the year before the round's (<see cref="NextYear.History"/>).</param>
    /// <param name="report">The round's assessment.</param>
    /// <param name="terms">The round's terms, whose tolerance applies.</param>
    /// <returns>One <see cref="MonitoringFindings.UnderspentLastYear"/> finding per recipient of the report that under-spent, by recipient id.</returns>
    /// <exception cref="ArgumentNullException">An argument or an entry of <paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entry is not of the year before the report's, repeats a recipient, or is in another currency from the terms.</exception>
    /// <exception cref="OverflowException">An under-spend is beyond the range of <see cref="long"/> minor units.</exception>
    public static ImmutableArray<Finding> Check(IEnumerable<RecipientHistory> history, AssessmentReport report, FundTerms terms)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(report);
        Guard.Against.Null(terms);
        var byRecipient = new Dictionary<string, RecipientHistory>(StringComparer.Ordinal);
        foreach (var entry in history)
        {
            Guard.Against.Null(entry, nameof(history));
            Guard.Against.ForeignCurrency(terms.Fund, entry.InitialAllocation, nameof(history));
            if (entry.Year != report.Year.Previous || !byRecipient.TryAdd(entry.RecipientId, entry))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The history of '{entry.RecipientId}' for {entry.Year} is not of {report.Year.Previous}, the year before the round, or repeats the recipient."),
                    nameof(history));
            }
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        string? previous = null;
        foreach (var plan in report.Plans)
        {
            if (plan.RecipientId == previous || !byRecipient.TryGetValue(plan.RecipientId, out var entry))
            {
                continue;
            }

            previous = plan.RecipientId;
            var underspend = entry.Underspend();
            var tolerance = UnderspendReview.ToleranceFor(terms.UnderspendTolerance, entry.InitialAllocation);
            if (underspend > tolerance)
            {
                findings.Add(MonitoringFindings.UnderspentLastYearDefinition.Make(
                    entry.RecipientId, null, underspend, ("recipient", entry.RecipientId), ("spent", entry.Spent), ("allocation", entry.Allocated + entry.Reclaimed), ("year", entry.Year), ("underspend", underspend), ("tolerance", tolerance)));
            }
        }

        return findings.ToImmutable();
    }
}
