using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Partnerships.Rules.Tests;

public sealed class MoneyTests
{
    private static readonly Currency Usd = Currency.Create("USD", 2, "$");
    private static readonly Currency Jpy = Currency.Create("JPY", 0, "¥");
    private static readonly Currency Bhd = Currency.Create("BHD", 3);

    /// <summary>Any long, with the ends of the range, zero and small amounts drawn often.</summary>
    internal static Gen<long> AnyMinorUnits { get; } = Gen.Frequency(
        (3, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => ((long)p.Item1 << 32) | unchecked((uint)p.Item2))),
        (2, Gen.Choose(-1_000, 1_000).Select(i => (long)i)),
        (1, Gen.Choose(0, 1_000).Select(i => long.MaxValue - i)),
        (1, Gen.Choose(0, 1_000).Select(i => long.MinValue + i)),
        (1, Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue)));

    private static readonly Gen<long> Weight = Gen.Frequency(
        (4, Gen.Choose(0, 10).Select(i => (long)i)),
        (2, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
        (1, Gen.Choose(0, 1_000).Select(i => long.MaxValue - i)),
        (1, Gen.Constant(0L)));

    private static readonly Gen<long[]> Weights = Gen.Frequency(
        (1, Gen.Choose(1, 3)),
        (3, Gen.Choose(1, 40)),
        (1, Gen.Choose(100, 400)))
        .SelectMany(n => Weight.ArrayOf(n))
        .Select(w => w.Any(x => x > 0) ? w : [.. w[..^1], 1]);

    [Fact]
    public void Multiply_ThirtyTwoUnitsAtStandardAllocation_IsTheWholeFund()
    {
        var standardAllocation = Money.Pounds(50_000m);

        Assert.Equal(Money.Pounds(1_600_000m), standardAllocation * 32);
    }

    [Fact]
    public void Add_StaffCostBuildUp_MatchesTheReport()
    {
        var officer = Money.Pounds(33_500m) + Money.Pounds(3_182.50m) + Money.Pounds(4_522.50m) + Money.Pounds(1_500m);
        var support = Money.Pounds(29_000m) + Money.Pounds(2_755m) + Money.Pounds(3_915m) + Money.Pounds(1_500m);

        Assert.Equal(Money.Pounds(42_705m), officer);
        Assert.Equal(Money.Pounds(37_170m), support);
        Assert.Equal(Money.Pounds(228_555m), support + officer + (support * 4));
    }

    [Fact]
    public void ToString_LargeAmount_IsWrittenAsAPersonInTheUkReadsIt()
    {
        Assert.Equal("£1,600,000.00", Money.Pounds(1_600_000m).ToString());
        Assert.Equal("-£12.50", Money.Pounds(-12.50m).ToString());
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    public void ToString_AnyCurrentCulture_IsTheSame(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Assert.Equal("£1,234,567.89", Money.FromMinorUnits(123_456_789, Currency.Gbp).ToString());
            Assert.Equal(Money.Pounds(-0.05m), Money.Parse("-£0.05", Currency.Gbp));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ToString_OtherCurrencies_UseTheirSymbolAndDigits()
    {
        Assert.Equal("¥1,600", Money.FromMinorUnits(1_600, Jpy).ToString());
        Assert.Equal("BHD1.005", Money.FromMinorUnits(1_005, Bhd).ToString());
        Assert.Equal("-$0.01", Money.FromMinorUnits(-1, Usd).ToString());
    }

    [Theory]
    [InlineData("£1,600,000.00", 160_000_000)]
    [InlineData("-£12.50", -1_250)]
    [InlineData("1600000", 160_000_000)]
    [InlineData("GBP 50,000", 5_000_000)]
    [InlineData("  £0.5 ", 50)]
    [InlineData("-£92,233,720,368,547,758.08", long.MinValue)]
    [InlineData("£92,233,720,368,547,758.07", long.MaxValue)]
    public void Parse_CommonSpellings_ReadsTheAmount(string text, long pence)
    {
        Assert.Equal(Money.FromMinorUnits(pence, Currency.Gbp), Money.Parse(text, Currency.Gbp));
    }

    [Theory]
    [InlineData("")]
    [InlineData("£")]
    [InlineData("£1.001")]
    [InlineData("£1,60,000")]
    [InlineData("£1,6000")]
    [InlineData(",100")]
    [InlineData("$100")]
    [InlineData("£12.")]
    [InlineData("£.50")]
    [InlineData("£1e5")]
    [InlineData("£92,233,720,368,547,758.08")]
    [InlineData("£100000000000000000000000000000000000000000000000000")]
    [InlineData("340282366920938463463374607431768211461")] // 2^128 + 5: once an OverflowException out of TryParse
    [InlineData("1234,567")]
    [InlineData("1,234567")]
    public void Parse_NotAnAmount_ThrowsFormatExceptionNamingTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text, Currency.Gbp));

        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, Currency.Gbp, out var result));
        Assert.Equal(Money.Zero(Currency.Gbp), result);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000012.50", 1_250)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    [InlineData("92,233,720,368,547,758.07", long.MaxValue)]
    public void Parse_LongOrExtremeDigits_ReadsTheAmount(string text, long pence) =>
        Assert.Equal(Money.FromMinorUnits(pence, Currency.Gbp), Money.Parse(text, Currency.Gbp));

    [Fact]
    public void Parse_Null_ThrowsNamingTheParameter() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, Currency.Gbp)).ParamName);

    [Fact]
    public void Parse_NotAnAmount_ShowsAnAmountOfTheCurrencyAsAnExample()
    {
        Assert.EndsWith("such as -£12.50.", Assert.Throws<FormatException>(() => Money.Parse("x", Currency.Gbp)).Message, StringComparison.Ordinal);
        Assert.EndsWith("such as -BHD12.500.", Assert.Throws<FormatException>(() => Money.Parse("x", Bhd)).Message, StringComparison.Ordinal);
        Assert.EndsWith("such as -¥1,250.", Assert.Throws<FormatException>(() => Money.Parse("x", Jpy)).Message, StringComparison.Ordinal);
    }

    // Design principle "Values": text written and read back is equal (not a numbered invariant).
    [Property]
    public Property ParseOfToString_AnyLongInAnyDigits_RoundTrips()
    {
        var currencies = Gen.Elements(Currency.Gbp, Jpy, Bhd, Currency.Create("XBT", 8));
        return Prop.ForAll(AnyMinorUnits.Zip(currencies).ToArbitrary(), pair =>
        {
            var money = Money.FromMinorUnits(pair.Item1, pair.Item2);
            return Money.Parse(money.ToString(), money.Currency) == money;
        });
    }

    [Fact]
    public void FromMajorUnits_FinerThanAPenny_ThrowsNamingTheAmount()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Pounds(0.001m));

        Assert.Equal("amount", ex.ParamName);
        Assert.Contains("0.001", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GBP", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.005, MidpointRounding.ToEven, 0)]
    [InlineData(0.015, MidpointRounding.ToEven, 2)]
    [InlineData(0.005, MidpointRounding.AwayFromZero, 1)]
    [InlineData(-0.005, MidpointRounding.AwayFromZero, -1)]
    [InlineData(0.009, MidpointRounding.ToZero, 0)]
    [InlineData(-0.001, MidpointRounding.ToNegativeInfinity, -1)]
    [InlineData(0.001, MidpointRounding.ToPositiveInfinity, 1)]
    public void FromMajorUnits_WithNamedRounding_RoundsToAPenny(double pounds, MidpointRounding rounding, long pence)
    {
        Assert.Equal(pence, Money.FromMajorUnits((decimal)pounds, Currency.Gbp, rounding).MinorUnits);
    }

    [Fact]
    public void FromMajorUnits_BeyondTheRangeOfLong_ThrowsOverflowNamingTheAmount()
    {
        var ex = Assert.Throws<OverflowException>(() => Money.Pounds(100_000_000_000_000_000m));
        Assert.Contains("100000000000000000", ex.Message, StringComparison.Ordinal);

        Assert.Throws<OverflowException>(() => Money.FromMajorUnits(decimal.MaxValue, Currency.Gbp, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => Money.Pounds(92_233_720_368_547_758.08m));
        Assert.Throws<OverflowException>(() => Money.Pounds(-92_233_720_368_547_758.09m));

        // The ends of the range themselves are amounts.
        Assert.Equal(long.MaxValue, Money.Pounds(92_233_720_368_547_758.07m).MinorUnits);
        Assert.Equal(long.MinValue, Money.Pounds(-92_233_720_368_547_758.08m).MinorUnits);
    }

    [Fact]
    public void FromMajorUnits_UndefinedRounding_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromMajorUnits(1m, Currency.Gbp, (MidpointRounding)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Pounds(1m).MultiplyBy(0.5m, (MidpointRounding)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Pounds(1m).MultiplyBy(1, 2, (MidpointRounding)99));
    }

    [Fact]
    public void MultiplyBy_EmployerNationalInsuranceAndPension_MatchTheReport()
    {
        Assert.Equal(Money.Pounds(3_182.50m), Money.Pounds(33_500m).MultiplyBy(0.095m, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Pounds(4_522.50m), Money.Pounds(33_500m).MultiplyBy(0.135m, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Pounds(2_755m), Money.Pounds(29_000m).MultiplyBy(0.095m, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void MultiplyBy_HalfPennyProduct_RoundsByTheRuleNamed()
    {
        var amount = Money.FromMinorUnits(5, Currency.Gbp);

        Assert.Equal(2, amount.MultiplyBy(0.5m, MidpointRounding.ToEven).MinorUnits);
        Assert.Equal(3, amount.MultiplyBy(0.5m, MidpointRounding.AwayFromZero).MinorUnits);
        Assert.Equal(-3, (-amount).MultiplyBy(0.5m, MidpointRounding.AwayFromZero).MinorUnits);
        Assert.Equal(-3, (-amount).MultiplyBy(1, 2, MidpointRounding.ToNegativeInfinity).MinorUnits);
        Assert.Equal(3, amount.MultiplyBy(-1, -2, MidpointRounding.ToPositiveInfinity).MinorUnits);
        Assert.Equal(2, amount.MultiplyBy(1, 2, MidpointRounding.ToZero).MinorUnits);
    }

    [Fact]
    public void MultiplyBy_NineTwelfthsOfTheYearTotal_IsThePartYearCost()
    {
        Assert.Equal(Money.Pounds(171_416.25m), Money.Pounds(228_555m).MultiplyBy(9, 12, MidpointRounding.ToEven));
    }

    [Fact]
    public void MultiplyBy_FractionOfHugeAmount_IsExact()
    {
        var max = Money.FromMinorUnits(long.MaxValue, Currency.Gbp);

        Assert.Equal(max, max.MultiplyBy(long.MaxValue, long.MaxValue, MidpointRounding.ToEven));
        Assert.Equal(long.MaxValue / 3, max.MultiplyBy(1, 3, MidpointRounding.ToZero).MinorUnits);
    }

    [Fact]
    public void MultiplyBy_RateWithTwentyEightDecimalPlaces_RoundsOnce()
    {
        // The exact product is 1,358,048,792,820,532,146.4999…9 (28 nines): decimal keeps only 29 digits, so rounding
        // the product first gives .5 and a second rounding goes up; rounded once it is …146.
        var max = Money.FromMinorUnits(long.MaxValue, Currency.Gbp);
        const decimal rate = 0.1472399451517337670103597057m;

        Assert.Equal(1_358_048_792_820_532_146L, max.MultiplyBy(rate, MidpointRounding.AwayFromZero).MinorUnits);
        Assert.Equal(1_358_048_792_820_532_146L, max.MultiplyBy(rate, MidpointRounding.ToEven).MinorUnits);
        Assert.Equal(-1_358_048_792_820_532_146L, (-max).MultiplyBy(rate, MidpointRounding.AwayFromZero).MinorUnits);
        Assert.Equal(1_358_048_792_820_532_147L, max.MultiplyBy(rate, MidpointRounding.ToPositiveInfinity).MinorUnits);
    }

    // Design principle "Money is never floating point": a rate is applied with one named rounding, of the exact product.
    [Property]
    public Property MultiplyBy_AnyAmountAndRate_IsTheExactProductRoundedOnce()
    {
        var rates = Gen.Frequency(
            (2, Gen.Choose(0, 1_000_000).Select(r => r / 1_000_000m)),
            (2, Gen.Choose(int.MinValue, int.MaxValue).Three().Zip(Gen.Choose(0, 28))
                .Select(p => new decimal(p.Item1.Item1, p.Item1.Item2, p.Item1.Item3 & 0x7FFF, p.Item1.Item1 < 0, (byte)p.Item2))),
            (1, Gen.Elements(0.1472399451517337670103597057m, 0.5m, 1m, -1m, 0m, 0.0000000000000000000000000001m)));
        var roundings = Gen.Elements(Enum.GetValues<MidpointRounding>());
        return Prop.ForAll(AnyMinorUnits.Zip(rates).Zip(roundings).ToArbitrary(), t =>
        {
            var ((minorUnits, rate), rounding) = t;
            var bits = decimal.GetBits(rate);
            var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
            var top = minorUnits * (bits[3] < 0 ? -mantissa : mantissa);
            var bottom = BigInteger.Pow(10, (bits[3] >> 16) & 0xFF);
            var quotient = BigInteger.DivRem(top, bottom, out var remainder);
            var twice = BigInteger.Abs(remainder) * 2;
            var sign = top.Sign;
            var away = remainder.IsZero ? false : rounding switch
            {
                MidpointRounding.ToZero => false,
                MidpointRounding.ToNegativeInfinity => sign < 0,
                MidpointRounding.ToPositiveInfinity => sign > 0,
                MidpointRounding.AwayFromZero => twice >= bottom,
                _ => twice > bottom || (twice == bottom && !quotient.IsEven),
            };
            var expected = away ? quotient + sign : quotient;
            var money = Money.FromMinorUnits(minorUnits, Currency.Gbp);
            if (expected < long.MinValue || expected > long.MaxValue)
            {
                Assert.Throws<OverflowException>(() => money.MultiplyBy(rate, rounding));
                return true.Classify(true, "overflows");
            }

            return (money.MultiplyBy(rate, rounding).MinorUnits == expected).Classify(true, "in range");
        });
    }

    [Fact]
    public void MultiplyBy_ZeroDenominator_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Pounds(1m).MultiplyBy(1, 0, MidpointRounding.ToEven));
        Assert.Equal("denominator", ex.ParamName);
    }

    [Fact]
    public void Arithmetic_BeyondTheRangeOfLong_ThrowsOverflowNamingTheOperands()
    {
        var max = Money.FromMinorUnits(long.MaxValue, Currency.Gbp);
        var min = Money.FromMinorUnits(long.MinValue, Currency.Gbp);
        var penny = Money.FromMinorUnits(1, Currency.Gbp);

        var ex = Assert.Throws<OverflowException>(() => max + penny);
        Assert.Contains("£92,233,720,368,547,758.07 + £0.01", ex.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => min - penny);
        Assert.Throws<OverflowException>(() => -min);
        Assert.Throws<OverflowException>(() => min.Abs());
        Assert.Throws<OverflowException>(() => max * 2);
        Assert.Throws<OverflowException>(() => max.MultiplyBy(2m, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => max.MultiplyBy(decimal.MaxValue, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => max.MultiplyBy(3, 2, MidpointRounding.ToEven));
        Assert.Equal(max, -(min + penny));
    }

    [Fact]
    public void Arithmetic_BeyondTheRangeOfLong_NamesTheOperation()
    {
        var max = Money.FromMinorUnits(long.MaxValue, Currency.Gbp);
        var min = Money.FromMinorUnits(long.MinValue, Currency.Gbp);
        var penny = Money.FromMinorUnits(1, Currency.Gbp);
        const decimal LongRate = 2.0000000000000000000001m; // a mantissa past 64 bits: the BigInteger path

        Assert.Contains("£92,233,720,368,547,758.07 × 2 is beyond", Assert.Throws<OverflowException>(() => max * 2).Message, StringComparison.Ordinal);
        Assert.Contains("-£92,233,720,368,547,758.08 - £0.01 is beyond", Assert.Throws<OverflowException>(() => min - penny).Message, StringComparison.Ordinal);
        Assert.Contains("-£92,233,720,368,547,758.08 × -1 is beyond", Assert.Throws<OverflowException>(() => -min).Message, StringComparison.Ordinal);
        Assert.Contains("× 2.5 is beyond", Assert.Throws<OverflowException>(() => max.MultiplyBy(2.5m, MidpointRounding.ToEven)).Message, StringComparison.Ordinal);
        Assert.Contains($"× {LongRate.ToString(CultureInfo.InvariantCulture)} is beyond", Assert.Throws<OverflowException>(() => max.MultiplyBy(LongRate, MidpointRounding.ToEven)).Message, StringComparison.Ordinal);
        Assert.Contains("× 3/2 is beyond", Assert.Throws<OverflowException>(() => max.MultiplyBy(3, 2, MidpointRounding.ToEven)).Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => min.MultiplyBy(LongRate, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => max.MultiplyBy(-LongRate, MidpointRounding.ToEven));
    }

    [Fact]
    public void MultiplyBy_LongRateLandingOnTheEndsOfTheRange_IsExact()
    {
        const decimal One = 1.0000000000000000000000m; // 10^22 / 10^22: a mantissa past 64 bits
        var max = Money.FromMinorUnits(long.MaxValue, Currency.Gbp);
        var min = Money.FromMinorUnits(long.MinValue, Currency.Gbp);

        Assert.Equal(max, max.MultiplyBy(One, MidpointRounding.ToEven));
        Assert.Equal(min, min.MultiplyBy(One, MidpointRounding.ToEven));
        Assert.Equal(min + Money.FromMinorUnits(1, Currency.Gbp), max.MultiplyBy(-One, MidpointRounding.ToEven));
        Assert.Equal(Money.FromMinorUnits(-3, Currency.Gbp), Money.FromMinorUnits(3, Currency.Gbp).MultiplyBy(-One, MidpointRounding.ToEven));
    }

    [Fact]
    public void MultiplyBy_UndefinedRounding_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Pounds(1m).MultiplyBy(2m, (MidpointRounding)99));
        Assert.Equal("rounding", ex.ParamName);
        Assert.Contains("MidpointRounding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedMethods_AreTheOperators()
    {
        var a = Money.Pounds(12.50m);
        var b = Money.Pounds(-3.25m);

        Assert.Equal(Money.Pounds(9.25m), Money.Add(a, b));
        Assert.Equal(Money.Pounds(15.75m), Money.Subtract(a, b));
        Assert.Equal(Money.Pounds(3.25m), Money.Negate(b));
        Assert.Equal(Money.Pounds(37.50m), Money.Multiply(a, 3));
        Assert.Equal(Money.Pounds(37.50m), 3 * a);
    }

    [Fact]
    public void Arithmetic_MixedCurrencies_ThrowsNamingBoth()
    {
        var pounds = Money.Pounds(1m);
        var dollars = Money.FromMinorUnits(100, Usd);

        foreach (var action in new Func<object>[] { () => pounds + dollars, () => pounds - dollars, () => pounds < dollars, () => Money.Max(pounds, dollars) })
        {
            var ex = Assert.Throws<InvalidOperationException>(action);
            Assert.Contains("GBP", ex.Message, StringComparison.Ordinal);
            Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("Cannot add ", Assert.Throws<InvalidOperationException>(() => pounds + dollars).Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot subtract ", Assert.Throws<InvalidOperationException>(() => pounds - dollars).Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot compare ", Assert.Throws<InvalidOperationException>(() => pounds.CompareTo(dollars)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ByAmountAndCurrency_FollowsTheContract()
    {
        TestHelper.TestEqualsStruct(
            Money.Pounds(12.50m),
            Money.FromMinorUnits(1_250, Currency.Gbp),
            Money.Pounds(12.51m),
            Money.FromMinorUnits(1_250, Usd),
            Money.FromMinorUnits(1_250, Currency.Create("GBP", 3)));
        TestHelper.TestCompareToStruct(Money.Pounds(-1m), Money.FromMinorUnits(-100, Currency.Gbp), Money.Pounds(0.01m));
    }

    [Fact]
    public void MinMaxAbs_SameCurrency_PickTheRightAmount()
    {
        Assert.Equal(Money.Pounds(1m), Money.Max(Money.Pounds(1m), Money.Pounds(-2m)));
        Assert.Equal(Money.Pounds(-2m), Money.Min(Money.Pounds(1m), Money.Pounds(-2m)));
        Assert.Equal(Money.Pounds(2m), Money.Pounds(-2m).Abs());
        Assert.Equal(Money.Pounds(2m), Money.Pounds(2m).Abs());
        Assert.Equal(Money.Zero(Currency.Gbp), Money.Zero(Currency.Gbp).Abs());
        Assert.False(Money.Zero(Currency.Gbp).IsNegative);
        Assert.True(Money.FromMinorUnits(-1, Currency.Gbp).IsNegative);
        Assert.Equal(12.5m, Money.Pounds(12.50m).Amount);
    }

    [Fact]
    public void MinMax_EqualAmounts_GiveTheLeft()
    {
        // Equal currencies may be written with different symbols; a tie keeps the left one's.
        var left = Money.FromMinorUnits(100, Currency.Create("USD", 2, "US$"));
        var right = Money.FromMinorUnits(100, Usd);

        Assert.Equal("US$1.00", Money.Min(left, right).ToString());
        Assert.Equal("US$1.00", Money.Max(left, right).ToString());
        Assert.Equal("$1.00", Money.Min(right, left).ToString());
    }

    [Fact]
    public void Split_ByWeights_RemainderGoesToLargestLossThenEarliest()
    {
        var pence = Money.FromMinorUnits(100, Currency.Gbp);

        Assert.Equal([34, 33, 33], pence.Split(3).Select(m => m.MinorUnits));
        Assert.Equal([-33, -33, -34], (-pence).Split(3).Select(m => m.MinorUnits));
        Assert.Equal([0, 50, 0, 50], pence.Split([0, 1, 0, 1]).Select(m => m.MinorUnits));
        Assert.Equal([100], pence.Split([7]).Select(m => m.MinorUnits));
        Assert.Equal([1, 1, 0, 0, 0], Money.FromMinorUnits(2, Currency.Gbp).Split(5).Select(m => m.MinorUnits));
        // 10p by 1:2:2 is 2p, 4p, 4p exactly; 11p gives the extra penny to the larger loss (0.4 of a penny each), earliest first.
        Assert.Equal([2, 5, 4], Money.FromMinorUnits(11, Currency.Gbp).Split([1, 2, 2]).Select(m => m.MinorUnits));
    }

    [Fact]
    public void Split_BadWeights_ThrowsNamingTheProblemAndChangesNothing()
    {
        var fund = Money.Pounds(10m);

        Assert.StartsWith("A split needs at least one weight.", Assert.Throws<ArgumentException>(() => fund.Split(ReadOnlySpan<long>.Empty)).Message, StringComparison.Ordinal);
        Assert.Contains("-1", Assert.Throws<ArgumentException>(() => fund.Split([1, -1])).Message, StringComparison.Ordinal);
        Assert.Contains("all weights are zero", Assert.Throws<ArgumentException>(() => fund.Split([0, 0])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => fund.Split(0));
        Assert.Equal(Money.Pounds(10m), fund);
    }

    // Invariants 1 and 9: the parts sum to the whole and each is within a penny of its exact share.
    [InvariantProperty(9)]
    public Property Split_AnyAmountAndWeights_SumsToTheWholeAndEachPartIsWithinAPennyOfItsShare()
    {
        return Prop.ForAll(AnyMinorUnits.Zip(Weights).ToArbitrary(), pair =>
        {
            var (amount, weights) = pair;
            var parts = Money.FromMinorUnits(amount, Currency.Gbp).Split(weights);
            BigInteger total = 0;
            foreach (var w in weights)
            {
                total += w;
            }

            BigInteger sum = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                sum += parts[i].MinorUnits;
                var error = BigInteger.Abs((parts[i].MinorUnits * total) - (amount * (BigInteger)weights[i]));
                if (error >= total || (weights[i] == 0 && parts[i].MinorUnits != 0))
                {
                    return false;
                }
            }

            return parts.Length == weights.Length && sum == amount;
        });
    }

    [Fact]
    public void Default_IsZeroOfTheUnknownCurrency()
    {
        var money = default(Money);

        Assert.True(money.IsZero);
        Assert.Equal("XXX", money.Currency.Code);
        Assert.Equal("XXX0", money.ToString());
    }
}
