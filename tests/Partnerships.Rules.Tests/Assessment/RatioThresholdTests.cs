using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class RatioThresholdTests
{
    private static readonly Gen<decimal> Thresholds = Gen.Elements(2.0m, 2m, 1.5m, 0m, 1m, 0.0000001m, 0.0000000000000000000000000001m, 1m / 3m, 79_228_162_514_264_337_593_543_950_335m, 3.000000000000000000000000001m);

    // Unit costs and medians whose ratio lands on the threshold, one step of the last digit either side of it, or far
    // from it, with zero, negative values and the extremes of the decimal's range among them.
    private static readonly Gen<decimal> Values = Gen.OneOf(
        Gen.Choose(-3, 4000).Select(i => (decimal)i / 7m),
        Gen.Choose(1, 1_000_000).Select(i => i / 997m),
        Gen.Elements(0m, 1m, 2m, 3m, 1.5m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, 1m / 3m, 2m / 3m, 176.28571428571428571428571429m));

    private static readonly Gen<(decimal UnitCost, decimal Median, decimal Threshold)> Cases =
        from threshold in Thresholds
        from median in Values
        from kind in Gen.Choose(0, 3)
        from step in Gen.Elements(0m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 0.00000000000001m, -0.00000000000001m)
        from other in Values
        select (kind == 0 ? other : OnThreshold(median, threshold) + step, median, threshold);

    [Property]
    public Property IsAbove_AnyValues_AsTheDecimalRatioComparesWithTheThreshold() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            RatioThreshold.IsAbove(c.UnitCost, c.Median, c.Threshold) == UnitCostComparison.Ratio(c.UnitCost, c.Median) > c.Threshold);

    [Fact]
    public void IsAbove_RatioOneStepAboveTheThreshold_IsAbove()
    {
        // 2.0000000000000000000000000001: the doubles of both sides are equal, so only the exact division tells.
        Assert.True(RatioThreshold.IsAbove(2.0000000000000000000000000001m, 1m, 2m));
        Assert.False(RatioThreshold.IsAbove(2m, 1m, 2m));
        Assert.False(RatioThreshold.IsAbove(1.9999999999999999999999999999m, 1m, 2m));
    }

    [Fact]
    public void IsAbove_NoRatio_IsNotAbove()
    {
        Assert.False(RatioThreshold.IsAbove(5m, 0m, 2m)); // a median of zero: no ratio
        Assert.False(RatioThreshold.IsAbove(decimal.MaxValue, 0.0000000000000000000000000001m, 2m)); // beyond range: no ratio
    }

    // A unit cost whose ratio to the median is the threshold, or near it, within the decimal's range.
    private static decimal OnThreshold(decimal median, decimal threshold)
    {
        try
        {
            return median * threshold;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }
}
