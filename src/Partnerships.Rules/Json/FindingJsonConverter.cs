using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="Finding"/> as <c>{"code","severity","messageTemplate","message","values":{…},"recipientId","activityId","amount"}</c>
/// and reads it back.
/// </summary>
/// <remarks>
/// <c>message</c> is the filled-in template, written for people reading the record and ignored on reading (it is
/// recomputed). Severity is written by name. Unknown fields are an error. This type is stateless and thread-safe.
/// </remarks>
internal sealed class FindingJsonConverter : JsonConverter<Finding>
{
    private const string WhatItIs = "a finding";

    private static readonly MoneyJsonConverter MoneyConverter = new();

    /// <inheritdoc />
    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a finding object");
        string? code = null, template = null, recipientId = null, activityId = null;
        FindingSeverity? severity = null;
        Money? amount = null;
        var values = new List<(string Name, object? Value)>();
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code": code = JsonReading.String(ref reader, name); break;
                case "messageTemplate": template = JsonReading.String(ref reader, name); break;
                case "message": _ = JsonReading.NullableString(ref reader, name); break;
                case "severity":
                    severity = Enum.TryParse<FindingSeverity>(JsonReading.String(ref reader, name), ignoreCase: false, out var s) && Enum.IsDefined(s)
                        ? s
                        : throw new JsonException("\"severity\" is not a FindingSeverity name.");
                    break;
                case "recipientId": recipientId = reader.TokenType == JsonTokenType.Null ? null : JsonReading.String(ref reader, name); break;
                case "activityId": activityId = reader.TokenType == JsonTokenType.Null ? null : JsonReading.String(ref reader, name); break;
                case "amount": amount = reader.TokenType == JsonTokenType.Null ? null : MoneyConverter.Read(ref reader, typeof(Money), options); break;
                case "values":
                    JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an object of \"values\"");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = JsonReading.PropertyName(ref reader);
                        values.Add((key, JsonReading.String(ref reader, key)));
                    }

                    break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        if (code is null || template is null || severity is null)
        {
            throw new JsonException("A finding needs \"code\", \"severity\" and \"messageTemplate\".");
        }

        try
        {
            return Finding.Of(code, severity.Value, template, [.. values]) with { RecipientId = recipientId, ActivityId = activityId, Amount = amount };
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("severity", value.Severity.ToString());
        writer.WriteString("messageTemplate", value.MessageTemplate);
        writer.WriteString("message", value.Message);
        writer.WritePropertyName("values");
        writer.WriteStartObject();
        foreach (var (name, text) in value.Values)
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
        writer.WriteString("recipientId", value.RecipientId);
        writer.WriteString("activityId", value.ActivityId);
        writer.WritePropertyName("amount");
        if (value.Amount is { } amount)
        {
            MoneyConverter.Write(writer, amount, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
