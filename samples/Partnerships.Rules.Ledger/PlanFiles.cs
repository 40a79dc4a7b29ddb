using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Reads spend plans from CSV (one line per activity, the plan's own fields repeated on each line) or JSON
/// (<c>{ "year", "currency", "plans": [ { "recipient", "name", "submittedAt", "equalityImpactStatement",
/// "activities": [ { "id", "title", "cost", "type", "priorities", "output", "overProgrammed", "rank",
/// "minimumViable" } ] } ] }</c>). Every problem in the file is listed at once.
/// </summary>
public static class PlanFiles
{
    private static readonly string[] Required = ["recipient", "name", "activity", "title", "cost", "type", "priorities"];
    private static readonly string[] Optional = ["submitted_at", "equality_statement", "output_quantity", "output_unit", "over_programmed", "rank", "minimum_viable"];

    /// <summary>One activity line: the plan's fields and the activity's.</summary>
    private sealed record Line(
        string Where, InputField Recipient, InputField Name, InputField SubmittedAt, InputField Equality,
        InputField Activity, InputField Title, InputField Cost, InputField Type, InputField Priorities,
        InputField OutputQuantity, InputField OutputUnit, InputField OverProgrammed, InputField Rank, InputField MinimumViable);

    /// <summary>Reads plans for the terms' year from a .csv or .json file.</summary>
    /// <exception cref="InputFileException">The file has problems; every one is listed.</exception>
    public static ImmutableArray<SpendPlan> Read(string path, FundTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no plans file {path}.");
        }

        var problems = new List<InputProblem>();
        var lines = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path, problems),
            ".json" => ReadJson(path, terms, problems),
            _ => throw new LedgerException($"{path}: plans are read from a .csv or a .json file."),
        };
        var plans = Build(Path.GetFileName(path), lines, terms, problems);
        return problems.Count > 0 ? throw new InputFileException(Path.GetFileName(path), problems) : plans;
    }

    private static List<Line> ReadCsv(string path, List<InputProblem> problems) =>
        [.. CsvTable.Read(path, Required, Optional, problems).Select(r => new Line(
            r["recipient"].Where, r["recipient"], r["name"], r["submitted_at"], r["equality_statement"],
            r["activity"], r["title"], r["cost"], r["type"], r["priorities"],
            r["output_quantity"], r["output_unit"], r["over_programmed"], r["rank"], r["minimum_viable"]))];

    private static List<Line> ReadJson(string path, FundTerms terms, List<InputProblem> problems)
    {
        var file = Path.GetFileName(path);
        var lines = new List<Line>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add(new InputProblem(file, e.Path ?? "$", "", null, string.Create(CultureInfo.InvariantCulture, $"not JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}")));
            return lines;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new InputProblem(file, "$", "", null, "the file must hold an object with a \"plans\" array"));
                return lines;
            }

            if (Text(file, "$", root, "year", problems) is { } year && !year.Equals(terms.Year.Label, StringComparison.Ordinal))
            {
                problems.Add(new InputProblem(file, "$", "year", year, $"the ledger's year is {terms.Year.Label}"));
            }

            if (Text(file, "$", root, "currency", problems) is { } currency && !currency.Equals(terms.Currency.Code, StringComparison.Ordinal))
            {
                problems.Add(new InputProblem(file, "$", "currency", currency, $"the ledger's currency is {terms.Currency.Code}"));
            }

            if (!root.TryGetProperty("plans", out var plans) || plans.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new InputProblem(file, "$", "plans", null, "an array of plans is required"));
                return lines;
            }

            var p = 0;
            var firstPlan = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var plan in plans.EnumerateArray())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"$.plans[{p++}]");
                if (plan.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new InputProblem(file, at, "", null, "a plan must be an object"));
                    continue;
                }

                var recipient = Field(file, at, plan, "recipient", problems);
                if (recipient.Text is { } id && !firstPlan.TryAdd(id, at))
                {
                    problems.Add(recipient.Problem($"a duplicate: a second plan of this recipient (the first is {firstPlan[id]})"));
                }

                var name = Field(file, at, plan, "name", problems);
                var submitted = Field(file, at, plan, "submittedAt", problems);
                var equality = Field(file, at, plan, "equalityImpactStatement", problems);
                if (!plan.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array || activities.GetArrayLength() == 0)
                {
                    problems.Add(new InputProblem(file, at, "activities", null, "a non-empty array of activities is required"));
                    continue;
                }

                var a = 0;
                foreach (var activity in activities.EnumerateArray())
                {
                    var where = string.Create(CultureInfo.InvariantCulture, $"{at}.activities[{a++}]");
                    if (activity.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add(new InputProblem(file, where, "", null, "an activity must be an object"));
                        continue;
                    }

                    var output = activity.TryGetProperty("output", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
                    var outputAt = where + ".output";
                    lines.Add(new Line(
                        where, recipient, name, submitted, equality,
                        Field(file, where, activity, "id", problems), Field(file, where, activity, "title", problems), Field(file, where, activity, "cost", problems),
                        Field(file, where, activity, "type", problems), Priorities(file, where, activity, problems),
                        output.ValueKind == JsonValueKind.Object ? Field(file, outputAt, output, "quantity", problems) : new InputField(file, outputAt, "quantity", null),
                        output.ValueKind == JsonValueKind.Object ? Field(file, outputAt, output, "unit", problems) : new InputField(file, outputAt, "unit", null),
                        Field(file, where, activity, "overProgrammed", problems), Field(file, where, activity, "rank", problems), Field(file, where, activity, "minimumViable", problems)));
                }
            }
        }

        return lines;
    }

    private static string? Text(string file, string at, JsonElement element, string name, List<InputProblem> problems) =>
        Field(file, at, element, name, problems).Text;

    // A scalar property as text: strings as they are, numbers and booleans as written; anything else is a problem.
    private static InputField Field(string file, string at, JsonElement element, string name, List<InputProblem> problems)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new InputField(file, at, name, null);
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return new InputField(file, at, name, value.GetString());
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return new InputField(file, at, name, value.GetRawText());
            default:
                problems.Add(new InputProblem(file, at, name, value.GetRawText(), "a single value is required here"));
                return new InputField(file, at, name, null) { Absent = true };
        }
    }

    private static InputField Priorities(string file, string at, JsonElement activity, List<InputProblem> problems)
    {
        if (!activity.TryGetProperty("priorities", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return new InputField(file, at, "priorities", activity.TryGetProperty("priorities", out var v) ? v.GetRawText() : null);
        }

        var codes = new List<string>();
        var i = 0;
        foreach (var code in value.EnumerateArray())
        {
            if (code.ValueKind != JsonValueKind.String)
            {
                problems.Add(new InputProblem(file, string.Create(CultureInfo.InvariantCulture, $"{at}.priorities[{i}]"), "", code.GetRawText(), "a priority code must be a string"));
            }
            else
            {
                codes.Add(code.GetString()!);
            }

            i++;
        }

        return new InputField(file, at, "priorities", string.Join(";", codes));
    }

    private static ImmutableArray<SpendPlan> Build(string file, List<Line> lines, FundTerms terms, List<InputProblem> problems)
    {
        var known = terms.Recipients.IsEmpty ? null : terms.Recipients.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var order = new List<string>();
        var byRecipient = new Dictionary<string, (Line First, List<Activity> Activities, Dictionary<string, string> Seen)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var recipientId = line.Recipient.Required(problems);
            var activity = ReadActivity(line, terms.Currency, problems);
            if (recipientId is null)
            {
                continue;
            }

            if (!byRecipient.TryGetValue(recipientId, out var plan))
            {
                if (known is not null && !known.Contains(recipientId))
                {
                    problems.Add(line.Recipient.Problem($"unknown recipient: the scheme's recipients are {string.Join(", ", terms.Recipients.Take(3).Select(r => r.Id))}, …"));
                }

                _ = line.Name.Required(problems);
                _ = line.SubmittedAt.Instant(problems, required: false);
                plan = (line, [], new Dictionary<string, string>(StringComparer.Ordinal));
                byRecipient[recipientId] = plan;
                order.Add(recipientId);
            }
            else
            {
                Agrees(plan.First.Name, line.Name, problems);
                Agrees(plan.First.SubmittedAt, line.SubmittedAt, problems);
                Agrees(plan.First.Equality, line.Equality, problems);
            }

            if (activity is not null)
            {
                if (plan.Seen.TryGetValue(activity.Id, out var first))
                {
                    problems.Add(line.Activity.Problem($"a duplicate: activity '{activity.Id}' of {recipientId} is already at {first}"));
                }
                else
                {
                    plan.Seen[activity.Id] = line.Where;
                    plan.Activities.Add(activity);
                }
            }
        }

        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new InputProblem(file, "line 2", "", null, "the file holds no plans"));
        }

        if (problems.Count > 0)
        {
            return [];
        }

        return [.. order.Select(id =>
        {
            var (first, activities, _) = byRecipient[id];
            return new SpendPlan
            {
                Recipient = new Recipient(id, first.Name.Text!.Trim()),
                Year = terms.Year,
                Activities = [.. activities],
                EqualityImpactStatement = first.Equality.Text,
                SubmittedAt = first.SubmittedAt.Instant(problems, required: false),
            };
        })];
    }

    private static void Agrees(InputField first, InputField other, List<InputProblem> problems)
    {
        // JSON gives a plan's fields once; a second plan of the same recipient is already a problem of its own.
        if (!ReferenceEquals(first, other) && !other.Where.StartsWith('$') && !string.Equals(first.Text ?? "", other.Text ?? "", StringComparison.Ordinal))
        {
            problems.Add(other.Problem($"differs from the same recipient's first line ({first.Where}: '{first.Text}')"));
        }
    }

    private static Activity? ReadActivity(Line line, Currency currency, List<InputProblem> problems)
    {
        var before = problems.Count;
        var id = line.Activity.Required(problems);
        var title = line.Title.Required(problems);
        var cost = line.Cost.Money(currency, problems);
        var type = line.Type.Required(problems);
        var priorities = line.Priorities.Required(problems);
        var quantity = line.OutputQuantity.Decimal(problems);
        var unit = line.OutputUnit.IsBlank ? null : line.OutputUnit.Text!.Trim();
        if ((quantity is null) != (unit is null) && !line.OutputQuantity.Absent && problems.Count == before)
        {
            problems.Add((quantity is null ? line.OutputQuantity : line.OutputUnit).Problem("an output needs both a quantity and a unit"));
        }

        var overProgrammed = line.OverProgrammed.Flag(problems);
        var rank = line.Rank.Int(problems, minimum: 1);
        var minimum = line.MinimumViable.Money(currency, problems, required: false);
        if (problems.Count > before || id is null || title is null || cost is null || type is null || priorities is null)
        {
            return null;
        }

        return new Activity
        {
            Id = id,
            Title = title,
            Cost = cost.Value,
            ActivityType = type,
            ClaimedPriorities = [.. priorities.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Output = quantity is { } q && unit is not null ? new OutputMeasure(q, unit) : null,
            IsOverProgrammed = overProgrammed,
            Rank = rank ?? 1,
            MinimumViableAmount = minimum,
        };
    }
}
