using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Scenarios;

/// <summary>Reads a scenario file, collecting every problem with its JSON path, as the scheme reader does.</summary>
internal sealed class ScenarioFileReader : JsonFileReader
{
    private static readonly string[] RootFields = ["$schema", "formatVersion", "name", "year", "scheme", "schemePath", "paymentWorkingDays", "plans", "quarters", "expect"];
    private static readonly string[] PlanFields = ["recipient", "recipientName", "equalityStatement", "submittedAt", "activities"];
    private static readonly string[] ActivityFields = ["id", "title", "cost", "type", "priorities", "output", "overProgrammed", "rank", "minimumViable"];
    private static readonly string[] OutputFields = ["quantity", "unit"];
    private static readonly string[] QuarterFields = ["quarter", "returns", "review"];
    private static readonly string[] ReturnFields = ["recipient", "spent", "forecast"];
    private static readonly string[] ExpectFields = ["decisions", "allocations", "reclaims", "findings", "yearEnd"];
    private static readonly string[] YearEndFields = ["paid", "unallocated", "allocations"];

    private ScenarioFileReader()
        : base([])
    {
    }

    public static (ScenarioFile? File, ImmutableArray<SchemeProblem> Problems) Read(string json, Func<string, string>? resolveScheme)
    {
        if (json.Length > ScenarioRunner.MaximumLength)
        {
            return (null, [TooLarge(json.Length, ScenarioRunner.MaximumLength, "characters")]);
        }

        if (Open(Encoding.UTF8.GetBytes(json), int.MaxValue, out var document) is { } problem)
        {
            return (null, [problem]);
        }

        using (document)
        {
            var reader = new ScenarioFileReader();
            var file = reader.ReadRoot(document!.RootElement, resolveScheme);
            return reader.Problems.Count == 0 && file is not null ? (file, []) : (null, [.. reader.Problems]);
        }
    }

    private ScenarioFile? ReadRoot(JsonElement root, Func<string, string>? resolveScheme)
    {
        if (!Object(root, "$", RootFields, ["formatVersion", "name", "year", "plans"]) && root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("formatVersion", out var version) && Int(version, "$.formatVersion", 1, int.MaxValue) is { } v && v != SchemeFile.FormatVersion)
        {
            Add(SchemeFileFindings.UnsupportedVersion, "$.formatVersion", ("Version", v.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Supported", "1"));
        }

        var name = root.TryGetProperty("name", out var n) ? Text(n, "$.name") : null;
        var scheme = Scheme(root, resolveScheme);
        if (scheme is not null)
        {
            Calendar = scheme.Calendar;
            Currency = scheme.Currency;
        }

        var year = root.TryGetProperty("year", out var y) ? Year(y, "$.year") : null;
        int? paymentDays = root.TryGetProperty("paymentWorkingDays", out var p) ? Int(p, "$.paymentWorkingDays", 1, 250) : null;
        var plans = root.TryGetProperty("plans", out var pl) && year is { } planYear ? Plans(pl, "$.plans", planYear, scheme) : [];
        var quarters = root.TryGetProperty("quarters", out var q) && year is { } quarterYear ? Quarters(q, "$.quarters", quarterYear) : [];
        var expect = root.TryGetProperty("expect", out var e) ? Expectations(e, "$.expect") : new ScenarioExpectations();
        return name is null || scheme is null || year is null ? null : new ScenarioFile(name, year.Value, scheme, paymentDays, plans, quarters, expect);
    }

    private SchemeFile? Scheme(JsonElement root, Func<string, string>? resolveScheme)
    {
        var inline = root.TryGetProperty("scheme", out var s);
        var linked = root.TryGetProperty("schemePath", out var path);
        if (inline == linked)
        {
            if (inline)
            {
                Add(SchemeFileFindings.InvalidValue, "$.schemePath", ("Value", "Giving both 'scheme' and 'schemePath'"), ("Rule", "a scenario names its scheme one way"));
            }
            else
            {
                Add(SchemeFileFindings.MissingField, "$.scheme", ("Field", "scheme' or 'schemePath"));
            }

            return null;
        }

        if (inline)
        {
            return new SchemeFileReader(Problems).ReadScheme(s, "$.scheme");
        }

        if (Text(path, "$.schemePath") is not { } file)
        {
            return null;
        }

        if (resolveScheme is null)
        {
            Invalid("$.schemePath", Quote(file), "a scheme given by path needs a resolver that returns its text (the library reads no files)");
            return null;
        }

        var result = SchemeFile.Load(resolveScheme(file));
        foreach (var problem in result.Problems)
        {
            Problems.Add(problem with { Path = file + ": " + problem.Path });
        }

        return result.Scheme;
    }

    private ImmutableArray<SpendPlan> Plans(JsonElement array, string path, FinancialYear year, SchemeFile? scheme)
    {
        if (!Array(array, path))
        {
            return [];
        }

        var names = scheme is null ? ImmutableDictionary<string, string>.Empty : scheme.Recipients.ToImmutableDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var plans = ImmutableArray.CreateBuilder<SpendPlan>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, PlanFields, ["recipient", "activities"]))
            {
                continue;
            }

            var id = Text(item.GetProperty("recipient"), at + ".recipient");
            var name = item.TryGetProperty("recipientName", out var rn) ? Text(rn, at + ".recipientName") : id is not null && names.TryGetValue(id, out var known) ? known : id;
            string? statement = null;
            if (item.TryGetProperty("equalityStatement", out var es))
            {
                if (es.ValueKind == JsonValueKind.String)
                {
                    statement = es.GetString();
                }
                else
                {
                    WrongType(at + ".equalityStatement", "a string", es);
                }
            }

            NodaTime.Instant? submitted = null;
            if (item.TryGetProperty("submittedAt", out var sa) && Text(sa, at + ".submittedAt") is { } text)
            {
                var parsed = InstantPattern.ExtendedIso.Parse(text);
                if (parsed.Success)
                {
                    submitted = parsed.Value;
                }
                else
                {
                    Invalid(at + ".submittedAt", Quote(text), "an instant is written as '2011-03-28T09:00:00Z'");
                }
            }

            var activities = Activities(item.GetProperty("activities"), at + ".activities");
            if (id is not null && name is not null)
            {
                plans.Add(new SpendPlan { Recipient = new Recipient(id, name), Year = year, Activities = activities, EqualityImpactStatement = statement, SubmittedAt = submitted });
            }
        }

        return plans.ToImmutable();
    }

    private ImmutableArray<Activity> Activities(JsonElement array, string path)
    {
        if (!Array(array, path))
        {
            return [];
        }

        var activities = ImmutableArray.CreateBuilder<Activity>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, ActivityFields, ["id", "title", "cost", "type"]))
            {
                continue;
            }

            var id = Text(item.GetProperty("id"), at + ".id");
            var title = Text(item.GetProperty("title"), at + ".title");
            var cost = Amount(item.GetProperty("cost"), at + ".cost");
            var type = Text(item.GetProperty("type"), at + ".type");
            var priorities = item.TryGetProperty("priorities", out var pr) ? Texts(pr, at + ".priorities") : [];
            var output = item.TryGetProperty("output", out var o) ? Output(o, at + ".output") : null;
            bool? overProgrammed = item.TryGetProperty("overProgrammed", out var op) ? Bool(op, at + ".overProgrammed") : false;
            int? rank = item.TryGetProperty("rank", out var r) ? Int(r, at + ".rank", 1, int.MaxValue) : 1;
            var minimum = item.TryGetProperty("minimumViable", out var m) ? Amount(m, at + ".minimumViable") : null;
            if (id is null || title is null || cost is null || type is null || priorities is null || overProgrammed is null || rank is null)
            {
                continue;
            }

            activities.Add(new Activity
            {
                Id = id,
                Title = title,
                Cost = cost.Value,
                ActivityType = type,
                ClaimedPriorities = priorities.Value,
                Output = output,
                IsOverProgrammed = overProgrammed.Value,
                Rank = rank.Value,
                MinimumViableAmount = minimum,
            });
        }

        return activities.ToImmutable();
    }

    private OutputMeasure? Output(JsonElement element, string path)
    {
        if (!Object(element, path, OutputFields, OutputFields))
        {
            return null;
        }

        var quantity = Decimal(element.GetProperty("quantity"), path + ".quantity", 0m, decimal.MaxValue, "a quantity from zero up");
        var unit = Text(element.GetProperty("unit"), path + ".unit");
        return quantity is null || unit is null ? null : new OutputMeasure(quantity.Value, unit);
    }

    private ImmutableArray<ScenarioQuarter> Quarters(JsonElement array, string path, FinancialYear year)
    {
        if (!Array(array, path))
        {
            return [];
        }

        var quarters = ImmutableArray.CreateBuilder<ScenarioQuarter>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, QuarterFields, ["quarter", "returns"]))
            {
                continue;
            }

            var number = Int(item.GetProperty("quarter"), at + ".quarter", 1, 4);
            var review = item.TryGetProperty("review", out var rv) ? Text(rv, at + ".review") : null;
            if (number is { } n && n != i)
            {
                Invalid(at + ".quarter", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "quarters are recorded in order from 1, so this one must be " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var returns = ImmutableArray.CreateBuilder<SpendReturn>();
            var list = item.GetProperty("returns");
            if (Array(list, at + ".returns") && number is { } q)
            {
                var k = 0;
                foreach (var entry in list.EnumerateArray())
                {
                    var rat = Index(at + ".returns", k++);
                    if (!Object(entry, rat, ReturnFields, ReturnFields))
                    {
                        continue;
                    }

                    var recipient = Text(entry.GetProperty("recipient"), rat + ".recipient");
                    var spent = Amount(entry.GetProperty("spent"), rat + ".spent");
                    var forecast = Amount(entry.GetProperty("forecast"), rat + ".forecast");
                    if (recipient is not null && spent is not null && forecast is not null)
                    {
                        returns.Add(new SpendReturn(recipient, year.Quarter(q), spent.Value, forecast.Value));
                    }
                }
            }

            if (number is not null)
            {
                quarters.Add(new ScenarioQuarter(number.Value, returns.ToImmutable(), review, at));
            }
        }

        return quarters.ToImmutable();
    }

    private ScenarioExpectations Expectations(JsonElement element, string path)
    {
        if (!Object(element, path, ExpectFields, []))
        {
            return new ScenarioExpectations();
        }

        var expect = new ScenarioExpectations();
        if (element.TryGetProperty("decisions", out var d))
        {
            expect = expect with { Decisions = ByRecipient(d, path + ".decisions", Decision) };
        }

        if (element.TryGetProperty("allocations", out var a))
        {
            expect = expect with { Allocations = ByRecipient(a, path + ".allocations", Amount) };
        }

        if (element.TryGetProperty("reclaims", out var r))
        {
            expect = expect with { Reclaims = ByRecipient(r, path + ".reclaims", Amount) };
        }

        if (element.TryGetProperty("findings", out var f))
        {
            expect = expect with { Findings = ByRecipient(f, path + ".findings", Texts) };
        }

        if (element.TryGetProperty("yearEnd", out var y) && Object(y, path + ".yearEnd", YearEndFields, []))
        {
            expect = expect with
            {
                Paid = y.TryGetProperty("paid", out var paid) ? Amount(paid, path + ".yearEnd.paid") : null,
                Unallocated = y.TryGetProperty("unallocated", out var un) ? Amount(un, path + ".yearEnd.unallocated") : null,
                YearEndAllocations = y.TryGetProperty("allocations", out var ya) ? ByRecipient(ya, path + ".yearEnd.allocations", Amount) : [],
            };
        }

        return expect;
    }

    private PlanDecision? Decision(JsonElement element, string path)
    {
        if (Text(element, path) is not { } text)
        {
            return null;
        }

        if (Enum.TryParse<PlanDecision>(text, ignoreCase: false, out var decision) && Enum.IsDefined(decision) && !char.IsAsciiDigit(text[0]))
        {
            return decision;
        }

        Invalid(path, Quote(text), "a decision is one of " + string.Join(", ", Enum.GetNames<PlanDecision>()));
        return null;
    }

    private ImmutableArray<(string Key, T Value)> ByRecipient<T>(JsonElement element, string path, Func<JsonElement, string, T?> read)
        where T : struct
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object of recipient ids", element);
            return [];
        }

        var result = ImmutableArray.CreateBuilder<(string, T)>();
        foreach (var property in element.EnumerateObject())
        {
            if (read(property.Value, path + "." + property.Name) is { } value)
            {
                result.Add((property.Name, value));
            }
        }

        return result.ToImmutable();
    }
}
