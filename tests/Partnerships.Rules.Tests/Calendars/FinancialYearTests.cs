using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class FinancialYearTests
{
    private static readonly FinancialYearCalendar Uk = FinancialYearCalendar.UkGovernment;

    [Fact]
    public void Year_201112_RunsFromAprilToMarchInclusive()
    {
        var year = Uk.Year(2011);

        Assert.Equal(new LocalDate(2011, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2012, 3, 31), year.End);
        Assert.Equal(new DateInterval(year.Start, year.End), year.ToDateInterval());
        Assert.Equal("2011/12", year.Label);
        Assert.Equal("2011/12", year.ToString());
        Assert.Equal(2012, year.Next.StartYear);
        Assert.Equal(2010, year.Previous.StartYear);
        Assert.Equal(2016, year.PlusYears(5).StartYear);
    }

    [Theory]
    [InlineData(2011, 366)] // holds 29 February 2012
    [InlineData(2012, 365)]
    [InlineData(1999, 366)] // 29 February 2000
    [InlineData(2099, 365)] // 2100 is not a leap year
    public void DayCount_UkYear_Is366WhenItHolds29February(int startYear, int days)
    {
        Assert.Equal(days, Uk.Year(startYear).DayCount);
    }

    [Theory]
    [InlineData(1999, "1999/00")]
    [InlineData(2099, "2099/00")]
    [InlineData(2000, "2000/01")]
    [InlineData(9, "0009/10")]
    public void Label_AcrossCenturies_UsesTheLastTwoDigits(int startYear, string label)
    {
        Assert.Equal(label, Uk.Year(startYear).Label);
        Assert.Equal(Uk.Year(startYear), FinancialYear.Parse(label, Uk));
    }

    [Fact]
    public void Label_CalendarYear_IsTheYearAlone()
    {
        Assert.Equal("2011", FinancialYearCalendar.CalendarYear.Year(2011).Label);
        Assert.Equal(FinancialYearCalendar.CalendarYear.Year(2011), FinancialYear.Parse("FY2011", FinancialYearCalendar.CalendarYear));
    }

    [Theory]
    [InlineData("2011/12")]
    [InlineData("2011-12")]
    [InlineData("2011/2012")]
    [InlineData("2011-2012")]
    [InlineData("FY2011/12")]
    [InlineData("fy 2011/12")]
    [InlineData("  2011/12 ")]
    public void Parse_CommonSpellings_ReadTheYear(string text)
    {
        Assert.Equal(Uk.Year(2011), FinancialYear.Parse(text));
        Assert.True(FinancialYear.TryParse(text, Uk, out var year));
        Assert.Equal(Uk.Year(2011), year);
    }

    [Theory]
    [InlineData("2011/13", "13 does not follow 2011")]
    [InlineData("2011/2013", "2013 does not follow 2011")]
    [InlineData("1999/99", "99 does not follow 1999")]
    [InlineData("0000/01", "outside the years")]
    [InlineData("2011", "2011/12, 2011-12")]
    [InlineData("2011/1", "write it as")]
    [InlineData("2011\\12", "write it as")]
    [InlineData("11/12", "write it as")]
    [InlineData("2011/12 Q1", "write it as")]
    [InlineData("", "write it as")]
    [InlineData("FY", "write it as")]
    [InlineData("+201/12", "write it as")]
    public void Parse_NotAYear_ThrowsFormatExceptionNamingTheText(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => FinancialYear.Parse(text, Uk));

        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.False(FinancialYear.TryParse(text, Uk, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FinancialYear.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => FinancialYear.Parse("2011/12", null!));
        Assert.False(FinancialYear.TryParse(null, Uk, out _));
    }

    [Fact]
    public void ParseOfLabel_EveryYearFrom1900To2200InEveryBuiltInCalendar_RoundTrips()
    {
        var calendars = new[] { Uk, FinancialYearCalendar.UkTax, FinancialYearCalendar.UsFederal, FinancialYearCalendar.Australia, FinancialYearCalendar.CalendarYear };
        foreach (var calendar in calendars)
        {
            for (var startYear = 1900; startYear <= 2200; startYear++)
            {
                var year = calendar.Year(startYear);
                Assert.Equal(year, FinancialYear.Parse(year.Label, calendar));
                Assert.Equal(year, FinancialYear.Parse("FY" + year.Label, calendar));
            }
        }
    }

    [Property]
    public Property ParseOfLabel_AnyYearOfAnyCalendar_RoundTrips()
    {
        return Prop.ForAll(CalendarGenerators.Calendar.Zip(Gen.Choose(1, 9998)).ToArbitrary(), pair =>
        {
            var year = pair.Item1.Year(pair.Item2);
            return FinancialYear.Parse(year.Label, pair.Item1) == year;
        });
    }

    [Theory]
    [InlineData(2011, 4, 1, 1)]
    [InlineData(2011, 4, 30, 1)]
    [InlineData(2011, 7, 1, 4)]
    [InlineData(2011, 12, 31, 9)]
    [InlineData(2012, 3, 31, 12)]
    public void MonthNumber_UkYear_AprilIsOne(int year, int month, int day, int number)
    {
        Assert.Equal(number, Uk.Year(2011).MonthNumber(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(2011, 4, 5, 2010, 12)]
    [InlineData(2011, 4, 6, 2011, 1)]
    [InlineData(2011, 5, 5, 2011, 1)]
    [InlineData(2011, 5, 6, 2011, 2)]
    [InlineData(2012, 4, 5, 2011, 12)]
    public void MonthNumber_TaxYear_MonthsRunFromTheSixth(int year, int month, int day, int taxYear, int number)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(number, FinancialYearCalendar.UkTax.Year(taxYear).MonthNumber(date));
        Assert.Equal(FinancialYearCalendar.UkTax.Year(taxYear).Month(number), FinancialYearCalendar.UkTax.MonthContaining(date));
    }

    [Fact]
    public void MonthNumber_DateOutsideTheYear_ThrowsNamingTheDate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).MonthNumber(new LocalDate(2012, 4, 1)));

        Assert.Equal("date", ex.ParamName);
        Assert.Contains("2012-04-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2011/12", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_ThirteenthOrZeroth_ThrowsNamingTheNumber(int number)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).Month(number));

        Assert.Equal("number", ex.ParamName);
        Assert.Equal(number, ex.ActualValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_FifthOrZeroth_ThrowsNamingTheNumber(int number)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).Quarter(number));
        Assert.Equal(number, ex.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).ReviewDate(number));
    }

    [Fact]
    public void ReviewDate_AfterQuarterTwo_IsTheSeptemberReview()
    {
        Assert.Equal(new LocalDate(2011, 9, 30), Uk.Year(2011).ReviewDate(2));
        Assert.Equal(new LocalDate(2012, 3, 31), Uk.Year(2011).ReviewDate(4));
    }

    [Fact]
    public void PlusYears_BeyondTheRange_ThrowsAndChangesNothing()
    {
        var year = Uk.Year(9998);

        Assert.Throws<ArgumentOutOfRangeException>(() => year.Next);
        Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(1).Previous);
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => year.PlusYears(int.MaxValue)).ParamName);
        Assert.Equal(9998, year.StartYear);
    }

    [Fact]
    public void Equality_ByCalendarStartAndYear_FollowsTheContract()
    {
        TestHelper.TestEqualsStruct(
            Uk.Year(2011),
            FinancialYearCalendar.StartingOn(new AnnualDate(4, 1), "Another name").Year(2011),
            Uk.Year(2012),
            FinancialYearCalendar.UkTax.Year(2011));
        TestHelper.TestCompareToStruct(Uk.Year(2011), FinancialYear.Parse("2011/12"), Uk.Year(2012));
    }

    [Fact]
    public void CompareTo_DifferentCalendars_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => Uk.Year(2011) < FinancialYearCalendar.UkTax.Year(2011));

        Assert.Contains("UK government", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UK tax", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsCalendarYearOne()
    {
        Assert.Equal(FinancialYearCalendar.CalendarYear.Year(1), default);
        Assert.Equal(new LocalDate(1, 1, 1), default(FinancialYear).Start);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(7_988)]
    [InlineData(-2_011)]
    public void PlusYears_PastTheSupportedYears_ThrowsNamingTheYears(int years)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).PlusYears(years));

        Assert.Equal("years", ex.ParamName);
        Assert.Equal(years, ex.ActualValue);
        Assert.Equal(Uk.Year(9998), Uk.Year(2011).PlusYears(7_987));
        Assert.Equal(Uk.Year(1), Uk.Year(2011).PlusYears(-2_010));
    }

    [Fact]
    public void ReviewDate_QuarterOutsideOneToFour_ThrowsNamingIt()
    {
        Assert.Equal("afterQuarter", Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).ReviewDate(0)).ParamName);
        Assert.Equal("afterQuarter", Assert.Throws<ArgumentOutOfRangeException>(() => Uk.Year(2011).ReviewDate(5)).ParamName);
        Assert.Equal(new LocalDate(2012, 3, 31), Uk.Year(2011).ReviewDate(4));
    }

    [Fact]
    public void Parse_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => FinancialYear.Parse(null!, Uk)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => FinancialYear.Parse("2011/12", null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => FinancialYear.TryParse("2011/12", null!, out _)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => FinancialQuarter.Parse(null!, Uk)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => FinancialQuarter.Parse("2011/12 Q2", null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => FinancialQuarter.TryParse("2011/12 Q2", null!, out _)).ParamName);
    }

    [Fact]
    public void Parse_FirstAndLastSupportedYears_AreRead()
    {
        Assert.Equal(Uk.Year(1), FinancialYear.Parse("0001/02", Uk));
        Assert.Equal(Uk.Year(9998), FinancialYear.Parse("9998/99", Uk));
        Assert.Contains("outside the years 1 to 9998", Assert.Throws<FormatException>(() => FinancialYear.Parse("0000/01", Uk)).Message, StringComparison.Ordinal);
        Assert.Contains("outside the years 1 to 9998", Assert.Throws<FormatException>(() => FinancialYear.Parse("9999/00", Uk)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotAYear_ShowsHowToWriteOneInItsCalendar()
    {
        Assert.EndsWith("write it as 2011.", Assert.Throws<FormatException>(() => FinancialYear.Parse("x", FinancialYearCalendar.CalendarYear)).Message, StringComparison.Ordinal);
        Assert.EndsWith("write it as 2011/12, 2011-12, 2011/2012 or FY2011/12.", Assert.Throws<FormatException>(() => FinancialYear.Parse("x", Uk)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthsAndQuarters_DefaultAndNeighbours_AreInOrder()
    {
        var year = Uk.Year(2011);

        Assert.Equal(1, default(FinancialMonth).Number);
        Assert.Equal(1, default(FinancialQuarter).Number);
        Assert.Equal(new FinancialMonth(year.Previous, 12), new FinancialMonth(year, 1).Previous);
        Assert.Equal(new FinancialMonth(year, 4), new FinancialMonth(year, 5).Previous);
        Assert.True(new FinancialMonth(year, 3) < new FinancialMonth(year, 4));
        Assert.True(new FinancialMonth(year, 4) >= new FinancialMonth(year, 4));
        Assert.True(new FinancialQuarter(year, 2) < new FinancialQuarter(year, 3));
        Assert.True(new FinancialQuarter(year.Previous, 4) < new FinancialQuarter(year, 1));
    }
}
