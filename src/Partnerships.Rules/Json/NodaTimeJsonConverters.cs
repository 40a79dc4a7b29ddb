using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Partnerships.Rules.Json;

/// <summary>Writes a <see cref="LocalDate"/> as <c>"2011-04-01"</c> (ISO-8601, <see cref="LocalDatePattern.Iso"/>) and reads it back strictly.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => NodaPatterns.Read(ref reader, LocalDatePattern.Iso);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => NodaPatterns.Write(writer, LocalDatePattern.Iso, value);
}

/// <summary>Writes a <see cref="LocalDateTime"/> as <c>"2011-03-31T17:00:00"</c>, with fractional seconds only when there are any
/// (<see cref="LocalDateTimePattern.ExtendedIso"/>), and reads it back strictly.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class LocalDateTimeJsonConverter : JsonConverter<LocalDateTime>
{
    /// <inheritdoc />
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => NodaPatterns.Read(ref reader, LocalDateTimePattern.ExtendedIso);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) => NodaPatterns.Write(writer, LocalDateTimePattern.ExtendedIso, value);
}

/// <summary>Writes an <see cref="Instant"/> as <c>"2011-03-31T16:00:00Z"</c>, with fractional seconds only when there are any
/// (<see cref="InstantPattern.ExtendedIso"/>), and reads it back strictly.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => NodaPatterns.Read(ref reader, InstantPattern.ExtendedIso);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => NodaPatterns.Write(writer, InstantPattern.ExtendedIso, value);
}

/// <summary>Reads and writes NodaTime values as strings with a pattern.</summary>
internal static class NodaPatterns
{
    public static T Read<T>(ref Utf8JsonReader reader, IPattern<T> pattern)
    {
        var result = pattern.Parse(JsonReading.String(ref reader, typeof(T).Name));
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message, result.Exception);
    }

    public static void Write<T>(Utf8JsonWriter writer, IPattern<T> pattern, T value)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(pattern.Format(value));
    }
}
