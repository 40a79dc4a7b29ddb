using System.Text;
using System.Text.Json;
using Partnerships.Rules.Json;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// The converters' reading helpers called directly on a reader that holds only part of the JSON (isFinalBlock false,
/// as when a caller streams it): System.Text.Json hands a converter a whole value, so only a direct call reaches these.
/// </summary>
public sealed class JsonReadingTests
{
    [Fact]
    public void NextProperty_ReaderEndsInsideTheObject_ThrowsSayingSo()
    {
        var reader = Partial("{");

        Assert.Equal("The JSON ends inside an object.", Caught(ref reader, static (ref Utf8JsonReader r) => JsonReading.NextProperty(ref r, out _)));
    }

    [Fact]
    public void NextProperty_ReaderEndsAfterAPropertyName_ThrowsSayingSo()
    {
        var reader = Partial("{\"amount\":");

        Assert.Equal("The JSON ends after a property name.", Caught(ref reader, static (ref Utf8JsonReader r) => JsonReading.NextProperty(ref r, out _)));
    }

    [Fact]
    public void NextProperty_AtTheEndOfTheObject_IsFalseWithNoName()
    {
        var reader = Partial("{}");

        Assert.False(JsonReading.NextProperty(ref reader, out var name));
        Assert.Equal("", name);
    }

    [Fact]
    public void PropertyName_ReaderNotOnAName_ThrowsNamingWhatItFound()
    {
        // The reader stands on the object's start, not on a property name.
        var reader = Partial("{\"amount\":1}");

        Assert.Equal("Expected a property name; found StartObject.", Caught(ref reader, static (ref Utf8JsonReader r) => JsonReading.PropertyName(ref r)));
    }

    [Fact]
    public void Int32_AString_ThrowsAtThatProperty()
    {
        var reader = Partial("\"7\"");

        var e = CaughtException(ref reader, static (ref Utf8JsonReader r) => JsonReading.Int32(ref r, "number"));

        Assert.Equal("Expected a whole number for \"number\"; found String.", e.BaseMessage);
        Assert.Equal(".number", e.Tail);
    }

    [Fact]
    public void Invalid_ComplaintNamingNoParameter_IsAtTheValueItself()
    {
        // No parameter named, so no field to add to the path.
        var e = Assert.IsType<JsonPathException>(JsonReading.Invalid(new ArgumentException("Too big."), "thing"));

        Assert.Equal("Not a valid thing: Too big.", e.BaseMessage);
        Assert.Equal("", e.Tail);
    }

    private delegate object? Reading(ref Utf8JsonReader reader);

    // The reader stands on the first token, as a converter's Read finds it.
    private static Utf8JsonReader Partial(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), isFinalBlock: false, state: default);
        Assert.True(reader.Read());
        return reader;
    }

    private static string Caught(ref Utf8JsonReader reader, Reading read)
    {
        try
        {
            read(ref reader);
        }
        catch (JsonException e)
        {
            Assert.IsType<JsonException>(e);
            return e.Message;
        }

        Assert.Fail("No JsonException");
        return "";
    }

    private static JsonPathException CaughtException(ref Utf8JsonReader reader, Reading read)
    {
        try
        {
            read(ref reader);
        }
        catch (JsonPathException e)
        {
            return e;
        }

        Assert.Fail("No JsonPathException");
        return null!;
    }
}
