using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// How a recurring bank holiday falls each year: on a fixed day (Christmas Day), on the nth weekday of a month (the
/// early May bank holiday is the first Monday in May), or a number of days from Easter Sunday (Good Friday).
/// </summary>
/// <remarks>
/// A rule that substitutes (<see cref="SubstitutesWhenOnWeekend"/>) gives, when its day falls on a Saturday or Sunday, the
/// next weekday that is not already a holiday instead: with Christmas Day on a Saturday and Boxing Day on a Sunday,
/// the substitutes are Monday 27 and Tuesday 28 December. Easter is found by the Gregorian computus.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class BankHolidayRule
{
    private const int FirstYear = 1583;
    private const int LastYear = 9999;

    private readonly Func<int, LocalDate> dateIn;

    private BankHolidayRule(string name, Func<int, LocalDate> dateIn, bool substitutesWhenOnWeekend)
    {
        Name = name;
        this.dateIn = dateIn;
        SubstitutesWhenOnWeekend = substitutesWhenOnWeekend;
    }

    /// <summary>Gets the name of the holiday, such as <c>Spring bank holiday</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether a substitute weekday is given when the holiday falls on a weekend.</summary>
    public bool SubstitutesWhenOnWeekend { get; }

    /// <summary>Makes a rule for a holiday on the same day every year, such as Christmas Day on 25 December.</summary>
    /// <param name="name">The name of the holiday.</param>
    /// <param name="day">The day and month; not 29 February.</param>
    /// <param name="substitutesWhenOnWeekend">Whether a weekday substitutes for it when it falls on a weekend.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="day"/> is 29 February.</exception>
    public static BankHolidayRule Fixed(string name, AnnualDate day, bool substitutesWhenOnWeekend = true)
    {
        if (day.Month == 2 && day.Day == 29)
        {
            throw new ArgumentException("A yearly holiday cannot fall on 29 February.", nameof(day));
        }

        return Create(name, day.InYear, substitutesWhenOnWeekend);
    }

    /// <summary>Makes a rule for a holiday on the nth given weekday of a month, or the last: the summer bank holiday
    /// in England is the last (<c>-1</c>) Monday of August.</summary>
    /// <param name="name">The name of the holiday.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <param name="occurrence">1 to 4 for the first to fourth such weekday, or -1 for the last.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/>, <paramref name="dayOfWeek"/> or <paramref name="occurrence"/> is out of range.</exception>
    public static BankHolidayRule WeekdayOfMonth(string name, int month, IsoDayOfWeek dayOfWeek, int occurrence)
    {
        Guard.Against.Below(month, 1);
        Guard.Against.Above(month, 12);
        if (dayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfWeek), dayOfWeek, "Not a day of the week.");
        }

        if (occurrence is not (-1 or (>= 1 and <= 4)))
        {
            throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, "The occurrence is 1 to 4, or -1 for the last.");
        }

        return Create(name, year => NthWeekday(year, month, dayOfWeek, occurrence), substitutesWhenOnWeekend: false);
    }

    /// <summary>Makes a rule for a holiday a number of days from Easter Sunday: -2 for Good Friday, 1 for Easter Monday.</summary>
    /// <param name="name">The name of the holiday.</param>
    /// <param name="daysFromEasterSunday">The days from Easter Sunday, negative for before it.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysFromEasterSunday"/> is more than 300 days either way.</exception>
    public static BankHolidayRule FromEaster(string name, int daysFromEasterSunday)
    {
        Guard.Against.Below(daysFromEasterSunday, -300);
        Guard.Against.Above(daysFromEasterSunday, 300);
        return Create(name, year => FromEasterIn(name, year, daysFromEasterSunday), substitutesWhenOnWeekend: false);
    }

    /// <summary>Makes a rule from any function of the year, for holidays the other factories cannot describe.</summary>
    /// <param name="name">The name of the holiday.</param>
    /// <param name="dateIn">The date of the holiday in a year; it must be a date in that year and must not throw.</param>
    /// <param name="substitutesWhenOnWeekend">Whether a weekday substitutes for it when it falls on a weekend.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dateIn"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static BankHolidayRule Create(string name, Func<int, LocalDate> dateIn, bool substitutesWhenOnWeekend)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(dateIn);
        return new BankHolidayRule(name, dateIn, substitutesWhenOnWeekend);
    }

    /// <summary>Gets Easter Sunday of a year by the Gregorian computus (the anonymous algorithm of 1876).</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>Easter Sunday, 22 March to 25 April.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Guard.Against.Below(year, 1583);
        Guard.Against.Above(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new LocalDate(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    /// <summary>Gets the date of the holiday in a year, before any substitution.</summary>
    /// <param name="year">The year, 1583 to 9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999, or the holiday
    /// of that year would fall after 9999-12-31.</exception>
    public LocalDate DateIn(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, FormattableString.Invariant($"The holiday rules cover the years {FirstYear} to {LastYear}."));
        }

        return dateIn(year);
    }

    /// <summary>Returns the name of the holiday.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static LocalDate FromEasterIn(string name, int year, int daysFromEasterSunday)
    {
        var easter = EasterSunday(year);
        if (year == LastYear && daysFromEasterSunday > CalendarSystem.Iso.GetDaysInYear(year) - easter.DayOfYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, FormattableString.Invariant(
                $"{name} of {year} falls {daysFromEasterSunday} days after Easter Sunday ({easter:uuuu-MM-dd}), after 9999-12-31; the holiday rules cover the years {FirstYear} to {LastYear}."));
        }

        return easter.PlusDays(daysFromEasterSunday);
    }

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek dayOfWeek, int occurrence)
    {
        if (occurrence > 0)
        {
            var first = new LocalDate(year, month, 1);
            return first.PlusDays((((int)dayOfWeek - (int)first.DayOfWeek + 7) % 7) + (7 * (occurrence - 1)));
        }

        var last = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return last.PlusDays(-(((int)last.DayOfWeek - (int)dayOfWeek + 7) % 7));
    }
}
