using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// The exact need shares behind allocation by need (docs/design.md, invariant 10), checked against fractions built
/// from each decimal's text, a different route from the library's (which reads the decimal's bits).
/// </summary>
public sealed class NeedSharesTests
{
    // Whole numbers, pennies, long tails of decimals (20 places: 10^20 passes a long), numbers past 2^32, between
    // 2^63 and 2^64 (a decimal's middle word reads as negative) and past 2^64 (its high word): the last ones, and any
    // column mixing large numbers with many places, take the wide path.
    private static Gen<decimal> Value { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 9).Select(x => (decimal)x)),
        (3, Gen.Choose(0, 100_000).Select(x => x / 100m)),
        (1, Gen.Choose(0, 1_000_000).Select(x => x / 10_000_000_000m)),
        (1, Gen.Choose(1, 999).Select(x => x / 100_000_000_000_000_000_000m)),
        (1, Gen.Choose(0, int.MaxValue).Select(x => x * 1_000_000m)),
        (1, Gen.Choose(0, 8).Select(x => 9_300_000_000_000_000_000m + (x * 1_000_000_000_000_000_000m))),
        (1, Gen.Choose(0, int.MaxValue).Select(x => x * 1_000_000_000_000m)),
        (1, Gen.Choose(1, 9).Select(x => x * 1_000_000_000_000_000_000_000_000m)));

    private static Gen<decimal> Weight { get; } = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (3, Gen.Choose(1, 100).Select(x => (decimal)x)),
        (2, Gen.Choose(1, 1_000).Select(x => x / 1_000m)),
        (1, Gen.Choose(1, 9).Select(x => x / 1_000_000_000_000m)));

    private sealed record SharesCase(NeedFormula Formula, NeedRecipient[] Recipients)
    {
        public override string ToString() => FormattableString.Invariant(
            $"weights=[{string.Join(", ", Formula.Weights.Select(w => $"{w.Key}:{w.Value}"))}] recipients=[{string.Join("; ", Recipients.Select(r => string.Join(",", r.Indicators.Values)))}]");
    }

    private static Gen<SharesCase> Cases { get; } =
        from weights in Gen.ArrayOf(Weight, 3)
        where weights.Any(w => w > 0)
        from n in Gen.Frequency((1, Gen.Constant(1)), (4, Gen.Choose(2, 8)))
        from columns in Gen.ArrayOf(Gen.ArrayOf(Value, n), 3)
        where Enumerable.Range(0, 3).All(k => weights[k] == 0 || columns[k].Any(v => v > 0))
        select new SharesCase(
            NeedFormula.Of(("a", weights[0]), ("b", weights[1]), ("c", weights[2])),
            [.. Enumerable.Range(0, n).Select(i => NeedRecipient.Of(
                "R" + i.ToString(CultureInfo.InvariantCulture), ("a", columns[0][i]), ("b", columns[1][i]), ("c", columns[2][i])))]);

    [InvariantProperty(10)]
    public Property Of_AnyFormula_GivesEachRecipientItsExactShareOverOneDenominator()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var shares = NeedShares.Of(c.Formula, c.Recipients, "recipients");
            var sum = BigInteger.Zero;
            for (var i = 0; i < c.Recipients.Length; i++)
            {
                var (num, den) = ExpectedShare(c.Formula, c.Recipients, i);
                if (shares.Numerators[i] * den != num * shares.Denominator)
                {
                    return false;
                }

                sum += shares.Numerators[i];
            }

            return sum == shares.Denominator;
        });
    }

    [Fact]
    public void Of_AValueOfTwentyNineDigits_IsExact()
    {
        // 7.9·10²⁸ and 1: the first passes a long, so its column takes the wide path.
        var recipients = new[] { NeedRecipient.Of("A", ("crime", decimal.MaxValue)), NeedRecipient.Of("B", ("crime", 1m)) };
        var shares = NeedShares.Of(NeedFormula.Of(("crime", 1m)), recipients, "recipients");
        Assert.Equal(shares.Denominator, shares.Numerators[0] + shares.Numerators[1]);
        Assert.Equal(shares.Numerators[0], shares.Numerators[1] * (BigInteger)decimal.MaxValue);
    }

    [Fact]
    public void Of_AnIndicatorOfWeightZero_NeedNotBeGivenNorTotalAnything()
    {
        var recipients = new[] { NeedRecipient.Of("A", ("crime", 1m), ("area", 0m)), NeedRecipient.Of("B", ("crime", 3m)) };
        var shares = NeedShares.Of(NeedFormula.Of(("crime", 2m), ("area", 0m)), recipients, "recipients");
        Assert.Equal(shares.Numerators[0] * 3, shares.Numerators[1]);
        Assert.Equal(shares.Denominator, shares.Numerators[0] * 4);
    }

    [Fact]
    public void Of_AWeightedIndicatorMissingOrZeroForEveryone_ThrowsNamingItAndTheParameter()
    {
        var missing = Assert.Throws<ArgumentException>(() => NeedShares.Of(NeedFormula.Of(("crime", 1m), ("area", 1m)), [NeedRecipient.Of("A", ("crime", 1m), ("area", 1m)), NeedRecipient.Of("B", ("crime", 1m))], "recipients"));
        Assert.Equal("recipients", missing.ParamName);
        Assert.StartsWith("'B' has no value for the indicator 'area'", missing.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentException>(() => NeedShares.Of(NeedFormula.Of(("crime", 1m)), [NeedRecipient.Of("A", ("crime", 0m)), NeedRecipient.Of("B", ("crime", 0.00m))], "policy"));
        Assert.Equal("policy", zero.ParamName);
        Assert.StartsWith("The indicator 'crime' is zero for every recipient", zero.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 4, 0, "0")] // ¼ to no places: below a half, down
    [InlineData(1, 2, 0, "0")] // ½: half to even, 0
    [InlineData(3, 2, 0, "2")] // 1½: half to even, 2
    [InlineData(5, 2, 0, "2")] // 2½: half to even, 2
    [InlineData(3, 4, 0, "1")] // ¾: above a half, up
    [InlineData(2, 3, 4, "0.6667")]
    [InlineData(1, 3, 4, "0.3333")]
    [InlineData(1, 8, 2, "0.12")] // 0.125: half to even
    [InlineData(3, 8, 2, "0.38")] // 0.375: half to even
    [InlineData(1, 3, 28, "0.3333333333333333333333333333")]
    public void ToDecimal_RoundsHalfToEven(int numerator, int denominator, int places, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), NeedShares.ToDecimal(numerator, denominator, places));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(1, 3, 0)]
    [InlineData(5, 2, 3)]
    [InlineData(7, 2, 4)]
    public void RoundHalfUp_RoundsHalvesUp(int a, int b, int expected)
    {
        Assert.Equal(expected, NeedShares.RoundHalfUp(a, b));
    }

    [Theory]
    [InlineData("0", 0, "0")]
    [InlineData("1.5", 1, "15")]
    [InlineData("1.5", 3, "1500")]
    [InlineData("4294967296", 0, "4294967296")] // 2³², the second word of the decimal
    [InlineData("18446744073709551616", 2, "1844674407370955161600")] // 2⁶⁴, the third word
    [InlineData("79228162514264337593543950335", 0, "79228162514264337593543950335")]
    public void Scaled_GivesTheDecimalTimesAPowerOfTen(string value, int scale, string expected)
    {
        Assert.Equal(BigInteger.Parse(expected, CultureInfo.InvariantCulture), NeedShares.Scaled(decimal.Parse(value, CultureInfo.InvariantCulture), scale));
    }

    // Σₖ (wₖ ÷ Σw)·(xᵢₖ ÷ Xₖ) in fractions read from the decimals' text.
    private static (BigInteger Num, BigInteger Den) ExpectedShare(NeedFormula formula, NeedRecipient[] recipients, int i)
    {
        var weightTotal = (BigInteger.Zero, BigInteger.One);
        foreach (var w in formula.Weights.Values)
        {
            weightTotal = Add(weightTotal, Fraction(w));
        }

        var share = (BigInteger.Zero, BigInteger.One);
        foreach (var (name, w) in formula.Weights)
        {
            if (w == 0)
            {
                continue;
            }

            var total = (BigInteger.Zero, BigInteger.One);
            foreach (var r in recipients)
            {
                total = Add(total, Fraction(r.Indicators[name]));
            }

            var (wn, wd) = Fraction(w);
            var (xn, xd) = Fraction(recipients[i].Indicators[name]);
            share = Add(share, (wn * xn * total.Item2, wd * xd * total.Item1));
        }

        return (share.Item1 * weightTotal.Item2, share.Item2 * weightTotal.Item1);
    }

    private static (BigInteger, BigInteger) Add((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => ((a.N * b.D) + (b.N * a.D), a.D * b.D);

    private static (BigInteger, BigInteger) Fraction(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0
            ? (BigInteger.Parse(text, CultureInfo.InvariantCulture), BigInteger.One)
            : (BigInteger.Parse(text.Remove(point, 1), CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - point - 1));
    }
}
