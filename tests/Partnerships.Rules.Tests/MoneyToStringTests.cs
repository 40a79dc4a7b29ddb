using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests;

/// <summary><see cref="Money.ToString()"/> is written by hand for speed; it must stay the text of decimal "C".</summary>
public sealed class MoneyToStringTests
{
    private static readonly Gen<Currency> Currencies = Gen.Elements(
        Currency.Gbp,
        Currency.Create("GBP", 2, "GBP"),
        Currency.Create("USD", 2, "$"),
        Currency.Create("JPY", 0, "¥"),
        Currency.Create("BHD", 3),
        Currency.Create("XBT", 8, "₿"));

    // Invariant 11: the direct formatting gives what decimal "C" formatting gives.
    [InvariantProperty(11)]
    public Property ToString_AnyAmountAndCurrency_IsDecimalCurrencyFormat()
    {
        var cases = from minorUnits in MoneyTests.AnyMinorUnits
                    from currency in Currencies
                    select Money.FromMinorUnits(minorUnits, currency);
        return Prop.ForAll(cases.ToArbitrary(), money =>
            money.ToString() == money.Amount.ToString("C", money.Currency == Currency.Gbp ? Currency.Gbp.NumberFormat() : money.Currency.NumberFormat()));
    }

    [Theory]
    [InlineData(0L, "£0.00")]
    [InlineData(1L, "£0.01")]
    [InlineData(-1L, "-£0.01")]
    [InlineData(99_999L, "£999.99")]
    [InlineData(100_000L, "£1,000.00")]
    [InlineData(160_000_000L, "£1,600,000.00")]
    [InlineData(long.MaxValue, "£92,233,720,368,547,758.07")]
    [InlineData(long.MinValue, "-£92,233,720,368,547,758.08")]
    public void ToString_Pounds_AsAPersonInTheUkReadsThem(long pence, string expected) =>
        Assert.Equal(expected, Money.FromMinorUnits(pence, Currency.Gbp).ToString());

    [Fact]
    public void ToString_WholeUnitCurrency_HasNoDecimalPoint() =>
        Assert.Equal("-¥1,234", Money.FromMinorUnits(-1_234, Currency.Create("JPY", 0, "¥")).ToString());
}
