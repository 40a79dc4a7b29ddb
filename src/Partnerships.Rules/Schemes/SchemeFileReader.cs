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
internal sealed class SchemeFileReader
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
            [SchemeParameters.Fund] = static (r, e, p) => r.Amount(e, p) is { } m ? (true, m) : (false, null),
            [SchemeParameters.StandardAllocation] = static (r, e, p) => r.Amount(e, p) is { } m ? (true, m) : (false, null),
            [SchemeParameters.Priorities] = static (r, e, p) => r.PriorityList(e, p) is { } list ? (true, list) : (false, null),
            [SchemeParameters.OverProgrammingInvited] = static (r, e, p) => r.Bool(e, p) is { } b ? (true, b) : (false, null),
            [SchemeParameters.CapCoreAtStandardAllocation] = static (r, e, p) => r.Bool(e, p) is { } b ? (true, b) : (false, null),
            [SchemeParameters.HoldBackQueriedAmounts] = static (r, e, p) => r.Bool(e, p) is { } b ? (true, b) : (false, null),
            [SchemeParameters.UnderspendingRecipientsMayReceive] = static (r, e, p) => r.Bool(e, p) is { } b ? (true, b) : (false, null),
            [SchemeParameters.ReviewPoints] = static (r, e, p) => r.ReviewPointList(e, p) is { } list ? (true, list) : (false, null),
            [SchemeParameters.OnCosts] = static (r, e, p) => r.OnCostRates(e, p) is { } rates ? (true, rates) : (false, null),
            [SchemeParameters.ValueForMoney] = static (r, e, p) => r.Thresholds(e, p) is { } t ? (true, t) : (false, null),
            [SchemeParameters.UnderspendTolerance] = static (r, e, p) => e.ValueKind == JsonValueKind.Null ? (true, null) : r.Tolerance(e, p) is { } t ? (true, t) : (false, null),
            [SchemeParameters.SubmissionDeadline] = static (r, e, p) => e.ValueKind == JsonValueKind.Null ? (true, null) : r.Deadline(e, p) is { } d ? (true, d) : (false, null),
            [SchemeParameters.QueryDueDays] = static (r, e, p) => r.Int(e, p, 0, 366) is { } n ? (true, n) : (false, null),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly string[] RequiredParameters = [SchemeParameters.Fund, SchemeParameters.StandardAllocation, SchemeParameters.Priorities];

    private readonly List<SchemeProblem> problems = [];
    private FinancialYearCalendar calendar = FinancialYearCalendar.UkGovernment;
    private Currency currency = Currency.Gbp;

    public static SchemeFileResult Read(string json)
    {
        if (json.Length > SchemeFile.MaximumLength)
        {
            return TooLarge(json.Length);
        }

        return Read(Encoding.UTF8.GetBytes(json));
    }

    public static SchemeFileResult Read(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > SchemeFile.MaximumLength)
        {
            return TooLarge(utf8.Length);
        }

        if (CheckSyntax(utf8.Span) is { } problem)
        {
            return new SchemeFileResult(null, [problem]);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = SchemeFile.MaximumDepth + 1 });
        var reader = new SchemeFileReader();
        var scheme = reader.ReadRoot(document.RootElement);
        return reader.problems.Count == 0 && scheme is not null
            ? new SchemeFileResult(scheme, [])
            : new SchemeFileResult(null, [.. reader.problems]);
    }

    private static SchemeFileResult TooLarge(long length) => new(null, [new SchemeProblem(
        SchemeFileFindings.TooLarge,
        "$",
        SchemeFileFindings.Render(SchemeFileFindings.TooLarge, ("Length", length.ToString("N0", CultureInfo.InvariantCulture)), ("Limit", SchemeFile.MaximumLength.ToString("N0", CultureInfo.InvariantCulture))))]);

    // One forward pass: well-formed, and never deeper than the limit (checked before the reader's own limit trips).
    private static SchemeProblem? CheckSyntax(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = SchemeFile.MaximumDepth + 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= SchemeFile.MaximumDepth)
                {
                    return new SchemeProblem(
                        SchemeFileFindings.TooDeep,
                        FormattableString.Invariant($"$ (byte {reader.TokenStartIndex})"),
                        SchemeFileFindings.Render(SchemeFileFindings.TooDeep, ("Limit", SchemeFile.MaximumDepth.ToString(CultureInfo.InvariantCulture))));
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            return new SchemeProblem(
                SchemeFileFindings.NotJson,
                FormattableString.Invariant($"$ (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})"),
                SchemeFileFindings.Render(SchemeFileFindings.NotJson, ("Error", exception.Message)));
        }
    }

    private SchemeFile? ReadRoot(JsonElement root)
    {
        // Missing root fields are reported, and the rest of the file is still read for problems.
        if (!Object(root, "$", RootFields, ["formatVersion", "name", "parameters"]) && root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("formatVersion", out var version) && Int(version, "$.formatVersion", 1, int.MaxValue) is { } v && v != SchemeFile.FormatVersion)
        {
            Add(SchemeFileFindings.UnsupportedVersion, "$.formatVersion", ("Version", v.ToString(CultureInfo.InvariantCulture)), ("Supported", SchemeFile.FormatVersion.ToString(CultureInfo.InvariantCulture)));
        }

        var name = root.TryGetProperty("name", out var n) ? Text(n, "$.name") : null;
        if (root.TryGetProperty("calendar", out var c) && Text(c, "$.calendar") is { } calendarName)
        {
            var found = System.Array.Find(Calendars, x => string.Equals(x.Name, calendarName, StringComparison.Ordinal));
            if (found.Calendar is null)
            {
                Invalid("$.calendar", Quote(calendarName), "the calendar must be one of " + string.Join(", ", Calendars.Select(x => "'" + x.Name + "'")));
            }
            else
            {
                calendar = found.Calendar;
            }
        }

        ReadCurrency(root);
        FinancialYear? lastYear = root.TryGetProperty("lastYear", out var last) ? Year(last, "$.lastYear") : null;
        var recipients = root.TryGetProperty("recipients", out var r) ? Recipients(r, "$.recipients") : [];
        var parameters = root.TryGetProperty("parameters", out var p) ? Parameters(p, "$.parameters", lastYear) : null;
        return problems.Count == 0 && name is not null && parameters is not null
            ? new SchemeFile(name, calendar, currency, lastYear, recipients, parameters)
            : null;
    }

    private void ReadCurrency(JsonElement root)
    {
        var digits = 2;
        if (root.TryGetProperty("minorUnitDigits", out var d) && Int(d, "$.minorUnitDigits", 0, 4) is { } given)
        {
            digits = given;
        }

        if (root.TryGetProperty("currency", out var c) && Text(c, "$.currency") is { } code)
        {
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                Invalid("$.currency", Quote(code), "a currency is three capital letters, such as 'GBP'");
            }
            else
            {
                currency = code == Currency.Gbp.Code && digits == Currency.Gbp.MinorUnitDigits ? Currency.Gbp : Currency.Create(code, digits);
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

    // Checks an object's kind, unknown and repeated fields (reported; reading goes on) and required fields:
    // true when it is an object with every required field, so they can be read.
    private bool Object(JsonElement element, string path, string[] fields, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object", element);
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(fields, property.Name) < 0)
            {
                Add(SchemeFileFindings.UnknownField, path + "." + property.Name, ("Field", property.Name), ("Known", string.Join(", ", fields)));
            }
            else if (!seen.Add(property.Name))
            {
                Add(SchemeFileFindings.DuplicateField, path + "." + property.Name, ("Field", property.Name));
            }
        }

        foreach (var field in required)
        {
            if (!seen.Contains(field))
            {
                Add(SchemeFileFindings.MissingField, path + "." + field, ("Field", field));
                ok = false;
            }
        }

        return ok;
    }

    private bool Array(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return true;
        }

        WrongType(path, "an array", element);
        return false;
    }

    private string? Text(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            WrongType(path, "a string", element);
            return null;
        }

        var text = element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Invalid(path, "''", "it must not be blank");
            return null;
        }

        return text;
    }

    private ImmutableArray<string>? Texts(JsonElement array, string path)
    {
        if (!Array(array, path))
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (Text(item, Index(path, i++)) is { } text)
            {
                builder.Add(text);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : null;
    }

    private bool? Bool(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        WrongType(path, "true or false", element);
        return null;
    }

    private int? Int(JsonElement element, string path, int minimum, int maximum)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            WrongType(path, "a whole number", element);
            return null;
        }

        if (!element.TryGetInt32(out var value) || value < minimum || value > maximum)
        {
            Invalid(path, element.GetRawText(), FormattableString.Invariant($"it must be a whole number from {minimum} to {maximum}"));
            return null;
        }

        return value;
    }

    private decimal? Decimal(JsonElement element, string path, decimal minimum, decimal maximum, string rule)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            WrongType(path, "a number", element);
            return null;
        }

        if (!element.TryGetDecimal(out var value) || value < minimum || value > maximum)
        {
            Invalid(path, element.GetRawText(), "it must be " + rule);
            return null;
        }

        return value;
    }

    private decimal? Fraction(JsonElement element, string path) => Decimal(element, path, 0m, 1m, "a fraction from 0 to 1, such as 0.05 for 5%");

    private Money? Amount(JsonElement element, string path)
    {
        if (Decimal(element, path, 0m, long.MaxValue / (decimal)currency.MinorUnitsPerMajorUnit, "an amount from zero up, in major units") is not { } amount)
        {
            return null;
        }

        var scaled = amount * currency.MinorUnitsPerMajorUnit;
        if (scaled != decimal.Truncate(scaled))
        {
            Add(SchemeFileFindings.NotWholeMinorUnits, path, ("Value", element.GetRawText()), ("Currency", currency.Code));
            return null;
        }

        return Money.FromMinorUnits((long)scaled, currency);
    }

    private FinancialYear? Year(JsonElement element, string path)
    {
        if (Text(element, path) is not { } text)
        {
            return null;
        }

        if (FinancialYear.TryParse(text, calendar, out var year))
        {
            return year;
        }

        Invalid(path, Quote(text), "a year is written as '2011/12' (or '2011' for calendar years)");
        return null;
    }

    private void WrongType(string path, string expected, JsonElement found) =>
        Add(SchemeFileFindings.WrongType, path, ("Expected", expected), ("Found", found.ValueKind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true or false",
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => "nothing",
        }));

    private void Invalid(string path, string value, string rule) => Add(SchemeFileFindings.InvalidValue, path, ("Value", value), ("Rule", rule));

    private void Add(string code, string path, params ReadOnlySpan<(string Name, string Value)> values) =>
        problems.Add(new SchemeProblem(code, path, SchemeFileFindings.Render(code, values)));

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Quote(string text) => "'" + (text.Length > 60 ? text[..60] + "…" : text) + "'";
}
