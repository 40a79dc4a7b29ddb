using System.Collections.Immutable;
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

    internal static readonly FindingDefinition CoreMetInFullDefinition = new(CoreMetInFull, FindingSeverity.Information, "The core claim of {claim} was met in full.");
    internal static readonly FindingDefinition CoreCappedDefinition = new(CoreCapped, FindingSeverity.Information, "The core request of {request} was capped at the standard allocation of {standardAllocation}.");
    internal static readonly FindingDefinition CoreReducedByShortfallDefinition = new(CoreReducedByShortfall, FindingSeverity.Warning, "The core claim of {claim} was reduced to {allocated} by the {rule} shortfall rule.");
    internal static readonly FindingDefinition QueriedAmountHeldBackDefinition = new(QueriedAmountHeldBack, FindingSeverity.Query, "{heldBack} of this activity is under query and held back from allocation until the query is answered.");
    internal static readonly FindingDefinition QueriedAmountNotHeldBackDefinition = new(QueriedAmountNotHeldBack, FindingSeverity.Information, "{queried} of this activity is under query; the terms do not hold queried amounts back, so it was allocated as asked.");
    internal static readonly FindingDefinition OverProgrammedFundedDefinition = new(OverProgrammedFunded, FindingSeverity.Information, "The over-programmed activity was funded in full: {awarded}.");
    internal static readonly FindingDefinition OverProgrammedPartlyFundedDefinition = new(OverProgrammedPartlyFunded, FindingSeverity.Information, "The over-programmed activity was funded in part: {awarded} of {requested}, no less than its minimum viable amount of {minimum}.");
    internal static readonly FindingDefinition OverProgrammedNotReachedDefinition = new(OverProgrammedNotReached, FindingSeverity.Information, "Not funded: funding in strict order stopped at an earlier bid that did not fit ({blockingRecipient} / {blockingActivity}).");
    internal static readonly FindingDefinition OverProgrammedDidNotFitDefinition = new(OverProgrammedDidNotFit, FindingSeverity.Information, "Not funded: it needs at least {needed} but only {left} was left when its turn came.");
    internal static readonly FindingDefinition OverProgrammingNotInvitedDefinition = new(OverProgrammingNotInvited, FindingSeverity.Information, "The terms of the year do not invite over-programmed bids, so this activity was not considered for funding.");
    internal static readonly FindingDefinition FundLeftUnallocatedDefinition = new(FundLeftUnallocated, FindingSeverity.Information, "{unallocated} of the fund of {fund} stays unallocated.");
    internal static readonly FindingDefinition CoreActivityPartlyFundedDefinition = new(CoreActivityPartlyFunded, FindingSeverity.Information, "The core activity was allocated {allocated} of {requested}: its recipient's core allocation funds its activities in the recipient's own order of preference.");
    internal static readonly FindingDefinition ShortfallAppliedDefinition = new(ShortfallApplied, FindingSeverity.Warning, "Core claims totalling {totalClaims} exceed the fund of {fund}; the fund was divided by the {rule} shortfall rule.");

    /// <summary>Gets the definition of every allocation finding, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } =
    [
        CoreActivityPartlyFundedDefinition,
        CoreCappedDefinition,
        CoreMetInFullDefinition,
        CoreReducedByShortfallDefinition,
        FundLeftUnallocatedDefinition,
        OverProgrammedDidNotFitDefinition,
        OverProgrammedFundedDefinition,
        OverProgrammedNotReachedDefinition,
        OverProgrammedPartlyFundedDefinition,
        OverProgrammingNotInvitedDefinition,
        QueriedAmountHeldBackDefinition,
        QueriedAmountNotHeldBackDefinition,
        ShortfallAppliedDefinition,
    ];

    internal static Finding MetInFull(string recipientId, Money claim) =>
        CoreMetInFullDefinition.Make(recipientId, null, claim, ("claim", claim));

    // With the source of the standard allocation when the terms record one (terms read from a scheme file).
    internal static Finding Capped(string recipientId, Money request, Money standardAllocation, ParameterSource? source = null) =>
        source is null
            ? CoreCappedDefinition.Make(recipientId, null, request - standardAllocation, ("request", request), ("standardAllocation", standardAllocation))
            : CoreCappedDefinition.Make(recipientId, null, request - standardAllocation, ("request", request), ("standardAllocation", standardAllocation), ("standardAllocationSource", source.ToString()));

    internal static Finding Reduced(string recipientId, Money claim, Money allocated, ShortfallRule rule) =>
        CoreReducedByShortfallDefinition.Make(recipientId, null, claim - allocated, ("claim", claim), ("allocated", allocated), ("rule", rule.ToString()));

    internal static Finding HeldBack(string recipientId, string activityId, Money heldBack) =>
        QueriedAmountHeldBackDefinition.Make(recipientId, activityId, heldBack, ("heldBack", heldBack));

    internal static Finding NotHeldBack(string recipientId, string activityId, Money queried) =>
        QueriedAmountNotHeldBackDefinition.Make(recipientId, activityId, queried, ("queried", queried));

    internal static Finding Funded(string recipientId, string activityId, Money awarded) =>
        OverProgrammedFundedDefinition.Make(recipientId, activityId, awarded, ("awarded", awarded));

    internal static Finding PartlyFunded(string recipientId, string activityId, Money awarded, Money requested, Money minimum) =>
        OverProgrammedPartlyFundedDefinition.Make(recipientId, activityId, awarded, ("awarded", awarded), ("requested", requested), ("minimum", minimum));

    internal static Finding NotReached(string recipientId, string activityId, string blockingRecipientId, string blockingActivityId) =>
        OverProgrammedNotReachedDefinition.Make(recipientId, activityId, null, ("blockingActivity", blockingActivityId), ("blockingRecipient", blockingRecipientId));

    internal static Finding DidNotFit(string recipientId, string activityId, Money needed, Money left) =>
        OverProgrammedDidNotFitDefinition.Make(recipientId, activityId, null, ("left", left), ("needed", needed));

    internal static Finding NotInvited(string recipientId, string activityId) =>
        OverProgrammingNotInvitedDefinition.Make(recipientId, activityId, amount: null);

    internal static Finding Unallocated(Money unallocated, Money fund) =>
        FundLeftUnallocatedDefinition.Make(null, null, unallocated, ("unallocated", unallocated), ("fund", fund));

    internal static Finding ActivityPartlyFunded(string recipientId, string activityId, Money allocated, Money requested) =>
        CoreActivityPartlyFundedDefinition.Make(recipientId, activityId, allocated, ("allocated", allocated), ("requested", requested));

    internal static Finding Shortfall(Money fund, Money totalClaims, ShortfallRule rule) =>
        ShortfallAppliedDefinition.Make(null, null, totalClaims - fund, ("totalClaims", totalClaims), ("fund", fund), ("rule", rule.ToString()));
}
