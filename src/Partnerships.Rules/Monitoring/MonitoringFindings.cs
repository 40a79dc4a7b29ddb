using System.Collections.Immutable;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// The codes and English message templates of the findings of in-year monitoring: spend returns, payments and
/// the review of under-spend.
/// </summary>
/// <remarks>
/// A code never changes meaning and is never reused (MON013 was withdrawn before release: a bid the review does not fund
/// carries the over-programming stage's own reason, <see cref="Allocation.AllocationFindings"/>). Placeholders in braces are filled from
/// <see cref="Finding.Values"/>. This type is static, immutable and thread-safe.
/// </remarks>
public static class MonitoringFindings
{
    /// <summary>No spend return came for a quarter: nothing is paid for it until one does.</summary>
    public const string ReturnMissing = "MON001";

    /// <summary>A spend return came after the day it was due.</summary>
    public const string ReturnLate = "MON002";

    /// <summary>A second return for a quarter already recorded was ignored.</summary>
    public const string ReturnDuplicate = "MON003";

    /// <summary>A return from a recipient with no allocation was ignored.</summary>
    public const string ReturnUnknownRecipient = "MON004";

    /// <summary>Spend to date exceeds the allocation; the excess is not paid.</summary>
    public const string SpendAboveAllocation = "MON005";

    /// <summary>Forecast under-spend beyond the tolerance was reclaimed.</summary>
    public const string UnderspendReclaimed = "MON006";

    /// <summary>Forecast under-spend within the tolerance was left with the recipient.</summary>
    public const string UnderspendTolerated = "MON007";

    /// <summary>The forecast outturn is below spend to date; spend to date is taken as the forecast.</summary>
    public const string ForecastBelowSpend = "MON008";

    /// <summary>The recipient has no forecast at the review, so its under-spend could not be judged.</summary>
    public const string ForecastMissing = "MON009";

    /// <summary>The recipient forecasts spending more than its allocation.</summary>
    public const string ForecastAboveAllocation = "MON010";

    /// <summary>An activity was funded from the money reallocated at the review.</summary>
    public const string ActivityFunded = "MON011";

    /// <summary>An activity was passed over because its recipient is itself under-spending.</summary>
    public const string UnderspendingRecipientPassedOver = "MON012";

    /// <summary>Money stays unallocated after the review.</summary>
    public const string PoolUnallocated = "MON014";

    /// <summary>The review point does not reallocate under-spend, so nothing was changed.</summary>
    public const string ReviewDoesNotReallocate = "MON015";

    /// <summary>A bid of the further round repeats an activity already held, and was ignored.</summary>
    public const string BidDuplicate = "MON016";

    /// <summary>A return for an earlier quarter arrived with a later quarter's returns; its spend is paid now.</summary>
    public const string ReturnCarriedForward = "MON017";

    /// <summary>A query is still unanswered after the day its answer was due.</summary>
    public const string QueryOverdue = "MON018";

    /// <summary>A recipient's spend to date is behind the elapsed share of the year by more than the terms allow.</summary>
    public const string SpendBehindRate = "MON019";

    /// <summary>Forecast under-spend beyond the tolerance was reclaimed in whole, as the terms say (<see cref="Schemes.UnderspendReclaim.WholeUnderspend"/>).</summary>
    public const string UnderspendReclaimedInWhole = "MON020";

    /// <summary>A plan of a further bidding round was found ineligible, so none of its activities bid.</summary>
    public const string FurtherRoundPlanIneligible = "MON021";

    internal static readonly FindingDefinition ReturnMissingDefinition = new(ReturnMissing, FindingSeverity.Warning, "No spend return from {recipient} for {quarter}; nothing is paid for that quarter until one arrives.");
    internal static readonly FindingDefinition ReturnCarriedForwardDefinition = new(ReturnCarriedForward, FindingSeverity.Warning, "The spend return from {recipient} for {quarter} arrived with the returns for {recorded}; its spend is paid with that quarter.");
    internal static readonly FindingDefinition ReturnLateDefinition = new(ReturnLate, FindingSeverity.Warning, "The spend return from {recipient} for {quarter} came on {submitted}, after it was due on {due}.");
    internal static readonly FindingDefinition ReturnDuplicateDefinition = new(ReturnDuplicate, FindingSeverity.Warning, "A second spend return from {recipient} for {quarter} was ignored; the first one stands.");
    internal static readonly FindingDefinition ReturnUnknownRecipientDefinition = new(ReturnUnknownRecipient, FindingSeverity.Warning, "A spend return from {recipient} for {quarter} was ignored: the recipient has no allocation this year.");
    internal static readonly FindingDefinition SpendAboveAllocationDefinition = new(SpendAboveAllocation, FindingSeverity.Warning, "{recipient} has spent {spent} to date against an allocation of {allocation}; {unpaid} is not paid.");
    internal static readonly FindingDefinition UnderspendReclaimedDefinition = new(UnderspendReclaimed, FindingSeverity.Information, "{recipient} forecasts {forecast} against an allocation of {allocation}: under-spend {underspend}, of which {tolerance} is tolerated and {reclaimed} is reclaimed.");
    internal static readonly FindingDefinition UnderspendToleratedDefinition = new(UnderspendTolerated, FindingSeverity.Information, "{recipient} forecasts {forecast} against an allocation of {allocation}: under-spend {underspend} is within the tolerance of {tolerance} and is kept.");
    internal static readonly FindingDefinition ForecastBelowSpendDefinition = new(ForecastBelowSpend, FindingSeverity.Warning, "{recipient} forecasts {forecast} for the year but has already spent {spent}; {spent} is taken as its forecast.");
    internal static readonly FindingDefinition ForecastMissingDefinition = new(ForecastMissing, FindingSeverity.Warning, "{recipient} has made no spend return by {review}, so its under-spend is not judged and nothing is reclaimed.");
    internal static readonly FindingDefinition ForecastAboveAllocationDefinition = new(ForecastAboveAllocation, FindingSeverity.Warning, "{recipient} forecasts {forecast} against an allocation of {allocation}: {overspend} more than it will be paid.");
    internal static readonly FindingDefinition ActivityFundedDefinition = new(ActivityFunded, FindingSeverity.Information, "Activity {activity} of {recipient} receives {amount} of the {request} it asks for, from money reallocated at the {review}.");
    internal static readonly FindingDefinition UnderspendingRecipientPassedOverDefinition = new(UnderspendingRecipientPassedOver, FindingSeverity.Information, "Activity {activity} of {recipient} is passed over: the recipient is itself under-spending and the terms do not let it receive more.");
    internal static readonly FindingDefinition PoolUnallocatedDefinition = new(PoolUnallocated, FindingSeverity.Information, "{amount} stays unallocated after the {review}.");
    internal static readonly FindingDefinition ReviewDoesNotReallocateDefinition = new(ReviewDoesNotReallocate, FindingSeverity.Information, "The {review} does not reallocate under-spend; nothing is reclaimed or reallocated.");
    internal static readonly FindingDefinition BidDuplicateDefinition = new(BidDuplicate, FindingSeverity.Warning, "A further-round bid for activity {activity} of {recipient} repeats an activity already held and was ignored.");

    internal static readonly FindingDefinition QueryOverdueDefinition = new(QueryOverdue, FindingSeverity.Warning, "Query {query} to {recipient} on activity {activity} ({amount}, from {finding}) was to be answered by {due} and is still open on {date}.");
    internal static readonly FindingDefinition SpendBehindRateDefinition = new(SpendBehindRate, FindingSeverity.Warning, "{recipient} has spent {spent} of its allocation of {allocation} by the {review}: {spentShare} of it, against {elapsedShare} of the year elapsed, behind by more than {threshold}.");
    internal static readonly FindingDefinition UnderspendReclaimedInWholeDefinition = new(UnderspendReclaimedInWhole, FindingSeverity.Information, "{recipient} forecasts {forecast} against an allocation of {allocation}: under-spend {underspend} is beyond the tolerance of {tolerance}, so all of it, {reclaimed}, is reclaimed.");
    internal static readonly FindingDefinition FurtherRoundPlanIneligibleDefinition = new(FurtherRoundPlanIneligible, FindingSeverity.Warning, "The further-round plan of {recipient} was found ineligible at the {review} ({reasons}); none of its activities bid.");

    /// <summary>Gets the definition of every monitoring finding, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } =
    [
        ReturnMissingDefinition, ReturnLateDefinition, ReturnDuplicateDefinition, ReturnUnknownRecipientDefinition, SpendAboveAllocationDefinition,
        UnderspendReclaimedDefinition, UnderspendToleratedDefinition, ForecastBelowSpendDefinition, ForecastMissingDefinition, ForecastAboveAllocationDefinition,
        ActivityFundedDefinition, UnderspendingRecipientPassedOverDefinition, PoolUnallocatedDefinition, ReviewDoesNotReallocateDefinition, BidDuplicateDefinition,
        ReturnCarriedForwardDefinition, QueryOverdueDefinition, SpendBehindRateDefinition, UnderspendReclaimedInWholeDefinition, FurtherRoundPlanIneligibleDefinition,
    ];
}
