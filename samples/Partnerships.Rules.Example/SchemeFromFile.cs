using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Example;

/// <summary>The 2011/12 scheme read from its scheme file (data/partnership-fund.scheme.json, copied next to the program).</summary>
public static class SchemeFromFile
{
    public const string RelativePath = "data/partnership-fund.scheme.json";

    /// <summary>Reads the scheme file; the library reads no files, so the app does and hands over the text.</summary>
    /// <exception cref="SchemeFileException">The file has problems; every one is listed.</exception>
    public static SchemeFile Load(string? baseDirectory = null) =>
        SchemeFile.Parse(File.ReadAllText(Path.Combine(baseDirectory ?? AppContext.BaseDirectory, RelativePath)));

    /// <summary>The terms for 2011/12 as the file gives them: equal to <see cref="Round2011.Terms"/> but for the recipients and sources.</summary>
    public static FundScheme Scheme(string? baseDirectory = null)
    {
        var file = Load(baseDirectory);
        return file.ToFundScheme(Round2011.Year, Round2011.Year);
    }
}
