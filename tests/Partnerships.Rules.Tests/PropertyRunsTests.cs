namespace Partnerships.Rules.Tests;

public sealed class PropertyRunsTests
{
    [Theory]
    [InlineData(null, PropertyRuns.NormalCases)]
    [InlineData("", PropertyRuns.NormalCases)]
    [InlineData("0", PropertyRuns.NormalCases)]
    [InlineData("1", PropertyRuns.DeepCases)]
    [InlineData("yes", PropertyRuns.DeepCases)]
    [InlineData("250000", 250_000)]
    public void Cases_DeepVariable_IsTheCasesEachInvariantPropertyRuns(string? deep, int expected)
    {
        Assert.Equal(expected, PropertyRuns.Cases(deep));
    }

    [Fact]
    public void InvariantProperty_DiscardsAtMostATenthOfItsCases()
    {
        var attribute = new InvariantPropertyAttribute(1);

        Assert.Equal(PropertyRuns.InvariantCases, attribute.MaxTest);
        Assert.Equal(PropertyRuns.MaxRejected(attribute.MaxTest), attribute.MaxRejected);
        Assert.Equal(1, attribute.Invariant);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(1_000, 100)]
    [InlineData(100_000, 10_000)]
    public void MaxRejected_IsATenthOfTheCasesOrOfANormalRun(int cases, int expected)
    {
        Assert.Equal(expected, PropertyRuns.MaxRejected(cases));
    }
}
