using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Monitoring;

/// <summary>Spend by priority once re-attributed queries have moved their spend to the priorities they were accepted under.</summary>
/// <remarks>
/// A re-attributed query takes its amount from the priorities its activity was attributed to, in proportion to that
/// attribution and penny-exact (<see cref="Money.Split(ReadOnlySpan{long})"/>), and gives it to the priority it was
/// accepted under; an activity attributed to none takes it from unattributed spend. The total never changes. This type is
/// stateless and thread-safe.
/// </remarks>
public static class QuerySpend
{
    /// <summary>Works out spend by priority after re-attribution.</summary>
    /// <param name="report">The assessment the queries were raised from.</param>
    /// <param name="position">The position holding the queries.</param>
    /// <returns>The report's spend by priority, in its order, with the moves made; a priority only moved to comes last.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The report is of another year, or a re-attributed query names an activity the report did not assess.</exception>
    public static ImmutableArray<PrioritySpend> ByPriority(AssessmentReport report, FundPosition position)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(position);
        if (report.Year != position.Year)
        {
            throw new ArgumentException(FormattableString.Invariant($"The report is of {report.Year}; the position of {position.Year}."), nameof(report));
        }

        var spend = new List<(string Code, Money Amount)>(report.SpendByPriority.Select(static s => (s.PriorityCode, s.Amount)));
        foreach (var query in position.Queries)
        {
            if (query.State != QueryState.Reattributed)
            {
                continue;
            }

            var fit = report.FindPlan(query.RecipientId)?.Fits.FirstOrDefault(f => string.Equals(f.ActivityId, query.ActivityId, StringComparison.Ordinal))
                ?? throw new ArgumentException(FormattableString.Invariant($"The report did not assess activity '{query.ActivityId}' of '{query.RecipientId}', which query '{query.Id}' names."), nameof(report));
            var weights = fit.Attribution.Select(static a => a.Amount.MinorUnits).ToArray();
            if (weights.Any(static w => w > 0))
            {
                var parts = query.Amount.Split(weights);
                for (var i = 0; i < parts.Length; i++)
                {
                    Add(spend, fit.Attribution[i].PriorityCode, -parts[i]);
                }
            }

            Add(spend, query.ReattributedTo!, query.Amount);
        }

        return [.. spend.Select(static s => new PrioritySpend(s.Code, s.Amount))];
    }

    private static void Add(List<(string Code, Money Amount)> spend, string code, Money amount)
    {
        var at = spend.FindIndex(s => string.Equals(s.Code, code, StringComparison.Ordinal));
        if (at < 0)
        {
            spend.Add((code, amount));
            return;
        }

        spend[at] = (code, spend[at].Amount + amount);
    }
}
