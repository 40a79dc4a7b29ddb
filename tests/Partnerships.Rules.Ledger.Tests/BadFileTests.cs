using Partnerships.Rules.Example;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>
/// A bad input file is refused whole: the error names the file, the line (or JSON path), the field and the value
/// of every problem at once, and the ledger is unchanged.
/// </summary>
[Collection(YearRun.Name)]
public sealed class BadFileTests(YearFixture year)
{
    private const string PlansHeader = "recipient,name,submitted_at,equality_statement,activity,title,cost,type,priorities,output_quantity,output_unit,over_programmed,rank,minimum_viable";

    [Fact]
    public void Assess_PlansCsvWithFiveProblems_ListsEveryOneAndChangesNothing()
    {
        using var folder = year.CopyAfter("init");
        var before = File.ReadAllBytes(folder.File("ledger.db"));
        File.WriteAllLines(folder.File("bad-plans.csv"),
        [
            PlansHeader,
            "BCU-CAMDEN,Camden BCU,2011-03-28T09:00:00Z,Statement,vawg,Advocacy,15000.00,domestic violence advocacy,VAWG,,,no,1,",
            "BCU-CAMDEN,Camden BCU,2011-03-28T09:00:00Z,Statement,cadets,Cadets,twelve pounds,volunteer police cadets,VIOLENCE,25,cadets,no,1,",
            "BCU-BARNET,Barnet BCU,31/03/2011,Statement,vawg,Advocacy,15000.00,domestic violence advocacy,VAWG,,,no,1,",
            "BCU-ATLANTIS,Atlantis BCU,2011-03-28T09:00:00Z,Statement,vawg,Advocacy,15000.00,domestic violence advocacy,VAWG,,,no,1,",
            "BCU-CAMDEN,Camden BCU,2011-03-28T09:00:00Z,Statement,vawg,Advocacy again,100.00,domestic violence advocacy,VAWG,,,no,1,",
            "BCU-BEXLEY,Bexley BCU,2011-03-28T09:00:00Z,Statement,vawg,Advocacy,15000.00,domestic violence advocacy,VAWG,,,maybe,1,",
        ]);

        var outcome = LedgerProcess.Run(folder.Path, "assess", "bad-plans.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("bad-plans.csv has 5 problems; nothing was recorded", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-plans.csv, line 3, field 'cost' = 'twelve pounds': not an amount of GBP", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-plans.csv, line 4, field 'submitted_at' = '31/03/2011': not a date and time", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-plans.csv, line 5, field 'recipient' = 'BCU-ATLANTIS': unknown recipient", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-plans.csv, line 6, field 'activity' = 'vawg': a duplicate: activity 'vawg' of BCU-CAMDEN is already at line 2", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-plans.csv, line 7, field 'over_programmed' = 'maybe': not yes or no", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Return_ReturnsCsvWithProblems_ListsEveryOneAndChangesNothing()
    {
        using var folder = year.CopyAfter("allocate");
        var before = File.ReadAllBytes(folder.File("ledger.db"));
        File.WriteAllLines(folder.File("bad-returns.csv"),
        [
            "recipient,spent,forecast,submitted_on",
            "BCU-CAMDEN,10000.00,50000.00,2011-07-01",
            "BCU-BARNET,ten thousand,50000.00,2011-07-01",
            "BCU-BEXLEY,10000.00,50000.00,2011-13-45",
            "BCU-ATLANTIS,10000.00,50000.00,",
            "BCU-CAMDEN,10000.00,50000.00,",
            "BCU-BRENT,-5.00,-50000.00,",
        ]);

        var outcome = LedgerProcess.InProcess(folder.Path, "return", "1", folder.File("bad-returns.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("bad-returns.csv has 5 problems; nothing was recorded", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-returns.csv, line 3, field 'spent' = 'ten thousand': not an amount of GBP", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-returns.csv, line 4, field 'submitted_on' = '2011-13-45': not a date", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-returns.csv, line 5, field 'recipient' = 'BCU-ATLANTIS': unknown recipient", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-returns.csv, line 6, field 'recipient' = 'BCU-CAMDEN': a duplicate", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("bad-returns.csv, line 7, field 'forecast' = '-50000.00': an amount here must not be negative", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void Read_PlansCsvMissingAColumn_NamesItAndStillListsTheOtherProblems()
    {
        using var folder = new TempFolder();
        var path = folder.File("plans.csv");
        File.WriteAllLines(path,
        [
            PlansHeader.Replace(",cost,", ",", StringComparison.Ordinal),
            "BCU-CAMDEN,Camden BCU,yesterday,Statement,vawg,Advocacy,domestic violence advocacy,VAWG,,,no,1,",
        ]);

        var error = Assert.Throws<InputFileException>(() => PlanFiles.Read(path, InMemoryYear.Terms));

        Assert.Equal(
        [
            "plans.csv, line 1, field 'cost': this column is missing (the header has recipient, name, submitted_at, equality_statement, activity, title, type, priorities, output_quantity, output_unit, over_programmed, rank, minimum_viable)",
            "plans.csv, line 2, field 'submitted_at' = 'yesterday': not a date and time in UTC (such as 2011-03-28T09:00:00Z)",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_PlansJsonWithProblems_NamesEachByItsJsonPath()
    {
        using var folder = new TempFolder();
        var path = folder.File("plans.json");
        File.WriteAllText(path, """
            { "year": "2012/13", "currency": "GBP", "plans": [
              { "recipient": "BCU-CAMDEN", "name": "Camden BCU", "submittedAt": "2011-03-28T09:00:00Z",
                "activities": [ { "id": "vawg", "title": "Advocacy", "cost": "£15,000.001", "type": "domestic violence advocacy", "priorities": ["VAWG"] } ] },
              { "recipient": "BCU-CAMDEN", "name": "Camden BCU",
                "activities": [ { "id": "cadets", "title": "Cadets", "cost": 7500, "type": "volunteer police cadets", "priorities": ["VIOLENCE", 3] } ] }
            ] }
            """);

        var error = Assert.Throws<InputFileException>(() => PlanFiles.Read(path, InMemoryYear.Terms));

        Assert.Equal(
        [
            "plans.json, $.year = '2012/13': the ledger's year is 2011/12",
            "plans.json, $.plans[1].recipient = 'BCU-CAMDEN': a duplicate: a second plan of this recipient (the first is $.plans[0])",
            "plans.json, $.plans[1].activities[0].priorities[1] = '3': a priority code must be a string",
            "plans.json, $.plans[0].activities[0].cost = '£15,000.001': not an amount of GBP (such as 15000.00 or £15,000.00)",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_TheLedgersPlanFiles_AreTheExamplesPlans()
    {
        // Arrays, not ImmutableArrays: xunit compares those by reference.
        Assert.Equal(Round2011.Plans.ToArray(), PlanFiles.Read(LedgerProcess.Data("plans-2011-12.csv"), InMemoryYear.Terms).ToArray());
        Assert.Equal(Round2011.Plans.ToArray(), PlanFiles.Read(LedgerProcess.Data("plans-2011-12.json"), InMemoryYear.Terms).ToArray());
    }
}
