using System.Text.Json;

namespace Partnerships.Rules.Json;

/// <summary>Small helpers for the hand-written converters: each throws <see cref="JsonException"/> naming what it expected.</summary>
internal static class JsonReading
{
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException(FormattableString.Invariant($"Expected {what}; found {reader.TokenType}."));
        }
    }

    public static string PropertyName(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.PropertyName, "a property name");
        var name = reader.GetString()!;
        reader.Read();
        return name;
    }

    public static string String(ref Utf8JsonReader reader, string property)
    {
        Expect(ref reader, JsonTokenType.String, FormattableString.Invariant($"a string for \"{property}\""));
        return reader.GetString()!;
    }

    public static int Int32(ref Utf8JsonReader reader, string property)
    {
        Expect(ref reader, JsonTokenType.Number, FormattableString.Invariant($"a number for \"{property}\""));
        return reader.GetInt32();
    }
}
