using Partnerships.Rules.Scenarios;

namespace Partnerships.Rules.Tests.Scenarios;

/// <summary>
/// The xunit side of scenario files: every <c>*.scenario.json</c> in a folder (copied to the test output) is one
/// case of a theory. A fund's developers copy this class and point it at their own folder.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>The folder, under the test output, that holds this repository's scenarios.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>The scenario files of <see cref="Folder"/>, by name, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> All() => In(Folder);

    /// <summary>The scenario files of a folder, by name, sorted ordinally.</summary>
    public static TheoryData<string> In(string folder) => new(Names(folder));

    /// <summary>The names of the scenario files of a folder, sorted ordinally.</summary>
    public static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(folder, "*.scenario.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>Runs a scenario file of a folder; a scheme it names by path is read relative to the scenario file.</summary>
    public static ScenarioResult Run(string folder, string file) =>
        ScenarioRunner.Run(File.ReadAllText(Path.Combine(folder, file)), path => File.ReadAllText(Path.GetFullPath(Path.Combine(folder, path))));
}
