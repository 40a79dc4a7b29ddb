using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

public sealed class FairnessRatiosTests
{
    [Fact]
    public void Of_EqualRates_GivesNoDispersion()
    {
        var report = FairnessRatios.Of(Amounts(("A", 10_000), ("B", 20_000)), Values(("A", 10), ("B", 20)), "crime");
        Assert.Equal([10m, 10m], report.Rates.Select(r => r.AmountPerUnit!.Value));
        Assert.Equal(1m, report.MaxToMin);
        Assert.Equal(0m, report.CoefficientOfVariation);
        Assert.Equal(0m, report.Gini);
    }

    [Fact]
    public void Of_RatesOneAndThree_GivesKnownDispersion()
    {
        // Rates £1 and £3 per unit: mean 2, standard deviation 1, CV 0.5; Gini = |1 − 3| × 2 ÷ (2 × 2² × 2) = 0.25.
        var report = FairnessRatios.Of(Amounts(("A", 100), ("B", 300)), Values(("A", 1), ("B", 1)), "crime");
        Assert.Equal(3m, report.MaxToMin);
        Assert.Equal(0.5m, report.CoefficientOfVariation);
        Assert.Equal(0.25m, report.Gini);
    }

    [Fact]
    public void Of_PerThousandResidents_ScalesTheRateAndRoundsToFourPlaces()
    {
        var report = FairnessRatios.Of(Amounts(("A", 4_500_000), ("B", 4_000_000)), Values(("A", 300_000), ("B", 180_000)), "residents", per: 1_000);
        Assert.Equal([150m, 222.2222m], report.Rates.Select(r => r.AmountPerUnit!.Value));
        Assert.Equal(1.481481m, report.MaxToMin); // (4,000,000 ÷ 180,000) ÷ (4,500,000 ÷ 300,000) = 200 ÷ 135, exactly, then rounded
    }

    [Fact]
    public void Of_ZeroIndicator_LeavesTheRecipientUnratedAndOutOfTheDispersion()
    {
        var report = FairnessRatios.Of(Amounts(("A", 100), ("B", 300), ("C", 500)), Values(("A", 1), ("B", 1), ("C", 0)), "area");
        Assert.Null(report.Rates[2].AmountPerUnit);
        Assert.Equal(3m, report.MaxToMin);
        var none = FairnessRatios.Of(Amounts(("A", 0)), Values(("A", 0)), "area");
        Assert.Null(none.MaxToMin);
        Assert.Null(none.CoefficientOfVariation);
        Assert.Null(none.Gini);
    }

    [Fact]
    public void Of_OneRecipientHasEverything_GivesGiniTowardsOne()
    {
        var pairs = Enumerable.Range(0, 100).Select(i => (FormattableString.Invariant($"R{i:000}"), i == 0 ? 1_000_000L : 0L)).ToArray();
        var report = FairnessRatios.Of(Amounts(pairs), Values(pairs.Select(p => (p.Item1, 1m)).ToArray()), "crime");
        Assert.Equal(0.99m, report.Gini);
        Assert.Null(report.MaxToMin); // the lowest rate is zero
        Assert.Equal(9.949874m, report.CoefficientOfVariation); // √99
    }

    [Fact]
    public void Of_BadInput_ThrowsArgumentExceptions()
    {
        Assert.Throws<ArgumentException>(() => FairnessRatios.Of(Amounts(("A", 1)), Values(("B", 1)), "crime"));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairnessRatios.Of(Amounts(("A", 1)), Values(("A", -1)), "crime"));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairnessRatios.Of(Amounts(("A", 1)), Values(("A", 1)), "crime", per: 0));
        Assert.Throws<ArgumentNullException>(() => FairnessRatios.Of(null!, Values(("A", 1)), "crime"));
    }

    [Fact]
    public void SquareRoot_InDecimal_IsExactToDecimalPrecision()
    {
        Assert.Equal(1.4142135623730950488016887242m, FairnessRatios.SquareRoot(2m));
        Assert.Equal(0m, FairnessRatios.SquareRoot(0m));
        Assert.Equal(12m, FairnessRatios.SquareRoot(144m));
    }

    [Fact]
    public void Of_AllocationsGivenOutOfIdOrder_GivesTheRatesInIdOrder()
    {
        var report = FairnessRatios.Of(Amounts(("C", 300), ("A", 100), ("B", 200)), Values(("B", 1), ("C", 1), ("A", 1)), "crime");

        Assert.Equal(["A", "B", "C"], report.Rates.Select(r => r.RecipientId));
    }

    [Fact]
    public void Of_AnAllocationByNeed_RatesEachRecipientByItsOwnIndicator()
    {
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 1), ("area", 5)), NeedRecipient.Of("B", ("crime", 3), ("area", 5))];
        var allocation = NeedAllocator.Allocate(Pence(100), recipients, NeedFormula.Of(("crime", 1)));

        // Recipients not in the allocation, and nulls, are passed over.
        var report = FairnessRatios.Of(allocation, [recipients[1], null!, NeedRecipient.Of("Z", ("crime", 9)), recipients[0]], "area");

        Assert.Equal([0.05m, 0.15m], report.Rates.Select(r => r.AmountPerUnit!.Value));
        Assert.Equal(3m, report.MaxToMin);
        Assert.Equal("area", report.Indicator);
    }

    [Fact]
    public void Of_NullsAndBlankIndicators_ThrowNamingTheParameter()
    {
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 1))];
        var allocation = NeedAllocator.Allocate(Pence(100), recipients, NeedFormula.Of(("crime", 1)));

        Assert.Equal("allocation", Assert.Throws<ArgumentNullException>(() => FairnessRatios.Of(null!, recipients, "crime")).ParamName);
        Assert.Equal("recipients", Assert.Throws<ArgumentNullException>(() => FairnessRatios.Of(allocation, null!, "crime")).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => FairnessRatios.Of(allocation, recipients, " ")).ParamName);
        Assert.Equal("indicatorValues", Assert.Throws<ArgumentException>(() => FairnessRatios.Of(allocation, [NeedRecipient.Of("A", ("area", 1))], "crime")).ParamName);
        Assert.Equal("indicatorValues", Assert.Throws<ArgumentNullException>(() => FairnessRatios.Of(Amounts(("A", 1)), null!, "crime")).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => FairnessRatios.Of(Amounts(("A", 1)), Values(("A", 1)), "")).ParamName);
    }

    [Fact]
    public void Of_IndicatorValuesWithDecimalPlaces_RateExactly()
    {
        // £1 per 0.5 units is £2 a unit; £1 per 0.25 units of a rate per 0.1 units is £0.40.
        Assert.Equal(2m, FairnessRatios.Of(Amounts(("A", 100)), Values(("A", 0.5m)), "crime").Rates[0].AmountPerUnit);
        Assert.Equal(0.4m, FairnessRatios.Of(Amounts(("A", 100)), Values(("A", 0.25m)), "crime", per: 0.1m).Rates[0].AmountPerUnit);
    }

    [Fact]
    public void Of_RatesOverDifferentDenominators_FindsTheHighestAndLowest()
    {
        // Rates 1/3, 5/7 and 2/11 pounds a unit: the highest over the lowest is 55/14 = 3.9285714…
        var report = FairnessRatios.Of(Amounts(("A", 100), ("B", 500), ("C", 200)), Values(("A", 3), ("B", 7), ("C", 11)), "crime");
        Assert.Equal(3.928571m, report.MaxToMin);
        var reversed = FairnessRatios.Of(Amounts(("A", 200), ("B", 500), ("C", 100)), Values(("A", 11), ("B", 7), ("C", 3)), "crime");
        Assert.Equal(3.928571m, reversed.MaxToMin);
    }

    private static Dictionary<string, Money> Amounts(params (string Id, long Pence)[] amounts) =>
        amounts.ToDictionary(a => a.Id, a => Pence(a.Pence), StringComparer.Ordinal);

    private static Dictionary<string, decimal> Values(params (string Id, decimal Value)[] values) =>
        values.ToDictionary(v => v.Id, v => v.Value, StringComparer.Ordinal);
}
