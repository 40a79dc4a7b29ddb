using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// One of the twelve months of a <see cref="FinancialYear"/>: month 1 of the UK government year 2011/12 is April 2011,
/// month 1 of the UK tax year 2011/12 is 6 April to 5 May 2011.
/// </summary>
/// <remarks>
/// Month <c>n</c> starts <c>n - 1</c> calendar months after the first day of the year (NodaTime's
/// <see cref="LocalDate.PlusMonths"/>, so a year starting on the 31st has a month starting on the 28th or 29th of
/// February). Both <see cref="Start"/> and <see cref="End"/> are inclusive and the twelve months tile the year.
/// Months are equal when their years and numbers are equal; only months of the same calendar can be ordered.
/// The default value is month 1 of the default year. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct FinancialMonth : IEquatable<FinancialMonth>, IComparable<FinancialMonth>
{
    private readonly int number;

    /// <summary>Makes a month of a year.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="number">The month within the year, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 12.</exception>
    public FinancialMonth(FinancialYear year, int number)
    {
        Guard.Against.Below(number, 1);
        Guard.Against.Above(number, 12);
        Year = year;
        this.number = number;
    }

    /// <summary>Gets the financial year the month belongs to.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the number of the month within its year, 1 to 12.</summary>
    public int Number => number == 0 ? 1 : number;

    /// <summary>Gets the quarter the month falls in.</summary>
    public FinancialQuarter Quarter => new(Year, ((Number - 1) / 3) + 1);

    /// <summary>Gets the first day of the month.</summary>
    public LocalDate Start => Year.Start.PlusMonths(Number - 1);

    /// <summary>Gets the last day of the month (inclusive).</summary>
    public LocalDate End => Year.Start.PlusMonths(Number).PlusDays(-1);

    /// <summary>Gets the month after this one, in the next year after month 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The next month's year is beyond 9998.</exception>
    public FinancialMonth Next => Number == 12 ? new(Year.Next, 1) : new(Year, Number + 1);

    /// <summary>Gets the month before this one, in the previous year before month 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The previous month's year is before 1.</exception>
    public FinancialMonth Previous => Number == 1 ? new(Year.Previous, 12) : new(Year, Number - 1);

    /// <summary>Gets the label, such as <c>2011/12 M01</c>.</summary>
    public string Label => FormattableString.Invariant($"{Year.Label} M{Number:D2}");

    /// <summary>Returns the dates of the month as an inclusive interval.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether a date falls in this month.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <inheritdoc />
    public bool Equals(FinancialMonth other) => Number == other.Number && Year.Equals(other.Year);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialMonth other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Number);

    /// <summary>Compares this month with another of the same calendar.</summary>
    /// <param name="other">The month to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this month is earlier than, the same as or later than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> belongs to a different calendar.</exception>
    public int CompareTo(FinancialMonth other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Number.CompareTo(other.Number);
    }

    /// <summary>Returns the label, such as <c>2011/12 M01</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    /// <summary>Compares two months for equality.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if they are the same month.</returns>
    public static bool operator ==(FinancialMonth left, FinancialMonth right) => left.Equals(right);

    /// <summary>Compares two months for inequality.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if they are different months.</returns>
    public static bool operator !=(FinancialMonth left, FinancialMonth right) => !left.Equals(right);

    /// <summary>Returns whether one month is earlier than another of the same calendar.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator <(FinancialMonth left, FinancialMonth right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one month is later than another of the same calendar.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator >(FinancialMonth left, FinancialMonth right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one month is no later than another of the same calendar.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier or the same.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator <=(FinancialMonth left, FinancialMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one month is no earlier than another of the same calendar.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later or the same.</returns>
    /// <exception cref="ArgumentException">The calendars differ.</exception>
    public static bool operator >=(FinancialMonth left, FinancialMonth right) => left.CompareTo(right) >= 0;
}
