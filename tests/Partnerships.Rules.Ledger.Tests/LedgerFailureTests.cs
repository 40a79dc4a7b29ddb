using NodaTime.Text;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>
/// A step that fails changes nothing: the database file is byte for byte as it was, whether the step failed on a
/// bad file, in the wrong order, or after it had written (a forced failure inside its transaction).
/// </summary>
[Collection(YearRun.Name)]
public sealed class LedgerFailureTests(YearFixture year)
{
    public static TheoryData<int> WritingSteps => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(WritingSteps))]
    public void Step_FailsAfterWriting_DatabaseUnchangedAndTheStepThenRuns(int step)
    {
        var (args, at) = InMemoryYear.Steps[step];
        using var folder = year.CopyAfter(string.Join(" ", InMemoryYear.Steps[step - 1].Args));
        var before = File.ReadAllBytes(folder.File("ledger.db"));

        var failed = LedgerProcess.InProcess(folder.Path, [.. args, "--recorded-at", InstantPattern.ExtendedIso.Format(at), "--fail-after-write"]);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("rolled back", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
        Assert.False(File.Exists(folder.File("ledger.db-journal")));

        Assert.Equal(0, LedgerProcess.InProcess(folder.Path, [.. args, "--recorded-at", InstantPattern.ExtendedIso.Format(at)]).ExitCode);
        Assert.Equal(
            Db.Strings(year.Snapshot(step), "SELECT record FROM audit ORDER BY seq"),
            Db.Strings(folder.File("ledger.db"), "SELECT record FROM audit ORDER BY seq"));
    }

    [Fact]
    public void Process_FailsAfterWritingTheSeptemberReview_DatabaseByteIdentical()
    {
        using var folder = year.CopyAfter("return 2");
        var before = File.ReadAllBytes(folder.File("ledger.db"));

        var failed = LedgerProcess.Run(folder.Path, "review", "--fail-after-write");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("'review' failed after writing (--fail-after-write); the step is rolled back.", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Process_ReviewBeforeAnyAllocation_IsAClearErrorAndChangesNothing()
    {
        using var folder = year.CopyAfter("assess");
        var before = File.ReadAllBytes(folder.File("ledger.db"));

        var outcome = LedgerProcess.Run(folder.Path, "review");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("'review' needs an allocation, and the ledger has none yet; run 'allocate' first." + Environment.NewLine, outcome.Error);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Init_FailsAfterWriting_LeavesNoLedger()
    {
        using var folder = new TempFolder();

        var failed = LedgerProcess.InProcess(folder.Path, "init", "--fail-after-write");

        Assert.Equal(1, failed.ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Init_InANewFolderFailsAfterWriting_LeavesNeitherLedgerNorFolder()
    {
        using var folder = new TempFolder();
        using var error = new StringWriter();

        var exitCode = LedgerApp.Run(["init", "--db", folder.File("new/ledger.db"), "--fail-after-write"], TextWriter.Null, error, redirected: true);

        Assert.Equal(1, exitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        Assert.Equal(0, LedgerApp.Run(["init", "--db", folder.File("new/ledger.db")], TextWriter.Null, error, redirected: true));
        Assert.True(File.Exists(folder.File("new/ledger.db")));
    }

    [Theory]
    [InlineData("init", null, "review", "'review' needs an allocation")]
    [InlineData("init", null, "allocate", "'allocate' needs an assessment")]
    [InlineData("init", null, "return 1 returns-2011-12-q1.csv", "'return' needs an allocation")]
    [InlineData("init", null, "init", "already initialised")]
    [InlineData("assess", null, "assess plans-2011-12.csv", "already assessed")]
    [InlineData("allocate", null, "allocate", "already allocated")]
    [InlineData("allocate", null, "review", "no quarter is recorded yet")]
    [InlineData("allocate", null, "return 2 returns-2011-12-q2.csv", "The next quarter to record is 2011/12 Q1")]
    [InlineData("return 1", null, "return 1 returns-2011-12-q1.csv", "2011/12 Q1 is already recorded")]
    [InlineData("review", null, "review", "already held")]
    [InlineData("return 4", null, "return 4 returns-2011-12-q4.csv", "the year's four quarters are recorded")]
    [InlineData("return 3", null, "close", "'close' follows the last quarter's returns, and 2011/12 Q3 is the last recorded")]
    [InlineData("close", null, "close", "The year 2011/12 is already closed; 'close' runs once a year.")]
    [InlineData("close", null, "query raise", "The year 2011/12 is closed; 'query' changes nothing after the close.")]
    [InlineData("allocate", null, "query BCU-CAMDEN/queried accept", "There is no query 'BCU-CAMDEN/queried': no query is raised yet; run 'query raise' first.")]
    [InlineData("return 4", 64, "query", "'query' takes 'raise', or a query id and answer")]
    [InlineData("review", null, "further-round plans-2011-12.json", "The September review after 2011/12 Q2 is already held")]
    [InlineData("allocate", null, "further-round plans-2011-12.json", "'further-round' follows a quarter's returns")]
    public void Step_InTheWrongOrder_IsAClearErrorAndChangesNothing(string after, int? exitCode, string step, string message)
    {
        using var folder = year.CopyAfter(after);
        var before = File.ReadAllBytes(folder.File("ledger.db"));
        var args = step.Split(' ').Select(a => a.EndsWith(".csv", StringComparison.Ordinal) || a.EndsWith(".json", StringComparison.Ordinal) ? LedgerProcess.Data(a) : a).ToArray();

        var outcome = LedgerProcess.InProcess(folder.Path, args);

        Assert.Equal(exitCode ?? 1, outcome.ExitCode);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Open_UnknownSchemaVersion_IsAClearErrorAndChangesNothing()
    {
        using var folder = year.CopyAfter("allocate");
        Db.Execute(folder.File("ledger.db"), "UPDATE schema_version SET version = 99");
        var before = File.ReadAllBytes(folder.File("ledger.db"));

        var outcome = LedgerProcess.InProcess(folder.Path, "return", "1", LedgerProcess.Data("returns-2011-12-q1.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("schema version 99; this ledger reads schema version 1: it was written by a newer ledger", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Open_NotALedger_IsAClearErrorAndChangesNothing()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ledger.db"), "not a database");

        var outcome = LedgerProcess.InProcess(folder.Path, "status");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("is not a ledger database", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("not a database", File.ReadAllText(folder.File("ledger.db")));
    }

    [Fact]
    public void Open_NoLedger_IsAClearErrorAndCreatesNothing()
    {
        using var folder = new TempFolder();

        var outcome = LedgerProcess.InProcess(folder.Path, "status");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("run 'init' first", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
