using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// The named eligibility rules: the three criteria of the 2011/12 assessment (a priority addressed, broadly value for
/// money, equality impact addressed) and the structural ones (within the standard allocation unless over-programmed,
/// submitted by the deadline). Right year and right currency are checked by plan validation
/// (<see cref="PlanFindings.WrongYear"/>, <see cref="PlanFindings.ForeignCurrency"/>), which assessment runs first.
/// </summary>
/// <remarks>
/// Each rule returns its findings (none when it is met), with the values it used. Rules expect a plan that passed
/// <see cref="SpendPlanValidator"/> against the same terms. This type is stateless and thread-safe.
/// </remarks>
public static class EligibilityRules
{
    /// <summary>Gets the time zone deadlines are read in: <c>Europe/London</c> from the TZDB provider.</summary>
    public static DateTimeZone DeadlineZone => DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Criterion 1: the plan addresses at least one priority (<see cref="AssessmentFindings.NoPriorityAddressed"/>,
    /// <see cref="AssessmentFindings.PrioritiesAddressedOnlyArguably"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="fits">The fit of each of its activities.</param>
    /// <param name="terms">The year's terms.</param>
    /// <returns>A failure when nothing fits, a query when everything fits only arguably, else nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> AddressesAPriority(SpendPlan plan, IReadOnlyCollection<ActivityFit> fits, FundTerms terms)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(fits);
        Guard.Against.Null(terms);
        return AddressesAPriority(plan, [.. fits], terms);
    }

    /// <summary>Criterion 1, as <see cref="AddressesAPriority(SpendPlan, IReadOnlyCollection{ActivityFit}, FundTerms)"/>, on fits in hand.</summary>
    internal static ImmutableArray<Finding> AddressesAPriority(SpendPlan plan, ReadOnlySpan<ActivityFit> fits, FundTerms terms)
    {
        var arguable = 0;
        foreach (var fit in fits)
        {
            if (fit.Level == PriorityFitLevel.Direct)
            {
                return [];
            }

            arguable += fit.Level == PriorityFitLevel.Arguable ? 1 : 0;
        }

        return arguable == 0
            ? [AssessmentFindings.Make(AssessmentFindings.NoPriorityAddressed, FindingSeverity.Failure, plan.Recipient.Id, null, plan.Total,
                ("priorities", string.Join(", ", terms.Priorities.Select(p => p.Code))))]
            : [AssessmentFindings.Make(AssessmentFindings.PrioritiesAddressedOnlyArguably, FindingSeverity.Query, plan.Recipient.Id, null, plan.Total,
                ("arguable", arguable))];
    }

    /// <summary>Criterion 2: the plan broadly represents value for money (<see cref="AssessmentFindings.NotBroadlyValueForMoney"/>):
    /// no more than <see cref="ValueForMoneyThresholds.MaximumOutlierShare"/> of its cost is in unit-cost outliers.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="comparisons">The unit-cost comparisons of its activities.</param>
    /// <param name="terms">The year's terms.</param>
    /// <returns>A query when too much is in outliers, else nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> BroadlyValueForMoney(SpendPlan plan, IEnumerable<UnitCostComparison> comparisons, FundTerms terms)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(comparisons);
        Guard.Against.Null(terms);
        return BroadlyValueForMoney(plan, [.. comparisons], terms, plan.Total);
    }

    /// <summary>Criterion 2, as <see cref="BroadlyValueForMoney(SpendPlan, IEnumerable{UnitCostComparison}, FundTerms)"/>, on comparisons in hand.</summary>
    internal static ImmutableArray<Finding> BroadlyValueForMoney(SpendPlan plan, ReadOnlySpan<UnitCostComparison> comparisons, FundTerms terms, Money total)
    {
        var outliers = Money.Zero(total.Currency);
        foreach (var comparison in comparisons)
        {
            if (comparison.IsOutlier)
            {
                outliers += comparison.Cost;
            }
        }

        var maximum = terms.ValueForMoney.MaximumOutlierShare;
        if (outliers.IsZero || total.IsZero || outliers.MinorUnits <= maximum * total.MinorUnits)
        {
            return [];
        }

        return [AssessmentFindings.Make(AssessmentFindings.NotBroadlyValueForMoney, FindingSeverity.Query, plan.Recipient.Id, null, outliers,
            ("outlierCost", outliers), ("total", total), ("share", Math.Round(outliers.MinorUnits / (decimal)total.MinorUnits, 4)), ("maximumShare", maximum))];
    }

    /// <summary>Criterion 3: the equality impact section is addressed (<see cref="AssessmentFindings.EqualityImpactNotAddressed"/>).
    /// A blank section is a query, not a failure: as in 2011/12, the recipient is asked to complete it.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>A query when the statement is blank, else nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> EqualityImpactAddressed(SpendPlan plan)
    {
        Guard.Against.Null(plan);
        return DomainGuards.IsBlankText(plan.EqualityImpactStatement)
            ? [AssessmentFindings.Make(AssessmentFindings.EqualityImpactNotAddressed, FindingSeverity.Query, plan.Recipient?.Id, null, null)]
            : [];
    }

    /// <summary>The core request is within the standard allocation unless the excess is marked over-programmed, and
    /// over-programmed activity is bid only when invited (<see cref="AssessmentFindings.CoreAboveStandardAllocation"/>,
    /// <see cref="AssessmentFindings.OverProgrammingNotInvited"/>, <see cref="AssessmentFindings.OverProgrammedBid"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="terms">The year's terms.</param>
    /// <returns>Failures when the core is over the standard allocation (and the terms cap it) or over-programming is not
    /// invited; a note of an invited over-programmed bid.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> WithinStandardAllocation(SpendPlan plan, FundTerms terms)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(terms);
        return WithinStandardAllocation(plan, terms, plan.CoreTotal, plan.Activities.Any(static a => a.IsOverProgrammed) ? plan.OverProgrammedTotal : null);
    }

    /// <summary>As <see cref="WithinStandardAllocation(SpendPlan, FundTerms)"/>, on the plan's totals in hand: its core, and
    /// its over-programmed total when it has over-programmed activity.</summary>
    internal static ImmutableArray<Finding> WithinStandardAllocation(SpendPlan plan, FundTerms terms, Money core, Money? overProgrammedTotal)
    {
        Finding? above = null;
        if (terms.CapCoreAtStandardAllocation && core > terms.StandardAllocation)
        {
            above = AssessmentFindings.Make(AssessmentFindings.CoreAboveStandardAllocation, FindingSeverity.Failure, plan.Recipient.Id, null, core - terms.StandardAllocation,
                ("core", core), ("standardAllocation", terms.StandardAllocation));
        }

        if (overProgrammedTotal is not { } overProgrammed)
        {
            return above is null ? [] : [above];
        }

        var bid = terms.OverProgrammingInvited
            ? AssessmentFindings.Make(AssessmentFindings.OverProgrammedBid, FindingSeverity.Information, plan.Recipient.Id, null, overProgrammed,
                ("overProgrammed", overProgrammed), ("standardAllocation", terms.StandardAllocation))
            : AssessmentFindings.Make(AssessmentFindings.OverProgrammingNotInvited, FindingSeverity.Failure, plan.Recipient.Id, null, overProgrammed,
                ("overProgrammed", overProgrammed), ("year", terms.Year.Label));
        return above is null ? [bid] : [above, bid];
    }

    /// <summary>The plan was submitted by the deadline, read as a local time in <c>Europe/London</c>
    /// (<see cref="AssessmentFindings.SubmittedLate"/>, <see cref="AssessmentFindings.SubmissionTimeUnknown"/>).</summary>
    /// <remarks>A deadline in the hour skipped when clocks go forward is taken as the first instant after it; one in the
    /// repeated hour when clocks go back as the later of the two, so no plan is late by the clock change. A plan
    /// submitted exactly at the deadline is on time.</remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="terms">The year's terms.</param>
    /// <returns>A failure when late, a warning when the submission time is unknown, else nothing (also when there is no deadline).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> SubmittedByDeadline(SpendPlan plan, FundTerms terms)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(terms);
        if (terms.SubmissionDeadline is not { } deadline)
        {
            return [];
        }

        var zone = DeadlineZone;
        if (plan.SubmittedAt is not { } submitted)
        {
            return [AssessmentFindings.Make(AssessmentFindings.SubmissionTimeUnknown, FindingSeverity.Warning, plan.Recipient.Id, null, null,
                ("deadline", LocalDateTimePattern.GeneralIso.Format(deadline)), ("zone", zone.Id))];
        }

        // Not AtLeniently: it takes the earlier of a repeated hour and shifts a skipped time forward by the gap.
        var cutOff = zone.ResolveLocal(deadline, Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter)).ToInstant();
        if (submitted <= cutOff)
        {
            return [];
        }

        var local = submitted.InZone(zone).LocalDateTime;
        return [AssessmentFindings.Make(AssessmentFindings.SubmittedLate, FindingSeverity.Failure, plan.Recipient.Id, null, null,
            ("submitted", LocalDateTimePattern.GeneralIso.Format(local)), ("deadline", LocalDateTimePattern.GeneralIso.Format(deadline)), ("zone", zone.Id),
            ("lateBy", (submitted - cutOff).ToString("o", CultureInfo.InvariantCulture)))];
    }
}
