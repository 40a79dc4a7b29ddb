namespace Partnerships.Rules.Tests;

/// <summary>The README's quick start must be the example's code, word for word, so it never goes stale.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_IsTheExamplesMainFlowWordForWord()
    {
        var root = RepositoryRoot();
        var program = File.ReadAllText(Path.Combine(root, "samples", "Partnerships.Rules.Example", "Program.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        const string Begin = "// <quick-start>\n";
        var start = program.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = program.IndexOf("// </quick-start>", StringComparison.Ordinal);

        Assert.True(start >= Begin.Length && end > start, "Program.cs has no quick-start marks.");
        Assert.Contains(program[start..end] + "```", readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Partnerships.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Partnerships.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
