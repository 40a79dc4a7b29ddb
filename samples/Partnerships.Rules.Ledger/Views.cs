using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Partnerships.Rules.Ledger;

/// <summary>Tables for people: what each step decided, and where the year stands.</summary>
public static class Views
{
    public static void Terms(IAnsiConsole console, FundTerms terms)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(terms);
        console.MarkupLineInterpolated($"[bold]{terms.SchemeName} {terms.Year.Label}[/]: fund {terms.Fund}, standard allocation {terms.StandardAllocation}, {terms.Recipients.Length} recipients");
        Table(console, "Priorities", ["priority", "fits directly", "needs a query"],
            terms.Priorities.Select(p => new[] { p.Code, string.Join(", ", p.DirectThemes), string.Join(", ", p.ArguableThemes) }));
    }

    public static void Assessment(IAnsiConsole console, AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.MarkupLineInterpolated($"{report.Plans.Length} plans: {report.EligibleCount} eligible, {report.EligibleWithQueriesCount} eligible with queries, {report.IneligibleCount} ineligible; {report.AmountUnderQuery} under query across {report.RecipientsWithAmountUnderQuery} recipients");
        Table(console, "Plans not simply eligible", ["recipient", "decision", "under query", "findings"],
            report.Plans.Where(p => p.Decision != PlanDecision.Eligible).Select(p => new[]
            {
                p.RecipientId, p.Decision.ToString(), p.AmountUnderQuery.ToString(),
                string.Join(" ", p.Findings.Where(f => f.Severity >= FindingSeverity.Query).Select(f => f.Code).Distinct()),
            }));
        Table(console, "Spend by priority", ["priority", "spend"],
            report.SpendByPriority.Select(s => new[] { s.PriorityCode, s.Amount.ToString() }).Append(["total", report.AssessedSpend.ToString()]));
    }

    public static void Allocation(IAnsiConsole console, AllocationResult allocation)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(allocation);
        console.MarkupLineInterpolated($"Core {allocation.CoreAllocated} + over-programmed {allocation.OverProgrammedAllocated} + unallocated {allocation.Unallocated} = fund {allocation.Fund}");
        Table(console, "Over-programmed bids", ["recipient", "activity", "asked", "allocated", "findings"],
            allocation.Activities.Where(a => a.IsOverProgrammed).Select(a => new[] { a.RecipientId, a.ActivityId, a.Requested.ToString(), a.Allocated.ToString(), string.Join(" ", a.Findings.Select(f => f.Code)) }));
    }

    public static void Quarter(IAnsiConsole console, QuarterResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var paid = result.Payments.Aggregate(Money.Zero(result.Position.Fund.Currency), (sum, p) => sum + p.Amount);
        console.MarkupLineInterpolated($"{result.Quarter.Label}: {result.Payments.Length} payments, {paid} in all, on {result.Payments.FirstOrDefault()?.PaymentDate?.ToString("d MMMM yyyy", null) ?? "no date"}");
        Findings(console, result.Findings);
    }

    public static void Review(IAnsiConsole console, ReviewResult review)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(review);
        console.MarkupLineInterpolated($"[bold]{review.Review.Name}[/]: pool {review.Pool}; unallocated after it {review.Unallocated}");
        Table(console, "Reclaimed", ["recipient", "allocation", "forecast", "under-spend", "tolerated", "reclaimed"],
            review.Reclaims.Select(r => new[] { r.RecipientId, r.Allocation.ToString(), r.ForecastOutturn.ToString(), r.Underspend.ToString(), r.Tolerance.ToString(), r.Amount.ToString() }));
        Table(console, "Granted", ["recipient", "activity", "amount", "asked before review"],
            review.Grants.Select(g => new[] { g.RecipientId, g.ActivityId, g.Amount.ToString(), g.Outstanding.ToString() }));
        Findings(console, review.Findings);
    }

    public static void Queries(IAnsiConsole console, string what, FundPosition position)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(position);
        console.MarkupLineInterpolated($"{what}; reserve {position.Reserve}, returned to the fund {position.Returned}, unallocated {position.Unallocated}");
        Table(console, "Queries", ["query", "finding", "amount", "raised", "due", "state"],
            position.Queries.Select(q => new[] { q.Id, q.FindingCode, q.Amount.ToString(), q.RaisedOn.ToString("yyyy-MM-dd", null), q.DueOn.ToString("yyyy-MM-dd", null), q.State + (q.ReattributedTo is { } p ? " to " + p : "") }));
    }

    public static void YearEnd(IAnsiConsole console, YearEndRecord record)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(record);
        console.MarkupLineInterpolated($"[bold]{record.SchemeName} {record.Year.Label} closed[/]");
        Table(console, "Year-end reconciliation", ["", "amount"],
        [
            ["paid in the year", record.PaidInYear.ToString()],
            [$"paid after the year end ({record.PaymentDateAfterYearEnd?.ToString("d MMMM yyyy", null)}, {record.PaymentYearAfterYearEnd.Label})", record.PaidAfterYearEnd.ToString()],
            ["less recoveries owed", (-record.Recoveries).ToString()],
            ["lapsed", record.Lapsed.ToString()],
            ["unallocated", record.Unallocated.ToString()],
            ["fund", record.Fund.ToString()],
        ]);
        Table(console, "Outturn", ["recipient", "allocation", "spent", "paid in year", "paid after", "lapsed", "recovery"],
            record.Recipients.Select(r => new[] { r.RecipientId, r.Allocation.ToString(), r.Spent.ToString(), r.PaidInYear.ToString(), r.PaidAfterYearEnd.ToString(), r.Lapsed.ToString(), r.Recovery.ToString() }));
    }

    public static void Status(IAnsiConsole console, FundTerms terms, LedgerState state)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(state);
        console.MarkupLineInterpolated($"[bold]{terms.SchemeName} {terms.Year.Label}[/]: {state.Stage}");
        if (state.Position is not { } position)
        {
            if (state.Report is { } report)
            {
                Assessment(console, report);
            }

            return;
        }

        var zero = Money.Zero(position.Fund.Currency);
        Table(console, "Accounts", ["recipient", "allocation", "spent", "paid", "reclaimed", "granted", "forecast"],
            position.Accounts.Select(a => new[] { a.RecipientId, a.Allocation.ToString(), a.Spent.ToString(), a.Paid.ToString(), a.Reclaimed.ToString(), a.Granted.ToString(), a.ForecastOutturn?.ToString() ?? "" }));
        var allocated = position.Accounts.Aggregate(zero, (sum, a) => sum + a.Allocation);
        var paid = position.Accounts.Aggregate(zero, (sum, a) => sum + a.Paid);
        console.MarkupLineInterpolated($"Fund {position.Fund} = allocated {allocated} (paid {paid}, unpaid {allocated - paid}) + held for queries {position.Reserve} + returned by queries {position.Returned} + unallocated {position.Unallocated}");
        if (!position.Queries.IsEmpty)
        {
            Queries(console, $"{position.Queries.Count(q => q.IsUnresolved)} queries unresolved", position);
        }

        if (state.YearEnd is { } closed)
        {
            YearEnd(console, closed);
        }
    }

    private static void Findings(IAnsiConsole console, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings.Where(f => f.Severity >= FindingSeverity.Warning))
        {
            console.WriteLine("  " + finding);
        }
    }

    private static void Table(IAnsiConsole console, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            console.MarkupLineInterpolated($"({title}: none)");
            return;
        }

        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
        for (var i = 0; i < headers.Length; i++)
        {
            var numeric = all.All(r => r[i].Length == 0 || r[i][0] == '£' || r[i][0] == '-' || char.IsAsciiDigit(r[i][0]));
            table.AddColumn(new TableColumn(headers[i]) { Alignment = numeric ? Justify.Right : Justify.Left });
        }

        foreach (var row in all)
        {
            table.AddRow(row.Select(c => (IRenderable)new Text(c)));
        }

        console.Write(table);
    }
}
