namespace Partnerships.Rules.Tests;

public sealed class CurrencyTests
{
    [Fact]
    public void Gbp_IsPoundsAndPence()
    {
        Assert.Equal("GBP", Currency.Gbp.Code);
        Assert.Equal(2, Currency.Gbp.MinorUnitDigits);
        Assert.Equal(100, Currency.Gbp.MinorUnitsPerMajorUnit);
        Assert.Equal("£", Currency.Gbp.Symbol);
        Assert.Equal("GBP", Currency.Gbp.ToString());
    }

    [Fact]
    public void Create_WithoutSymbol_UsesTheCode()
    {
        var yen = Currency.Create("JPY", 0);

        Assert.Equal("JPY", yen.Symbol);
        Assert.Equal("JPY", Currency.Create("JPY", 0, string.Empty).Symbol);
        Assert.Equal(1, yen.MinorUnitsPerMajorUnit);
    }

    [Theory]
    [InlineData("gbp")]
    [InlineData("GB")]
    [InlineData("GBPX")]
    [InlineData("G8P")]
    public void Create_BadCode_ThrowsNamingTheCode(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.Create(code, 2));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void Create_BadDigits_ThrowsNamingTheValue(int digits)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Create("XTS", digits));

        Assert.Equal("minorUnitDigits", ex.ParamName);
        Assert.Equal(digits, ex.ActualValue);
    }

    [Fact]
    public void Create_NullCode_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.Create(null!, 2));
    }

    [Fact]
    public void Equality_ByCodeAndDigitsNotSymbol_FollowsTheContract()
    {
        TestHelper.TestEqualsStruct(
            Currency.Gbp,
            Currency.Create("GBP", 2, "GBP "),
            Currency.Create("GBP", 3),
            Currency.Create("USD", 2, "$"),
            default);
    }

    [Fact]
    public void Default_IsTheUnknownCurrency()
    {
        Assert.Equal("XXX", default(Currency).Code);
        Assert.Equal("XXX", default(Currency).Symbol);
        Assert.Equal(0, default(Currency).MinorUnitDigits);
    }
}
