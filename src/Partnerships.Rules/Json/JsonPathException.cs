using System.Text.Json;

namespace Partnerships.Rules.Json;

/// <summary>
/// A <see cref="JsonException"/> that knows where it happened below the value a converter was reading, so a nested
/// read reports the whole path (System.Text.Json only knows the path of the converter's own value).
/// </summary>
internal sealed class JsonPathException : JsonException
{
    public JsonPathException(string message, string tail, Exception? innerException = null)
        : base(message, innerException)
    {
        BaseMessage = message;
        Tail = tail;
    }

    /// <summary>Gets the message without any location.</summary>
    public string BaseMessage { get; }

    /// <summary>Gets the path below <see cref="JsonException.Path"/>, such as <c>.accounts[2].spent</c>.</summary>
    public string Tail { get; }

    /// <summary>Gets the whole path of an error as far as its reader knows it, from <c>$</c>.</summary>
    public static string FullPath(JsonException e) => (e.Path ?? "$") + (e is JsonPathException p ? p.Tail : "");

    /// <summary>Gets the message of an error without the location System.Text.Json appends.</summary>
    public static string MessageOf(JsonException e)
    {
        if (e is JsonPathException p)
        {
            return p.BaseMessage;
        }

        var at = e.Message.IndexOf(" Path: $", StringComparison.Ordinal);
        return at < 0 ? e.Message : e.Message[..at];
    }

    /// <summary>Re-roots an error read inside a property's value below that property.</summary>
    public static JsonPathException Under(string property, JsonException e) =>
        new(MessageOf(e), "." + property + FullPath(e)[1..], e);

    /// <summary>The error a caller of the library sees: the whole path in <see cref="JsonException.Path"/> and in the message.</summary>
    public static JsonException ForCaller(JsonException e)
    {
        var path = FullPath(e);
        return new JsonException(FormattableString.Invariant($"{MessageOf(e)} Path: {path}"), path, e.LineNumber, e.BytePositionInLine, e);
    }
}
