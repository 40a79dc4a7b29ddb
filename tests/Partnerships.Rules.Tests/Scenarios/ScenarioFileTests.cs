namespace Partnerships.Rules.Tests.Scenarios;

/// <summary>Each scenario file in the folder is a test case: it must run and meet every expectation.</summary>
public sealed class ScenarioFileTests
{
    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Scenario_Runs_MeetsEveryExpectation(string file)
    {
        var result = ScenarioFiles.Run(ScenarioFiles.Folder, file);

        Assert.True(result.Passed, result.ToString());
        Assert.NotNull(result.Position);
    }

    [Fact]
    public void Folder_HoldsThe2011Scenario()
    {
        Assert.Contains("2011-12.scenario.json", ScenarioFiles.Names(ScenarioFiles.Folder));
    }
}
