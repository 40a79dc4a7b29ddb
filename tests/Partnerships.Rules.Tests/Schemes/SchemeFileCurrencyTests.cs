using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

public sealed class SchemeFileCurrencyTests
{
    [Fact]
    public void Load_PoundsWithTwoDigits_IsTheLibrarysPoundWithItsSign()
    {
        // "GBP" with 2 digits is Currency.Gbp itself, symbol "£"; Currency.Create would give the symbol "GBP".
        var result = SchemeFile.Load(SchemeFileReaderTests.Tiny);

        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        Assert.Equal("£", result.Scheme.Currency.Symbol);
    }
}
