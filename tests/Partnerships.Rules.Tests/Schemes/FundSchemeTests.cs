using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Schemes;

public sealed class FundSchemeTests
{
    // £30k per unit once (000, recommendation 12 asked £40k–£50k), £50k per unit from April 2003 (002), still £50k in 2011/12 (004).
    private static readonly FundScheme Scheme = Round2011.Scheme
        .WithTerms(Round2011.Terms with { Year = FinancialYearCalendar.UkGovernment.Year(2002), Fund = Money.Pounds(960_000m), StandardAllocation = Money.Pounds(30_000m) })
        .WithTerms(Round2011.Terms with { Year = FinancialYearCalendar.UkGovernment.Year(2003) });

    [Theory]
    [InlineData(2002, 30_000)]
    [InlineData(2003, 50_000)]
    [InlineData(2007, 50_000)]
    [InlineData(2011, 50_000)]
    [InlineData(2012, 50_000)]
    public void TermsFor_Year_IsTheStandardAllocationInForce(int startYear, int pounds)
    {
        var year = FinancialYearCalendar.UkGovernment.Year(startYear);

        var terms = Scheme.TermsFor(year);

        Assert.Equal(Money.Pounds(pounds), terms.StandardAllocation);
        Assert.Equal(year, terms.Year);
    }

    [Fact]
    public void TermsFor_YearBeforeTheFirstTerms_ThrowsNamingTheYears()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Scheme.TermsFor(FinancialYearCalendar.UkGovernment.Year(2001)));

        Assert.Contains("2001/02", error.Message, StringComparison.Ordinal);
        Assert.Contains("2002/03", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermsFor_Round2011_HasTheThreePrioritiesOfTheSeed()
    {
        var terms = Round2011.Scheme.TermsFor(Round2011.Year);

        Assert.Equal(["VAWG", "VIOLENCE", "REOFFENDING"], terms.Priorities.Select(p => p.Code));
        Assert.Equal(Money.Pounds(1_600_000m), terms.Fund);
        Assert.Same(Round2011.Violence, terms.FindPriority("violence"));
        Assert.Null(terms.FindPriority("BURGLARY"));
    }
}
