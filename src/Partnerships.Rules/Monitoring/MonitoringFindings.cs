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

    /// <summary>A return for a quarter of another year was set aside; the rest of the batch was recorded.</summary>
    public const string ReturnOutsideYear = "MON030";

    /// <summary>A return for a quarter after the one being recorded was set aside; it is to be sent with that quarter's returns.</summary>
    public const string ReturnAhead = "MON031";

    /// <summary>A batch held two returns of one recipient for one quarter: a copy was ignored, or returns that differ were all set aside.</summary>
    public const string ReturnRepeatedInBatch = "MON032";

    /// <summary>A refund larger than spend to date was set aside: spend to date never falls below zero.</summary>
    public const string RefundBeyondSpend = "MON033";

    /// <summary>A recipient's outturn for the year at the close: allocation, spend and payments in and after the year.</summary>
    public const string Outturn = "MON034";

    /// <summary>Allocation not spent by the year end lapses back to the fund.</summary>
    public const string AllocationLapsed = "MON035";

    /// <summary>A recipient was paid more than its outturn allows; the excess is a recovery it owes.</summary>
    public const string OverpaymentRecovery = "MON036";

    /// <summary>A recipient's outturn is above its allocation; the excess is not paid.</summary>
    public const string OutturnAboveAllocation = "MON037";

    /// <summary>The payment for the last quarter, in arrears, falls in the next financial year.</summary>
    public const string PaymentAfterYearEnd = "MON038";

    /// <summary>Money never allocated at the year end stays with the fund.</summary>
    public const string UnallocatedAtYearEnd = "MON039";

    /// <summary>The year-end record reconciles to the fund, to the minor unit.</summary>
    public const string YearReconciled = "MON040";

    /// <summary>Spend within the allocation was not yet paid at the close; it is paid after the year end with the last quarter's payment.</summary>
    public const string PaymentOutstandingAtClose = "MON041";

    /// <summary>A recipient under-spent last year beyond the tolerance.</summary>
    public const string UnderspentLastYear = "MON042";

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
    internal static readonly FindingDefinition ReturnOutsideYearDefinition = new(ReturnOutsideYear, FindingSeverity.Warning, "The spend return from {recipient} for {quarter} is not of the year being recorded ({recorded}) and was set aside.");
    internal static readonly FindingDefinition ReturnAheadDefinition = new(ReturnAhead, FindingSeverity.Warning, "The spend return from {recipient} for {quarter} came before its quarter, while {recorded} was recorded, and was set aside; send it with that quarter's returns.");
    internal static readonly FindingDefinition ReturnRepeatedInBatchDefinition = new(ReturnRepeatedInBatch, FindingSeverity.Warning, "The returns recorded with {recorded} hold more than one spend return from {recipient} for {quarter}; a copy is ignored, and returns that differ are all set aside until one is sent.");
    internal static readonly FindingDefinition RefundBeyondSpendDefinition = new(RefundBeyondSpend, FindingSeverity.Warning, "The spend return from {recipient} for {quarter} refunds {refund}, more than the {spent} spent to date, and was set aside.");
    internal static readonly FindingDefinition OutturnDefinition = new(Outturn, FindingSeverity.Information, "{recipient} spent {outturn} in {year} against an allocation of {allocation}; it was paid {paidInYear} in the year and is paid {paidAfter} after the year end.");
    internal static readonly FindingDefinition AllocationLapsedDefinition = new(AllocationLapsed, FindingSeverity.Information, "{lapsed} of the allocation of {allocation} to {recipient} was not spent in {year} and lapses back to the fund.");
    internal static readonly FindingDefinition OverpaymentRecoveryDefinition = new(OverpaymentRecovery, FindingSeverity.Warning, "{recipient} was paid {paid} against an outturn of {outturn} within an allocation of {allocation}; {recovery} is owed back to the fund.");
    internal static readonly FindingDefinition OutturnAboveAllocationDefinition = new(OutturnAboveAllocation, FindingSeverity.Warning, "{recipient} spent {outturn} in {year}, {excess} more than its allocation of {allocation}; the excess is not paid.");
    internal static readonly FindingDefinition PaymentAfterYearEndDefinition = new(PaymentAfterYearEnd, FindingSeverity.Information, "The payments for {quarter}, {amount} in all, fall on {date}, in {paymentYear}, after the year end.");
    internal static readonly FindingDefinition UnallocatedAtYearEndDefinition = new(UnallocatedAtYearEnd, FindingSeverity.Information, "{amount} of the fund for {year} was never allocated and stays with the fund.");
    internal static readonly FindingDefinition YearReconciledDefinition = new(YearReconciled, FindingSeverity.Information, "The fund of {fund} for {year} = {paidInYear} paid in the year + {paidAfter} paid after the year end - {recoveries} to recover + {lapsed} lapsed + {unallocated} unallocated.");
    internal static readonly FindingDefinition PaymentOutstandingAtCloseDefinition = new(PaymentOutstandingAtClose, FindingSeverity.Warning, "{recipient} had {outstanding} of spend within its allocation unpaid at the close; it is paid after the year end.");
    internal static readonly FindingDefinition UnderspentLastYearDefinition = new(UnderspentLastYear, FindingSeverity.Warning, "{recipient} spent {spent} of the {allocation} it was given in {year}: {underspend} under-spent, beyond the tolerance of {tolerance}.");

    /// <summary>Gets the definition of every monitoring finding, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } =
    [
        ReturnMissingDefinition, ReturnLateDefinition, ReturnDuplicateDefinition, ReturnUnknownRecipientDefinition, SpendAboveAllocationDefinition,
        UnderspendReclaimedDefinition, UnderspendToleratedDefinition, ForecastBelowSpendDefinition, ForecastMissingDefinition, ForecastAboveAllocationDefinition,
        ActivityFundedDefinition, UnderspendingRecipientPassedOverDefinition, PoolUnallocatedDefinition, ReviewDoesNotReallocateDefinition, BidDuplicateDefinition,
        ReturnCarriedForwardDefinition, QueryOverdueDefinition, SpendBehindRateDefinition, UnderspendReclaimedInWholeDefinition, FurtherRoundPlanIneligibleDefinition,
        ReturnOutsideYearDefinition, ReturnAheadDefinition, ReturnRepeatedInBatchDefinition, RefundBeyondSpendDefinition,
        OutturnDefinition, AllocationLapsedDefinition, OverpaymentRecoveryDefinition, OutturnAboveAllocationDefinition, PaymentAfterYearEndDefinition,
        UnallocatedAtYearEndDefinition, YearReconciledDefinition, PaymentOutstandingAtCloseDefinition, UnderspentLastYearDefinition,
    ];
}
