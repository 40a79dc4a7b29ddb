using System.Text.Json.Nodes;
using Partnerships.Rules.Scenarios;

namespace Partnerships.Rules.Tests.Scenarios;

public sealed class ScenarioReviewPointTests
{
    [Fact]
    public void Run_UnknownReview_ListsEveryReviewPointCommaSeparated()
    {
        // The example's scheme with a second review point, and its quarter-2 review renamed to one the terms lack.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "readme-example.scenario.json")))!;
        json["scheme"]!["parameters"]!["reviewPoints"]![0]!["value"] = JsonNode.Parse("""[ { "afterQuarter": 1, "name": "June review" }, { "afterQuarter": 2, "name": "September review" } ]""");
        var quarter = json["quarters"]!.AsArray().Single(q => (int)q!["quarter"]! == 2)!;
        quarter["review"] = "Autumn review";

        var problem = Assert.Single(ScenarioRunner.Run(json.ToJsonString()).Problems);

        Assert.EndsWith("the terms' review points are 'June review' after quarter 1, 'September review' after quarter 2.", problem.Message, StringComparison.Ordinal);
    }
}
