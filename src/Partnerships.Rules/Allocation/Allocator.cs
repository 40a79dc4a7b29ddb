using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// Allocates a year's fund to eligible spend plans: core requests first, up to the standard allocation, divided by a
/// shortfall rule when the fund cannot meet them all; then money left funds over-programmed activity in
/// assessment order.
/// </summary>
/// <remarks>
/// <para><b>Core stage.</b> A recipient's core request is the cost of its activities that are not over-programmed, less
/// amounts under query when the terms hold them back; its core claim is that request capped at the standard allocation
/// when <see cref="FundTerms.CapCoreAtStandardAllocation"/>. If the fund covers every claim each is met in full;
/// otherwise <see cref="ClaimsDivision"/> divides the fund by the policy's <see cref="ShortfallRule"/>, with recipients
/// in ordinal order of id as the tie-break. A recipient's core allocation funds its core activities in its own order
/// of preference (<see cref="Activity.Rank"/>, then activity id).</para>
/// <para><b>Over-programming stage.</b> Only when <see cref="FundTerms.OverProgrammingInvited"/>: the money left funds
/// over-programmed activities by <see cref="OverProgrammingStage"/>, each scored by its <see cref="ActivityStanding"/>.</para>
/// <para>Penny-exact: allocations plus what stays unallocated equal the fund. The order of plans, activities and
/// standings never changes the result. Plans are taken as eligible: run the assessment first.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static partial class Allocator
{
    /// <summary>Allocates the fund of the terms to eligible plans.</summary>
    /// <param name="terms">The terms of the year: fund, standard allocation, whether over-programming is invited, whether queried amounts are held back.</param>
    /// <param name="eligiblePlans">The eligible plans of the year, one per recipient, in the terms' currency.</param>
    /// <param name="policy">The shortfall rule and over-programming rule and order.</param>
    /// <param name="standings">How activities stand after assessment (amount under query, score); an activity without one has none under query and score zero.</param>
    /// <returns>The allocation with its reasons.</returns>
    /// <exception cref="ArgumentNullException">An argument, a plan or a standing is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost, a queried amount or a score is negative, or a queried amount exceeds its cost.</exception>
    /// <exception cref="ArgumentException">A plan is for another year, a recipient or activity repeats, an amount is in another currency, a standing names no activity,
    /// or the weighted rule lacks a positive weight for a recipient with a core claim, or the by-need rule lacks a formula or indicators for one.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static AllocationResult Allocate(FundTerms terms, IEnumerable<SpendPlan> eligiblePlans, AllocationPolicy policy, IEnumerable<ActivityStanding>? standings = null)
    {
        Guard.Against.Null(terms);
        Guard.Against.Null(eligiblePlans);
        Guard.Against.Null(policy);
        return Allocate(terms, eligiblePlans.ToArray(), policy, standings, assessed: null);
    }

    /// <summary>Allocates as the public overload does, taking the standings either from <paramref name="standings"/> or,
    /// when given, from <paramref name="assessed"/>, which also holds each plan's activities in order of id.</summary>
    private static AllocationResult Allocate(FundTerms terms, SpendPlan[] eligiblePlans, AllocationPolicy policy, IEnumerable<ActivityStanding>? standings, AssessedLines? assessed)
    {
        var currency = terms.Currency; // terms hold one currency and no negative amount: checked where they are made

        var (plans, given) = SortedPlans(terms, eligiblePlans);
        var (lines, planStart) = Lines(plans, given, assessed?.InIdOrder, currency);
        var n = plans.Length;
        var scores = new int[lines.Length];
        var queried = new long[lines.Length];
        if (assessed is null)
        {
            Standings(standings, plans, lines, planStart, scores, queried);
        }
        else
        {
            assessed.CopyTo(given, planStart, scores, queried);
        }

        // Core claims per recipient.
        var coreRequests = new long[n];
        var claims = new long[n];
        var heldBack = new long[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            heldBack[k] = terms.HoldBackQueriedAmounts ? queried[k] : 0;

            if (!line.Activity.IsOverProgrammed)
            {
                var request = line.Activity.Cost.MinorUnits - heldBack[k];
                coreRequests[line.Plan] = coreRequests[line.Plan] <= long.MaxValue - request
                    ? coreRequests[line.Plan] + request
                    : throw new OverflowException(FormattableString.Invariant(
                        $"The core requests of {plans[line.Plan].Recipient.Id} total at least {(Int128)coreRequests[line.Plan] + request} minor units, beyond the largest amount, {long.MaxValue}."));
            }
        }

        for (var p = 0; p < n; p++)
        {
            claims[p] = terms.CapCoreAtStandardAllocation ? Math.Min(coreRequests[p], terms.StandardAllocation.MinorUnits) : coreRequests[p];
        }

        var coreAwards = new long[n];
        var totalClaims = ClaimsDivision.Total(claims, nameof(claims));
        var shortfall = totalClaims > terms.Fund.MinorUnits;
        var left = policy.ShortfallRule switch
        {
            ShortfallRule.Weighted => ClaimsDivision.Divide(policy.ShortfallRule, terms.Fund.MinorUnits, claims, Weights(policy, plans, claims), coreAwards),
            ShortfallRule.ByNeed => ByNeed(terms.Fund, claims, policy, plans, coreAwards),
            _ => ClaimsDivision.Divide(policy.ShortfallRule, terms.Fund.MinorUnits, claims, coreAwards),
        };

        // Each recipient's core allocation funds its core activities in its own order of preference.
        var allocated = new long[lines.Length];
        var remainingCore = (long[])coreAwards.Clone();
        foreach (var k in CoreOrder(lines, planStart))
        {
            var line = lines[k];
            var give = Math.Min(remainingCore[line.Plan], line.Activity.Cost.MinorUnits - heldBack[k]);
            allocated[k] = give;
            remainingCore[line.Plan] -= give;
        }

        // Over-programming stage.
        var opFindings = new Finding?[terms.OverProgrammingInvited ? lines.Length : 0];
        long overProgrammed = 0;
        if (terms.OverProgrammingInvited)
        {
            var bids = new List<OverProgrammedBid>();
            var lineOfBid = new Dictionary<(string, string), int>();
            for (var k = 0; k < lines.Length; k++)
            {
                var line = lines[k];
                if (line.Activity.IsOverProgrammed)
                {
                    var request = line.Activity.Cost.MinorUnits - heldBack[k];
                    var recipientId = plans[line.Plan].Recipient.Id;
                    bids.Add(new OverProgrammedBid(recipientId, line.Activity.Id, Money.FromMinorUnits(request, currency))
                    {
                        MinimumViableAmount = line.Activity.MinimumViableAmount is { } m ? Money.FromMinorUnits(Math.Clamp(m.MinorUnits, 0, request), currency) : null,
                        Score = scores[k],
                        Rank = line.Activity.Rank,
                    });
                    lineOfBid[(recipientId, line.Activity.Id)] = k;
                }
            }

            var stage = OverProgrammingStage.Fund(Money.FromMinorUnits(left, currency), bids, policy);
            foreach (var award in stage.Awards)
            {
                var k = lineOfBid[(award.Bid.RecipientId, award.Bid.ActivityId)];
                allocated[k] = award.Awarded.MinorUnits;
                opFindings[k] = award.Reason;
            }

            overProgrammed = stage.Awarded.MinorUnits;
            left = stage.LeftOver.MinorUnits;
        }

        return Result(terms, policy, plans, lines, coreRequests, claims, coreAwards, queried, heldBack, scores, allocated, opFindings, shortfall, totalClaims, overProgrammed, left);
    }

    private static AllocationResult Result(
        FundTerms terms,
        AllocationPolicy policy,
        SpendPlan[] plans,
        Line[] lines,
        long[] coreRequests,
        long[] claims,
        long[] coreAwards,
        long[] queried,
        long[] heldBack,
        int[] scores,
        long[] allocated,
        Finding?[] opFindings,
        bool shortfall,
        long totalClaims,
        long overProgrammed,
        long left)
    {
        var currency = terms.Currency;
        Money M(long minorUnits) => Money.FromMinorUnits(minorUnits, currency);

        var activities = ImmutableArray.CreateBuilder<ActivityAllocation>(lines.Length);
        var opByPlan = new long[plans.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            var recipientId = plans[line.Plan].Recipient.Id;
            var activity = line.Activity;
            var requested = activity.Cost.MinorUnits - heldBack[k];
            var query = heldBack[k] > 0 ? AllocationFindings.HeldBack(recipientId, activity.Id, M(heldBack[k]))
                : queried[k] > 0 ? AllocationFindings.NotHeldBack(recipientId, activity.Id, M(queried[k]))
                : null;
            Finding? funding = null;
            if (activity.IsOverProgrammed)
            {
                opByPlan[line.Plan] += allocated[k];
                funding = (opFindings.Length > 0 ? opFindings[k] : null) ?? AllocationFindings.NotInvited(recipientId, activity.Id);
            }
            else if (allocated[k] < requested)
            {
                funding = AllocationFindings.ActivityPartlyFunded(recipientId, activity.Id, M(allocated[k]), M(requested));
            }

            activities.Add(new ActivityAllocation
            {
                RecipientId = recipientId,
                ActivityId = activity.Id,
                IsOverProgrammed = activity.IsOverProgrammed,
                Cost = activity.Cost,
                HeldBack = M(heldBack[k]),
                Requested = M(requested),
                Allocated = M(allocated[k]),
                Score = scores[k],
                Findings = Findings(query, funding),
            });
        }

        var recipients = ImmutableArray.CreateBuilder<RecipientAllocation>(plans.Length);
        long core = 0;
        for (var p = 0; p < plans.Length; p++)
        {
            var id = plans[p].Recipient.Id;
            var capped = claims[p] < coreRequests[p]
                ? AllocationFindings.Capped(id, M(coreRequests[p]), terms.StandardAllocation, terms.SourceOf(SchemeParameters.StandardAllocation))
                : null;
            var met = coreAwards[p] == claims[p]
                ? AllocationFindings.MetInFull(id, M(claims[p]))
                : AllocationFindings.Reduced(id, M(claims[p]), M(coreAwards[p]), policy.ShortfallRule);
            core += coreAwards[p];
            recipients.Add(new RecipientAllocation
            {
                RecipientId = id,
                CoreRequest = M(coreRequests[p]),
                CoreClaim = M(claims[p]),
                CoreAllocated = M(coreAwards[p]),
                OverProgrammedAllocated = M(opByPlan[p]),
                Findings = Findings(capped, met),
            });
        }

        var overall = ImmutableArray.CreateBuilder<Finding>();
        if (shortfall)
        {
            overall.Add(AllocationFindings.Shortfall(terms.Fund, M(totalClaims), policy.ShortfallRule));
        }

        if (left > 0)
        {
            overall.Add(AllocationFindings.Unallocated(M(left), terms.Fund));
        }

        return new AllocationResult
        {
            Terms = terms,
            Policy = policy,
            Recipients = recipients.MoveToImmutable(),
            Activities = activities.MoveToImmutable(),
            CoreAllocated = M(core),
            OverProgrammedAllocated = M(overProgrammed),
            Unallocated = M(left),
            ShortfallApplied = shortfall,
            Findings = overall.ToImmutable(),
        };
    }

    // One or two findings in an array of their own: a builder per activity was a fifth of what allocating 10^6 activities allocated.
    private static ImmutableArray<Finding> Findings(Finding? first, Finding? second) =>
        first is null ? (second is null ? [] : [second]) : (second is null ? [first] : [first, second]);

    // The plans in ordinal order of recipient id, and where each was given.
    private static (SpendPlan[] Plans, int[] Given) SortedPlans(FundTerms terms, SpendPlan[] eligiblePlans)
    {
        var plans = (SpendPlan[])eligiblePlans.Clone();
        var given = new int[plans.Length];
        for (var p = 0; p < plans.Length; p++)
        {
            var plan = plans[p];
            Guard.Against.Null(plan, nameof(eligiblePlans));
            if (plan.Year != terms.Year)
            {
                throw new ArgumentException(FormattableString.Invariant($"The plan of '{plan.Recipient.Id}' is for {plan.Year}, the terms for {terms.Year}."), nameof(eligiblePlans));
            }

            given[p] = p;
        }

        if (!InOrder(plans, static (a, b) => string.CompareOrdinal(a.Recipient.Id, b.Recipient.Id)))
        {
            Array.Sort(plans, given, Comparer<SpendPlan>.Create(static (a, b) => string.CompareOrdinal(a.Recipient.Id, b.Recipient.Id)));
        }

        for (var p = 1; p < plans.Length; p++)
        {
            if (plans[p - 1].Recipient.Id == plans[p].Recipient.Id)
            {
                throw new ArgumentException(FormattableString.Invariant($"The recipient '{plans[p].Recipient.Id}' has more than one plan."), nameof(eligiblePlans));
            }
        }

        return (plans, given);
    }

    // Whether the items are in strictly increasing order, so that any sort would leave them as they are.
    private static bool InOrder<T>(T[] items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (compare(items[i - 1], items[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every activity of every plan, by recipient id then activity id, and where each plan's lines start
    /// (plan p's are lines[start[p]..start[p + 1]]).</summary>
    private static (Line[] Lines, int[] Start) Lines(SpendPlan[] eligiblePlans, int[] given, Activity[][]? inIdOrder, Currency currency)
    {
        var start = new int[eligiblePlans.Length + 1];
        for (var p = 0; p < eligiblePlans.Length; p++)
        {
            var count = eligiblePlans[p].Activities.Length; // never default: SpendPlan makes a default array empty
            start[p + 1] = start[p] + count <= Array.MaxLength ? start[p] + count : throw new ArgumentException("The plans hold more activities than an array takes.", nameof(eligiblePlans));
        }

        var lines = new Line[start[^1]];
        for (var p = 0; p < eligiblePlans.Length; p++)
        {
            var activities = inIdOrder?[given[p]] ?? InIdOrder(eligiblePlans[p]);
            for (var k = 0; k < activities.Length; k++)
            {
                var activity = activities[k];
                if (activity.Cost.Currency != currency)
                {
                    throw new ArgumentException(FormattableString.Invariant($"Activity '{activity.Id}' of '{eligiblePlans[p].Recipient.Id}' costs {activity.Cost.Currency.Code}; the fund is in {currency.Code}."), nameof(eligiblePlans));
                }

                if (activity.Cost.IsNegative)
                {
                    throw new ArgumentOutOfRangeException(nameof(eligiblePlans), activity.Cost.MinorUnits, FormattableString.Invariant($"Activity '{activity.Id}' of '{eligiblePlans[p].Recipient.Id}' has a negative cost."));
                }

                if (k > 0 && activities[k - 1].Id == activity.Id)
                {
                    throw new ArgumentException(FormattableString.Invariant($"Activity '{activity.Id}' appears twice in the plan of '{eligiblePlans[p].Recipient.Id}'."), nameof(eligiblePlans));
                }

                lines[start[p] + k] = new Line(p, activity);
            }
        }

        return (lines, start);
    }

    private static Activity[] InIdOrder(SpendPlan plan)
    {
        var activities = plan.Activities.ToArray();
        Comparison<Activity> byId = static (a, b) => string.CompareOrdinal(a.Id, b.Id);
        if (!InOrder(activities, byId))
        {
            Array.Sort(activities, byId);
        }

        return activities;
    }

    // Each standing's score and queried amount, by line. Standings mostly come in the order of the lines (as the
    // assessment gives them), so the line after the last one found is tried first, then a binary search by recipient
    // and activity id: no dictionary keyed by pairs of strings.
    private static void Standings(IEnumerable<ActivityStanding>? standings, SpendPlan[] plans, Line[] lines, int[] planStart, int[] scores, long[] queried)
    {
        if (standings is null)
        {
            return;
        }

        var seen = new bool[lines.Length];
        var next = 0;
        foreach (var standing in standings)
        {
            Guard.Against.Null(standing, nameof(standings));
            Guard.Against.NegativeNumber(standing.Score, nameof(standings));
            var k = next < lines.Length && IsLine(lines[next], plans, standing) ? next : FindLine(standing, plans, lines, planStart);
            if (k < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"The standing of {standing.RecipientId} / {standing.ActivityId} names no activity of the plans."), nameof(standings));
            }

            var cost = lines[k].Activity.Cost;
            if (standing.QueriedAmount is { } amount)
            {
                if (amount.Currency != cost.Currency)
                {
                    throw new ArgumentException(FormattableString.Invariant($"The queried amount of {standing.RecipientId} / {standing.ActivityId} is in {amount.Currency.Code}, its cost in {cost.Currency.Code}."), nameof(standings));
                }

                Guard.Against.NegativeNumber(amount.MinorUnits, nameof(standings));
                Guard.Against.Above(amount.MinorUnits, cost.MinorUnits, nameof(standings));
            }

            if (seen[k])
            {
                throw new ArgumentException(FormattableString.Invariant($"The standing of {standing.RecipientId} / {standing.ActivityId} is given twice."), nameof(standings));
            }

            seen[k] = true;
            scores[k] = standing.Score;
            queried[k] = standing.QueriedAmount?.MinorUnits ?? 0;
            next = k + 1;
        }
    }

    private static bool IsLine(Line line, SpendPlan[] plans, ActivityStanding standing) =>
        string.Equals(line.Activity.Id, standing.ActivityId, StringComparison.Ordinal)
        && string.Equals(plans[line.Plan].Recipient.Id, standing.RecipientId, StringComparison.Ordinal);

    private static int FindLine(ActivityStanding standing, SpendPlan[] plans, Line[] lines, int[] planStart)
    {
        int low = 0, high = plans.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            var compare = string.CompareOrdinal(plans[mid].Recipient.Id, standing.RecipientId);
            if (compare == 0)
            {
                (low, high) = (planStart[mid], planStart[mid + 1]);
                while (low < high)
                {
                    var k = low + ((high - low) / 2);
                    var byId = string.CompareOrdinal(lines[k].Activity.Id, standing.ActivityId);
                    if (byId == 0)
                    {
                        return k;
                    }

                    (low, high) = byId < 0 ? (k + 1, high) : (low, k);
                }

                return -1;
            }

            (low, high) = compare < 0 ? (mid + 1, high) : (low, mid);
        }

        return -1;
    }

    private static long[] Weights(AllocationPolicy policy, SpendPlan[] plans, long[] claims)
    {
        var weights = new long[plans.Length];
        for (var p = 0; p < plans.Length; p++)
        {
            var id = plans[p].Recipient.Id;
            if (policy.FormulaWeights.TryGetValue(id, out var weight))
            {
                weights[p] = weight;
            }
            else if (claims[p] > 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"The weighted rule needs a formula weight for '{id}'."), nameof(policy));
            }
        }

        return weights;
    }

    /// <summary>Core lines by plan, then the recipient's own rank, then activity id. Lines are by plan and id already,
    /// so only a plan whose ranks are out of order is sorted, by rank and then line.</summary>
    private static int[] CoreOrder(Line[] lines, int[] planStart)
    {
        var order = new int[lines.Length];
        var count = 0;
        for (var p = 0; p + 1 < planStart.Length; p++)
        {
            var first = count;
            var ranked = true;
            for (var k = planStart[p]; k < planStart[p + 1]; k++)
            {
                if (!lines[k].Activity.IsOverProgrammed)
                {
                    ranked &= count == first || lines[order[count - 1]].Activity.Rank <= lines[k].Activity.Rank;
                    order[count++] = k;
                }
            }

            if (!ranked)
            {
                var keys = new long[count - first];
                for (var i = 0; i < keys.Length; i++)
                {
                    var k = order[first + i];
                    keys[i] = ((long)lines[k].Activity.Rank << 32) + k; // rank, then line: k is below 2^31
                }

                keys.AsSpan().Sort(order.AsSpan(first, keys.Length));
            }
        }

        return order[..count];
    }

    private readonly record struct Line(int Plan, Activity Activity);
}
