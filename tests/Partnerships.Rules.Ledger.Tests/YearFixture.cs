using System.Globalization;
using NodaTime.Text;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>
/// The 2011/12 year run once through the ledger, one process per step, with a copy of the database kept after
/// each step so that other tests can start from any point of the year.
/// </summary>
public sealed class YearFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public YearFixture()
    {
        for (var i = 0; i < InMemoryYear.Steps.Length; i++)
        {
            var (args, at) = InMemoryYear.Steps[i];
            Outcomes.Add(LedgerProcess.Ok(folder.Path, [.. args, "--recorded-at", InstantPattern.ExtendedIso.Format(at)]));
            File.Copy(Database, Snapshot(i));
        }
    }

    public List<LedgerProcess.Outcome> Outcomes { get; } = [];

    /// <summary>The ledger at the end of the year (in the fixture's folder, default name).</summary>
    public string Database => folder.File("ledger.db");

    public string Folder => folder.Path;

    /// <summary>The database as it was after step <paramref name="step"/> (0 is init).</summary>
    public string Snapshot(int step) => folder.File(string.Create(CultureInfo.InvariantCulture, $"after-{step}.db"));

    /// <summary>Copies the database after a step into a new folder, as ledger.db.</summary>
    public TempFolder CopyAfter(string step)
    {
        var index = InMemoryYear.Steps.ToList().FindIndex(s => string.Join(" ", s.Args).StartsWith(step, StringComparison.Ordinal));
        Assert.True(index >= 0, step);
        var copy = new TempFolder();
        File.Copy(Snapshot(index), copy.File("ledger.db"));
        return copy;
    }

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class YearRun : ICollectionFixture<YearFixture>
{
    public const string Name = "2011/12 through the ledger";
}
