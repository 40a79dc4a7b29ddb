using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Partnerships.Rules.Json;

/// <summary>
/// Small helpers for the hand-written converters: each throws a <see cref="JsonException"/> naming what it
/// expected and where, so a converter never reads past an unknown field or half-builds a value.
/// </summary>
internal static class JsonReading
{
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException(FormattableString.Invariant($"Expected {what}; found {reader.TokenType}."));
        }
    }

    /// <summary>Moves to the next property of an object and onto its value; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }

        name = PropertyName(ref reader);
        return true;
    }

    public static string PropertyName(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.PropertyName, "a property name");
        var name = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends after a property name.");
        }

        return name;
    }

    public static string String(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonPathException(FormattableString.Invariant($"Expected a string for \"{property}\"; found {reader.TokenType}."), "." + property);
        }

        return reader.GetString()!;
    }

    public static string? NullableString(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, property);

    public static int Int32(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new JsonPathException(FormattableString.Invariant($"Expected a whole number for \"{property}\"; found {reader.TokenType}."), "." + property);
        }

        return value;
    }

    /// <summary>Reads a property's value with the library's metadata for its type, naming the property in any error.</summary>
    public static T Value<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string property)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(ref reader, info);
        }
        catch (JsonException e)
        {
            throw JsonPathException.Under(property, e);
        }

        return value ?? throw new JsonPathException(FormattableString.Invariant($"\"{property}\" is null."), "." + property); // outside the try: its path is already whole
    }

    /// <summary>Writes a property with the library's metadata for its type.</summary>
    public static void Write<T>(Utf8JsonWriter writer, JsonSerializerOptions options, string property, T value)
    {
        writer.WritePropertyName(property);
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    public static JsonException Unknown(string property, string what) =>
        new JsonPathException(FormattableString.Invariant($"\"{property}\" is not a field of {what}."), "." + property);

    public static T Required<T>(T? value, string property, string what)
        where T : class =>
        value ?? throw new JsonPathException(FormattableString.Invariant($"{what} needs \"{property}\"."), "");

    public static T Required<T>(T? value, string property, string what)
        where T : struct =>
        value ?? throw new JsonPathException(FormattableString.Invariant($"{what} needs \"{property}\"."), "");

    /// <summary>Turns the complaint of a validating factory into an error at the field it names.</summary>
    public static JsonException Invalid(ArgumentException e, string what) =>
        new JsonPathException(FormattableString.Invariant($"Not a valid {what}: {e.Message}"), e.ParamName is { Length: > 0 } name ? "." + name : "", e);
}
