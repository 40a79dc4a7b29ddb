using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// The record of a fund's year at its close: each recipient's outturn, the last quarter's payment falling in the next
/// financial year, what lapses, what is to be recovered, and the reconciliation to the fund.
/// </summary>
/// <remarks>
/// <para>Reconciliation, to the minor unit: <see cref="Fund"/> = <see cref="PaidInYear"/> + <see cref="PaidAfterYearEnd"/>
/// − <see cref="Recoveries"/> + <see cref="Lapsed"/> + <see cref="Unallocated"/>. Recoveries are shown as a line of their
/// own: money paid and owed back, which returns to the fund when recovered. Each total is the sum of the recipients' figures.</para>
/// <para>Every line is explained by <see cref="Findings"/> (codes in <see cref="MonitoringFindings"/>): an outturn per
/// recipient (MON034), with its lapse (MON035), recovery (MON036), spend above allocation (MON037) or spend unpaid at the
/// close (MON041); the payment after the year end (MON038); money never allocated (MON039), held for a query still open
/// or answered (MON043) or returned by a rejected or withdrawn query and not reallocated (MON044); and the reconciliation (MON040).</para>
/// <para>Made by <see cref="YearEnd.Close(FundPosition, Schemes.FundTerms, IEnumerable{Payment}, QuarterlyPaymentSchedule?)"/>; equality
/// compares every property, the recipients and findings in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record YearEndRecord
{
    /// <summary>Gets the name of the scheme; <see langword="null"/> for terms of no scheme.</summary>
    public string? SchemeName { get; init; }

    /// <summary>Gets the financial year closed.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>Gets the whole fund of the year.</summary>
    public required Money Fund { get; init; }

    /// <summary>Gets every recipient's outturn, ordered by recipient id.</summary>
    public required ImmutableArray<RecipientOutturn> Recipients { get; init => field = value.OrEmpty(); }

    /// <summary>Gets what was paid within the year.</summary>
    public required Money PaidInYear { get; init; }

    /// <summary>Gets what is paid after the year end: the last quarter's payments and any spend unpaid at the close.</summary>
    public required Money PaidAfterYearEnd { get; init; }

    /// <summary>Gets the day the last quarter's payment falls on (the schedule's, or the latest day the payments give); <see langword="null"/> when neither a schedule nor the payments gave one.</summary>
    public LocalDate? PaymentDateAfterYearEnd { get; init; }

    /// <summary>Gets the financial year the last quarter's payment falls in: the year of <see cref="PaymentDateAfterYearEnd"/>, or the next year when it is not dated (in arrears it always follows the year end).</summary>
    public required FinancialYear PaymentYearAfterYearEnd { get; init; }

    /// <summary>Gets the over-payments owed back by recipients.</summary>
    public required Money Recoveries { get; init; }

    /// <summary>Gets the allocation not spent, lapsed back to the fund.</summary>
    public required Money Lapsed { get; init; }

    /// <summary>
    /// Gets the money no recipient holds at the close: never allocated, held for queries still unresolved, or returned by
    /// rejected or withdrawn queries and not reallocated.
    /// </summary>
    public required Money Unallocated { get; init; }

    /// <summary>Gets the findings that explain every line, ordered by recipient id, the fund's own last.</summary>
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <summary>Finds a recipient's outturn.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The outturn, or <see langword="null"/> when the record has none of that recipient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    public RecipientOutturn? FindRecipient(string recipientId)
    {
        Guard.Against.Null(recipientId);
        var index = SortedSearch.FirstIndexOf(Recipients, recipientId, static (r, id) => string.CompareOrdinal(r.RecipientId, id));
        return index >= 0 ? Recipients[index] : null;
    }

    /// <summary>Returns a value indicating whether another record holds equal values: recipients and findings compared in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(YearEndRecord? other) =>
        other is not null
        && SchemeName == other.SchemeName
        && Year == other.Year
        && Fund == other.Fund
        && PaidInYear == other.PaidInYear
        && PaidAfterYearEnd == other.PaidAfterYearEnd
        && PaymentDateAfterYearEnd == other.PaymentDateAfterYearEnd
        && PaymentYearAfterYearEnd == other.PaymentYearAfterYearEnd
        && Recoveries == other.Recoveries
        && Lapsed == other.Lapsed
        && Unallocated == other.Unallocated
        && ValueEquality.Equal(Recipients, other.Recipients)
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Year, Fund, PaidInYear, PaidAfterYearEnd, Recoveries, Lapsed, Unallocated, HashCode.Combine(SchemeName, PaymentDateAfterYearEnd, PaymentYearAfterYearEnd, ValueEquality.Hash(Recipients), ValueEquality.Hash(Findings)));
}
