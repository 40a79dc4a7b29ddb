using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class ValueForMoneyEdgeTests
{
    private static SpendPlan Plan(string id, long pence, decimal quantity) => new()
    {
        Recipient = new Recipient(id, id),
        Year = Example.Round2011.Year,
        Activities = [new Activity { Id = "a", Title = "t", Cost = Money.FromMinorUnits(pence, Currency.Gbp), ActivityType = "cadets", Output = new OutputMeasure(quantity, "units") }],
    };

    [Fact]
    public void Compare_NullArgument_ThrowsNamingIt()
    {
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => ValueForMoney.Compare(null!, ValueForMoneyThresholds.Default)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => ValueForMoney.Compare([Plan("P1", 100, 1m)], null!)).ParamName);
    }

    [Fact]
    public void Compare_HalfAUnit_IsMeasuredAtTwiceTheCost()
    {
        // £1 for half a unit is £2 a unit: a quantity below one is still a quantity.
        var comparison = Assert.Single(ValueForMoney.Compare([Plan("P1", 100, 0.5m)], ValueForMoneyThresholds.Default));

        Assert.Equal(2m, comparison.UnitCost);
        Assert.True(ValueForMoney.IsMeasurable(Plan("P1", 100, 0.5m).Activities[0]));
    }

    [Fact]
    public void Compare_NegativeCost_HasANegativeUnitCost()
    {
        // Compare takes plans as they come, valid or not: -£7,500 for 25 units is -£300 a unit.
        var comparison = Assert.Single(ValueForMoney.Compare([Plan("P1", -750_000, 25m)], ValueForMoneyThresholds.Default));

        Assert.Equal(-300m, comparison.UnitCost);
    }

    [Fact]
    public void Compare_PlanWithoutRecipient_ComparedUnderAnEmptyId()
    {
        var comparison = Assert.Single(ValueForMoney.Compare([Plan("P1", 100, 1m) with { Recipient = null! }], ValueForMoneyThresholds.Default));

        Assert.Equal(string.Empty, comparison.RecipientId);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void IsOutlier_EitherFlag_MakesAnOutlier(bool highRatio, bool aboveFence, bool outlier)
    {
        var comparison = Assert.Single(ValueForMoney.Compare([Plan("P1", 100, 1m)], ValueForMoneyThresholds.Default));

        Assert.Equal(outlier, (comparison with { IsHighRatio = highRatio, IsAboveUpperFence = aboveFence }).IsOutlier);
    }
}
