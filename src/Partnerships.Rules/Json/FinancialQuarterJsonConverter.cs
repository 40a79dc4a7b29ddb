using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Json;

/// <summary>Writes a <see cref="FinancialQuarter"/> as <c>{"label":"2011/12 Q2","year":{"label":"2011/12","start":"2011-04-01"},"number":2}</c>.</summary>
/// <remarks>The label is written for people and checked on reading. Unknown fields are an error. This type is stateless and thread-safe.</remarks>
internal sealed class FinancialQuarterJsonConverter : JsonConverter<FinancialQuarter>
{
    private const string WhatItIs = "a financial quarter";

    /// <inheritdoc />
    public override FinancialQuarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a financial quarter object");
        string? label = null;
        FinancialYear? year = null;
        int? number = null;
        var yearConverter = new FinancialYearJsonConverter();
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "label": label = JsonReading.String(ref reader, name); break;
                case "year": year = yearConverter.Read(ref reader, typeof(FinancialYear), options); break;
                case "number": number = JsonReading.Int32(ref reader, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        if (year is null || number is not (>= 1 and <= 4))
        {
            throw new JsonException("A financial quarter needs its \"year\" and a \"number\" from 1 to 4.");
        }

        var quarter = year.Value.Quarter(number.Value);
        return label is null || label == quarter.Label
            ? quarter
            : throw new JsonException(FormattableString.Invariant($"The label \"{label}\" does not match {quarter.Label}."));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FinancialQuarter value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteString("label", value.Label);
        writer.WritePropertyName("year");
        writer.WriteStartObject();
        FinancialYearJsonConverter.WriteProperties(writer, value.Year);
        writer.WriteEndObject();
        writer.WriteNumber("number", value.Number);
        writer.WriteEndObject();
    }
}
