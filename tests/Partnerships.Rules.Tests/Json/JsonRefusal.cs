using System.Text.Json;

namespace Partnerships.Rules.Tests.Json;

/// <summary>Reads the complaint of a check out of the JSON reader's refusal.</summary>
internal static class JsonRefusal
{
    /// <summary>The reader wraps the check's complaint in a <see cref="JsonException"/> at each level it reads; this is the complaint.</summary>
    public static ArgumentException Cause(Action read)
    {
        Exception? inner = Assert.Throws<JsonException>(read);
        while (inner is JsonException)
        {
            inner = inner.InnerException;
        }

        return Assert.IsAssignableFrom<ArgumentException>(inner);
    }
}
