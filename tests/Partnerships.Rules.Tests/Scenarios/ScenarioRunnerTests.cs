using System.Globalization;
using System.Text.Json.Nodes;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Scenarios;

public sealed class ScenarioRunnerTests
{
    private static readonly string ScenarioText = File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "2011-12.scenario.json"));
    private static readonly string SchemeText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SchemeFromFile.RelativePath));

    [Fact]
    public void Run_2011_PlansAreTheSeedRoundsAndTheYearMatchesTheExample()
    {
        var result = Run(_ => { });

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(Round2011.Plans.Length, result.Assessment!.Plans.Length);
        Assert.Equal(Round2011.Report.Plans.SelectMany(p => p.Findings), result.Assessment.Plans.SelectMany(p => p.Findings));
        Assert.Equal(Round2011.Report.AmountUnderQuery, result.Assessment.AmountUnderQuery);
        Assert.Equal(4, result.Quarters.Length);
        Assert.Equal("September review", Assert.Single(result.Reviews).Review.Name);
    }

    [Fact]
    public void Run_SmallerFund_DifferenceReadsAsAPersonWantsIt()
    {
        // An inline scheme with £1,520,000 for the 32 units: each gets £47,500, not the £50,000 the file expects.
        var result = Run(json =>
        {
            var scheme = JsonNode.Parse(SchemeText)!;
            scheme["parameters"]!["fund"]![1]!["value"] = 1_520_000;
            json.AsObject().Remove("schemePath");
            json["scheme"] = scheme;
            json["expect"] = JsonNode.Parse("""{ "allocations": { "BCU-CAMDEN": 50000, "BCU-BARNET": 47500 } }""");
        });

        var difference = Assert.Single(result.Differences);
        Assert.StartsWith("BCU-CAMDEN allocation: expected £50,000.00, got £47,500.00 (ALLOC", difference.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^ALLOC\d{3}", difference.Codes);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Run_WrongExpectations_EachIsADifferenceInFileOrder()
    {
        var result = Run(json => json["expect"] = JsonNode.Parse("""
            {
              "decisions": { "BCU-BARNET": "EligibleWithQueries", "BCU-ATLANTIS": "Eligible" },
              "reclaims": { "BCU-CAMDEN": 5000 },
              "findings": { "BCU-BARNET": ["FIT001"] },
              "yearEnd": { "paid": 1600000, "unallocated": 0, "allocations": { "BCU-SUTTON": 50000 } }
            }
            """));

        Assert.Equal(
            string.Join(Environment.NewLine, new[]
            {
                "BCU-BARNET decision: expected EligibleWithQueries, got Eligible",
                "BCU-ATLANTIS decision: expected Eligible, got none",
                "BCU-CAMDEN reclaimed: expected £5,000.00, got £7,500.00 (MON006)",
                "BCU-BARNET finding FIT001: expected present, got absent (VFM004, ALLOC001)",
                "year end paid: expected £1,600,000.00, got £1,581,500.00",
                "year end unallocated: expected £0.00, got £9,500.00",
                "BCU-SUTTON allocation at year end: expected £50,000.00, got £37,500.00 (MON006)",
            }),
            string.Join(Environment.NewLine, result.Differences));
    }

    [Fact]
    public void Run_SchemeByPathWithoutResolver_IsAProblemAndNothingRuns()
    {
        var result = ScenarioRunner.Run(ScenarioText);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((SchemeFileFindings.InvalidValue, "$.schemePath"), (problem.Code, problem.Path));
        Assert.Contains("resolver", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Assessment);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Run_BrokenSchemeByPath_ReportsItsProblemsUnderItsPath()
    {
        var broken = SchemeText.Replace("\"standardAllocation\"", "\"standardAlocation\"", StringComparison.Ordinal);

        var result = ScenarioRunner.Run(ScenarioText, _ => broken);

        Assert.Equal(
            [(SchemeFileFindings.UnknownField, "../data/partnership-fund.scheme.json: $.parameters.standardAlocation"), (SchemeFileFindings.MissingParameter, "../data/partnership-fund.scheme.json: $.parameters.standardAllocation")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Run_HostileScenario_ReportsEveryProblemWithItsPath()
    {
        var result = Run(json =>
        {
            var activity = json["plans"]![0]!["activities"]![0]!.AsObject();
            activity["cots"] = 1;
            activity["cost"] = "fifteen thousand";
            json["quarters"]![1]!["quarter"] = 3;
            json["expect"]!["decisions"]!["BCU-BARNET"] = "Maybe";
            json["paymentWorkingDays"] = 0;
        });

        Assert.Equal(
            [
                (SchemeFileFindings.InvalidValue, "$.paymentWorkingDays"),
                (SchemeFileFindings.UnknownField, "$.plans[0].activities[0].cots"),
                (SchemeFileFindings.WrongType, "$.plans[0].activities[0].cost"),
                (SchemeFileFindings.InvalidValue, "$.quarters[1].quarter"),
                (SchemeFileFindings.InvalidValue, "$.expect.decisions.BCU-BARNET"),
            ],
            result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Null(result.Assessment);
    }

    [Fact]
    public void Run_ReviewTheTermsDoNotHave_IsAProblemAtTheQuarter()
    {
        var result = Run(json => json["quarters"]![1]!["review"] = "Michaelmas review");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.quarters[1].review", problem.Path);
        Assert.Contains("'September review' after quarter 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SpendToDateBeyondTheRangeOfPence_IsAProblemAtTheQuarterThatPassesIt()
    {
        // Each quarter's spend is the largest amount a file can hold; the second takes spend to date past long.MaxValue pence.
        var result = Run(json =>
        {
            foreach (var quarter in json["quarters"]!.AsArray())
            {
                quarter!["returns"]![0]!["spent"] = JsonValue.Create(92_233_720_368_547_758.07m);
            }
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.quarters[1].returns", problem.Path);
        Assert.Equal(SchemeFileFindings.InvalidValue, problem.Code);
        Assert.Contains("quarter 2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("is beyond the range of an amount of GBP", problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.Quarters);
    }

    [Fact]
    public void Run_TwoReturnsOfOneRecipientInAQuarter_AreAFindingAndTheRestIsRecorded()
    {
        // Two returns from one recipient in one quarter: QuarterlyMonitor sets them aside with a finding, no longer refusing the batch.
        var result = Run(json => json["quarters"]![0]!["returns"]![1]!["recipient"] = "BCU-BARKING-AND-DAGENHAM");

        Assert.Empty(result.Problems);
        Assert.Contains(result.Quarters[0].Findings, f => f.Code == MonitoringFindings.ReturnRepeatedInBatch && f.RecipientId == "BCU-BARKING-AND-DAGENHAM");
        Assert.Equal(4, result.Quarters.Length);
    }

    [Fact]
    public void Run_YearWithNoTerms_IsAProblemNamingTheParameter()
    {
        var result = Run(json =>
        {
            json["year"] = "2010/11";
            json["plans"] = new JsonArray();
            json["quarters"] = new JsonArray();
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.year", problem.Path);
        Assert.Contains("'priorities' in 2010/11", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{ "formatVersion": 1, "name": "x", "year": "2011/12", "plans": [], "scheme": {}, "schemePath": "a" }""")]
    public void Run_NotAScenario_IsCodedProblems(string text)
    {
        var result = ScenarioRunner.Run(text, _ => SchemeText);

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.StartsWith("SCHEME0", p.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TooLarge_IsScheme002()
    {
        var result = ScenarioRunner.Run(new string(' ', ScenarioRunner.MaximumLength + 1));

        Assert.Equal(SchemeFileFindings.TooLarge, Assert.Single(result.Problems).Code);
        Assert.Contains(ScenarioRunner.MaximumLength.ToString("N0", CultureInfo.InvariantCulture), result.Problems[0].Message, StringComparison.Ordinal);
    }

    private static ScenarioResult Run(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(ScenarioText)!;
        change(json);
        return ScenarioRunner.Run(json.ToJsonString(), _ => SchemeText);
    }
}
