using System.Collections.Immutable;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Reads a quarter's spend returns from CSV: <c>recipient, spent, forecast</c> and optionally <c>submitted_on</c>
/// (a date). Every recipient must hold an account in the ledger, once. Every problem is listed at once.
/// </summary>
public static class ReturnFiles
{
    private static readonly string[] Required = ["recipient", "spent", "forecast"];
    private static readonly string[] Optional = ["submitted_on"];

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
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var returns = ImmutableArray.CreateBuilder<SpendReturn>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var recipient = row["recipient"].Required(problems);
            var spent = row["spent"].Money(position.Fund.Currency, problems);
            var forecast = row["forecast"].Money(position.Fund.Currency, problems);
            var submitted = row["submitted_on"].Date(problems);
            if (recipient is not null)
            {
                if (position.FindAccount(recipient) is null)
                {
                    problems.Add(row["recipient"].Problem($"unknown recipient: the ledger holds no account of '{recipient}'"));
                }
                else if (!seen.TryAdd(recipient, row["recipient"].Where))
                {
                    problems.Add(row["recipient"].Problem($"a duplicate: this recipient's return for {quarter.Label} is already at {seen[recipient]}"));
                }
            }

            if (problems.Count == before && recipient is not null && spent is { } s && forecast is { } f)
            {
                returns.Add(new SpendReturn(recipient, quarter, s, f) { SubmittedOn = submitted });
            }
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new InputProblem(file, "line 2", "", null, "the file holds no returns"));
        }

        return problems.Count > 0 ? throw new InputFileException(file, problems) : returns.ToImmutable();
    }
}
