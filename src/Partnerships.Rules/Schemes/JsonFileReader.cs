using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// What the readers of the library's files share: a bounded parse (size, then nesting, in one forward pass, before a
/// document is built) and typed reads of JSON values that record a <see cref="SchemeProblem"/> with its path and go on.
/// </summary>
internal abstract class JsonFileReader
{
    protected JsonFileReader(List<SchemeProblem> problems)
    {
        Problems = problems;
    }

    /// <summary>Gets the problems found so far, shared by the readers of one file.</summary>
    public List<SchemeProblem> Problems { get; }

    /// <summary>Gets or sets the calendar years are read in.</summary>
    public FinancialYearCalendar Calendar { get; set; } = FinancialYearCalendar.UkGovernment;

    /// <summary>Gets or sets the currency amounts are read in.</summary>
    public Currency Currency { get; set; } = Currency.Gbp;

    /// <summary>Checks the size and the syntax, and opens the document; the problem when it cannot be read.</summary>
    /// <remarks>A text already within its limit in characters passes no limit in bytes (<see cref="int.MaxValue"/>).</remarks>
    public static SchemeProblem? Open(ReadOnlyMemory<byte> utf8, int maximumLength, out JsonDocument? document)
    {
        document = null;
        if (utf8.Length > maximumLength)
        {
            return TooLarge(utf8.Length, maximumLength, "bytes");
        }

        if (CheckSyntax(utf8.Span) is { } problem)
        {
            return problem;
        }

        document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = SchemeFile.MaximumDepth + 1 });
        return null;
    }

    public static SchemeProblem TooLarge(long length, int limit, string unit) => new(
        SchemeFileFindings.TooLarge,
        "$",
        SchemeFileFindings.Render(
            SchemeFileFindings.TooLarge,
            ("Length", length.ToString("N0", CultureInfo.InvariantCulture) + " " + unit),
            ("Limit", limit.ToString("N0", CultureInfo.InvariantCulture) + " " + unit)));

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

    // Checks an object's kind, unknown and repeated fields (reported; reading goes on) and required fields:
    // true when it is an object with every required field, so they can be read.
    protected bool Object(JsonElement element, string path, string[] fields, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object", element);
            return false;
        }

        // Fields are few (at most 64): a bit per field, and names compared without making strings.
        var seen = 0UL;
        foreach (var property in element.EnumerateObject())
        {
            var index = FieldIndex(property, fields);
            if (index < 0)
            {
                Add(SchemeFileFindings.UnknownField, path + "." + property.Name, ("Field", property.Name), ("Known", string.Join(", ", fields)));
            }
            else if ((seen & (1UL << index)) != 0)
            {
                Add(SchemeFileFindings.DuplicateField, path + "." + property.Name, ("Field", property.Name));
            }
            else
            {
                seen |= 1UL << index;
            }
        }

        var ok = true;
        foreach (var field in required)
        {
            if ((seen & (1UL << System.Array.IndexOf(fields, field))) == 0)
            {
                Add(SchemeFileFindings.MissingField, path + "." + field, ("Field", field));
                ok = false;
            }
        }

        return ok;
    }

    private static int FieldIndex(JsonProperty property, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (property.NameEquals(fields[i]))
            {
                return i;
            }
        }

        return -1;
    }

    protected bool Array(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return true;
        }

        WrongType(path, "an array", element);
        return false;
    }

    protected string? Text(JsonElement element, string path)
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

    protected ImmutableArray<string>? Texts(JsonElement array, string path)
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

    protected bool? Bool(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        WrongType(path, "true or false", element);
        return null;
    }

    protected int? Int(JsonElement element, string path, int minimum, int maximum)
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

    protected decimal? Decimal(JsonElement element, string path, decimal minimum, decimal maximum, string rule)
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

    protected decimal? Fraction(JsonElement element, string path) => Decimal(element, path, 0m, 1m, "a fraction from 0 to 1, such as 0.05 for 5%");

    protected Money? Amount(JsonElement element, string path)
    {
        if (Decimal(element, path, 0m, long.MaxValue / (decimal)Currency.MinorUnitsPerMajorUnit, "an amount from zero up, in major units") is not { } amount)
        {
            return null;
        }

        var scaled = amount * Currency.MinorUnitsPerMajorUnit;
        if (scaled != decimal.Truncate(scaled))
        {
            Add(SchemeFileFindings.NotWholeMinorUnits, path, ("Value", element.GetRawText()), ("Currency", Currency.Code));
            return null;
        }

        return Money.FromMinorUnits((long)scaled, Currency);
    }

    protected FinancialYear? Year(JsonElement element, string path)
    {
        if (Text(element, path) is not { } text)
        {
            return null;
        }

        if (FinancialYear.TryParse(text, Calendar, out var year))
        {
            return year;
        }

        Invalid(path, Quote(text), "a year is written as '2011/12' (or '2011' for calendar years)");
        return null;
    }

    protected void WrongType(string path, string expected, JsonElement found) =>
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

    protected void Invalid(string path, string value, string rule) => Add(SchemeFileFindings.InvalidValue, path, ("Value", value), ("Rule", rule));

    protected void Add(string code, string path, params ReadOnlySpan<(string Name, string Value)> values) =>
        Problems.Add(new SchemeProblem(code, path, SchemeFileFindings.Render(code, values)));

    protected static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    protected static string Quote(string text) => "'" + (text.Length > 60 ? text[..60] + "…" : text) + "'";
}
