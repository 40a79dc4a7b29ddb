namespace Partnerships.Rules.Tests.Plans;

public sealed class SpendPlanTotalTests
{
    [Fact]
    public void Total_NoActivities_ThrowsInvalidOperationSayingWhy()
    {
        // With no activity there is no currency to total in: our own exception, not an index out of range.
        var plan = PlanTestData.Valid() with { Activities = [] };

        var error = Assert.Throws<InvalidOperationException>(() => plan.Total);

        Assert.Contains("has no activities", error.Message, StringComparison.Ordinal);
    }
}
