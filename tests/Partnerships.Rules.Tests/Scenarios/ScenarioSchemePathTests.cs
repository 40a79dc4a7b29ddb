using System.Text.Json.Nodes;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Scenarios;

public sealed class ScenarioSchemePathTests
{
    [Fact]
    public void Run_SchemePathNotAString_IsAWrongTypeAtItsPath()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "readme-example.scenario.json")))!;
        json.AsObject().Remove("scheme");
        json["schemePath"] = 1;

        var problem = Assert.Single(ScenarioRunner.Run(json.ToJsonString()).Problems);

        Assert.Equal(("$.schemePath", SchemeFileFindings.WrongType), (problem.Path, problem.Code));
    }
}
