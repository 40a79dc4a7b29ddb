using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// Part-year amounts of an annual amount: for whole months (9 of 12), for the days of a date interval, and for a post
/// filled part way through a financial year.
/// </summary>
/// <remarks>
/// <para>Every proration multiplies by an exact fraction and rounds once, to a minor unit, by the
/// <see cref="MidpointRounding"/> rule the caller names: £228,555.00 for 9 of 12 months is £171,416.25 exactly.
/// Intervals are inclusive at both ends, as NodaTime's <see cref="DateInterval"/> is.</para>
/// <para>Rounding each part on its own can lose or gain a penny against the whole; <see cref="MonthlyShares"/> gives
/// twelve shares that sum to the annual amount exactly.</para>
/// <para>The members are pure functions and thread-safe.</para>
/// </remarks>
public static class Proration
{
    private const int MonthsInYear = 12;

    /// <summary>Returns the share of an annual amount for a number of whole months: <paramref name="months"/>/12 of it.</summary>
    /// <param name="annualAmount">The amount for the whole year.</param>
    /// <param name="months">The number of months, 0 to 12.</param>
    /// <param name="rounding">How to round a share finer than the minor unit.</param>
    /// <returns>The share, rounded once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 0 to 12, or <paramref name="rounding"/> is not a defined value.</exception>
    public static Money ForMonths(Money annualAmount, int months, MidpointRounding rounding)
    {
        Guard.Against.NegativeNumber(months);
        Guard.Against.Above(months, MonthsInYear);
        return annualAmount.MultiplyBy(months, MonthsInYear, rounding);
    }

    /// <summary>Returns twelve monthly shares of an annual amount that sum to it exactly.</summary>
    /// <remarks>Share <c>k</c> is <c>ForMonths(k) - ForMonths(k - 1)</c>, so the first <c>k</c> shares always sum to
    /// <see cref="ForMonths"/> of <c>k</c> months, and no share differs from a twelfth by a minor unit or more.</remarks>
    /// <param name="annualAmount">The amount for the whole year.</param>
    /// <param name="rounding">How to round the running totals.</param>
    /// <returns>Twelve shares, month 1 first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    public static ImmutableArray<Money> MonthlyShares(Money annualAmount, MidpointRounding rounding)
    {
        var shares = ImmutableArray.CreateBuilder<Money>(MonthsInYear);
        var before = Money.Zero(annualAmount.Currency);
        for (var month = 1; month <= MonthsInYear; month++)
        {
            var toDate = ForMonths(annualAmount, month, rounding);
            shares.Add(toDate - before);
            before = toDate;
        }

        return shares.MoveToImmutable();
    }

    /// <summary>Returns the share of an annual amount for the days of an interval, by the days of each financial year it touches.</summary>
    /// <remarks>The piece of the interval in each financial year gets (its days / the year's days) of the annual amount,
    /// rounded once; the pieces are then added. A whole year gets exactly the annual amount.</remarks>
    /// <param name="annualAmount">The amount for a whole year.</param>
    /// <param name="interval">The days, inclusive at both ends.</param>
    /// <param name="calendar">The calendar whose years the annual amount is for.</param>
    /// <param name="rounding">How to round each year's share.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The share is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money ForDays(Money annualAmount, DateInterval interval, FinancialYearCalendar calendar, MidpointRounding rounding)
    {
        Guard.Against.Null(interval);
        Guard.Against.Null(calendar);
        var total = Money.Zero(annualAmount.Currency);
        var year = calendar.YearContaining(interval.Start);
        var from = interval.Start;
        while (true)
        {
            var to = interval.End < year.End ? interval.End : year.End;
            var days = Period.DaysBetween(from, to) + 1;
            total += annualAmount.MultiplyBy(days, year.DayCount, rounding);
            if (to == interval.End)
            {
                return total;
            }

            year = year.Next;
            from = year.Start;
        }
    }

    /// <summary>Returns the part-year cost of a post filled during a financial year: from the day it is filled to the end of the year.</summary>
    /// <example>A post costing £228,555.00 a year filled on 1 July 2003 costs £171,416.25 in 2003/04 (9 whole months).</example>
    /// <param name="annualCost">The cost of the post for a whole year.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="filledOn">The day the post is filled; in <paramref name="year"/>.</param>
    /// <param name="basis">Whether to count whole months (the month of filling in full) or days.</param>
    /// <param name="rounding">How to round a cost finer than the minor unit.</param>
    /// <returns>The cost for the rest of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filledOn"/> is not in <paramref name="year"/>, or
    /// <paramref name="basis"/> or <paramref name="rounding"/> is not a defined value.</exception>
    public static Money ForPostFilledOn(Money annualCost, FinancialYear year, LocalDate filledOn, ProrationBasis basis, MidpointRounding rounding)
    {
        var month = year.MonthNumber(filledOn);
        return basis switch
        {
            ProrationBasis.WholeMonths => ForMonths(annualCost, MonthsInYear + 1 - month, rounding),
            ProrationBasis.Days => annualCost.MultiplyBy(Period.DaysBetween(filledOn, year.End) + 1, year.DayCount, rounding),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined ProrationBasis."),
        };
    }
}
