using System.Globalization;
using CsvHelper;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Reads a CSV file with CsvHelper into rows of named fields with their line numbers. A missing column, bad
/// quoting and a line with the wrong number of fields are problems, collected rather than thrown.
/// </summary>
internal static class CsvTable
{
    public static List<Dictionary<string, InputField>> Read(string path, string[] required, string[] optional, List<InputProblem> problems)
    {
        var file = Path.GetFileName(path);
        var rows = new List<Dictionary<string, InputField>>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.FieldCountMismatch)
                {
                    problems.Add(new InputProblem(file, Line(record.LineNumber), "", record.RawRecord, "the quoting of this line is broken (" + record.Reason + ")"));
                }
            },
        };
        using var csv = CsvReader.FromFile(path, options);
        var header = csv.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new InputProblem(file, "line 1", "", null, "the file is empty; it needs a header line naming the columns " + string.Join(", ", required)));
            return rows;
        }

        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var absent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in required)
        {
            if (!names.Contains(column))
            {
                absent.Add(column);
                problems.Add(new InputProblem(file, "line 1", column, null, "this column is missing (the header has " + string.Join(", ", names) + ")"));
            }
        }

        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            if (names.IndexOf(name) != i)
            {
                problems.Add(new InputProblem(file, "line 1", name, null, "this column appears twice"));
            }
        }

        while (csv.Read())
        {
            var where = Line(csv.LineNumber);
            if (csv.FieldCount != names.Count)
            {
                problems.Add(new InputProblem(file, where, "", null, string.Create(CultureInfo.InvariantCulture, $"this line has {csv.FieldCount} fields; the header has {names.Count}")));
            }

            var row = new Dictionary<string, InputField>(StringComparer.Ordinal);
            foreach (var column in required.Concat(optional))
            {
                var index = names.IndexOf(column);
                var text = index >= 0 && index < csv.FieldCount ? csv.GetString(index) : null;
                row[column] = new InputField(file, where, column, text) { Absent = absent.Contains(column) };
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The header's column names, trimmed and in lower case as <see cref="Read"/> matches them.</summary>
    public static List<string> Header(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        return [.. csv.Headers.Select(h => h.Trim().ToLowerInvariant())];
    }

    private static string Line(long rawRow) => string.Create(CultureInfo.InvariantCulture, $"line {rawRow}");
}
