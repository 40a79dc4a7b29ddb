using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// The terms of a fund for one financial year: how much there is, the standard allocation per recipient, the
/// priorities, whether over-programmed bids are invited, the review points and the rules for under-spend.
/// </summary>
/// <remarks>
/// Terms are looked up from a <see cref="FundScheme"/> by year. Change a term with a <c>with</c> expression; the
/// original is never altered. All amounts are in the fund's <see cref="Currency"/>: each amount is checked against
/// the others as it is set, whatever the order, so terms in two currencies cannot be built (to change the currency,
/// build new terms). A <see langword="default"/> array is taken as empty.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record FundTerms
{
    /// <summary>
    /// Gets the name of the scheme the terms belong to, set by <see cref="FundScheme.WithTerms"/> (and so by
    /// <see cref="FundScheme.TermsFor"/>); <see langword="null"/> for terms made on their own. A fund position carries
    /// it, so a position is never reviewed under another scheme's terms.
    /// </summary>
    public string? SchemeName { get; init; }

    /// <summary>Gets the financial year the terms are for.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>Gets the whole fund for the year, such as £1,600,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fund set is negative.</exception>
    /// <exception cref="ArgumentException">The fund set is in another currency from the standard allocation or the tolerance floor.</exception>
    public required Money Fund
    {
        get;
        init
        {
            Guard.Against.NegativeMoney(value, nameof(Fund));
            SameCurrency(StandardAllocation, value, nameof(Fund));
            SameCurrency(UnderspendTolerance?.Floor ?? default, value, nameof(Fund));
            field = value;
        }
    }

    /// <summary>Gets the standard allocation per recipient, such as £50,000 per borough command unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount set is negative.</exception>
    /// <exception cref="ArgumentException">The amount set is in another currency from the fund.</exception>
    public required Money StandardAllocation
    {
        get;
        init
        {
            Guard.Against.NegativeMoney(value, nameof(StandardAllocation));
            SameCurrency(Fund, value, nameof(StandardAllocation));
            field = value;
        }
    }

    /// <summary>Gets the year's priorities.</summary>
    /// <exception cref="ArgumentException">A priority set is <see langword="null"/>, or two have the same code (ignoring case).</exception>
    public required ImmutableArray<Priority> Priorities { get; init => field = DistinctPriorities(value.OrEmpty(), nameof(Priorities)); }

    /// <summary>Gets a value indicating whether bids beyond the standard allocation (over-programmed activity) are invited.</summary>
    public bool OverProgrammingInvited { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether a recipient's core request is capped at the standard allocation;
    /// when <see langword="false"/> the whole core request competes for the fund.
    /// </summary>
    public bool CapCoreAtStandardAllocation { get; init; } = true;

    /// <summary>Gets a value indicating whether amounts under query are held back from allocation until the query is answered.</summary>
    public bool HoldBackQueriedAmounts { get; init; }

    /// <summary>Gets the review points of the year, such as the September review after quarter 2.</summary>
    /// <exception cref="ArgumentException">A review point set is <see langword="null"/>, or two follow the same quarter.</exception>
    public ImmutableArray<ReviewPoint> ReviewPoints { get; init => field = DistinctReviewPoints(value.OrEmpty(), nameof(ReviewPoints)); } = [];

    /// <summary>Gets the on-cost rates for costing staff posts.</summary>
    /// <exception cref="ArgumentNullException">The rates set are <see langword="null"/>.</exception>
    public StaffOnCostRates OnCosts { get; init => field = Guard.Against.Null(value, nameof(OnCosts)); } = StaffOnCostRates.Report2003;

    /// <summary>Gets the thresholds of the value-for-money comparison.</summary>
    /// <exception cref="ArgumentNullException">The thresholds set are <see langword="null"/>.</exception>
    public ValueForMoneyThresholds ValueForMoney { get; init => field = Guard.Against.Null(value, nameof(ValueForMoney)); } = ValueForMoneyThresholds.Default;

    /// <summary>Gets the under-spend tolerated at a review point before it is reclaimed; none is tolerated when <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The floor set is in another currency from the fund.</exception>
    public UnderspendTolerance? UnderspendTolerance
    {
        get;
        init
        {
            SameCurrency(Fund, value?.Floor ?? default, nameof(UnderspendTolerance));
            field = value;
        }
    }

    /// <summary>Gets a value indicating whether a recipient that is itself under-spending may be given more at a review.</summary>
    public bool UnderspendingRecipientsMayReceive { get; init; }

    /// <summary>Gets the deadline for spend plans, as a local time in <c>Europe/London</c>; none when <see langword="null"/>.</summary>
    public LocalDateTime? SubmissionDeadline { get; init; }

    /// <summary>Gets the recipients the scheme knows, such as the 32 borough command units; any recipient may bid when empty.</summary>
    public ImmutableArray<SchemeRecipient> Recipients { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets where each parameter of these terms was set (document and paragraph), when the terms were read from a scheme file.</summary>
    public ImmutableArray<ParameterSource> Sources { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the number of working days (England and Wales) a recipient has to answer a query, counted from the day it is raised: 10 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number set is negative or above 366, as a scheme file allows.</exception>
    public int QueryResponseWorkingDays { get; init => field = Guard.Against.Above(Guard.Against.NegativeNumber(value, nameof(QueryResponseWorkingDays)), 366, nameof(QueryResponseWorkingDays)); } = 10;

    /// <summary>
    /// Gets how far, as a fraction of its allocation, a recipient's spend to date may fall behind the elapsed share of the year
    /// before a review reports it: 0.25 (25 percentage points) unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction set is not from 0 to 1.</exception>
    public decimal RateOfSpendThreshold { get; init => field = Guard.Against.NotAFraction(value, nameof(RateOfSpendThreshold)); } = 0.25m;

    /// <summary>Gets how forecast under-spend beyond the tolerance is reclaimed at a review: only the excess unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined <see cref="Schemes.UnderspendReclaim"/>.</exception>
    public UnderspendReclaim UnderspendReclaim { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(UnderspendReclaim), value, "Not a defined way to reclaim under-spend."); }

    /// <summary>Gets the currency of the fund.</summary>
    public Currency Currency => Fund.Currency;

    /// <summary>Finds where a parameter of these terms was set, such as <c>standardAllocation</c>.</summary>
    /// <param name="parameter">The parameter's name in the scheme file, compared ordinally.</param>
    /// <returns>The source, or <see langword="null"/> when the terms do not record one for it.</returns>
    public ParameterSource? SourceOf(string parameter)
    {
        foreach (var source in Sources)
        {
            if (string.Equals(source.Parameter, parameter, StringComparison.Ordinal))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>Finds a priority of these terms by its code, ignoring case.</summary>
    /// <param name="code">The priority code.</param>
    /// <returns>The priority, or <see langword="null"/> when the terms have none with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public Priority? FindPriority(string code)
    {
        Guard.Against.Null(code);
        foreach (var priority in Priorities)
        {
            if (string.Equals(priority.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return priority;
            }
        }

        return null;
    }

    /// <summary>Gets a priority of these terms by its code, ignoring case.</summary>
    /// <param name="code">The priority code.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The terms have no priority with that code.</exception>
    public Priority GetPriority(string code) =>
        FindPriority(code) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The terms for {Year} have no priority '{code}'."));

    // Checks one amount against another already set; an amount not set yet (default) is checked when it is set.
    private static void SameCurrency(Money other, Money value, string parameterName)
    {
        if (other != default && value != default)
        {
            Guard.Against.ForeignCurrency(other, value, parameterName);
        }
    }

    private static ImmutableArray<Priority> DistinctPriorities(ImmutableArray<Priority> priorities, string parameterName)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var priority in priorities)
        {
            Guard.Against.Null(priority, parameterName);
            if (!codes.Add(priority.Code))
            {
                throw new ArgumentException(FormattableString.Invariant($"Each priority must have its own code (ignoring case); got '{priority.Code}' twice."), parameterName);
            }
        }

        return priorities;
    }

    private static ImmutableArray<ReviewPoint> DistinctReviewPoints(ImmutableArray<ReviewPoint> points, string parameterName)
    {
        var quarters = 0;
        foreach (var point in points)
        {
            Guard.Against.Null(point, parameterName);
            var bit = 1 << point.AfterQuarter;
            if ((quarters & bit) != 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"Each review point must follow its own quarter; got two after quarter {point.AfterQuarter}."), parameterName);
            }

            quarters |= bit;
        }

        return points;
    }

    /// <summary>Returns a value indicating whether another set of terms holds equal values: the priorities and review points compared in order.</summary>
    /// <param name="other">The set of terms to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(FundTerms? other) =>
        other is not null
        && SchemeName == other.SchemeName
        && Year == other.Year
        && Fund == other.Fund
        && StandardAllocation == other.StandardAllocation
        && ValueEquality.Equal(Priorities, other.Priorities)
        && OverProgrammingInvited == other.OverProgrammingInvited
        && CapCoreAtStandardAllocation == other.CapCoreAtStandardAllocation
        && HoldBackQueriedAmounts == other.HoldBackQueriedAmounts
        && ValueEquality.Equal(ReviewPoints, other.ReviewPoints)
        && OnCosts == other.OnCosts
        && ValueForMoney == other.ValueForMoney
        && UnderspendTolerance == other.UnderspendTolerance
        && UnderspendingRecipientsMayReceive == other.UnderspendingRecipientsMayReceive
        && SubmissionDeadline == other.SubmissionDeadline
        && ValueEquality.Equal(Recipients, other.Recipients)
        && ValueEquality.Equal(Sources, other.Sources)
        && QueryResponseWorkingDays == other.QueryResponseWorkingDays
        && RateOfSpendThreshold == other.RateOfSpendThreshold
        && UnderspendReclaim == other.UnderspendReclaim;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Fund, StandardAllocation, ValueEquality.Hash(Priorities), ValueEquality.Hash(ReviewPoints), UnderspendTolerance, SubmissionDeadline);
}
