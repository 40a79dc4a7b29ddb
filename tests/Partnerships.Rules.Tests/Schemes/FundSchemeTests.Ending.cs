using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Schemes;

public sealed class FundSchemeEndingTests
{
    [Fact]
    public void EndingAfter_LaterYear_HasNoTermsAndTheErrorNamesTheEnd()
    {
        var scheme = Round2011.Scheme.EndingAfter(Round2011.Year);

        Assert.Same(Round2011.Terms, scheme.TermsFor(Round2011.Year));
        Assert.False(scheme.TryGetTerms(Round2011.Year.Next, out _));
        var error = Assert.Throws<KeyNotFoundException>(() => scheme.TermsFor(Round2011.Year.PlusYears(3)));
        Assert.Contains("ended after 2011/12", error.Message, StringComparison.Ordinal);
        Assert.Contains("2014/15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndingAfter_KeptByWithTerms_AndOtherCalendarRejected()
    {
        var scheme = Round2011.Scheme.EndingAfter(Round2011.Year).WithTerms(Round2011.Terms with { Year = Round2011.Year.Previous });

        Assert.Equal(Round2011.Year, scheme.LastYear);
        Assert.Null(Round2011.Scheme.LastYear);
        Assert.True(Round2011.Scheme.TryGetTerms(Round2011.Year.Next, out _));
        var error = Assert.Throws<ArgumentException>(() => Round2011.Scheme.EndingAfter(FinancialYearCalendar.UsFederal.Year(2011)));
        Assert.Equal("lastYear", error.ParamName);
    }
}
