using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="RecipientAccount"/> as <c>{"recipientId","initialAllocation","allocation","spent","paid","reclaimed","granted","forecastOutturn","returns","queried"}</c>
/// and reads it back through <c>RecipientAccount.Restore</c>, which checks that its figures agree.
/// </summary>
/// <remarks>Every field is required (<c>forecastOutturn</c> may be null) but <c>queried</c>, which records written before queries lack: zero then. This type is stateless and thread-safe.</remarks>
internal sealed class RecipientAccountJsonConverter : JsonConverter<RecipientAccount>
{
    private const string WhatItIs = "a recipient account";

    public override RecipientAccount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        string? id = null;
        Money? initial = null, allocation = null, spent = null, paid = null, reclaimed = null, granted = null, forecast = null, queried = null;
        var sawForecast = false;
        ImmutableArray<SpendReturn>? returns = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "recipientId": id = JsonReading.String(ref reader, name); break;
                case "initialAllocation": initial = JsonReading.Value<Money>(ref reader, options, name); break;
                case "allocation": allocation = JsonReading.Value<Money>(ref reader, options, name); break;
                case "spent": spent = JsonReading.Value<Money>(ref reader, options, name); break;
                case "paid": paid = JsonReading.Value<Money>(ref reader, options, name); break;
                case "reclaimed": reclaimed = JsonReading.Value<Money>(ref reader, options, name); break;
                case "granted": granted = JsonReading.Value<Money>(ref reader, options, name); break;
                case "forecastOutturn": forecast = reader.TokenType == JsonTokenType.Null ? null : JsonReading.Value<Money>(ref reader, options, name); sawForecast = true; break;
                case "returns": returns = JsonReading.Value<ImmutableArray<SpendReturn>>(ref reader, options, name); break;
                case "queried": queried = JsonReading.Value<Money>(ref reader, options, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        _ = JsonReading.Required(sawForecast ? "" : null, "forecastOutturn", WhatItIs);
        try
        {
            return RecipientAccount.Restore(
                JsonReading.Required(id, "recipientId", WhatItIs),
                JsonReading.Required(initial, "initialAllocation", WhatItIs),
                JsonReading.Required(allocation, "allocation", WhatItIs),
                JsonReading.Required(spent, "spent", WhatItIs),
                JsonReading.Required(paid, "paid", WhatItIs),
                JsonReading.Required(reclaimed, "reclaimed", WhatItIs),
                JsonReading.Required(granted, "granted", WhatItIs),
                forecast,
                JsonReading.Required(returns, "returns", WhatItIs),
                queried ?? Money.Zero(JsonReading.Required(initial, "initialAllocation", WhatItIs).Currency)); // written before queries: none
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(e, WhatItIs);
        }
    }

    public override void Write(Utf8JsonWriter writer, RecipientAccount value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("recipientId", value.RecipientId);
        JsonReading.Write(writer, options, "initialAllocation", value.InitialAllocation);
        JsonReading.Write(writer, options, "allocation", value.Allocation);
        JsonReading.Write(writer, options, "spent", value.Spent);
        JsonReading.Write(writer, options, "paid", value.Paid);
        JsonReading.Write(writer, options, "reclaimed", value.Reclaimed);
        JsonReading.Write(writer, options, "granted", value.Granted);
        JsonReading.Write(writer, options, "forecastOutturn", value.ForecastOutturn);
        JsonReading.Write(writer, options, "returns", value.Returns);
        JsonReading.Write(writer, options, "queried", value.Queried);
        writer.WriteEndObject();
    }
}
