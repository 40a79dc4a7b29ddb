using System.Collections.Immutable;
using System.Globalization;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Reads need indicators from CSV: a column <c>recipient</c>, then one column per indicator (named by its header);
/// the first line after the header is the formula's weights, its recipient cell <c>weight</c>; then one line per
/// recipient. Figures are plain non-negative numbers (<c>36.1</c>, no thousands separators). Every recipient with a
/// plan needs a line, each once; an unknown recipient is refused. Every problem is listed at once.
/// </summary>
public static class NeedFiles
{
    public const string WeightRow = "weight";

    /// <exception cref="InputFileException">The file has problems; every one is listed.</exception>
    public static (NeedFormula Formula, ImmutableArray<NeedRecipient> Recipients) Read(string path, IReadOnlyList<string> planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no need indicators file {path}.");
        }

        var file = Path.GetFileName(path);
        var problems = new List<InputProblem>();
        var indicators = CsvTable.Header(path).Where(h => h.Length > 0 && h != "recipient").Distinct(StringComparer.Ordinal).ToArray();
        var rows = CsvTable.Read(path, ["recipient"], indicators, problems);
        if (indicators.Length == 0 && rows.Count > 0)
        {
            problems.Add(new InputProblem(file, "line 1", "", null, "there is no indicator column; give one column per indicator after 'recipient'"));
        }

        var known = new HashSet<string>(planned, StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        (string, decimal)[]? weights = null;
        var recipients = new List<NeedRecipient>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var recipient = row["recipient"].Required(problems);
            var values = indicators.Select(name => (name, Figure(row[name], problems))).ToArray();
            if (recipient is null)
            {
                continue;
            }

            if (index == 0 || recipient == WeightRow)
            {
                if (index != 0 || recipient != WeightRow)
                {
                    problems.Add(row["recipient"].Problem($"the first line after the header gives the weights, its recipient '{WeightRow}', and only the first"));
                }
                else if (values.All(v => v.Item2 is null or 0))
                {
                    problems.Add(row["recipient"].Problem("at least one indicator needs a positive weight"));
                }
                else if (values.All(v => v.Item2 is not null))
                {
                    weights = [.. values.Select(v => (v.name, v.Item2!.Value))];
                }

                continue;
            }

            if (!known.Contains(recipient))
            {
                problems.Add(row["recipient"].Problem($"unknown recipient: no plan of '{recipient}' was assessed"));
                continue;
            }

            if (!seen.TryAdd(recipient, row["recipient"].Where))
            {
                problems.Add(row["recipient"].Problem($"a duplicate: the indicators of {recipient} are already at {seen[recipient]}"));
                continue;
            }

            if (values.All(v => v.Item2 is not null))
            {
                recipients.Add(NeedRecipient.Of(recipient, [.. values.Select(v => (v.name, v.Item2!.Value))]));
            }
        }

        if (rows.Count == 0)
        {
            problems.Add(new InputProblem(file, "line 2", "recipient", null, $"the first line after the header gives the weights, its recipient '{WeightRow}'"));
        }

        foreach (var id in planned.Where(id => !seen.ContainsKey(id)))
        {
            problems.Add(new InputProblem(file, "end of file", "recipient", id, "this recipient has a plan but no line of indicators"));
        }

        if (problems.Count > 0 || weights is null)
        {
            throw new InputFileException(file, problems);
        }

        return (NeedFormula.Of(weights), [.. recipients]);
    }

    private static decimal? Figure(InputField field, List<InputProblem> problems)
    {
        var text = field.Required(problems);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(field.Problem("not a number of zero or more, such as 36.1"));
            return null;
        }

        return value;
    }
}
