using System.Globalization;
using Ardalis.GuardClauses;
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
/// <para>The label (<see cref="Label"/>) is <c>2011/12</c>, written with the last two digits of the next calendar
/// year even across a century (<c>1999/00</c>, <c>2099/00</c>); a calendar whose years start on 1 January writes
/// <c>2011</c>. <see cref="Parse(string, FinancialYearCalendar)"/> reads it back, and the common spellings
/// <c>2011-12</c>, <c>2011/2012</c> and <c>FY2011/12</c> too.</para>
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
        Guard.Against.Below(startYear, MinStartYear);
        Guard.Against.Above(startYear, MaxStartYear);
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
    public int DayCount => Period.DaysBetween(Start, Calendar.YearStart.InYear(StartYear + 1));

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> takes the year outside the years 1 to 9998.</exception>
    public FinancialYear PlusYears(int years)
    {
        // In long, so int.MaxValue years is refused by name rather than overflowing.
        var startYear = (long)StartYear + years;
        return startYear is < MinStartYear or > MaxStartYear
            ? throw new ArgumentOutOfRangeException(nameof(years), years, FormattableString.Invariant($"{Label} plus {years} years is outside the years {MinStartYear} to {MaxStartYear}."))
            : new(Calendar, (int)startYear);
    }

    /// <summary>Gets a quarter of this year.</summary>
    /// <param name="number">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 4.</exception>
    public FinancialQuarter Quarter(int number) => new(this, number);

    /// <summary>Gets a month of this year: month 1 starts on the first day of the year (1 April for 2011/12).</summary>
    /// <param name="number">The month within the year, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 12.</exception>
    public FinancialMonth Month(int number) => new(this, number);

    /// <summary>Gets the number within this year of the month that contains a date: 1 for April in the UK government year.</summary>
    /// <param name="date">A date in this year.</param>
    /// <returns>The month number, 1 to 12.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in this year.</exception>
    public int MonthNumber(LocalDate date)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, FormattableString.Invariant($"The date {date:uuuu-MM-dd} is not in the financial year {Label} ({Start:uuuu-MM-dd} to {End:uuuu-MM-dd})."));
        }

        return MonthNumberOf(date);
    }

    /// <summary>Gets the review date after a quarter: the last day of that quarter, such as 30 September for the September review after quarter 2.</summary>
    /// <param name="afterQuarter">The quarter, 1 to 4, whose end the review follows.</param>
    /// <returns>The last day of the quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterQuarter"/> is outside 1 to 4.</exception>
    public LocalDate ReviewDate(int afterQuarter)
    {
        Guard.Against.Below(afterQuarter, 1);
        Guard.Against.Above(afterQuarter, 4);
        return Quarter(afterQuarter).End;
    }

    /// <summary>Reads a UK government financial year (1 April to 31 March) written as <c>2011/12</c>, <c>2011-12</c>, <c>2011/2012</c> or <c>FY2011/12</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a financial year; the message names it.</exception>
    public static FinancialYear Parse(string text) => Parse(text, FinancialYearCalendar.UkGovernment);

    /// <summary>Reads a financial year of a calendar written as <c>2011/12</c>, <c>2011-12</c>, <c>2011/2012</c> or
    /// <c>FY2011/12</c> (<c>2011</c> or <c>FY2011</c> for calendar years). The second year must follow the first.</summary>
    /// <param name="text">The text to read; surrounding white space is ignored and <c>FY</c> may be in any case.</param>
    /// <param name="calendar">The calendar the year belongs to.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a financial year, such as <c>2011/13</c>; the message names it.</exception>
    public static FinancialYear Parse(string text, FinancialYearCalendar calendar)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(calendar);
        return TryParse(text, calendar, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to read a financial year of a calendar as <see cref="Parse(string, FinancialYearCalendar)"/> does.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="calendar">The calendar the year belongs to.</param>
    /// <param name="result">The year, or the default value when the text is not a year.</param>
    /// <returns><see langword="true"/> if the text was a year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string? text, FinancialYearCalendar calendar, out FinancialYear result)
    {
        Guard.Against.Null(calendar);
        return TryParse(text, calendar, out result, out _);
    }

    /// <summary>Returns the dates of the year as an inclusive interval.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether a date falls in this year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Counts whole months from the start of the year to a date in it, plus one.</summary>
    internal int MonthNumberOf(LocalDate date)
    {
        var start = Start;
        var months = ((date.Year - start.Year) * 12) + date.Month - start.Month;

        // Month number months + 1 starts in the date's own month, on the start's day or, in a shorter month, on its
        // last day (as PlusMonths truncates); before that day the date is still in the month before.
        var boundary = Math.Min(start.Day, CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month));
        return date.Day < boundary ? months : months + 1;
    }

    internal static bool TryParse(string? text, FinancialYearCalendar calendar, out FinancialYear result, out string error)
    {
        result = default;
        var span = text.AsSpan().Trim();
        if (span.StartsWith("FY", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..].TrimStart();
        }

        var isCalendarYear = calendar.YearStart == new AnnualDate(1, 1);
        var example = isCalendarYear ? "2011" : "2011/12, 2011-12, 2011/2012 or FY2011/12";
        error = FormattableString.Invariant($"'{text}' is not a financial year of the {calendar} calendar; write it as {example}.");
        if (span.Length < 4 || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            return false;
        }

        if (first is < MinStartYear or > MaxStartYear)
        {
            error = FormattableString.Invariant($"'{text}' is not a financial year of the {calendar} calendar: {first} is outside the years {MinStartYear} to {MaxStartYear}.");
            return false;
        }

        var rest = span[4..];
        if (isCalendarYear)
        {
            if (!rest.IsEmpty)
            {
                return false;
            }

            result = new FinancialYear(calendar, first);
            return true;
        }

        if (rest.Length is not (3 or 5) || rest[0] is not ('/' or '-') || !int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return false;
        }

        var expected = rest.Length == 3 ? (first + 1) % 100 : first + 1;
        if (second != expected)
        {
            var label = new FinancialYear(calendar, first).Label;
            error = FormattableString.Invariant($"'{text}' is not a financial year of the {calendar} calendar: {rest[1..].ToString()} does not follow {first} (did you mean {label}?).");
            return false;
        }

        result = new FinancialYear(calendar, first);
        return true;
    }

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
