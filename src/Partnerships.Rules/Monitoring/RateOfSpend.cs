using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Checks each recipient's rate of spend at a review point: its spend to date against the share of the year elapsed
/// by the end of the quarter the review follows, as the 2011/12 fund checked it in October.
/// </summary>
/// <remarks>
/// <para>The elapsed share is days of the year up to and including the review date (<see cref="FinancialYear.ReviewDate"/>)
/// over the days of the year. A recipient is behind when its elapsed share less the share of its allocation spent is more
/// than <see cref="FundTerms.RateOfSpendThreshold"/>; the comparison is exact, in whole numbers, so a recipient exactly at the
/// threshold is not behind. A recipient with no allocation is not judged. This type is stateless and thread-safe.</para>
/// </remarks>
public static class RateOfSpend
{
    /// <summary>Works out the rate of spend of every recipient at a review point.</summary>
    /// <param name="position">The position at the review.</param>
    /// <param name="terms">The terms of the position's year, for the threshold.</param>
    /// <param name="reviewPoint">The review point: its quarter sets the share of the year elapsed.</param>
    /// <returns>One row per account, in recipient id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund.</exception>
    public static ImmutableArray<SpendRate> Check(FundPosition position, FundTerms terms, ReviewPoint reviewPoint)
    {
        Guard.Against.Null(position);
        QueryDesk.CheckTerms(position, terms);
        Guard.Against.Null(reviewPoint);
        var year = position.Year;
        var on = year.ReviewDate(reviewPoint.AfterQuarter);
        var elapsed = Period.DaysBetween(year.Start, on) + 1;
        var days = year.DayCount;
        var elapsedShare = Share(elapsed, days);
        var rows = ImmutableArray.CreateBuilder<SpendRate>(position.Accounts.Length);
        foreach (var account in position.Accounts)
        {
            var allocation = account.Allocation;
            rows.Add(new SpendRate(
                account.RecipientId,
                allocation,
                account.Spent,
                allocation.MultiplyBy(elapsed, days, MidpointRounding.ToZero),
                allocation.IsZero ? 0m : Share(account.Spent.MinorUnits, allocation.MinorUnits),
                elapsedShare,
                IsBehind(account.Spent, allocation, elapsed, days, terms.RateOfSpendThreshold)));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Reports the recipients behind the rate of spend at a review point.</summary>
    /// <param name="position">The position at the review.</param>
    /// <param name="terms">The terms of the position's year, for the threshold.</param>
    /// <param name="reviewPoint">The review point.</param>
    /// <returns>A <see cref="MonitoringFindings.SpendBehindRate"/> finding for each recipient behind, in recipient id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund.</exception>
    public static ImmutableArray<Finding> Findings(FundPosition position, FundTerms terms, ReviewPoint reviewPoint)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var row in Check(position, terms, reviewPoint))
        {
            if (row.IsBehind)
            {
                findings.Add(MonitoringFindings.SpendBehindRateDefinition.Make(
                    row.RecipientId, null, null,
                    ("allocation", row.Allocation), ("elapsedShare", Percent(row.ElapsedShare)), ("recipient", row.RecipientId), ("review", reviewPoint.Name),
                    ("spent", row.Spent), ("spentShare", Percent(row.SpentShare)), ("threshold", Percent(terms.RateOfSpendThreshold) + " points")));
            }
        }

        return findings.DrainToImmutable();
    }

    /// <summary>Decides exactly whether spend is behind the elapsed share of the year by more than a threshold.</summary>
    /// <param name="spent">Spend to date.</param>
    /// <param name="allocation">The allocation; not judged (never behind) when zero.</param>
    /// <param name="elapsedDays">Days of the year elapsed.</param>
    /// <param name="yearDays">Days in the year; positive.</param>
    /// <param name="threshold">The fraction of the allocation spend may lag by, 0 to 1.</param>
    /// <returns><see langword="true"/> if elapsed / year − spent / allocation &gt; threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, the year has no days, or the threshold is not from 0 to 1.</exception>
    public static bool IsBehind(Money spent, Money allocation, int elapsedDays, int yearDays, decimal threshold)
    {
        Guard.Against.NegativeMoney(spent);
        Guard.Against.NegativeMoney(allocation);
        Guard.Against.NegativeNumber(elapsedDays);
        Guard.Against.Below(yearDays, 1);
        Guard.Against.NotAFraction(threshold);
        if (allocation.IsZero)
        {
            return false;
        }

        // elapsed/Y − spent/A > m/10^s  ⇔  (elapsed·A − spent·Y)·10^s > m·A·Y, in whole numbers.
        var bits = decimal.GetBits(threshold);
        var scale = (bits[3] >> 16) & 0xFF;
        // The three words are unsigned: a word with its top bit set reads as a negative int (unchecked, or it throws).
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var a = new BigInteger(allocation.MinorUnits);
        var y = new BigInteger(yearDays);
        var lag = (new BigInteger(elapsedDays) * a) - (new BigInteger(spent.MinorUnits) * y);
        return lag * BigInteger.Pow(10, scale) > mantissa * a * y;
    }

    private static decimal Share(long part, long whole) => Math.Round((decimal)part / whole, 4, MidpointRounding.ToEven);

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
