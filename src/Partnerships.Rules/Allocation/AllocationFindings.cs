using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The codes and English message templates of every finding the allocation makes. A code never changes meaning
/// and is never reused; apps may key their own translated messages on it.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AllocationFindings
{
    /// <summary><c>ALLOC001</c>: a recipient's core claim was met in full.</summary>
    public const string CoreMetInFull = "ALLOC001";

    /// <summary><c>ALLOC002</c>: a recipient's core request was capped at the standard allocation.</summary>
    public const string CoreCapped = "ALLOC002";

    /// <summary><c>ALLOC003</c>: a recipient's core claim was reduced because the fund could not meet every core claim.</summary>
    public const string CoreReducedByShortfall = "ALLOC003";

    /// <summary><c>ALLOC004</c>: an amount under query was held back from allocation.</summary>
    public const string QueriedAmountHeldBack = "ALLOC004";

    /// <summary><c>ALLOC005</c>: an over-programmed bid was funded in full.</summary>
    public const string OverProgrammedFunded = "ALLOC005";

    /// <summary><c>ALLOC006</c>: an over-programmed bid was funded in part, at or above its minimum viable amount.</summary>
    public const string OverProgrammedPartlyFunded = "ALLOC006";

    /// <summary><c>ALLOC007</c>: an over-programmed bid was not reached: strict order stopped at an earlier bid.</summary>
    public const string OverProgrammedNotReached = "ALLOC007";

    /// <summary><c>ALLOC008</c>: an over-programmed bid did not fit in the money left when its turn came.</summary>
    public const string OverProgrammedDidNotFit = "ALLOC008";

    /// <summary><c>ALLOC009</c>: the terms do not invite over-programmed bids, so the activity was not considered.</summary>
    public const string OverProgrammingNotInvited = "ALLOC009";

    /// <summary><c>ALLOC010</c>: part of the fund stays unallocated.</summary>
    public const string FundLeftUnallocated = "ALLOC010";

    /// <summary><c>ALLOC011</c>: a core activity got less than it asked for, its recipient's core allocation being spent in the recipient's own order.</summary>
    public const string CoreActivityPartlyFunded = "ALLOC011";

    /// <summary><c>ALLOC012</c>: an amount under query was not held back, because the terms do not hold back queried amounts.</summary>
    public const string QueriedAmountNotHeldBack = "ALLOC012";

    /// <summary><c>ALLOC013</c>: the core claims together exceed the fund, so a shortfall rule divided it.</summary>
    public const string ShortfallApplied = "ALLOC013";

    internal static Finding MetInFull(string recipientId, Money claim) =>
        Finding.About(recipientId, null, claim, CoreMetInFull, FindingSeverity.Information, "The core claim of {claim} was met in full.", ("claim", claim));

    // With the source of the standard allocation when the terms record one (terms read from a scheme file).
    internal static Finding Capped(string recipientId, Money request, Money standardAllocation, ParameterSource? source = null) =>
        source is null
            ? Finding.About(recipientId, null, request - standardAllocation, CoreCapped, FindingSeverity.Information, CappedTemplate, ("request", request), ("standardAllocation", standardAllocation))
            : Finding.About(recipientId, null, request - standardAllocation, CoreCapped, FindingSeverity.Information, CappedTemplate, ("request", request), ("standardAllocation", standardAllocation), ("standardAllocationSource", source.ToString()));

    private const string CappedTemplate = "The core request of {request} was capped at the standard allocation of {standardAllocation}.";

    internal static Finding Reduced(string recipientId, Money claim, Money allocated, ShortfallRule rule) =>
        Finding.About(recipientId, null, claim - allocated, CoreReducedByShortfall, FindingSeverity.Warning, "The core claim of {claim} was reduced to {allocated} by the {rule} shortfall rule.", ("claim", claim), ("allocated", allocated), ("rule", rule.ToString()));

    internal static Finding HeldBack(string recipientId, string activityId, Money heldBack) =>
        Finding.About(recipientId, activityId, heldBack, QueriedAmountHeldBack, FindingSeverity.Query, "{heldBack} of this activity is under query and held back from allocation until the query is answered.", ("heldBack", heldBack));

    internal static Finding NotHeldBack(string recipientId, string activityId, Money queried) =>
        Finding.About(recipientId, activityId, queried, QueriedAmountNotHeldBack, FindingSeverity.Information, "{queried} of this activity is under query; the terms do not hold queried amounts back, so it was allocated as asked.", ("queried", queried));

    internal static Finding Funded(string recipientId, string activityId, Money awarded) =>
        Finding.About(recipientId, activityId, awarded, OverProgrammedFunded, FindingSeverity.Information, "The over-programmed activity was funded in full: {awarded}.", ("awarded", awarded));

    internal static Finding PartlyFunded(string recipientId, string activityId, Money awarded, Money requested, Money minimum) =>
        Finding.About(recipientId, activityId, awarded, OverProgrammedPartlyFunded, FindingSeverity.Information, "The over-programmed activity was funded in part: {awarded} of {requested}, no less than its minimum viable amount of {minimum}.", ("awarded", awarded), ("requested", requested), ("minimum", minimum));

    internal static Finding NotReached(string recipientId, string activityId, string blockingRecipientId, string blockingActivityId) =>
        Finding.About(recipientId, activityId, null, OverProgrammedNotReached, FindingSeverity.Information, "Not funded: funding in strict order stopped at an earlier bid that did not fit ({blockingRecipient} / {blockingActivity}).", ("blockingActivity", blockingActivityId), ("blockingRecipient", blockingRecipientId));

    internal static Finding DidNotFit(string recipientId, string activityId, Money needed, Money left) =>
        Finding.About(recipientId, activityId, null, OverProgrammedDidNotFit, FindingSeverity.Information, "Not funded: it needs at least {needed} but only {left} was left when its turn came.", ("left", left), ("needed", needed));

    internal static Finding NotInvited(string recipientId, string activityId) =>
        Finding.About(recipientId, activityId, null, OverProgrammingNotInvited, FindingSeverity.Information, "The terms of the year do not invite over-programmed bids, so this activity was not considered for funding.");

    internal static Finding Unallocated(Money unallocated, Money fund) =>
        Finding.About(null, null, unallocated, FundLeftUnallocated, FindingSeverity.Information, "{unallocated} of the fund of {fund} stays unallocated.", ("unallocated", unallocated), ("fund", fund));

    internal static Finding ActivityPartlyFunded(string recipientId, string activityId, Money allocated, Money requested) =>
        Finding.About(recipientId, activityId, allocated, CoreActivityPartlyFunded, FindingSeverity.Information, "The core activity was allocated {allocated} of {requested}: its recipient's core allocation funds its activities in the recipient's own order of preference.", ("allocated", allocated), ("requested", requested));

    internal static Finding Shortfall(Money fund, Money totalClaims, ShortfallRule rule) =>
        Finding.About(null, null, totalClaims - fund, ShortfallApplied, FindingSeverity.Warning, "Core claims totalling {totalClaims} exceed the fund of {fund}; the fund was divided by the {rule} shortfall rule.", ("totalClaims", totalClaims), ("fund", fund), ("rule", rule.ToString()));
}
