using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// The terms of a fund for one financial year: how much there is, the standard allocation per recipient, the
/// priorities, whether over-programmed bids are invited, the review points and the rules for under-spend.
/// </summary>
/// <remarks>
/// Terms are looked up from a <see cref="FundScheme"/> by year. Change a term with a <c>with</c> expression; the
/// original is never altered. All amounts are in the fund's <see cref="Currency"/>.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record FundTerms
{
    /// <summary>Gets the financial year the terms are for.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>Gets the whole fund for the year, such as £1,600,000.</summary>
    public required Money Fund { get; init; }

    /// <summary>Gets the standard allocation per recipient, such as £50,000 per borough command unit.</summary>
    public required Money StandardAllocation { get; init; }

    /// <summary>Gets the year's priorities.</summary>
    public required ImmutableArray<Priority> Priorities { get; init; }

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
    public ImmutableArray<ReviewPoint> ReviewPoints { get; init; } = [];

    /// <summary>Gets the on-cost rates for costing staff posts.</summary>
    public StaffOnCostRates OnCosts { get; init; } = StaffOnCostRates.Report2003;

    /// <summary>Gets the thresholds of the value-for-money comparison.</summary>
    public ValueForMoneyThresholds ValueForMoney { get; init; } = ValueForMoneyThresholds.Default;

    /// <summary>Gets the under-spend tolerated at a review point before it is reclaimed; none is tolerated when <see langword="null"/>.</summary>
    public UnderspendTolerance? UnderspendTolerance { get; init; }

    /// <summary>Gets a value indicating whether a recipient that is itself under-spending may be given more at a review.</summary>
    public bool UnderspendingRecipientsMayReceive { get; init; }

    /// <summary>Gets the deadline for spend plans, as a local time in <c>Europe/London</c>; none when <see langword="null"/>.</summary>
    public LocalDateTime? SubmissionDeadline { get; init; }

    /// <summary>Gets the recipients the scheme knows, such as the 32 borough command units; any recipient may bid when empty.</summary>
    public ImmutableArray<SchemeRecipient> Recipients { get; init; } = [];

    /// <summary>Gets where each parameter of these terms was set (document and paragraph), when the terms were read from a scheme file.</summary>
    public ImmutableArray<ParameterSource> Sources { get; init; } = [];

    /// <summary>Gets the currency of the fund.</summary>
    [JsonIgnore]
    public Currency Currency => Fund.Currency;

    /// <summary>Finds where a parameter of these terms was set, such as <c>standardAllocation</c>.</summary>
    /// <param name="parameter">The parameter's name in the scheme file, compared ordinally.</param>
    /// <returns>The source, or <see langword="null"/> when the terms do not record one for it.</returns>
    public ParameterSource? SourceOf(string parameter)
    {
        if (Sources.IsDefault)
        {
            return null;
        }

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
    public Priority? FindPriority(string code)
    {
        foreach (var priority in Priorities)
        {
            if (string.Equals(priority.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return priority;
            }
        }

        return null;
    }
}
