using System.Globalization;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// One financial year of a <see cref="FinancialYearCalendar"/>, such as the UK public-sector year 2011/12
/// (1 April 2011 to 31 March 2012).
/// </summary>
/// <remarks>
/// <para>A year is named by the calendar year it starts in (<see cref="StartYear"/>). Both <see cref="Start"/>
/// and <see cref="End"/> are inclusive.</para>
/// <para>Years are equal when their calendars start on the same day and they start in the same year. Only
/// years of the same calendar can be compared for order; comparing years of different calendars throws.</para>
/// <para>The default value is the calendar year 1. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    private const int MinStartYear = 1;
    private const int MaxStartYear = 9998;

    private readonly FinancialYearCalendar? calendar;
    private readonly int startYear;

    internal FinancialYear(FinancialYearCalendar calendar, int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, MinStartYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, MaxStartYear);
        this.calendar = calendar;
        this.startYear = startYear;
    }

    /// <summary>Gets the calendar the year belongs to.</summary>
    public FinancialYearCalendar Calendar => calendar ?? FinancialYearCalendar.CalendarYear;

    /// <summary>Gets the calendar year this financial year starts in: 2011 for 2011/12.</summary>
    public int StartYear => startYear == 0 ? 1 : startYear;

    /// <summary>Gets the first day of the year.</summary>
    public LocalDate Start => Calendar.YearStart.InYear(StartYear);

    /// <summary>Gets the last day of the year (inclusive).</summary>
    public LocalDate End => Calendar.YearStart.InYear(StartYear + 1).PlusDays(-1);

    /// <summary>Gets the number of days in the year: 366 when it holds 29 February.</summary>
    public int DayCount => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>Gets the year's label: <c>2011/12</c> for a year that spans two calendar years, <c>2011</c> for a calendar year.</summary>
    public string Label => Calendar.YearStart == new AnnualDate(1, 1)
        ? StartYear.ToString("D4", CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{StartYear:D4}/{(StartYear + 1) % 100:D2}");

    /// <summary>Gets the financial year after this one.</summary>
    public FinancialYear Next => PlusYears(1);

    /// <summary>Gets the financial year before this one.</summary>
    public FinancialYear Previous => PlusYears(-1);

    /// <summary>Returns the year a number of years later (or earlier, when negative).</summary>
    /// <param name="years">The number of years to move.</param>
    /// <returns>The year moved by <paramref name="years"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the years 1 to 9998.</exception>
    public FinancialYear PlusYears(int years) => new(Calendar, checked(StartYear + years));

    /// <summary>Gets a quarter of this year.</summary>
    /// <param name="number">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 4.</exception>
    public FinancialQuarter Quarter(int number) => new(this, number);

    /// <summary>Returns the dates of the year as an inclusive interval.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether a date falls in this year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns whether two years are of the same calendar and start in the same year.</summary>
    /// <param name="other">The year to compare with.</param>
    /// <returns><see langword="true"/> if they are the same year.</returns>
    public bool Equals(FinancialYear other) => StartYear == other.StartYear && Calendar.Equals(other.Calendar);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StartYear, Calendar.YearStart);

    /// <summary>Compares this year with another of the same calendar.</summary>
    /// <param name="other">The year to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this year is earlier than, the same as or later than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> belongs to a different calendar.</exception>
    public int CompareTo(FinancialYear other)
    {
        if (!Calendar.Equals(other.Calendar))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Cannot order {Label} of the {Calendar} calendar against {other.Label} of the {other.Calendar} calendar."),
                nameof(other));
        }

        return StartYear.CompareTo(other.StartYear);
    }

    /// <summary>Returns the label, such as <c>2011/12</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    /// <summary>Compares two years for equality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if they are the same year.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Compares two years for inequality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if they are different years.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Returns whether one year is earlier than another of the same calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one year is later than another of the same calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one year is no later than another of the same calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier or the same.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one year is no earlier than another of the same calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later or the same.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;
}
