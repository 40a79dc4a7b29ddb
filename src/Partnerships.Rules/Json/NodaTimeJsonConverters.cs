using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Partnerships.Rules.Json;

/// <summary>Writes a NodaTime value as an ISO-8601 string with a NodaTime pattern, and reads it back strictly.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
/// <typeparam name="T">The NodaTime type.</typeparam>
public abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> pattern;

    /// <summary>Initializes a new instance of the <see cref="NodaPatternJsonConverter{T}"/> class.</summary>
    /// <param name="pattern">The pattern to format and parse with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    protected NodaPatternJsonConverter(IPattern<T> pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        this.pattern = pattern;
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.String(ref reader, typeof(T).Name);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message, result.Exception);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(pattern.Format(value));
    }
}

/// <summary>Writes a <see cref="LocalDate"/> as <c>"2011-04-01"</c> (ISO-8601, <see cref="LocalDatePattern.Iso"/>).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class LocalDateJsonConverter() : NodaPatternJsonConverter<LocalDate>(LocalDatePattern.Iso);

/// <summary>Writes a <see cref="LocalDateTime"/> as <c>"2011-03-31T17:00:00"</c>, with fractional seconds only when there are any (<see cref="LocalDateTimePattern.ExtendedIso"/>).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class LocalDateTimeJsonConverter() : NodaPatternJsonConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso);

/// <summary>Writes an <see cref="Instant"/> as <c>"2011-03-31T16:00:00Z"</c>, with fractional seconds only when there are any (<see cref="InstantPattern.ExtendedIso"/>).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class InstantJsonConverter() : NodaPatternJsonConverter<Instant>(InstantPattern.ExtendedIso);
