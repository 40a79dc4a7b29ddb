using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class ProrationTests
{
    private static readonly Money YearTotal2003 = Money.Pounds(228_555m);
    private static readonly FinancialYear Year200304 = FinancialYear.Parse("2003/04");

    private static readonly Gen<MidpointRounding> Rounding = Gen.Elements(Enum.GetValues<MidpointRounding>());

    // Amounts whose twelfths still fit in a long, so every running total is representable.
    private static readonly Gen<Money> AnnualAmount = MoneyTests.AnyMinorUnits.Select(m => Money.FromMinorUnits(m, Currency.Gbp));

    [Fact]
    public void ForMonths_NineOfTwelveOfTheYearTotal_IsThePartYearCostOfTheReport()
    {
        Assert.Equal(Money.Pounds(171_416.25m), Proration.ForMonths(YearTotal2003, 9, MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(31)]
    public void ForPostFilledOn_RecruitedThreeMonthsIntoTheYear_IsNineMonths(int day)
    {
        var cost = Proration.ForPostFilledOn(YearTotal2003, Year200304, new LocalDate(2003, 7, day), ProrationBasis.WholeMonths, MidpointRounding.ToEven);

        Assert.Equal(Money.Pounds(171_416.25m), cost);
    }

    [Fact]
    public void ForPostFilledOn_ByDays_CountsFromTheDayFilledToTheYearEnd()
    {
        // 1 July 2003 to 31 March 2004 is 275 of the 366 days of 2003/04 (29 February 2004).
        var cost = Proration.ForPostFilledOn(YearTotal2003, Year200304, new LocalDate(2003, 7, 1), ProrationBasis.Days, MidpointRounding.ToEven);

        Assert.Equal(Money.FromMinorUnits(17_172_848, Currency.Gbp), cost); // 22,855,500p × 275 / 366 = 17,172,848.36…
        Assert.Equal(YearTotal2003, Proration.ForPostFilledOn(YearTotal2003, Year200304, Year200304.Start, ProrationBasis.Days, MidpointRounding.ToEven));
        Assert.Equal(YearTotal2003, Proration.ForPostFilledOn(YearTotal2003, Year200304, Year200304.Start, ProrationBasis.WholeMonths, MidpointRounding.ToEven));
    }

    [Fact]
    public void ForPostFilledOn_DateOutsideTheYear_ThrowsNamingTheDate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Proration.ForPostFilledOn(YearTotal2003, Year200304, new LocalDate(2004, 4, 1), ProrationBasis.Days, MidpointRounding.ToEven));

        Assert.Contains("2004-04-01", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Proration.ForPostFilledOn(YearTotal2003, Year200304, Year200304.Start, (ProrationBasis)7, MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(13)]
    public void ForMonths_OutsideZeroToTwelve_ThrowsNamingTheMonths(int months)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Proration.ForMonths(YearTotal2003, months, MidpointRounding.ToEven));

        Assert.Equal("months", ex.ParamName);
        Assert.Equal(months, ex.ActualValue);
    }

    [Fact]
    public void ForMonths_HalfPenny_RoundsByTheRuleNamed()
    {
        var sixPence = Money.FromMinorUnits(6, Currency.Gbp); // 6p × 1/12 = 0.5p

        Assert.Equal(0, Proration.ForMonths(sixPence, 1, MidpointRounding.ToEven).MinorUnits);
        Assert.Equal(1, Proration.ForMonths(sixPence, 1, MidpointRounding.AwayFromZero).MinorUnits);
        Assert.Equal(-1, Proration.ForMonths(-sixPence, 1, MidpointRounding.AwayFromZero).MinorUnits);
    }

    [Fact]
    public void ForDays_WholeYearOrSpanningTwoYears_ProratesEachYearByItsDays()
    {
        var year = FinancialYear.Parse("2011/12");

        Assert.Equal(YearTotal2003, Proration.ForDays(YearTotal2003, year.ToDateInterval(), FinancialYearCalendar.UkGovernment, MidpointRounding.ToEven));

        // 1 to 31 March 2011 is 31/365 of 2010/11 (3,100p); 1 to 30 April 2011 is 30/366 of 2011/12 (2,991.80p, so 2,992p).
        var interval = new DateInterval(new LocalDate(2011, 3, 1), new LocalDate(2011, 4, 30));
        var share = Proration.ForDays(Money.FromMinorUnits(36_500, Currency.Gbp), interval, FinancialYearCalendar.UkGovernment, MidpointRounding.ToEven);
        Assert.Equal(Money.FromMinorUnits(3_100 + 2_992, Currency.Gbp), share);
    }

    // Invariant 1 for a year of months: the monthly shares sum to the annual amount.
    [InvariantProperty(1)]
    public Property MonthlyShares_AnyAnnualAmountAndRounding_SumToTheAnnualAmountAndAgreeWithForMonths()
    {
        return Prop.ForAll(AnnualAmount.Zip(Rounding).ToArbitrary(), pair =>
        {
            var (annual, rounding) = pair;
            var shares = Proration.MonthlyShares(annual, rounding);
            var runningTotal = (Int128)0;
            for (var month = 1; month <= 12; month++)
            {
                runningTotal += shares[month - 1].MinorUnits;
                var twelfthError = Int128.Abs(((Int128)shares[month - 1].MinorUnits * 12) - annual.MinorUnits);
                if (runningTotal != Proration.ForMonths(annual, month, rounding).MinorUnits || twelfthError > 12)
                {
                    return false;
                }
            }

            return shares.Length == 12 && runningTotal == annual.MinorUnits && Proration.ForMonths(annual, 12, rounding) == annual;
        });
    }

    [Property]
    public Property ForDays_WholeYearOfAnyCalendar_IsTheAnnualAmount()
    {
        var gen = AnnualAmount.Zip(CalendarGenerators.Calendar).Zip(CalendarGenerators.Date).Select(p => (p.Item1.Item1, p.Item1.Item2, p.Item2));
        return Prop.ForAll(gen.ToArbitrary(), triple =>
        {
            var (annual, calendar, date) = triple;
            var year = calendar.YearContaining(date);
            return Proration.ForDays(annual, year.ToDateInterval(), calendar, MidpointRounding.ToEven) == annual;
        });
    }
}
