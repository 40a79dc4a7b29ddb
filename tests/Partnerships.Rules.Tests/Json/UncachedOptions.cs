using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Partnerships.Rules.Json;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// Options around the library's resolver that ask it afresh. System.Text.Json shares what a resolver answered between
/// options that are equal (same settings, same resolver instance) for the life of the process, so options merely made
/// anew may be served an answer given earlier, to another test; a new wrapper per options makes them equal to no others.
/// </summary>
internal static class UncachedOptions
{
    public static JsonSerializerOptions Create(JsonNamingPolicy? policy = null)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new Fresh(PartnershipsJson.TypeInfoResolver), PropertyNamingPolicy = policy };
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = true;
#endif
        return options;
    }

    /// <summary>The names of the top-level fields of a JSON object, in order.</summary>
    public static string[] Names(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    private sealed class Fresh(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => inner.GetTypeInfo(type, options);
    }
}
