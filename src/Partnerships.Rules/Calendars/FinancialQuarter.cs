using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// One of the four quarters of a <see cref="FinancialYear"/>: 2011/12 Q2 is 1 July to 30 September 2011.
/// </summary>
/// <remarks>
/// Quarter 1 starts on the first day of the year; each quarter is three months long and both
/// <see cref="Start"/> and <see cref="End"/> are inclusive, so the four quarters tile the year.
/// Quarters are equal when their years are equal and their numbers are equal.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct FinancialQuarter : IEquatable<FinancialQuarter>, IComparable<FinancialQuarter>
{
    private readonly int number;

    /// <summary>Makes a quarter of a year.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="number">The quarter, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 4.</exception>
    public FinancialQuarter(FinancialYear year, int number)
    {
        Guard.Against.Below(number, 1);
        Guard.Against.Above(number, 4);
        Year = year;
        this.number = number;
    }

    /// <summary>Gets the financial year the quarter belongs to.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the number of the quarter within its year, 1 to 4.</summary>
    public int Number => number == 0 ? 1 : number;

    /// <summary>Gets the first day of the quarter.</summary>
    public LocalDate Start => Year.Start.PlusMonths(3 * (Number - 1));

    /// <summary>Gets the last day of the quarter (inclusive).</summary>
    public LocalDate End => Year.Start.PlusMonths(3 * Number).PlusDays(-1);

    /// <summary>Gets the quarter after this one, quarter 1 of the next year after quarter 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The next quarter's year is beyond 9998.</exception>
    public FinancialQuarter Next => Number == 4 ? new(Year.Next, 1) : new(Year, Number + 1);

    /// <summary>Gets the quarter before this one, quarter 4 of the previous year before quarter 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The previous quarter's year is before 1.</exception>
    public FinancialQuarter Previous => Number == 1 ? new(Year.Previous, 4) : new(Year, Number - 1);

    /// <summary>Gets the review date after this quarter: its last day, such as 30 September for the September review.</summary>
    public LocalDate ReviewDate => End;

    /// <summary>Gets the label, such as <c>2011/12 Q2</c>.</summary>
    public string Label => FormattableString.Invariant($"{Year.Label} Q{Number}");

    /// <summary>Reads a quarter written as its label, <c>2011/12 Q2</c>, with the year in any spelling
    /// <see cref="FinancialYear.Parse(string, FinancialYearCalendar)"/> accepts (<c>FY2011-12 q2</c>).</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="calendar">The calendar the quarter's year belongs to.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a quarter, such as <c>2011/12 Q5</c>; the message names it.</exception>
    public static FinancialQuarter Parse(string text, FinancialYearCalendar calendar)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(calendar);
        return TryParse(text, calendar, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to read a quarter as <see cref="Parse(string, FinancialYearCalendar)"/> does.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="calendar">The calendar the quarter's year belongs to.</param>
    /// <param name="result">The quarter, or the default value when the text is not a quarter.</param>
    /// <returns><see langword="true"/> if the text was a quarter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string? text, FinancialYearCalendar calendar, out FinancialQuarter result)
    {
        Guard.Against.Null(calendar);
        return TryParse(text, calendar, out result, out _);
    }

    /// <summary>Returns the dates of the quarter as an inclusive interval.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether a date falls in this quarter.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    private static bool TryParse(string? text, FinancialYearCalendar calendar, out FinancialQuarter result, out string error)
    {
        result = default;
        error = FormattableString.Invariant($"'{text}' is not a quarter of the {calendar} calendar; write it as {calendar.Year(2011).Label} Q2.");
        var span = text.AsSpan().Trim();
        var q = span.LastIndexOfAny('Q', 'q');
        if (q < 1 || !char.IsWhiteSpace(span[q - 1]) || span.Length != q + 2 || !char.IsAsciiDigit(span[q + 1]))
        {
            return false;
        }

        var number = span[q + 1] - '0';
        if (number is < 1 or > 4)
        {
            error = FormattableString.Invariant($"'{text}' is not a quarter of the {calendar} calendar: quarter {number} is outside 1 to 4.");
            return false;
        }

        if (!FinancialYear.TryParse(span[..q].TrimEnd().ToString(), calendar, out var year, out var yearError))
        {
            error = FormattableString.Invariant($"'{text}' is not a quarter of the {calendar} calendar: {yearError}");
            return false;
        }

        result = new FinancialQuarter(year, number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(FinancialQuarter other) => Number == other.Number && Year.Equals(other.Year);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialQuarter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Number);

    /// <summary>Compares this quarter with another of the same calendar.</summary>
    /// <param name="other">The quarter to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this quarter is earlier than, the same as or later than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> belongs to a different calendar.</exception>
    public int CompareTo(FinancialQuarter other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Number.CompareTo(other.Number);
    }

    /// <summary>Returns the label, such as <c>2011/12 Q2</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    /// <summary>Compares two quarters for equality.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if they are the same quarter.</returns>
    public static bool operator ==(FinancialQuarter left, FinancialQuarter right) => left.Equals(right);

    /// <summary>Compares two quarters for inequality.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if they are different quarters.</returns>
    public static bool operator !=(FinancialQuarter left, FinancialQuarter right) => !left.Equals(right);

    /// <summary>Returns whether one quarter is earlier than another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier.</returns>
    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one quarter is later than another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later.</returns>
    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one quarter is no later than another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier or the same.</returns>
    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one quarter is no earlier than another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later or the same.</returns>
    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;
}
