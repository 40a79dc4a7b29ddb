using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Json;

/// <summary>Writes a <see cref="FinancialYear"/> as <c>{"label":"2011/12","start":"2011-04-01"}</c> and reads it back.</summary>
/// <remarks>
/// The start date fixes both the calendar (the day and month years start on) and the year; the label is checked
/// against it on reading, so a hand-edited file cannot say one year and mean another. A calendar made with a custom
/// name comes back with the default name for its start. Unknown fields are an error. This type is stateless and thread-safe.
/// </remarks>
internal sealed class FinancialYearJsonConverter : JsonConverter<FinancialYear>
{
    private const string WhatItIs = "a financial year";

    /// <inheritdoc />
    public override FinancialYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a financial year {\"label\":\"2011/12\",\"start\":\"2011-04-01\"}");
        string? label = null;
        string? start = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "label": label = JsonReading.String(ref reader, name); break;
                case "start": start = JsonReading.String(ref reader, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        return FromStart(label, start);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FinancialYear value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    internal static void WriteProperties(Utf8JsonWriter writer, FinancialYear value)
    {
        writer.WriteString("label", value.Label);
        writer.WriteString("start", LocalDatePattern.Iso.Format(value.Start));
    }

    internal static FinancialYear FromStart(string? label, string? start)
    {
        if (start is null)
        {
            throw new JsonException("A financial year needs its \"start\" date.");
        }

        var parsed = LocalDatePattern.Iso.Parse(start);
        if (!parsed.Success)
        {
            throw new JsonException(parsed.Exception.Message, parsed.Exception);
        }

        var date = parsed.Value;
        try
        {
            var year = FinancialYearCalendar.StartingOn(new AnnualDate(date.Month, date.Day)).Year(date.Year);
            if (label is not null && label != year.Label)
            {
                throw new JsonException(FormattableString.Invariant($"The label \"{label}\" does not match the year starting {start} ({year.Label})."));
            }

            return year;
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
