using System.Collections.Immutable;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Reads a quarter's spend returns from CSV: <c>recipient, spent, forecast</c>, and optionally <c>submitted_on</c> (a
/// date), <c>activity</c> and <c>delivered</c>. With an activity, a line is one activity's spend (and outputs delivered)
/// and a recipient's lines make one return by activity, with the same forecast on each. Negative spend is a refund.
/// Every recipient must hold an account in the ledger; a recipient (or a recipient's activity) appears once. Every
/// problem is listed at once.
/// </summary>
public static class ReturnFiles
{
    private static readonly string[] Required = ["recipient", "spent", "forecast"];
    private static readonly string[] Optional = ["submitted_on", "activity", "delivered"];

    private sealed record Line(InputField Recipient, InputField Forecast, InputField Submitted, string? Activity, Money Spent, decimal? Delivered);

    /// <exception cref="InputFileException">The file has problems; every one is listed.</exception>
    public static ImmutableArray<SpendReturn> Read(string path, FinancialQuarter quarter, FundPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no returns file {path}.");
        }

        var file = Path.GetFileName(path);
        var problems = new List<InputProblem>();
        var rows = CsvTable.Read(path, Required, Optional, problems);
        var order = new List<string>();
        var byRecipient = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, string?), string>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var recipient = row["recipient"].Required(problems);
            var spent = row["spent"].Money(position.Fund.Currency, problems, allowNegative: true);
            _ = row["forecast"].Money(position.Fund.Currency, problems);
            _ = row["submitted_on"].Date(problems);
            var activity = row["activity"].IsBlank ? null : row["activity"].Text!.Trim();
            var delivered = row["delivered"].Decimal(problems);
            if (recipient is null)
            {
                continue;
            }

            if (position.FindAccount(recipient) is null)
            {
                problems.Add(row["recipient"].Problem($"unknown recipient: the ledger holds no account of '{recipient}'"));
                continue;
            }

            if (!seen.TryAdd((recipient, activity), row["recipient"].Where))
            {
                problems.Add((activity is null ? row["recipient"] : row["activity"]).Problem(
                    $"a duplicate: the return of {recipient}{(activity is null ? "" : " for activity '" + activity + "'")} for {quarter.Label} is already at {seen[(recipient, activity)]}"));
                continue;
            }

            if (!byRecipient.TryGetValue(recipient, out var lines))
            {
                byRecipient[recipient] = lines = [];
                order.Add(recipient);
            }
            else if ((lines[0].Activity is null) != (activity is null) || activity is null)
            {
                problems.Add(row["activity"].Problem($"{recipient} has a return on {lines[0].Recipient.Where}; its lines all give an activity, or it has one line without"));
                continue;
            }
            else
            {
                Agrees(lines[0].Forecast, row["forecast"], problems);
                Agrees(lines[0].Submitted, row["submitted_on"], problems);
            }

            if (problems.Count == before && spent is { } amount)
            {
                lines.Add(new Line(row["recipient"], row["forecast"], row["submitted_on"], activity, amount, delivered));
            }
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new InputProblem(file, "line 2", "", null, "the file holds no returns"));
        }

        if (problems.Count > 0)
        {
            throw new InputFileException(file, problems);
        }

        var returns = ImmutableArray.CreateBuilder<SpendReturn>();
        foreach (var recipient in order)
        {
            var lines = byRecipient[recipient];
            var forecast = lines[0].Forecast.Money(position.Fund.Currency, problems)!.Value;
            var submitted = lines[0].Submitted.Date(problems);
            returns.Add(lines[0].Activity is null
                ? new SpendReturn(recipient, quarter, lines[0].Spent, forecast) { SubmittedOn = submitted }
                : SpendReturn.ByActivity(recipient, quarter, lines.Select(l => new ActivitySpend(l.Activity!, l.Spent) { Delivered = l.Delivered }), forecast) with { SubmittedOn = submitted });
        }

        return returns.ToImmutable();
    }

    private static void Agrees(InputField first, InputField other, List<InputProblem> problems)
    {
        if (!string.Equals(first.Text?.Trim() ?? "", other.Text?.Trim() ?? "", StringComparison.Ordinal))
        {
            problems.Add(other.Problem($"differs from the same recipient's first line ({first.Where}: '{first.Text}')"));
        }
    }
}
