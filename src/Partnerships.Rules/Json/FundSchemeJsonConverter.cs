using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="FundScheme"/> as <c>{"name":"…","calendar":{"name":"UK government","yearStart":"04-01"},"terms":[…]}</c>
/// and reads it back by <see cref="FundScheme.Create"/> and <see cref="FundScheme.WithTerms"/>, so each set of terms is checked against the calendar.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class FundSchemeJsonConverter : JsonConverter<FundScheme>
{
    private const string WhatItIs = "a fund scheme";

    public override FundScheme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        string? name = null;
        FinancialYearCalendar? calendar = null;
        ImmutableArray<FundTerms>? terms = null;
        FinancialYear? lastYear = null;
        var lastYearGiven = false;
        while (JsonReading.NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "name": name = JsonReading.String(ref reader, property); break;
                case "calendar": calendar = ReadCalendar(ref reader); break;
                case "terms": terms = JsonReading.Value<ImmutableArray<FundTerms>>(ref reader, options, property); break;
                case "lastYear": lastYear = reader.TokenType == JsonTokenType.Null ? null : JsonReading.Value<FinancialYear>(ref reader, options, property); lastYearGiven = true; break;
                default: throw JsonReading.Unknown(property, WhatItIs);
            }
        }

        FundScheme scheme;
        try
        {
            scheme = FundScheme.Create(JsonReading.Required(name, "name", WhatItIs), JsonReading.Required(calendar, "calendar", WhatItIs));
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"Not a valid {WhatItIs}: {e.Message}"), ".name", e);
        }

        var all = JsonReading.Required(terms, "terms", WhatItIs);
        for (var i = 0; i < all.Length; i++)
        {
            try
            {
                scheme = scheme.WithTerms(all[i]);
            }
            catch (ArgumentException e)
            {
                throw new JsonPathException(FormattableString.Invariant($"Not valid terms of {WhatItIs}: {e.Message}"), FormattableString.Invariant($".terms[{i}]"), e);
            }
        }

        if (!lastYearGiven)
        {
            throw new JsonPathException(FormattableString.Invariant($"{WhatItIs} needs \"lastYear\" (null when the scheme has no end)."), "");
        }

        try
        {
            return lastYear is { } last ? scheme.EndingAfter(last) : scheme;
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"Not a valid last year of {WhatItIs}: {e.Message}"), ".lastYear", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, FundScheme value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("calendar");
        writer.WriteStartObject();
        writer.WriteString("name", value.Calendar.Name);
        writer.WriteString("yearStart", AnnualDatePattern.Iso.Format(value.Calendar.YearStart));
        writer.WriteEndObject();
        JsonReading.Write(writer, options, "terms", value.Terms.ToImmutableArray());
        if (value.LastYear is { } last)
        {
            JsonReading.Write(writer, options, "lastYear", last);
        }
        else
        {
            writer.WriteNull("lastYear");
        }
        writer.WriteEndObject();
    }

    private static FinancialYearCalendar ReadCalendar(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonPathException(FormattableString.Invariant($"Expected a calendar object; found {reader.TokenType}."), ".calendar");
        }

        string? name = null, start = null;
        while (JsonReading.NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "name": name = JsonReading.String(ref reader, property); break;
                case "yearStart": start = JsonReading.String(ref reader, property); break;
                default: throw new JsonPathException(FormattableString.Invariant($"\"{property}\" is not a field of a calendar."), ".calendar." + property);
            }
        }

        var parsed = AnnualDatePattern.Iso.Parse(start ?? throw new JsonPathException("A calendar needs \"yearStart\".", ".calendar"));
        if (!parsed.Success)
        {
            throw new JsonPathException(parsed.Exception.Message, ".calendar.yearStart", parsed.Exception);
        }

        try
        {
            return FinancialYearCalendar.StartingOn(parsed.Value, name);
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(e.Message, ".calendar", e);
        }
    }
}
