using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.EnglandAndWales;

    /// <summary>
    /// The official England and Wales bank holidays as proclaimed, year by year (month-day), written out by hand:
    /// the days off, substitute days included, never a weekend date. Not generated from the rules under test.
    /// </summary>
    private static readonly Dictionary<int, string[]> OfficialEnglandAndWales = new()
    {
        [1995] = ["01-02", "04-14", "04-17", "05-08", "05-29", "08-28", "12-25", "12-26"],
        [1996] = ["01-01", "04-05", "04-08", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [1997] = ["01-01", "03-28", "03-31", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [1998] = ["01-01", "04-10", "04-13", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [1999] = ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28", "12-31"],
        [2000] = ["01-03", "04-21", "04-24", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [2001] = ["01-01", "04-13", "04-16", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [2002] = ["01-01", "03-29", "04-01", "05-06", "06-03", "06-04", "08-26", "12-25", "12-26"],
        [2003] = ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [2004] = ["01-01", "04-09", "04-12", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [2005] = ["01-03", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"],
        [2006] = ["01-02", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [2007] = ["01-01", "04-06", "04-09", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [2008] = ["01-01", "03-21", "03-24", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [2009] = ["01-01", "04-10", "04-13", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [2010] = ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [2011] = ["01-03", "04-22", "04-25", "04-29", "05-02", "05-30", "08-29", "12-26", "12-27"],
        [2012] = ["01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"],
        [2013] = ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [2014] = ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [2015] = ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [2016] = ["01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"],
        [2017] = ["01-02", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [2018] = ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [2019] = ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [2020] = ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
        [2021] = ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [2022] = ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
        [2023] = ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
        [2024] = ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [2025] = ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [2026] = ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [2027] = ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [2028] = ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [2029] = ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [2030] = ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
    };

    [Fact]
    public void HolidaysIn_EnglandAndWales1995To2030_MatchTheOfficialListExactly()
    {
        for (var year = 1995; year <= 2030; year++)
        {
            var expected = OfficialEnglandAndWales[year].Select(md => LocalDate.FromDateTime(DateTime.ParseExact($"{year}-{md}", "yyyy-MM-dd", null)));

            Assert.Equal(expected, England.HolidaysIn(year).Select(h => h.Date));
        }
    }

    [Fact]
    public void IsWorkingDay_EveryDay1995To2030_IsAWeekdayNotInTheOfficialList()
    {
        var official = OfficialEnglandAndWales.SelectMany(p => p.Value.Select(md => $"{p.Key}-{md}")).ToHashSet();
        for (var date = new LocalDate(1995, 1, 1); date.Year <= 2030; date = date.PlusDays(1))
        {
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var holiday = official.Contains(date.ToString("uuuu-MM-dd", null));
            Assert.True(England.IsWorkingDay(date) == (!weekend && !holiday), $"{date} working day");
            Assert.True(England.IsHoliday(date) == holiday, $"{date} holiday");
        }
    }

    [Theory]
    [InlineData(2011, 12, 27, "Christmas Day (substitute day)")]
    [InlineData(2010, 12, 28, "Boxing Day (substitute day)")]
    [InlineData(2022, 9, 19, "Bank holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData(2020, 5, 8, "Early May bank holiday (VE day)")]
    [InlineData(2011, 4, 29, "Royal wedding")]
    [InlineData(2012, 6, 4, "Spring bank holiday")]
    public void HolidaysIn_EnglandAndWales_NamesTheHoliday(int year, int month, int day, string name)
    {
        Assert.Contains(new BankHoliday(new LocalDate(year, month, day), name), England.HolidaysIn(year));
    }

    [Fact]
    public void HolidaysIn_Scotland2022And2023_MatchTheOfficialList()
    {
        Assert.Equal(
            ["01-03", "01-04", "04-15", "05-02", "06-02", "06-03", "08-01", "09-19", "11-30", "12-26", "12-27"],
            WorkingDayCalendar.Scotland.HolidaysIn(2022).Select(h => h.Date.ToString("MM-dd", null)));
        Assert.Equal(
            ["01-02", "01-03", "04-07", "05-01", "05-08", "05-29", "08-07", "11-30", "12-25", "12-26"],
            WorkingDayCalendar.Scotland.HolidaysIn(2023).Select(h => h.Date.ToString("MM-dd", null)));
    }

    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_KnownYears_IsRight(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), BankHolidayRule.EasterSunday(year));
    }

    [Fact]
    public void AddWorkingDays_AcrossEasterAndTheRoyalWedding2011_SkipsEveryHoliday()
    {
        var thursday = new LocalDate(2011, 4, 21);

        Assert.Equal(new LocalDate(2011, 4, 26), England.NextWorkingDay(thursday));
        Assert.Equal(new LocalDate(2011, 5, 3), England.AddWorkingDays(thursday, 4));
        Assert.Equal(thursday, England.AddWorkingDays(new LocalDate(2011, 5, 3), -4));
        Assert.Equal(4, England.WorkingDaysBetween(thursday, new LocalDate(2011, 5, 3)));
        Assert.Equal(-4, England.WorkingDaysBetween(new LocalDate(2011, 5, 3), thursday));
        Assert.Equal(0, England.WorkingDaysBetween(thursday, thursday));
        Assert.Equal(thursday, England.AddWorkingDays(thursday, 0));
    }

    [Fact]
    public void NextAndPreviousWorkingDay_AcrossTheNewYear_SkipSubstituteDays()
    {
        Assert.Equal(new LocalDate(2011, 1, 4), England.NextWorkingDay(new LocalDate(2010, 12, 31)));
        Assert.Equal(new LocalDate(2010, 12, 31), England.PreviousWorkingDay(new LocalDate(2011, 1, 4)));
        Assert.Equal(new LocalDate(2010, 12, 24), England.PreviousWorkingDay(new LocalDate(2010, 12, 29)));
        Assert.Equal(new LocalDate(2011, 1, 4), England.RollForward(new LocalDate(2011, 1, 1)));
        Assert.Equal(new LocalDate(2011, 1, 4), England.RollForward(new LocalDate(2011, 1, 4)));
        Assert.Equal(260 - 9, England.WorkingDaysBetween(new LocalDate(2010, 12, 31), new LocalDate(2011, 12, 31)));
    }

    [Fact]
    public void AddWorkingDays_OutsideTheCoveredYears_ThrowsNamingTheYear()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(9999, 12, 31), 1));
        Assert.Equal(10_000, ex.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => England.IsWorkingDay(new LocalDate(1582, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(2011, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(2011, 1, 1), int.MinValue));
    }

    [Fact]
    public void Queries_DateInAnotherCalendarSystem_ThrowNamingTheCalendar()
    {
        var julian = new LocalDate(2011, 4, 21, CalendarSystem.Julian);

        Assert.Contains("Julian", Assert.Throws<ArgumentException>(() => England.IsWorkingDay(julian)).Message, StringComparison.Ordinal);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => England.AddWorkingDays(julian, 1)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => England.WorkingDaysBetween(new LocalDate(2011, 4, 21), julian)).ParamName);
    }

    [Fact]
    public void Create_CustomCalendar_IsBuiltTheSameWay()
    {
        var calendar = WorkingDayCalendar.Create(
            "Isle of Testing",
            [BankHolidayRule.Fixed("Founders' Day", new AnnualDate(7, 4)), BankHolidayRule.WeekdayOfMonth("Harvest", 9, IsoDayOfWeek.Friday, 2)],
            [BankHolidayChange.Extra(new LocalDate(2026, 3, 3), "Royal visit")]);

        // 4 July 2026 is a Saturday; 11 September is the second Friday.
        Assert.Equal(["03-03", "07-06", "09-11"], calendar.HolidaysIn(2026).Select(h => h.Date.ToString("MM-dd", null)));
        Assert.Equal("Founders' Day (substitute day)", calendar.HolidaysIn(2026)[1].Name);
        Assert.Equal("Isle of Testing", calendar.ToString());
    }

    [Fact]
    public void Create_SubstituteDayInTheNextYear_IsAHolidayOfThatYear()
    {
        var calendar = WorkingDayCalendar.Create("Hogmanay", [BankHolidayRule.Fixed("Hogmanay", new AnnualDate(12, 31))], []);

        // 31 December 2022 is a Saturday: the substitute is Monday 2 January 2023, built with 2023's table.
        Assert.Equal(new BankHoliday(new LocalDate(2023, 1, 2), "Hogmanay (substitute day)"), Assert.Single(calendar.HolidaysIn(2023)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2023, 1, 2)));
        Assert.Equal(new LocalDate(2023, 1, 3), calendar.NextWorkingDay(new LocalDate(2022, 12, 30)));
        Assert.Empty(calendar.HolidaysIn(2022));
    }

    [Fact]
    public void WithChanges_NewlyProclaimedHoliday_ExtendsACopy()
    {
        var extended = England.WithChanges(BankHolidayChange.Extra(new LocalDate(2029, 6, 1), "Imagined jubilee"));

        Assert.True(extended.IsHoliday(new LocalDate(2029, 6, 1)));
        Assert.False(England.IsHoliday(new LocalDate(2029, 6, 1)));
        Assert.Equal(England.Changes.Length + 1, extended.Changes.Length);
    }

    [Fact]
    public void WithChanges_MovingADayThatIsNotAHoliday_ThrowsNamingTheChangeAndChangesNothing()
    {
        var ex = Assert.Throws<ArgumentException>(() => England.WithChanges(BankHolidayChange.Moved(new LocalDate(2029, 6, 5), new LocalDate(2029, 6, 8), "Moved")));
        Assert.Contains("2029-06-05", ex.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => England.WithChanges(BankHolidayChange.Extra(new LocalDate(2029, 12, 25), "Christmas again")));
        Assert.Contains("already a holiday", twice.Message, StringComparison.Ordinal);
        Assert.Equal(12, England.Changes.Length);
    }

    [Theory]
    [InlineData(2029, 6, 2)] // a Saturday
    [InlineData(2029, 6, 3)] // a Sunday
    public void BankHolidayChange_OnAWeekend_ThrowsNamingTheDay(int year, int month, int day)
    {
        // A weekend is never a working day, so a holiday there changes nothing; accepting it made HolidaysIn list a
        // day that IsHoliday denies.
        var weekend = new LocalDate(year, month, day);

        var extra = Assert.Throws<ArgumentException>(() => BankHolidayChange.Extra(weekend, "Weekend jubilee"));
        var moved = Assert.Throws<ArgumentException>(() => BankHolidayChange.Moved(new LocalDate(2029, 5, 28), weekend, "Spring bank holiday"));

        Assert.Equal("date", extra.ParamName);
        Assert.Equal("to", moved.ParamName);
        Assert.Contains(weekend.ToString("uuuu-MM-dd", null), extra.Message, StringComparison.Ordinal);
        Assert.Contains(weekend.ToString("uuuu-MM-dd", null), moved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidaysIn_EveryListedDay_IsAHoliday()
    {
        foreach (var year in new[] { 1583, 1999, 2011, 2022, 9999 })
        {
            Assert.All(England.HolidaysIn(year), h => Assert.True(England.IsHoliday(h.Date), h.ToString()));
        }
    }

    [Fact]
    public void DateIn_YearOutsideTheSupportedRange_ThrowsNamingTheYearAndTheRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.Fixed("Christmas Day", new AnnualDate(12, 25)).DateIn(10_000));

        Assert.Equal("year", ex.ParamName);
        Assert.Equal(10_000, ex.ActualValue);
        Assert.Contains("1583 to 9999", ex.Message, StringComparison.Ordinal);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.Monday, 1).DateIn(1582)).ParamName);
    }

    [Fact]
    public void DateIn_FromEasterPastTheLastSupportedDate_ThrowsNamingTheYearAndTheRange()
    {
        var rule = BankHolidayRule.FromEaster("Late feast", 300);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => rule.DateIn(9999));
        var fromCalendar = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.Create("x", [rule], []).HolidaysIn(9999));

        Assert.Equal("year", ex.ParamName);
        Assert.Equal(9999, ex.ActualValue);
        Assert.Contains("Late feast", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9999-12-31", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, fromCalendar.Message);
        Assert.Equal(new LocalDate(9999, 1, 30), rule.DateIn(9998));
    }

    [Fact]
    public void Factories_BadArguments_ThrowNamingTheValue()
    {
        Assert.Throws<ArgumentException>(() => BankHolidayRule.Fixed("Leap", new AnnualDate(2, 29)));
        Assert.Equal(5, Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.Monday, 5)).ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.WeekdayOfMonth("x", 13, IsoDayOfWeek.Monday, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.None, 1));
        Assert.Throws<ArgumentException>(() => BankHolidayRule.FromEaster(" ", 1));
        Assert.Throws<ArgumentException>(() => BankHolidayChange.Moved(new LocalDate(2029, 12, 31), new LocalDate(2030, 1, 2), "x"));
        Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create("x", [null!], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.EasterSunday(1582));
    }

    // Named cases, not delegates, as theory data: see ClaimsDivisionTests.BadArgumentCases. In a class of their own, so
    // that reading the names at discovery does not run this class's field initialisers (England's calendar).
    private static class BadFactory
    {
        public static readonly Dictionary<string, (Type Exception, string Parameter, string InMessage, Func<object> Make)> Cases = new()
        {
            ["blank name"] = (typeof(ArgumentException), "name", "name", () => BankHolidayRule.Fixed(" ", new AnnualDate(12, 25))),
            ["29 February"] = (typeof(ArgumentException), "day", "cannot fall on 29 February", () => BankHolidayRule.Fixed("Leap", new AnnualDate(2, 29))),
            ["month 0"] = (typeof(ArgumentOutOfRangeException), "month", "month", () => BankHolidayRule.WeekdayOfMonth("x", 0, IsoDayOfWeek.Monday, 1)),
            ["month 13"] = (typeof(ArgumentOutOfRangeException), "month", "month", () => BankHolidayRule.WeekdayOfMonth("x", 13, IsoDayOfWeek.Monday, 1)),
            ["day of week 8"] = (typeof(ArgumentOutOfRangeException), "dayOfWeek", "Not a day of the week", () => BankHolidayRule.WeekdayOfMonth("x", 5, (IsoDayOfWeek)8, 1)),
            ["fifth occurrence"] = (typeof(ArgumentOutOfRangeException), "occurrence", "1 to 4, or -1", () => BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.Monday, 5)),
            ["occurrence -2"] = (typeof(ArgumentOutOfRangeException), "occurrence", "1 to 4, or -1", () => BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.Monday, -2)),
            ["301 days before Easter"] = (typeof(ArgumentOutOfRangeException), "daysFromEasterSunday", "daysFromEasterSunday", () => BankHolidayRule.FromEaster("x", -301)),
            ["301 days after Easter"] = (typeof(ArgumentOutOfRangeException), "daysFromEasterSunday", "daysFromEasterSunday", () => BankHolidayRule.FromEaster("x", 301)),
            ["null date rule"] = (typeof(ArgumentNullException), "dateIn", "dateIn", () => BankHolidayRule.Create("x", null!, substitutesWhenOnWeekend: false)),
            ["Easter of 10000"] = (typeof(ArgumentOutOfRangeException), "year", "year", () => BankHolidayRule.EasterSunday(10_000)),
            ["blank extra name"] = (typeof(ArgumentException), "name", "name", () => BankHolidayChange.Extra(new LocalDate(2026, 3, 3), "")),
            ["blank moved name"] = (typeof(ArgumentException), "name", "name", () => BankHolidayChange.Moved(new LocalDate(2029, 6, 4), new LocalDate(2029, 6, 5), " ")),
        };
    }

    public static TheoryData<string> BadFactoryArguments => [.. BadFactory.Cases.Keys];

    [Theory]
    [MemberData(nameof(BadFactoryArguments))]
    public void Factories_EachBadArgument_ThrowsNamingIt(string badArgument)
    {
        var (exception, parameter, inMessage, make) = BadFactory.Cases[badArgument];

        var ex = Assert.ThrowsAny<ArgumentException>(make);

        Assert.Equal(exception, ex.GetType());
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(inMessage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarsAndSchedules_NullOrBlankArguments_ThrowNamingThem()
    {
        var interval = new DateInterval(new LocalDate(2011, 4, 1), new LocalDate(2011, 4, 30));
        var rules = new[] { BankHolidayRule.Fixed("Christmas Day", new AnnualDate(12, 25)) };

        Assert.Equal("name", Assert.Throws<ArgumentException>(() => WorkingDayCalendar.Create(" ", rules, [])).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create("x", null!, [])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create("x", rules, null!)).ParamName);
        var nullRule = Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create("x", [null!], []));
        Assert.Equal("rules", nullRule.ParamName);
        Assert.StartsWith("The sequence holds a null element.", nullRule.Message, StringComparison.Ordinal);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create("x", rules, [null!])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => England.WithChanges(null!)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => Proration.ForDays(Money.Pounds(1m), null!, FinancialYearCalendar.UkGovernment, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => Proration.ForDays(Money.Pounds(1m), interval, null!, MidpointRounding.ToEven)).ParamName);
        var basis = Assert.Throws<ArgumentOutOfRangeException>(() => Proration.ForPostFilledOn(Money.Pounds(1m), FinancialYearCalendar.UkGovernment.Year(2011), new LocalDate(2011, 7, 1), (ProrationBasis)9, MidpointRounding.ToEven));
        Assert.Equal("basis", basis.ParamName);
        Assert.Contains("Not a defined ProrationBasis.", basis.Message, StringComparison.Ordinal);
        Assert.Equal("workingDays", Assert.Throws<ArgumentOutOfRangeException>(() => QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(251, England)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, null!)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => England.WorkingDaysBetween(new LocalDate(2011, 4, 1, CalendarSystem.Julian), new LocalDate(2011, 4, 1))).ParamName);
        Assert.Equal("Scotland", WorkingDayCalendar.Scotland.Name);
    }

    [Fact]
    public void StartingOn_AnyMonth_NamesTheCalendarAfterIt()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var month = 1; month <= 12; month++)
        {
            Assert.Equal(FormattableString.Invariant($"Years from 2 {months[month - 1]}"), FinancialYearCalendar.StartingOn(new AnnualDate(month, 2)).Name);
        }

        Assert.Equal("Charity", FinancialYearCalendar.StartingOn(new AnnualDate(4, 1), "Charity").Name);
        FinancialYearCalendar? none = null;
        Assert.True(none == null);
        Assert.False(none == FinancialYearCalendar.UkGovernment);
        Assert.False(FinancialYearCalendar.UkGovernment == none);
        Assert.True(FinancialYearCalendar.StartingOn(new AnnualDate(4, 1), "Charity") == FinancialYearCalendar.UkGovernment);
    }

    // The library uses the anonymous (Meeus/Jones/Butcher) computus; Gauss's algorithm with its two exceptions is a
    // different computation of the same date, so it checks every supported year, including the rare corrections.
    [Fact]
    public void EasterSunday_EverySupportedYear_IsTheDateByGausssAlgorithm()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            int a = year % 19, b = year % 4, c = year % 7, k = year / 100;
            int p = (13 + (8 * k)) / 25, q = k / 4;
            int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
            int d = ((19 * a) + m) % 30, e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
            var expected = (d, e) switch
            {
                (29, 6) => new LocalDate(year, 4, 19),
                (28, 6) when ((11 * m) + 11) % 30 < 19 => new LocalDate(year, 4, 18),
                _ => new LocalDate(year, 3, 22).PlusDays(d + e),
            };

            Assert.Equal(expected, BankHolidayRule.EasterSunday(year));
        }
    }

    [Fact]
    public void Factories_EdgesOfTheirRanges_AreAccepted()
    {
        Assert.Equal(new LocalDate(2011, 5, 29), BankHolidayRule.Fixed("29 May", new AnnualDate(5, 29)).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 2, 28), BankHolidayRule.Fixed("28 February", new AnnualDate(2, 28)).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 5, 22), BankHolidayRule.WeekdayOfMonth("Fourth Sunday", 5, IsoDayOfWeek.Sunday, 4).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 1, 3), BankHolidayRule.WeekdayOfMonth("January", 1, IsoDayOfWeek.Monday, 1).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 12, 26), BankHolidayRule.WeekdayOfMonth("December", 12, IsoDayOfWeek.Monday, -1).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 4, 24).PlusDays(-300), BankHolidayRule.FromEaster("Early", -300).DateIn(2011));
        Assert.Equal(new LocalDate(2011, 4, 24).PlusDays(300), BankHolidayRule.FromEaster("Late", 300).DateIn(2011));
        Assert.Equal(new LocalDate(9999, 3, 28), BankHolidayRule.EasterSunday(9999)); // checked with a separate implementation of the computus
        Assert.Equal(new LocalDate(9999, 12, 31), BankHolidayRule.FromEaster("Last day", 278).DateIn(9999)); // 278 days after 28 March
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayRule.FromEaster("Past the end", 279).DateIn(9999)).ParamName);

        // Only a fixed date moves off a weekend; a weekday of a month or a day from Easter is one already.
        Assert.True(BankHolidayRule.Fixed("Christmas Day", new AnnualDate(12, 25)).SubstitutesWhenOnWeekend);
        Assert.False(BankHolidayRule.WeekdayOfMonth("x", 5, IsoDayOfWeek.Monday, 1).SubstitutesWhenOnWeekend);
        Assert.False(BankHolidayRule.FromEaster("Good Friday", -2).SubstitutesWhenOnWeekend);
    }

    [Property]
    public Property AddWorkingDaysThenWorkingDaysBetween_AnyDateAndCount_RoundTrips()
    {
        var count = Gen.Frequency((4, Gen.Choose(-30, 30)), (2, Gen.Choose(-3_000, 3_000)), (1, Gen.Choose(-50_000, 50_000)));
        return Prop.ForAll(CalendarGenerators.Date.Zip(count).ToArbitrary(), pair =>
        {
            var (date, n) = pair;
            var moved = England.AddWorkingDays(date, n);
            return England.WorkingDaysBetween(date, moved) == n
                && (n == 0 ? moved == date : England.IsWorkingDay(moved) && (n > 0 ? moved > date : moved < date));
        });
    }

    [Property]
    public Property WorkingDaysBetween_AnyTwoDates_AgreesWithCountingDayByDay()
    {
        var pairs = CalendarGenerators.Date.Zip(Gen.Choose(-800, 800)).Select(p => (p.Item1, p.Item1.PlusDays(p.Item2)));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (start, end) = pair;
            var naive = 0;
            if (end >= start)
            {
                for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
                {
                    naive += England.IsWorkingDay(d) ? 1 : 0;
                }
            }
            else
            {
                for (var d = end; d < start; d = d.PlusDays(1))
                {
                    naive -= England.IsWorkingDay(d) ? 1 : 0;
                }
            }

            var back = England.WorkingDaysBetween(start, end);
            return back == naive && (!England.IsWorkingDay(end) || England.AddWorkingDays(start, back) == end);
        });
    }

    [Fact]
    public void Table_BuiltByManyThreadsAtOnce_IsTheSameAsBuiltByOne()
    {
        var fresh = WorkingDayCalendar.Create("Fresh", England.Rules, England.Changes);
        var years = Enumerable.Range(1900, 300).ToArray();
        var parallel = new ImmutableArray<BankHoliday>[years.Length];

        Parallel.For(0, years.Length * 4, i => parallel[i % years.Length] = fresh.HolidaysIn(years[i % years.Length]));

        Assert.All(years.Select((y, i) => (y, i)), p => Assert.Equal(England.HolidaysIn(p.y).ToArray(), parallel[p.i].ToArray()));
    }

    [Fact]
    public void EnglandAndWales_GoodFridayAndSubstituteDays_FallWhereTheyShould()
    {
        var england = WorkingDayCalendar.EnglandAndWales;

        // Good Friday 2024 is 29 March, two days before Easter; 2 April is a working day.
        Assert.Contains(new BankHoliday(new LocalDate(2024, 3, 29), "Good Friday"), england.HolidaysIn(2024));
        Assert.True(england.IsWorkingDay(new LocalDate(2024, 4, 2)));

        // Christmas 2021 fell on a Saturday and Boxing Day on the Sunday: the earlier holiday takes the Monday.
        var holidays = england.HolidaysIn(2021);
        Assert.Contains(new BankHoliday(new LocalDate(2021, 12, 27), "Christmas Day (substitute day)"), holidays);
        Assert.Contains(new BankHoliday(new LocalDate(2021, 12, 28), "Boxing Day (substitute day)"), holidays);
    }

    [Fact]
    public void HolidaysIn_AYearOutside1583To9999_ThrowsNamingTheYear()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.EnglandAndWales.HolidaysIn(10_000));
        Assert.Equal(("year", (object)10_000), (error.ParamName, error.ActualValue));
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.EnglandAndWales.HolidaysIn(1582)).ParamName);
    }
}
