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
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
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

    /// <summary>Returns the dates of the quarter as an inclusive interval.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether a date falls in this quarter.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

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
