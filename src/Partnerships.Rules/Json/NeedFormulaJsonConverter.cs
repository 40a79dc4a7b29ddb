using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="NeedFormula"/> as <c>{"weights":{"crime":40,…}}</c> (names in ordinal order) and reads it back
/// through <see cref="NeedFormula.Of"/>, which refuses a negative weight or no positive one.
/// </summary>
/// <remarks>The formula's constructor is private, so the generated contract cannot read it. Stateless and thread-safe.</remarks>
internal sealed class NeedFormulaJsonConverter : JsonConverter<NeedFormula>
{
    private const string WhatItIs = "a need formula";

    public override NeedFormula Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        List<(string Name, decimal Value)>? weights = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "weights": weights = NeedWeightsReading.Read(ref reader, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        var given = JsonReading.Required(weights, "weights", WhatItIs);
        try
        {
            return NeedFormula.Of([.. given]);
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"Not a valid {WhatItIs}: {e.Message}"), ".weights", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, NeedFormula value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        NeedWeightsReading.Write(writer, "weights", value.Weights);
        writer.WriteEndObject();
    }
}
