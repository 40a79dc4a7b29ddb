using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="Query"/> as <c>{"id","recipientId","activityId","amount","findingCode","raisedOn","dueOn","heldBack","state","changedOn","reattributedTo"}</c>
/// and reads it back through <c>Query.Restore</c>, which checks that its state and dates agree.
/// </summary>
/// <remarks>Every field is required (<c>reattributedTo</c> may be null); the state is written by name. This type is stateless and thread-safe.</remarks>
internal sealed class QueryJsonConverter : JsonConverter<Query>
{
    private const string WhatItIs = "a query";

    public override Query Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        string? id = null, recipient = null, activity = null, code = null, state = null, reattributedTo = null;
        var sawReattributed = false;
        Money? amount = null;
        LocalDate? raised = null, due = null, changed = null;
        bool? heldBack = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonReading.String(ref reader, name); break;
                case "recipientId": recipient = JsonReading.String(ref reader, name); break;
                case "activityId": activity = JsonReading.String(ref reader, name); break;
                case "amount": amount = JsonReading.Value<Money>(ref reader, options, name); break;
                case "findingCode": code = JsonReading.String(ref reader, name); break;
                case "raisedOn": raised = JsonReading.Value<LocalDate>(ref reader, options, name); break;
                case "dueOn": due = JsonReading.Value<LocalDate>(ref reader, options, name); break;
                case "heldBack": heldBack = reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => throw new JsonPathException(FormattableString.Invariant($"Expected true or false for \"{name}\"; found {reader.TokenType}."), "." + name) }; break;
                case "state": state = JsonReading.String(ref reader, name); break;
                case "changedOn": changed = JsonReading.Value<LocalDate>(ref reader, options, name); break;
                case "reattributedTo": reattributedTo = JsonReading.NullableString(ref reader, name); sawReattributed = true; break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        _ = JsonReading.Required(sawReattributed ? "" : null, "reattributedTo", WhatItIs);
        var stateName = JsonReading.Required(state, "state", WhatItIs);
        if (!Enum.TryParse<QueryState>(stateName, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || !char.IsAsciiLetterUpper(stateName[0]))
        {
            throw new JsonPathException(FormattableString.Invariant($"\"{stateName}\" is not a query state."), ".state");
        }

        try
        {
            return Query.Restore(
                JsonReading.Required(id, "id", WhatItIs),
                JsonReading.Required(recipient, "recipientId", WhatItIs),
                JsonReading.Required(activity, "activityId", WhatItIs),
                JsonReading.Required(amount, "amount", WhatItIs),
                JsonReading.Required(code, "findingCode", WhatItIs),
                JsonReading.Required(raised, "raisedOn", WhatItIs),
                JsonReading.Required(due, "dueOn", WhatItIs),
                JsonReading.Required(heldBack, "heldBack", WhatItIs),
                parsed,
                JsonReading.Required(changed, "changedOn", WhatItIs),
                reattributedTo);
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(e, WhatItIs);
        }
    }

    public override void Write(Utf8JsonWriter writer, Query value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("recipientId", value.RecipientId);
        writer.WriteString("activityId", value.ActivityId);
        JsonReading.Write(writer, options, "amount", value.Amount);
        writer.WriteString("findingCode", value.FindingCode);
        JsonReading.Write(writer, options, "raisedOn", value.RaisedOn);
        JsonReading.Write(writer, options, "dueOn", value.DueOn);
        writer.WriteBoolean("heldBack", value.HeldBack);
        writer.WriteString("state", value.State.ToString());
        JsonReading.Write(writer, options, "changedOn", value.ChangedOn);
        writer.WriteString("reattributedTo", value.ReattributedTo);
        writer.WriteEndObject();
    }
}
