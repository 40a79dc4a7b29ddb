using Ardalis.GuardClauses;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":"1600000.00","currency":"GBP"}</c> and reads it back exactly.
/// </summary>
/// <remarks>
/// <para>The amount is a JSON string, never a number, so no reader turns it into a binary float: an optional
/// minus sign, digits, and exactly as many decimal places as the currency has minor-unit digits (none for a
/// currency without a minor unit), culture-invariant, without separators. The number of decimal places on
/// reading gives the currency's minor-unit digits, so any ISO code round-trips, but for a code whose minor unit
/// ISO 4217 fixes (<see cref="IsoCurrencies"/>) the places must be those: <c>"50000"</c> GBP is an error, never
/// an amount of some other pound. The symbol is presentation only
/// and comes back as the code except for GBP (<c>£</c>). Unknown fields are an error.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string WhatItIs = "an amount of money";

    private static readonly System.Buffers.SearchValues<char> DigitsAndPoint = System.Buffers.SearchValues.Create("0123456789.");

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a money object {\"amount\":\"…\",\"currency\":\"…\"}");
        string? amount = null;
        string? code = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "amount": amount = JsonReading.String(ref reader, name); break;
                case "currency": code = JsonReading.String(ref reader, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        if (amount is null || code is null)
        {
            throw new JsonException("A money object needs both \"amount\" and \"currency\".");
        }

        return Parse(amount, code);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString("F" + value.Currency.MinorUnitDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    internal static Money Parse(string amount, string code)
    {
        var point = amount.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? 0 : amount.Length - point - 1;
        var body = amount.StartsWith('-') ? amount.AsSpan(1) : amount.AsSpan();
        var valid = body.Length > 0 && char.IsAsciiDigit(body[0]) && char.IsAsciiDigit(body[^1])
            && !body.ContainsAnyExcept(DigitsAndPoint) && body.Count('.') <= 1 && digits <= 8;
        if (!valid || !decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonException(FormattableString.Invariant($"\"{amount}\" is not an amount such as \"-1250.00\"."));
        }

        try
        {
            IsoCurrencies.CheckDigits(code, digits, amount);
            var currency = code == Currency.Gbp.Code ? Currency.Gbp : Currency.Create(code, digits);
            return Money.FromMajorUnits(value, currency);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw new JsonException(FormattableString.Invariant($"\"{amount}\" {code} is not an amount of money: {e.Message}"), e);
        }
    }
}
