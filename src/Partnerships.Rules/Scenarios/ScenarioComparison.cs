using System.Collections.Immutable;

namespace Partnerships.Rules.Scenarios;

/// <summary>Compares a scenario's outcomes with its expectations, wording each difference for a person.</summary>
internal static class ScenarioComparison
{
    private const string None = "none";
    private const string Everywhere = "*";

    public static ImmutableArray<ScenarioDifference> Compare(ScenarioExpectations expect, ScenarioResult run)
    {
        var differences = ImmutableArray.CreateBuilder<ScenarioDifference>();
        var findings = AllFindings(run);
        var byRecipient = findings.Where(f => f.RecipientId is not null).ToLookup(f => f.RecipientId!, StringComparer.Ordinal);

        var plans = run.Assessment!.Plans.ToDictionary(p => p.RecipientId, StringComparer.Ordinal);
        foreach (var (recipient, decision) in expect.Decisions)
        {
            var plan = plans.GetValueOrDefault(recipient);
            if (plan?.Decision != decision)
            {
                differences.Add(new(recipient, "decision", decision.ToString(), plan?.Decision.ToString() ?? None, Codes(plan?.Findings.Where(f => f.Severity >= FindingSeverity.Query) ?? [])));
            }
        }

        var allocations = run.Allocation!.Recipients.ToDictionary(r => r.RecipientId, StringComparer.Ordinal);
        var activityFindings = run.Allocation.Activities.SelectMany(a => a.Findings).Where(f => f.RecipientId is not null).ToLookup(f => f.RecipientId!, StringComparer.Ordinal);
        foreach (var (recipient, amount) in expect.Allocations)
        {
            var actual = allocations.GetValueOrDefault(recipient);
            if (actual?.Allocated != amount)
            {
                differences.Add(new(recipient, "allocation", amount.ToString(), actual?.Allocated.ToString() ?? None, Codes((actual?.Findings ?? []).Concat(activityFindings[recipient]))));
            }
        }

        var reviewFindings = run.Reviews.SelectMany(r => r.Findings).Where(f => f.RecipientId is not null).ToLookup(f => f.RecipientId!, StringComparer.Ordinal);
        foreach (var (recipient, amount) in expect.Reclaims)
        {
            var reclaims = run.Reviews.SelectMany(r => r.Reclaims).Where(r => r.RecipientId == recipient).Select(r => r.Amount).ToList();
            var actual = reclaims.Aggregate(Money.Zero(amount.Currency), (sum, m) => sum + m);
            if (actual != amount)
            {
                differences.Add(new(recipient, "reclaimed", amount.ToString(), actual.ToString(), Codes(reviewFindings[recipient])));
            }
        }

        foreach (var (subject, codes) in expect.Findings)
        {
            var about = subject == Everywhere ? findings : byRecipient[subject].ToList();
            var present = about.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                if (!present.Contains(code))
                {
                    differences.Add(new(subject, "finding " + code, "present", "absent", Codes(about)));
                }
            }
        }

        if (expect.Paid is { } paid)
        {
            var actual = run.Quarters.SelectMany(q => q.Payments).Aggregate(Money.Zero(paid.Currency), (sum, p) => sum + p.Amount);
            if (actual != paid)
            {
                differences.Add(new("year end", "paid", paid.ToString(), actual.ToString(), string.Empty));
            }
        }

        if (expect.Unallocated is { } unallocated && run.Position!.Unallocated != unallocated)
        {
            differences.Add(new("year end", "unallocated", unallocated.ToString(), run.Position.Unallocated.ToString(), string.Empty));
        }

        foreach (var (recipient, amount) in expect.YearEndAllocations)
        {
            var account = run.Position!.FindAccount(recipient);
            if (account?.Allocation != amount)
            {
                differences.Add(new(recipient, "allocation at year end", amount.ToString(), account?.Allocation.ToString() ?? None, Codes(reviewFindings[recipient])));
            }
        }

        return differences.ToImmutable();
    }

    private static List<Finding> AllFindings(ScenarioResult run) =>
    [
        .. run.Assessment!.Plans.SelectMany(p => p.Findings),
        .. run.Allocation!.Findings,
        .. run.Allocation.Recipients.SelectMany(r => r.Findings),
        .. run.Allocation.Activities.SelectMany(a => a.Findings),
        .. run.Quarters.SelectMany(q => q.Findings),
        .. run.Reviews.SelectMany(r => r.Findings),
    ];

    // Distinct codes in first-seen order, at most eight, so a line stays readable.
    private static string Codes(IEnumerable<Finding> findings)
    {
        var codes = findings.Select(f => f.Code).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count <= 8 ? string.Join(", ", codes) : string.Join(", ", codes.Take(8)) + ", …";
    }
}
