using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// <see cref="ClaimsDivision.GridShare"/> gives ⌊m·c ÷ total⌋ and its remainder by a fixed-point multiply and one
/// correction. Held here to the plain 128-bit division, above all where the estimate falls one short: a product that
/// is an exact multiple of the total while the fraction m ÷ total is not exact in 64 bits.
/// </summary>
public sealed class GridShareTests
{
    [Theory]
    [InlineData(1, 3, 3)]
    [InlineData(2, 6, 3)]
    [InlineData(3, 9, 6)]
    [InlineData(long.MaxValue - 1, long.MaxValue, long.MaxValue)]
    [InlineData(1L << 40, 3L << 41, 3L << 20)]
    public void Of_ProductAnExactMultipleOfTheTotal_IsTheWholeQuotientWithNoRemainder(long multiplier, long total, long claim)
    {
        var quotient = new ClaimsDivision.GridShare(multiplier, total).Of(claim, out var remainder);

        Assert.Equal(((long)((Int128)multiplier * claim / total), 0L), (quotient, remainder));
    }

    [Fact]
    public void Of_EveryCaseUpToATotalOf40_IsTheQuotientAndRemainderOfTheDivision()
    {
        for (long total = 1; total <= 40; total++)
        {
            for (long multiplier = 0; multiplier <= total; multiplier++)
            {
                var share = new ClaimsDivision.GridShare(multiplier, total);
                for (long claim = 0; claim <= total; claim++)
                {
                    var quotient = share.Of(claim, out var remainder);
                    Assert.Equal(Expected(multiplier, total, claim), (quotient, remainder));
                }
            }
        }
    }

    [Property]
    public Property Of_AnyMultiplierAndClaimUpToTheTotal_IsTheQuotientAndRemainderOfTheDivision()
    {
        var total = Gen.Frequency(
            (1, Gen.Elements(1L, 2L, 3L, long.MaxValue, long.MaxValue - 1, 1L << 62, (1L << 62) + 1)),
            (2, Gen.Choose(1, int.MaxValue).Select(x => (long)x)),
            (3, ArbMap.Default.GeneratorFor<long>().Select(x => x == long.MinValue ? long.MaxValue : Math.Max(1, Math.Abs(x)))));
        var cases =
            from t in total
            from m in Below(t)
            from c in Below(t)
            select (Multiplier: m, Total: t, Claim: c);

        return Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var quotient = new ClaimsDivision.GridShare(x.Multiplier, x.Total).Of(x.Claim, out var remainder);
            return (quotient, remainder) == Expected(x.Multiplier, x.Total, x.Claim);
        });
    }

    // 0, the total itself, a value near it, or any value between; a multiple of a divisor of the total now and then,
    // so that products that divide exactly are common.
    private static Gen<long> Below(long total) => Gen.Frequency(
        (1, Gen.Elements(0L, total, total - 1, total / 2, total / 3)),
        (3, Gen.Choose(0, int.MaxValue).Select(x => (long)((Int128)total * x / int.MaxValue))));

    private static (long Quotient, long Remainder) Expected(long multiplier, long total, long claim)
    {
        var product = (Int128)multiplier * claim;
        return ((long)(product / total), (long)(product % total));
    }
}
