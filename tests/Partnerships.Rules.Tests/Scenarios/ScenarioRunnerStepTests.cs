using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Schemes;

namespace Partnerships.Rules.Tests.Scenarios;

/// <summary>The steps the runner takes after reading (payments, reviews) and the codes a difference quotes.</summary>
public sealed class ScenarioRunnerStepTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "readme-example.scenario.json"));
    private static readonly string Scenario2011 = File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "2011-12.scenario.json"));
    private static readonly string SchemeText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SchemeFromFile.RelativePath));

    [Fact]
    public void Run_ReviewTheTermsDoNotHave_NamesTheReviewPointsTheyHave()
    {
        var result = ScenarioRunner.Run(SchemeFileReaderTests.Edit(Example, "quarters[1].review", "\"Autumn\""));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            (SchemeFileFindings.InvalidValue, "$.quarters[1].review", "'Autumn' is not allowed: the terms' review points are 'September review' after quarter 2."),
            (problem.Code, problem.Path, problem.Message));
        Assert.Equal("Two units, one under-spending", result.Name);
        Assert.Equal("Two units, one under-spending:" + Environment.NewLine + problem, result.ToString());
    }

    [Fact]
    public void Run_ReviewWhenTheTermsHaveNone_SaysNone()
    {
        var json = JsonNode.Parse(Example)!;
        json["scheme"]!["parameters"]!.AsObject().Remove("reviewPoints");

        var problem = Assert.Single(ScenarioRunner.Run(json.ToJsonString()).Problems);

        Assert.Equal("'September review' is not allowed: the terms' review points are none.", problem.Message);
    }

    [Fact]
    public void Run_PaymentWorkingDays_DatesThePayments()
    {
        // The first quarter of 2011/12 ends on Thursday 30 June 2011; ten working days on (no bank holiday between) is
        // Thursday 14 July.
        var dated = ScenarioRunner.Run(SchemeFileReaderTests.Edit(Example, "paymentWorkingDays", "10"));
        var undated = ScenarioRunner.Run(Example);

        Assert.NotEmpty(dated.Quarters[0].Payments);
        Assert.All(dated.Quarters[0].Payments, p => Assert.Equal(new LocalDate(2011, 7, 14), p.PaymentDate));
        Assert.All(undated.Quarters[0].Payments, p => Assert.Null(p.PaymentDate));
    }

    [Fact]
    public void ToString_Differences_AreListedUnderTheName()
    {
        var result = ScenarioRunner.Run(SchemeFileReaderTests.Edit(Example, "expect.allocations.BCU-CAMDEN", "40000"));

        var difference = Assert.Single(result.Differences);
        Assert.Equal("Two units, one under-spending:" + Environment.NewLine + difference, result.ToString());
    }

    [Fact]
    public void Compare_WrongDecision_QuotesThePlansQueriesAndFailures()
    {
        // A plan eligible with queries, expected ineligible: the difference quotes its findings of query severity or worse.
        var queried = Round2011.Report.Plans.First(p => p.Decision == PlanDecision.EligibleWithQueries);
        var expected = string.Join(", ", queried.Findings.Where(f => f.Severity >= FindingSeverity.Query).Select(f => f.Code).Distinct().Take(8));
        Assert.NotEqual(string.Empty, expected);

        var result = Run(json => json["expect"] = JsonNode.Parse("{ \"decisions\": { \"" + queried.RecipientId + "\": \"Ineligible\" } }"));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("EligibleWithQueries", expected), (difference.Actual, difference.Codes));
    }

    [Fact]
    public void Compare_WrongAllocation_QuotesTheRecipientsAndItsActivitiesFindings()
    {
        var run = Run(_ => { });
        var recipient = run.Allocation!.Recipients.First(r => run.Allocation.Activities.Any(a => a.Findings.Any(f => f.RecipientId == r.RecipientId)) && !r.Findings.IsEmpty);
        var codes = recipient.Findings.Concat(run.Allocation.Activities.SelectMany(a => a.Findings))
            .Where(f => f.RecipientId == recipient.RecipientId).Select(f => f.Code).Distinct().ToList();

        var result = Run(json => json["expect"] = JsonNode.Parse("{ \"allocations\": { \"" + recipient.RecipientId + "\": 1, \"BCU-ATLANTIS\": 1 } }"));

        Assert.Equal(
            [
                (recipient.RecipientId, codes.Count <= 8 ? string.Join(", ", codes) : string.Join(", ", codes.Take(8)) + ", …"),
                ("BCU-ATLANTIS", string.Empty),
            ],
            result.Differences.Select(d => (d.Subject, d.Codes)));
        Assert.Equal("none", result.Differences[1].Actual);
    }

    [Fact]
    public void Compare_FindingAbsentEverywhere_QuotesTheFirstEightCodesOfTheYear()
    {
        var run = Run(_ => { });
        var all = run.Assessment!.Plans.SelectMany(p => p.Findings).Concat(run.Allocation!.Findings).Concat(run.Allocation.Recipients.SelectMany(r => r.Findings))
            .Concat(run.Allocation.Activities.SelectMany(a => a.Findings)).Concat(run.Quarters.SelectMany(q => q.Findings)).Concat(run.Reviews.SelectMany(r => r.Findings))
            .Select(f => f.Code).Distinct().ToList();
        Assert.True(all.Count > 8, string.Join(", ", all));

        var result = Run(json => json["expect"] = JsonNode.Parse("""{ "findings": { "*": ["NONE999"] } }"""));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(string.Join(", ", all.Take(8)) + ", …", difference.Codes);
    }

    [Fact]
    public void Compare_FindingAbsentFromARecipientWithEightCodes_QuotesAllEightWithoutAnEllipsis()
    {
        // Ealing spends beyond its allocation in the first quarter and forecasts beyond it all year (more than it spends):
        // two codes more than its six.
        static void Overspend(JsonNode json)
        {
            foreach (var quarter in json["quarters"]!.AsArray())
            {
                var ealing = quarter!["returns"]!.AsArray().Single(r => (string?)r!["recipient"] == "BCU-EALING")!;
                ealing["forecast"] = 200_000;
                if ((int)quarter["quarter"]! == 1)
                {
                    ealing["spent"] = 70_000;
                }
            }
        }

        var run = Run(Overspend);
        var codes = run.Assessment!.Plans.SelectMany(p => p.Findings).Concat(run.Allocation!.Recipients.SelectMany(r => r.Findings))
            .Concat(run.Allocation.Activities.SelectMany(a => a.Findings)).Concat(run.Quarters.SelectMany(q => q.Findings)).Concat(run.Reviews.SelectMany(r => r.Findings))
            .Where(f => f.RecipientId == "BCU-EALING").Select(f => f.Code).Distinct().ToList();
        Assert.True(codes.Count == 8, string.Join(", ", codes));

        var result = Run(json =>
        {
            Overspend(json);
            json["expect"] = JsonNode.Parse("""{ "findings": { "BCU-EALING": ["NONE999"] } }""");
        });

        Assert.Equal(string.Join(", ", codes), Assert.Single(result.Differences).Codes);
    }

    private static ScenarioResult Run(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Scenario2011)!;
        change(json);
        return ScenarioRunner.Run(json.ToJsonString(), _ => SchemeText);
    }
}
