using System.Globalization;
using System.Xml.Linq;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>
/// A fund short of the bids allocated by need from an indicators file (<c>allocate --need</c>), one process per step,
/// and its chart (<c>export --chart</c>).
/// </summary>
public sealed class NeedTests
{
    private const string RecordedAt = "2011-06-13T09:00:00Z";

    [Fact]
    public void AllocateByNeed_InSeparateProcesses_EqualsTheLibraryInMemoryByteForByte()
    {
        using var folder = PolicyTests.ShortYear();
        var db = folder.File("ledger.db");

        var allocated = LedgerProcess.Ok(folder.Path, "allocate", "--need", LedgerProcess.Data("need-indicators-2011-12.csv"), "--json", "--recorded-at", RecordedAt, "--db", db);
        LedgerProcess.Ok(folder.Path, "export", "--out", folder.File("export"), "--db", db);

        var expected = PartnershipsJson.ToAuditJson(InMemory(), Round2011.Plans, NodaTime.Instant.FromUtc(2011, 6, 13, 9, 0));
        Assert.Equal(expected, allocated.Output.TrimEnd());

        // The next process reopened the stored allocation (need formula and indicators) and wrote it again unchanged.
        var audit = File.ReadAllLines(folder.File("export/audit.jsonl"));
        Assert.Equal(expected, audit.Single(line => line.Contains("\"kind\":\"allocation\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void ExportChart_AfterAllocationByNeed_DrawsOneBarOfEachKindPerRecipient()
    {
        using var folder = PolicyTests.ShortYear();
        var db = folder.File("ledger.db");
        LedgerProcess.Ok(folder.Path, "allocate", "--need", LedgerProcess.Data("need-indicators-2011-12.csv"), "--db", db);

        LedgerProcess.Ok(folder.Path, "export", "--chart", "--out", folder.File("export"), "--db", db);

        var svg = XDocument.Load(folder.File("export/" + LedgerChart.ChartFile)); // throws unless well-formed XML
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var recipients = InMemory().Recipients.Length;
        Assert.Equal(32, recipients);

        // Each recipient's two bars, plus the legend's one swatch of each colour.
        Assert.Equal(recipients + 1, Filled(svg, LedgerChart.AllocatedFill));
        Assert.Equal(recipients + 1, Filled(svg, LedgerChart.NeedShareFill));
    }

    [Fact]
    public void ExportChart_AllocationNotByNeed_IsRefusedAndWritesNothing()
    {
        using var folder = PolicyTests.ShortYear();
        Assert.Equal(0, LedgerProcess.InProcess(folder.Path, "allocate").ExitCode);

        var outcome = LedgerProcess.InProcess(folder.Path, "export", "--chart", "--out", folder.File("export"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("not by need; there is no need share to chart", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("export")));
    }

    [Fact]
    public void AllocateByNeed_BadIndicatorsFile_ListsEveryProblemAndChangesNothing()
    {
        using var folder = PolicyTests.ShortYear();
        var before = File.ReadAllBytes(folder.File("ledger.db"));
        var lines = File.ReadAllLines(LedgerProcess.Data("need-indicators-2011-12.csv")).ToList();
        lines[1] = "weight,40,25,fifteen,10,10";
        lines[3] = lines[3].Replace(",314000,", ",-314000,", StringComparison.Ordinal); // Barnet
        lines[4] = "BCU-ATLANTIS,1,1,1,1,1";                                           // instead of Bexley
        lines[5] = lines[2];                                                              // Barking and Dagenham again, instead of Brent
        lines[6] = lines[6].Replace(",24100,", ",,", StringComparison.Ordinal);           // Bromley
        File.WriteAllLines(folder.File("bad-need.csv"), lines);

        var outcome = LedgerProcess.InProcess(folder.Path, "allocate", "--need", folder.File("bad-need.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("bad-need.csv has 7 problems; nothing was recorded", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, line 2, field 'daytime_population' = 'fifteen': not a number of zero or more", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, line 4, field 'residents' = '-314000': not a number of zero or more", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, line 5, field 'recipient' = 'BCU-ATLANTIS': unknown recipient", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, line 6, field 'recipient' = 'BCU-BARKING-AND-DAGENHAM': a duplicate: the indicators of BCU-BARKING-AND-DAGENHAM are already at line 3", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, line 7, field 'crime' = '': a value is required", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, end of file, field 'recipient' = 'BCU-BEXLEY': this recipient has a plan but no line of indicators", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-need.csv, end of file, field 'recipient' = 'BCU-BRENT': this recipient has a plan but no line of indicators", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    // The library alone: the short fund's plans assessed and allocated by the data file's formula and figures.
    private static AllocationResult InMemory()
    {
        var rows = File.ReadAllLines(LedgerProcess.Data("need-indicators-2011-12.csv")).Select(l => l.Split(',')).ToArray();
        var names = rows[0][1..];
        (string, decimal)[] Figures(string[] row) => [.. names.Select((n, i) => (n, decimal.Parse(row[i + 1], CultureInfo.InvariantCulture)))];
        var policy = AllocationPolicy.Default with
        {
            ShortfallRule = ShortfallRule.ByNeed,
            NeedFormula = NeedFormula.Of(Figures(rows[1])),
            NeedIndicators = [.. rows[2..].Select(r => NeedRecipient.Of(r[0], Figures(r)))],
        };
        var terms = InMemoryYear.Terms with { Fund = Money.Pounds(1_440_000m) };
        var allocation = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), policy);
        Assert.True(allocation.ShortfallApplied);
        return allocation;
    }

    private static int Filled(XDocument svg, string fill) =>
        svg.Descendants().Count(e => string.Equals((string?)e.Attribute("fill"), fill, StringComparison.OrdinalIgnoreCase));
}
