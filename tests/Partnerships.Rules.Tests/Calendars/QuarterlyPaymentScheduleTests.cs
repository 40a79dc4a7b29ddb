using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class QuarterlyPaymentScheduleTests
{
    private static readonly FinancialYear Year201112 = FinancialYear.Parse("2011/12");

    [Fact]
    public void WorkingDaysAfterQuarterEnd_Ten_Year201112()
    {
        var schedule = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

        // Q1 ends Thu 30 Jun; Q2 Fri 30 Sep; Q3 Sat 31 Dec (Mon 2 January is the New Year substitute); Q4 Sat 31 Mar (Easter 6 and 9 April).
        Assert.Equal(
            [new LocalDate(2011, 7, 14), new LocalDate(2011, 10, 14), new LocalDate(2012, 1, 16), new LocalDate(2012, 4, 17)],
            schedule.PaymentDates(Year201112).ToArray());
        Assert.Equal("10 working days after each quarter (England and Wales)", schedule.ToString());
    }

    [Fact]
    public void OnDayOfFollowingMonth_RollsForwardPastWeekendsAndHolidays()
    {
        var schedule = QuarterlyPaymentSchedule.OnDayOfFollowingMonth(2, WorkingDayCalendar.EnglandAndWales);

        // 2 July 2011 is a Saturday; 2 January 2012 is the New Year substitute day; 2 April 2012 is a Monday.
        Assert.Equal(
            [new LocalDate(2011, 7, 4), new LocalDate(2011, 10, 3), new LocalDate(2012, 1, 3), new LocalDate(2012, 4, 2)],
            schedule.PaymentDates(Year201112).ToArray());
    }

    [Fact]
    public void OnDayOfFollowingMonth_DayTheMonthLacks_IsItsLastDayRolledForward()
    {
        var schedule = QuarterlyPaymentSchedule.OnDayOfFollowingMonth(31, WorkingDayCalendar.EnglandAndWales);

        // 30 April 2012 is a Monday; 31 July 2011 a Sunday.
        Assert.Equal(new LocalDate(2012, 4, 30), schedule.PaymentDate(Year201112.Quarter(4)));
        Assert.Equal(new LocalDate(2011, 8, 1), schedule.PaymentDate(Year201112.Quarter(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void OnDayOfFollowingMonth_BadDay_ThrowsNamingTheDay(int day)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => QuarterlyPaymentSchedule.OnDayOfFollowingMonth(day, WorkingDayCalendar.EnglandAndWales));

        Assert.Equal("day", ex.ParamName);
        Assert.Equal(day, ex.ActualValue);
    }

    [Fact]
    public void WorkingDaysAfterQuarterEnd_BadArguments_Throw()
    {
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(0, WorkingDayCalendar.EnglandAndWales)).ActualValue);
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(251, WorkingDayCalendar.EnglandAndWales));
        Assert.Equal(("workingDays", (object?)251), (tooMany.ParamName, tooMany.ActualValue));
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(5, null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => QuarterlyPaymentSchedule.OnDayOfFollowingMonth(5, null!)).ParamName);
    }

    [Fact]
    public void Factories_EdgesOfTheirRanges_AreAccepted()
    {
        // 250 working days after 31 March 2012 (counted by hand past the eleven holidays) is Thursday 28 March 2013;
        // 1 July 2011 is a Friday.
        Assert.Equal(new LocalDate(2013, 3, 28), QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(250, WorkingDayCalendar.EnglandAndWales).PaymentDate(Year201112.Quarter(4)));
        Assert.Equal(new LocalDate(2011, 7, 1), QuarterlyPaymentSchedule.OnDayOfFollowingMonth(1, WorkingDayCalendar.EnglandAndWales).PaymentDate(Year201112.Quarter(1)));
    }

    [Fact]
    public void ToString_DayOfTheFollowingMonth_SaysTheDayAndTheRollForward()
    {
        Assert.Equal(
            "day 2 of the month after each quarter, or the next working day (England and Wales)",
            QuarterlyPaymentSchedule.OnDayOfFollowingMonth(2, WorkingDayCalendar.EnglandAndWales).ToString());
    }
}
