using System.Text.Json;

namespace Partnerships.Rules.Json;

/// <summary>
/// Reads and writes the <c>{"name": number}</c> objects of the need types (a formula's weights, a recipient's
/// indicators) in ordinal name order, decimals at the scale they were given, so writing again gives the same bytes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class NeedWeightsReading
{
    public static List<(string Name, decimal Value)> Read(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonPathException(FormattableString.Invariant($"Expected an object of names and numbers for \"{property}\"; found {reader.TokenType}."), "." + property);
        }

        var values = new List<(string, decimal)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
            {
                throw new JsonPathException(FormattableString.Invariant($"Expected a number for \"{name}\"; found {reader.TokenType}."), "." + property + "." + name);
            }

            if (!seen.Add(name))
            {
                throw new JsonPathException(FormattableString.Invariant($"\"{name}\" is given twice."), "." + property + "." + name);
            }

            values.Add((name, value));
        }

        return values;
    }

    public static void Write(Utf8JsonWriter writer, string property, IEnumerable<KeyValuePair<string, decimal>> values)
    {
        writer.WritePropertyName(property);
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
    }
}
