using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// A way of dividing time into financial years, fixed by the day each year starts on.
/// </summary>
/// <remarks>
/// Well-known calendars are static properties (<see cref="UkGovernment"/>, <see cref="UkTax"/>, …); any other
/// start is made with <see cref="StartingOn"/>. Two calendars are equal when they start on the same day.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class FinancialYearCalendar : IEquatable<FinancialYearCalendar>
{
    private FinancialYearCalendar(AnnualDate yearStart, string name)
    {
        YearStart = yearStart;
        Name = name;
    }

    /// <summary>Gets the calendar of UK central and local government and public bodies: years start on 1 April.</summary>
    public static FinancialYearCalendar UkGovernment { get; } = new(new AnnualDate(4, 1), "UK government");

    /// <summary>Gets the UK personal tax year: years start on 6 April.</summary>
    public static FinancialYearCalendar UkTax { get; } = new(new AnnualDate(4, 6), "UK tax");

    /// <summary>Gets the US federal fiscal year: years start on 1 October.</summary>
    public static FinancialYearCalendar UsFederal { get; } = new(new AnnualDate(10, 1), "US federal");

    /// <summary>Gets the Australian financial year: years start on 1 July.</summary>
    public static FinancialYearCalendar Australia { get; } = new(new AnnualDate(7, 1), "Australia");

    /// <summary>Gets calendar years: years start on 1 January.</summary>
    public static FinancialYearCalendar CalendarYear { get; } = new(new AnnualDate(1, 1), "Calendar year");

    /// <summary>Gets the day and month each financial year starts on.</summary>
    public AnnualDate YearStart { get; }

    /// <summary>Gets the name of the calendar, for people.</summary>
    public string Name { get; }

    /// <summary>Gets a calendar whose years start on the given day.</summary>
    /// <param name="yearStart">The day and month each year starts on; 29 February is not allowed.</param>
    /// <param name="name">A name for people; a default is made from the start when omitted.</param>
    /// <returns>The calendar; a built-in one when the start matches it.</returns>
    /// <exception cref="ArgumentException"><paramref name="yearStart"/> is 29 February.</exception>
    public static FinancialYearCalendar StartingOn(AnnualDate yearStart, string? name = null)
    {
        if (yearStart.Month == 2 && yearStart.Day == 29)
        {
            throw new ArgumentException("A financial year cannot start on 29 February: it would not start every year.", nameof(yearStart));
        }

        foreach (var known in new[] { UkGovernment, UkTax, UsFederal, Australia, CalendarYear })
        {
            if (known.YearStart == yearStart && name is null)
            {
                return known;
            }
        }

        return new FinancialYearCalendar(yearStart, name ?? FormattableString.Invariant($"Years from {yearStart.Day} {MonthName(yearStart.Month)}"));
    }

    /// <summary>Gets the financial year that starts in the given calendar year.</summary>
    /// <param name="startYear">The calendar year the financial year starts in: 2011 for 2011/12.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1 to 9998.</exception>
    public FinancialYear Year(int startYear) => new(this, startYear);

    /// <summary>Gets the financial year that contains a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The one financial year of this calendar that contains <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> falls in a year outside 1 to 9998.</exception>
    public FinancialYear YearContaining(LocalDate date)
    {
        Guard.Against.NotIso(date);

        var startThisCalendarYear = YearStart.InYear(date.Year);
        return new FinancialYear(this, date < startThisCalendarYear ? date.Year - 1 : date.Year);
    }

    /// <summary>Gets the quarter of a financial year of this calendar that contains a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The one quarter that contains <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> falls in a year outside 1 to 9998.</exception>
    public FinancialQuarter QuarterContaining(LocalDate date)
    {
        var year = YearContaining(date);
        return new FinancialQuarter(year, ((year.MonthNumberOf(date) - 1) / 3) + 1);
    }

    /// <summary>Gets the month of a financial year of this calendar that contains a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The one financial month that contains <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> falls in a year outside 1 to 9998.</exception>
    public FinancialMonth MonthContaining(LocalDate date)
    {
        var year = YearContaining(date);
        return new FinancialMonth(year, year.MonthNumberOf(date));
    }

    /// <summary>Returns a value indicating whether two calendars start their years on the same day.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or they are equal.</returns>
    public static bool operator ==(FinancialYearCalendar? left, FinancialYearCalendar? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns a value indicating whether two calendars start their years on different days.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns><see langword="true"/> unless they are equal.</returns>
    public static bool operator !=(FinancialYearCalendar? left, FinancialYearCalendar? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(FinancialYearCalendar? other) => other is not null && YearStart == other.YearStart;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FinancialYearCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => YearStart.GetHashCode();

    /// <summary>Returns the name of the calendar.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static string MonthName(int month) => month switch
    {
        1 => "January", 2 => "February", 3 => "March", 4 => "April", 5 => "May", 6 => "June",
        7 => "July", 8 => "August", 9 => "September", 10 => "October", 11 => "November", _ => "December",
    };
}
