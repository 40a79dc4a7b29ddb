using FsCheck.Xunit;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class FinancialYearCalendarTests
{
    [Theory]
    [InlineData("UK government", 4, 1)]
    [InlineData("UK tax", 4, 6)]
    [InlineData("US federal", 10, 1)]
    [InlineData("Australia", 7, 1)]
    [InlineData("Calendar year", 1, 1)]
    public void BuiltIns_StartOnTheirDay(string name, int month, int day)
    {
        var calendar = FinancialYearCalendar.StartingOn(new AnnualDate(month, day));

        Assert.Equal(name, calendar.Name);
        Assert.Equal(name, calendar.ToString());
        Assert.Equal(new AnnualDate(month, day), calendar.YearStart);
        Assert.Same(calendar, FinancialYearCalendar.StartingOn(new AnnualDate(month, day)));
    }

    [Fact]
    public void StartingOn_AnyOtherDay_MakesACalendarNamedByItsStart()
    {
        var calendar = FinancialYearCalendar.StartingOn(new AnnualDate(8, 31));

        Assert.Equal("Years from 31 August", calendar.Name);
        Assert.Equal(new LocalDate(2011, 8, 31), calendar.Year(2011).Start);
        Assert.Equal(new LocalDate(2012, 8, 30), calendar.Year(2011).End);
        Assert.Equal(new LocalDate(2011, 9, 30), calendar.Year(2011).Month(2).Start);
        Assert.Equal(new LocalDate(2012, 2, 29), calendar.Year(2011).Month(7).Start);
    }

    [Fact]
    public void StartingOn_29February_ThrowsAndNamesTheDay()
    {
        var ex = Assert.Throws<ArgumentException>(() => FinancialYearCalendar.StartingOn(new AnnualDate(2, 29)));

        Assert.Equal("yearStart", ex.ParamName);
        Assert.Contains("29 February", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2011, 3, 31, 2010)]
    [InlineData(2011, 4, 1, 2011)]
    [InlineData(2012, 2, 29, 2011)]
    [InlineData(2012, 3, 31, 2011)]
    public void YearContaining_UkGovernment_TurnsOnFirstApril(int year, int month, int day, int startYear)
    {
        Assert.Equal(startYear, FinancialYearCalendar.UkGovernment.YearContaining(new LocalDate(year, month, day)).StartYear);
    }

    [Theory]
    [InlineData(2011, 6, 30, 1)]
    [InlineData(2011, 7, 1, 2)]
    [InlineData(2011, 9, 30, 2)]
    [InlineData(2011, 10, 1, 3)]
    [InlineData(2012, 1, 1, 4)]
    public void QuarterContaining_UkGovernment_IsTheRightQuarter(int year, int month, int day, int quarter)
    {
        var found = FinancialYearCalendar.UkGovernment.QuarterContaining(new LocalDate(year, month, day));

        Assert.Equal(FinancialYearCalendar.UkGovernment.Year(2011).Quarter(quarter), found);
    }

    [Fact]
    public void YearContaining_DateInAnotherCalendarSystem_ThrowsNamingTheDate()
    {
        var julian = new LocalDate(2011, 4, 1, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => FinancialYearCalendar.UkGovernment.YearContaining(julian));
        Assert.Contains("Julian", ex.Message, StringComparison.Ordinal);
    }

    // Calendar and date from CalendarArbitraries, registered for the assembly.
    [Property]
    public bool Containing_AnyDateAndCalendar_ExactlyOneYearQuarterAndMonth_AndTheyTileTheYear(FinancialYearCalendar calendar, LocalDate date)
    {
        var year = calendar.YearContaining(date);
        var quarter = calendar.QuarterContaining(date);
        var month = calendar.MonthContaining(date);
        var quarters = Enumerable.Range(1, 4).Select(year.Quarter).ToArray();
        var months = Enumerable.Range(1, 12).Select(year.Month).ToArray();
        var tiles = quarters[0].Start == year.Start && quarters[3].End == year.End
            && quarters.Zip(quarters.Skip(1)).All(p => p.First.End.PlusDays(1) == p.Second.Start)
            && months[0].Start == year.Start && months[11].End == year.End
            && months.Zip(months.Skip(1)).All(p => p.First.End.PlusDays(1) == p.Second.Start && p.First.Start <= p.First.End)
            && months.All(m => m.Quarter.Contains(m.Start) && m.Quarter.Contains(m.End));
        return year.Contains(date) && !year.Previous.Contains(date) && !year.Next.Contains(date)
            && quarter.Year == year && quarters.Count(q => q.Contains(date)) == 1 && quarter.Contains(date)
            && month.Year == year && months.Count(m => m.Contains(date)) == 1 && month.Contains(date)
            && month.Quarter == quarter && year.MonthNumber(date) == month.Number
            && tiles;
    }

    [Fact]
    public void Equality_ByStartDay_IgnoresTheName()
    {
        var renamed = FinancialYearCalendar.StartingOn(new AnnualDate(4, 1), "Local authority");

        Assert.Equal(FinancialYearCalendar.UkGovernment, renamed);
        Assert.Equal(FinancialYearCalendar.UkGovernment.GetHashCode(), renamed.GetHashCode());
        Assert.NotEqual(FinancialYearCalendar.UkGovernment, FinancialYearCalendar.UkTax);
        Assert.False(FinancialYearCalendar.UkGovernment.Equals(null));
    }

    [Fact]
    public void Year_OutsideOneTo9998_ThrowsNamingTheStartYear()
    {
        var calendar = FinancialYearCalendar.UkGovernment;
        Assert.Equal("startYear", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Year(0)).ParamName);
        Assert.Equal("startYear", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Year(9999)).ParamName);
        Assert.Equal((1, 9998), (calendar.Year(1).StartYear, calendar.Year(9998).StartYear));
    }

    [Fact]
    public void NotEqualOperator_IsTheNegationOfEquality()
    {
        var same = FinancialYearCalendar.StartingOn(new AnnualDate(4, 1));
        Assert.False(FinancialYearCalendar.UkGovernment != same);
        Assert.True(FinancialYearCalendar.UkGovernment != FinancialYearCalendar.UkTax);
        Assert.True(FinancialYearCalendar.UkGovernment != null);
    }

    [Fact]
    public void TryParse_ACalendarYearWithMoreAfterIt_IsRefused()
    {
        Assert.True(FinancialYear.TryParse("2011", FinancialYearCalendar.CalendarYear, out var year));
        Assert.Equal(2011, year.StartYear);
        Assert.False(FinancialYear.TryParse("2011/12", FinancialYearCalendar.CalendarYear, out _));
    }
}
