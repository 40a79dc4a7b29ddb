using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// Reads a scheme file into a <see cref="SchemeFile"/>, collecting every problem with its JSON path: the size is
/// checked first, then the nesting in one pass of a reader, then the document is walked once.
/// </summary>
internal sealed class SchemeFileReader : JsonFileReader
{
    private static readonly string[] RootFields = ["$schema", "formatVersion", "name", "calendar", "currency", "minorUnitDigits", "lastYear", "recipients", "parameters"];
    private static readonly string[] RecipientFields = ["id", "name"];
    private static readonly string[] ValueFields = ["from", "to", "value", "source"];
    private static readonly string[] SourceFields = ["document", "paragraph"];
    private static readonly string[] PriorityFields = ["code", "name", "directThemes", "arguableThemes"];
    private static readonly string[] ReviewPointFields = ["afterQuarter", "name", "reallocatesUnderspend"];
    private static readonly string[] OnCostFields = ["employerNationalInsurance", "pension"];
    private static readonly string[] ValueForMoneyFields = ["minimumPeers", "highRatioToMedian", "interquartileFence", "maximumOutlierShare"];
    private static readonly string[] ToleranceFields = ["floor", "percentage"];

    private static readonly (string Name, FinancialYearCalendar Calendar)[] Calendars =
    [
        ("UK government", FinancialYearCalendar.UkGovernment),
        ("UK tax", FinancialYearCalendar.UkTax),
        ("US federal", FinancialYearCalendar.UsFederal),
        ("Australia", FinancialYearCalendar.Australia),
        ("Calendar year", FinancialYearCalendar.CalendarYear),
    ];

    // Every parameter: its name, whether the terms need it, and how one value is read.
    private static readonly ImmutableDictionary<string, Func<SchemeFileReader, JsonElement, string, (bool Ok, object? Value)>> ParameterReaders =
        new Dictionary<string, Func<SchemeFileReader, JsonElement, string, (bool Ok, object? Value)>>
        {
            [SchemeParameters.Fund] = static (r, e, p) => Got(r.Amount(e, p)),
            [SchemeParameters.StandardAllocation] = static (r, e, p) => Got(r.Amount(e, p)),
            [SchemeParameters.Priorities] = static (r, e, p) => Got(r.PriorityList(e, p)),
            [SchemeParameters.OverProgrammingInvited] = static (r, e, p) => Got(r.Bool(e, p)),
            [SchemeParameters.CapCoreAtStandardAllocation] = static (r, e, p) => Got(r.Bool(e, p)),
            [SchemeParameters.HoldBackQueriedAmounts] = static (r, e, p) => Got(r.Bool(e, p)),
            [SchemeParameters.UnderspendingRecipientsMayReceive] = static (r, e, p) => Got(r.Bool(e, p)),
            [SchemeParameters.ReviewPoints] = static (r, e, p) => Got(r.ReviewPointList(e, p)),
            [SchemeParameters.OnCosts] = static (r, e, p) => Got(r.OnCostRates(e, p)),
            [SchemeParameters.ValueForMoney] = static (r, e, p) => Got(r.Thresholds(e, p)),
            [SchemeParameters.UnderspendTolerance] = static (r, e, p) => e.ValueKind == JsonValueKind.Null ? (true, null) : Got(r.Tolerance(e, p)),
            [SchemeParameters.SubmissionDeadline] = static (r, e, p) => e.ValueKind == JsonValueKind.Null ? (true, null) : Got(r.Deadline(e, p)),
            [SchemeParameters.QueryDueDays] = static (r, e, p) => Got(r.Int(e, p, 0, 366)),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly string[] RequiredParameters = [SchemeParameters.Fund, SchemeParameters.StandardAllocation, SchemeParameters.Priorities];


    // A value read, or not (its problem recorded).
    private static (bool Ok, object? Value) Got<T>(T? value)
        where T : struct => value is { } v ? (true, v) : (false, null);

    private static (bool Ok, object? Value) Got<T>(T? value)
        where T : class => value is not null ? (true, value) : (false, null);

    internal SchemeFileReader(List<SchemeProblem> problems)
        : base(problems)
    {
    }

    public static SchemeFileResult Read(string json) =>
        json.Length > SchemeFile.MaximumLength ? Failed(TooLarge(json.Length, SchemeFile.MaximumLength, "characters")) : Read(Encoding.UTF8.GetBytes(json), int.MaxValue);

    public static SchemeFileResult Read(ReadOnlyMemory<byte> utf8) => Read(utf8, SchemeFile.MaximumLength);

    private static SchemeFileResult Read(ReadOnlyMemory<byte> utf8, int maximumBytes)
    {
        if (Open(utf8, maximumBytes, out var document) is { } problem)
        {
            return Failed(problem);
        }

        using (document)
        {
            var reader = new SchemeFileReader([]);
            var scheme = reader.ReadScheme(document!.RootElement, "$");
            return scheme is not null ? new SchemeFileResult(scheme, []) : new SchemeFileResult(null, [.. reader.Problems]);
        }
    }

    private static SchemeFileResult Failed(SchemeProblem problem) => new(null, [problem]);

    /// <summary>Reads a scheme at a path of a file (<c>$</c>, or <c>$.scheme</c> in a scenario); null when anything is wrong.</summary>
    public SchemeFile? ReadScheme(JsonElement root, string at)
    {
        var problemsBefore = Problems.Count;

        // Missing root fields are reported, and the rest of the file is still read for problems.
        if (!Object(root, at, RootFields, ["formatVersion", "name", "parameters"]) && root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("formatVersion", out var version) && Int(version, at + ".formatVersion", 1, int.MaxValue) is { } v && v != SchemeFile.FormatVersion)
        {
            Add(SchemeFileFindings.UnsupportedVersion, at + ".formatVersion", ("Version", v.ToString(CultureInfo.InvariantCulture)), ("Supported", SchemeFile.FormatVersion.ToString(CultureInfo.InvariantCulture)));
        }

        var name = root.TryGetProperty("name", out var n) ? Text(n, at + ".name") : null;
        if (root.TryGetProperty("calendar", out var c) && Text(c, at + ".calendar") is { } calendarName)
        {
            var found = System.Array.Find(Calendars, x => string.Equals(x.Name, calendarName, StringComparison.Ordinal));
            if (found.Calendar is null)
            {
                Invalid(at + ".calendar", Quote(calendarName), "the calendar must be one of " + string.Join(", ", Calendars.Select(x => "'" + x.Name + "'")));
            }
            else
            {
                Calendar = found.Calendar;
            }
        }

        ReadCurrency(root, at);
        FinancialYear? lastYear = root.TryGetProperty("lastYear", out var last) ? Year(last, at + ".lastYear") : null;
        var recipients = root.TryGetProperty("recipients", out var r) ? Recipients(r, at + ".recipients") : [];
        var parameters = root.TryGetProperty("parameters", out var p) ? Parameters(p, at + ".parameters", lastYear) : null;
        return Problems.Count == problemsBefore && name is not null && parameters is not null
            ? new SchemeFile(name, Calendar, Currency, lastYear, recipients, parameters)
            : null;
    }

    private void ReadCurrency(JsonElement root, string at)
    {
        var digits = 2;
        if (root.TryGetProperty("minorUnitDigits", out var d) && Int(d, at + ".minorUnitDigits", 0, 4) is { } given)
        {
            digits = given;
        }

        if (root.TryGetProperty("currency", out var c) && Text(c, at + ".currency") is { } code)
        {
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                Invalid(at + ".currency", Quote(code), "a currency is three capital letters, such as 'GBP'");
            }
            else
            {
                Currency = code == Currency.Gbp.Code && digits == Currency.Gbp.MinorUnitDigits ? Currency.Gbp : Currency.Create(code, digits);
            }
        }
    }

    private ImmutableArray<SchemeRecipient> Recipients(JsonElement array, string path)
    {
        if (!Array(array, path))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<SchemeRecipient>(array.GetArrayLength());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, RecipientFields, RecipientFields))
            {
                continue;
            }

            var id = Text(item.GetProperty("id"), at + ".id");
            var name = Text(item.GetProperty("name"), at + ".name");
            if (id is not null && !seen.Add(id))
            {
                Add(SchemeFileFindings.DuplicateRecipient, at + ".id", ("Id", id));
            }

            if (id is not null && name is not null)
            {
                builder.Add(new SchemeRecipient(id, name));
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableDictionary<string, ImmutableArray<DatedValue>>? Parameters(JsonElement element, string path, FinancialYear? lastYear)
    {
        if (!Object(element, path, [.. ParameterReaders.Keys.Order(StringComparer.Ordinal)], []))
        {
            return null;
        }

        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DatedValue>>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (ParameterReaders.TryGetValue(property.Name, out var read) && !result.ContainsKey(property.Name))
            {
                result[property.Name] = Values(property.Value, path + "." + property.Name, property.Name, read, lastYear);
            }
        }

        foreach (var required in RequiredParameters)
        {
            if (!result.TryGetValue(required, out var values) || values.IsEmpty)
            {
                Add(SchemeFileFindings.MissingParameter, path + "." + required, ("Parameter", required));
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<DatedValue> Values(JsonElement array, string path, string parameter, Func<SchemeFileReader, JsonElement, string, (bool Ok, object? Value)> read, FinancialYear? lastYear)
    {
        if (!Array(array, path))
        {
            return [];
        }

        var values = new List<DatedValue>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, ValueFields, ["from", "value", "source"]))
            {
                continue;
            }

            var from = Year(item.GetProperty("from"), at + ".from");
            FinancialYear? to = item.TryGetProperty("to", out var t) && t.ValueKind != JsonValueKind.Null ? Year(t, at + ".to") : null;
            var (ok, value) = read(this, item.GetProperty("value"), at + ".value");
            var source = Source(item.GetProperty("source"), at + ".source", parameter);
            if (from is not { } start || (to is null && t.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null) || !ok || source is null)
            {
                continue;
            }

            if (to is { } end && end < start)
            {
                Add(SchemeFileFindings.ReversedRange, at, ("From", start.Label), ("To", end.Label));
                continue;
            }

            if (lastYear is { } last && (to ?? start) > last)
            {
                Add(SchemeFileFindings.BeyondLastYear, at + (to is null ? ".from" : ".to"), ("To", (to ?? start).Label), ("LastYear", last.Label));
                continue;
            }

            values.Add(new DatedValue(start, to, value, source, at));
        }

        // Sorted by start, each range must end before the next starts; an open range must be the last.
        values.Sort(static (a, b) => a.From.CompareTo(b.From));
        for (var k = 1; k < values.Count; k++)
        {
            var before = values[k - 1];
            if (before.To is not { } end || end >= values[k].From)
            {
                Add(SchemeFileFindings.OverlappingRanges, values[k].Path, ("Parameter", parameter), ("Range", values[k].Range), ("Other", before.Range), ("Year", values[k].From.Label));
            }
        }

        return [.. values];
    }

    private ParameterSource? Source(JsonElement element, string path, string parameter)
    {
        if (!Object(element, path, SourceFields, ["document"]))
        {
            return null;
        }

        var document = Text(element.GetProperty("document"), path + ".document");
        var paragraph = element.TryGetProperty("paragraph", out var p) ? Text(p, path + ".paragraph") : null;
        return document is null ? null : new ParameterSource(parameter, document, paragraph);
    }

    private ImmutableArray<Priority>? PriorityList(JsonElement array, string path)
    {
        if (!Array(array, path))
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<Priority>(array.GetArrayLength());
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, PriorityFields, ["code", "name"]))
            {
                ok = false;
                continue;
            }

            var code = Text(item.GetProperty("code"), at + ".code");
            var name = Text(item.GetProperty("name"), at + ".name");
            var direct = item.TryGetProperty("directThemes", out var d) ? Texts(d, at + ".directThemes") : [];
            var arguable = item.TryGetProperty("arguableThemes", out var a) ? Texts(a, at + ".arguableThemes") : [];
            if (code is not null && !codes.Add(code))
            {
                Add(SchemeFileFindings.DuplicatePriority, at + ".code", ("Code", code));
                ok = false;
            }

            if (code is null || name is null || direct is null || arguable is null)
            {
                ok = false;
                continue;
            }

            builder.Add(new Priority(code, name) { DirectThemes = direct.Value, ArguableThemes = arguable.Value });
        }

        return ok ? builder.ToImmutable() : null;
    }

    private ImmutableArray<ReviewPoint>? ReviewPointList(JsonElement array, string path)
    {
        if (!Array(array, path))
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<ReviewPoint>(array.GetArrayLength());
        var ok = true;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = Index(path, i++);
            if (!Object(item, at, ReviewPointFields, ["afterQuarter", "name"]))
            {
                ok = false;
                continue;
            }

            var quarter = Int(item.GetProperty("afterQuarter"), at + ".afterQuarter", 1, 4);
            var name = Text(item.GetProperty("name"), at + ".name");
            bool? reallocates = item.TryGetProperty("reallocatesUnderspend", out var r) ? Bool(r, at + ".reallocatesUnderspend") : true;
            if (quarter is null || name is null || reallocates is null)
            {
                ok = false;
                continue;
            }

            builder.Add(new ReviewPoint(quarter.Value, name) { ReallocatesUnderspend = reallocates.Value });
        }

        return ok ? builder.ToImmutable() : null;
    }

    private StaffOnCostRates? OnCostRates(JsonElement element, string path)
    {
        if (!Object(element, path, OnCostFields, OnCostFields))
        {
            return null;
        }

        var ni = Fraction(element.GetProperty("employerNationalInsurance"), path + ".employerNationalInsurance");
        var pension = Fraction(element.GetProperty("pension"), path + ".pension");
        return ni is null || pension is null ? null : new StaffOnCostRates(ni.Value, pension.Value);
    }

    private ValueForMoneyThresholds? Thresholds(JsonElement element, string path)
    {
        if (!Object(element, path, ValueForMoneyFields, []))
        {
            return null;
        }

        // Each field left out keeps its default.
        var defaults = ValueForMoneyThresholds.Default;
        int? peers = element.TryGetProperty("minimumPeers", out var p) ? Int(p, path + ".minimumPeers", 1, 1_000_000) : defaults.MinimumPeers;
        decimal? ratio = element.TryGetProperty("highRatioToMedian", out var r) ? Decimal(r, path + ".highRatioToMedian", 1m, 1_000_000m, "at least 1") : defaults.HighRatioToMedian;
        decimal? fence = element.TryGetProperty("interquartileFence", out var f) ? Decimal(f, path + ".interquartileFence", 0m, 1_000_000m, "not negative") : defaults.InterquartileFence;
        decimal? share = element.TryGetProperty("maximumOutlierShare", out var s) ? Fraction(s, path + ".maximumOutlierShare") : defaults.MaximumOutlierShare;
        return peers is null || ratio is null || fence is null || share is null
            ? null
            : new ValueForMoneyThresholds { MinimumPeers = peers.Value, HighRatioToMedian = ratio.Value, InterquartileFence = fence.Value, MaximumOutlierShare = share.Value };
    }

    private UnderspendTolerance? Tolerance(JsonElement element, string path)
    {
        if (!Object(element, path, ToleranceFields, ToleranceFields))
        {
            return null;
        }

        var floor = Amount(element.GetProperty("floor"), path + ".floor");
        var percentage = Fraction(element.GetProperty("percentage"), path + ".percentage");
        return floor is null || percentage is null ? null : new UnderspendTolerance(floor.Value, percentage.Value);
    }

    private LocalDateTime? Deadline(JsonElement element, string path)
    {
        if (Text(element, path) is not { } text)
        {
            return null;
        }

        var parsed = LocalDateTimePattern.GeneralIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Invalid(path, Quote(text), "a deadline is a local date and time such as '2011-03-31T17:00:00'");
        return null;
    }
}
