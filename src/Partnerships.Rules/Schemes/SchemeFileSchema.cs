namespace Partnerships.Rules.Schemes;

/// <summary>The JSON Schema of the scheme-file format, embedded in the assembly and read once.</summary>
internal static class SchemeFileSchema
{
    public const string ResourceName = "Partnerships.Rules.Schemes.partnership-scheme.schema.json";

    private static readonly Lazy<string> Lazy = new(Load);

    public static string Text => Lazy.Value;

    private static string Load()
    {
        using var stream = typeof(SchemeFileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The scheme-file schema is missing from the assembly: " + ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
