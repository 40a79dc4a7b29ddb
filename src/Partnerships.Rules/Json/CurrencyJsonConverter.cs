using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partnerships.Rules.Json;

/// <summary>Writes a <see cref="Currency"/> as <c>{"code":"GBP","minorUnitDigits":2,"symbol":"£"}</c> and reads it back.</summary>
/// <remarks>The symbol is optional on reading (the code stands in). Unknown fields are an error. This type is stateless and thread-safe.</remarks>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    private const string WhatItIs = "a currency";

    /// <inheritdoc />
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a currency object");
        string? code = null;
        string? symbol = null;
        int? digits = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code": code = JsonReading.String(ref reader, name); break;
                case "minorUnitDigits": digits = JsonReading.Int32(ref reader, name); break;
                case "symbol": symbol = reader.TokenType == JsonTokenType.Null ? null : JsonReading.String(ref reader, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        if (code is null || digits is null)
        {
            throw new JsonException("A currency object needs \"code\" and \"minorUnitDigits\".");
        }

        IsoCurrencies.CheckDigits(code, digits.Value, null);
        try
        {
            return Currency.Create(code, digits.Value, symbol);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("minorUnitDigits", value.MinorUnitDigits);
        writer.WriteString("symbol", value.Symbol);
        writer.WriteEndObject();
    }
}
