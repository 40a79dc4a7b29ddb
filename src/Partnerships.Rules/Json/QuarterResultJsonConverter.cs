using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Json;

/// <summary>Writes a <see cref="QuarterResult"/> as <c>{"quarter","position","payments","findings"}</c>, every field required, and reads it back checked.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class QuarterResultJsonConverter : JsonConverter<QuarterResult>
{
    private const string WhatItIs = "a quarter's result";

    public override QuarterResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        FinancialQuarter? quarter = null;
        FundPosition? position = null;
        ImmutableArray<Payment>? payments = null;
        ImmutableArray<Finding>? findings = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "quarter": quarter = JsonReading.Value<FinancialQuarter>(ref reader, options, name); break;
                case "position": position = JsonReading.Value<FundPosition>(ref reader, options, name); break;
                case "payments": payments = JsonReading.Value<ImmutableArray<Payment>>(ref reader, options, name); break;
                case "findings": findings = JsonReading.Value<ImmutableArray<Finding>>(ref reader, options, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        try
        {
            return QuarterResult.Restore(
                JsonReading.Required(quarter, "quarter", WhatItIs),
                JsonReading.Required(position, "position", WhatItIs),
                JsonReading.Required(payments, "payments", WhatItIs),
                JsonReading.Required(findings, "findings", WhatItIs));
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(e, WhatItIs);
        }
    }

    public override void Write(Utf8JsonWriter writer, QuarterResult value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        JsonReading.Write(writer, options, "quarter", value.Quarter);
        JsonReading.Write(writer, options, "position", value.Position);
        JsonReading.Write(writer, options, "payments", value.Payments);
        JsonReading.Write(writer, options, "findings", value.Findings);
        writer.WriteEndObject();
    }
}
