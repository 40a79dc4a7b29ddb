using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="NeedRecipient"/> as <c>{"id","indicators":{"crime":5200,…},"lastYear"}</c> (<c>lastYear</c> a
/// money or null) and reads it back through <see cref="NeedRecipient.Of"/>, which refuses a blank id or a negative value.
/// </summary>
/// <remarks>Every field is required. The recipient's constructor is private, so the generated contract cannot read it. Stateless and thread-safe.</remarks>
internal sealed class NeedRecipientJsonConverter : JsonConverter<NeedRecipient>
{
    private const string WhatItIs = "a recipient's need indicators";

    public override NeedRecipient Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        string? id = null;
        List<(string Name, decimal Value)>? indicators = null;
        Money? lastYear = null;
        var sawLastYear = false;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonReading.String(ref reader, name); break;
                case "indicators": indicators = NeedWeightsReading.Read(ref reader, name); break;
                case "lastYear": lastYear = reader.TokenType == JsonTokenType.Null ? null : JsonReading.Value<Money>(ref reader, options, name); sawLastYear = true; break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        var given = JsonReading.Required(indicators, "indicators", WhatItIs);
        _ = JsonReading.Required(sawLastYear ? "" : null, "lastYear", WhatItIs);
        NeedRecipient recipient;
        try
        {
            recipient = NeedRecipient.Of(JsonReading.Required(id, "id", WhatItIs), [.. given]);
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"Not a valid {WhatItIs}: {e.Message}"), e.ParamName == "indicators" ? ".indicators" : ".id", e);
        }

        return recipient with { LastYear = lastYear };
    }

    public override void Write(Utf8JsonWriter writer, NeedRecipient value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        NeedWeightsReading.Write(writer, "indicators", value.Indicators);
        JsonReading.Write(writer, options, "lastYear", value.LastYear);
        writer.WriteEndObject();
    }
}
