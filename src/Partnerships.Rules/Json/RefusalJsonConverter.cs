using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Partnerships.Rules.Json;

/// <summary>
/// Reads a value with its source-generated contract and turns a refusal by its constructor or <c>init</c> accessors
/// (an <see cref="ArgumentException"/>, such as a review point of quarter 9) into a <see cref="JsonException"/> at the
/// value's own path; System.Text.Json would let the <see cref="ArgumentException"/> through with no path.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
internal sealed class RefusalJsonConverter<T>(JsonTypeInfo<T> contract) : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, contract);
        }
        catch (JsonException e)
        {
            throw new JsonPathException(JsonPathException.MessageOf(e), JsonPathException.FullPath(e)[1..], e);
        }
        catch (ArgumentException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"{typeof(T).Name} refuses the value: {e.Message}"), "", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, contract);
}
