using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// A holiday proclaimed for one year only: an extra day (the royal wedding of 29 April 2011) or a bank holiday moved
/// to another day (the early May bank holiday of 2020 moved to Friday 8 May).
/// </summary>
/// <remarks>
/// A <see cref="WorkingDayCalendar"/> applies its changes after its rules and substitute days, in order; a move must
/// be from a day that is a holiday by then, to a day that is not. The day of the holiday is a weekday: a weekend is
/// never a working day, so a change there is refused when it is made. This type is immutable and thread-safe.
/// </remarks>
public sealed record BankHolidayChange
{
    private BankHolidayChange(LocalDate? from, LocalDate to, string name)
    {
        From = from;
        To = to;
        Name = name;
    }

    /// <summary>Gets the day the holiday is moved from; <see langword="null"/> for an extra holiday.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the day of the holiday.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the name of the holiday on <see cref="To"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the year the change is for.</summary>
    public int Year => To.Year;

    /// <summary>Makes an extra holiday on one day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="name">The name, such as <c>Royal wedding</c>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="date"/> is a Saturday or Sunday.</exception>
    public static BankHolidayChange Extra(LocalDate date, string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        CheckWeekday(date, nameof(date));
        return new BankHolidayChange(null, date, name);
    }

    /// <summary>Moves a holiday to another day of the same year.</summary>
    /// <param name="from">The day it would have been.</param>
    /// <param name="to">The day it is instead.</param>
    /// <param name="name">The name of the moved holiday, such as <c>Early May bank holiday (VE day)</c>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, the days are equal or in different years, or
    /// <paramref name="to"/> is a Saturday or Sunday.</exception>
    public static BankHolidayChange Moved(LocalDate from, LocalDate to, string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        CheckWeekday(to, nameof(to));
        if (from.Year != to.Year || from == to)
        {
            throw new ArgumentException(FormattableString.Invariant($"A holiday is moved to another day of the same year; got {from:uuuu-MM-dd} to {to:uuuu-MM-dd}."), nameof(to));
        }

        return new BankHolidayChange(from, to, name);
    }

    // A weekend is never a working day, so a holiday there would change nothing and be listed by HolidaysIn while
    // IsHoliday said no: refused where it is made.
    private static void CheckWeekday(LocalDate date, string paramName)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            throw new ArgumentException(FormattableString.Invariant($"A holiday falls on a weekday; {date:uuuu-MM-dd} is a {date.DayOfWeek}."), paramName);
        }
    }

    /// <summary>Describes the change, such as <c>2020-05-04 moved to 2020-05-08 Early May bank holiday (VE day)</c>.</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString() => From is { } from
        ? FormattableString.Invariant($"{from:uuuu-MM-dd} moved to {To:uuuu-MM-dd} {Name}")
        : FormattableString.Invariant($"{To:uuuu-MM-dd} {Name}");
}
