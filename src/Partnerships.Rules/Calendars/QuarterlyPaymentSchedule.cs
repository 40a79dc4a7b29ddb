using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// When the payment for each quarter falls under "quarterly in arrears": a number of working days after the quarter
/// ends, or on a fixed day of the month after it, rolled forward to a working day.
/// </summary>
/// <remarks>
/// A fixed day beyond the end of the following month (the 31st in April) is that month's last day, before rolling.
/// Working days are those of <see cref="WorkingDays"/>. This type is immutable and thread-safe.
/// </remarks>
public sealed class QuarterlyPaymentSchedule
{
    private readonly int workingDaysAfterQuarterEnd;
    private readonly int dayOfFollowingMonth;

    private QuarterlyPaymentSchedule(WorkingDayCalendar workingDays, int workingDaysAfterQuarterEnd, int dayOfFollowingMonth)
    {
        WorkingDays = workingDays;
        this.workingDaysAfterQuarterEnd = workingDaysAfterQuarterEnd;
        this.dayOfFollowingMonth = dayOfFollowingMonth;
    }

    /// <summary>Gets the calendar whose working days payments fall on.</summary>
    public WorkingDayCalendar WorkingDays { get; }

    /// <summary>Makes a schedule that pays each quarter a number of working days after its last day.</summary>
    /// <param name="workingDays">The working days after the quarter ends, at least 1: 10 pays on the tenth working day.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1 or more than 250.</exception>
    public static QuarterlyPaymentSchedule WorkingDaysAfterQuarterEnd(int workingDays, WorkingDayCalendar calendar)
    {
        Guard.Against.Below(workingDays, 1);
        Guard.Against.Above(workingDays, 250);
        Guard.Against.Null(calendar);
        return new QuarterlyPaymentSchedule(calendar, workingDays, 0);
    }

    /// <summary>Makes a schedule that pays each quarter on a fixed day of the following month, or the next working day.</summary>
    /// <param name="day">The day of the month, 1 to 31; a day the month lacks means its last day.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1 to 31.</exception>
    public static QuarterlyPaymentSchedule OnDayOfFollowingMonth(int day, WorkingDayCalendar calendar)
    {
        Guard.Against.Below(day, 1);
        Guard.Against.Above(day, 31);
        Guard.Against.Null(calendar);
        return new QuarterlyPaymentSchedule(calendar, 0, day);
    }

    /// <summary>Gets the date the payment for a quarter falls on.</summary>
    /// <param name="quarter">The quarter paid for.</param>
    /// <returns>A working day after the quarter's end.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years the working-day calendar covers.</exception>
    public LocalDate PaymentDate(FinancialQuarter quarter)
    {
        if (workingDaysAfterQuarterEnd > 0)
        {
            return WorkingDays.AddWorkingDays(quarter.End, workingDaysAfterQuarterEnd);
        }

        var following = quarter.End.PlusDays(1);
        var day = Math.Min(dayOfFollowingMonth, CalendarSystem.Iso.GetDaysInMonth(following.Year, following.Month));
        return WorkingDays.RollForward(new LocalDate(following.Year, following.Month, day));
    }

    /// <summary>Gets the payment dates for the four quarters of a year, quarter 1 first.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>Four dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years the working-day calendar covers.</exception>
    public ImmutableArray<LocalDate> PaymentDates(FinancialYear year) =>
        [PaymentDate(year.Quarter(1)), PaymentDate(year.Quarter(2)), PaymentDate(year.Quarter(3)), PaymentDate(year.Quarter(4))];

    /// <summary>Describes the schedule, such as <c>10 working days after each quarter (England and Wales)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => workingDaysAfterQuarterEnd > 0
        ? FormattableString.Invariant($"{workingDaysAfterQuarterEnd} working days after each quarter ({WorkingDays})")
        : FormattableString.Invariant($"day {dayOfFollowingMonth} of the month after each quarter, or the next working day ({WorkingDays})");
}
