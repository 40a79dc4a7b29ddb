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
        var currency = terms.Currency; // terms hold one currency and no negative amount: checked where they are made

        var plans = SortedPlans(terms, eligiblePlans);
        var lines = Lines(plans, currency);
        var byActivity = Standings(standings, plans, lines);
        var n = plans.Length;

        // Core claims per recipient.
        var coreRequests = new long[n];
        var claims = new long[n];
        var queried = new long[lines.Length];
        var heldBack = new long[lines.Length];
        var scores = new int[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            if (byActivity.TryGetValue((plans[line.Plan].Recipient.Id, line.Activity.Id), out var standing))
            {
                scores[k] = standing.Score;
                queried[k] = standing.QueriedAmount?.MinorUnits ?? 0;
                heldBack[k] = terms.HoldBackQueriedAmounts ? queried[k] : 0;
            }

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
        foreach (var k in CoreOrder(lines))
        {
            var line = lines[k];
            var give = Math.Min(remainingCore[line.Plan], line.Activity.Cost.MinorUnits - heldBack[k]);
            allocated[k] = give;
            remainingCore[line.Plan] -= give;
        }

        // Over-programming stage.
        var opFindings = new Dictionary<int, Finding>();
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
        Dictionary<int, Finding> opFindings,
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
            var findings = ImmutableArray.CreateBuilder<Finding>();
            if (heldBack[k] > 0)
            {
                findings.Add(AllocationFindings.HeldBack(recipientId, activity.Id, M(heldBack[k])));
            }
            else if (queried[k] > 0)
            {
                findings.Add(AllocationFindings.NotHeldBack(recipientId, activity.Id, M(queried[k])));
            }

            if (activity.IsOverProgrammed)
            {
                opByPlan[line.Plan] += allocated[k];
                findings.Add(opFindings.TryGetValue(k, out var reason) ? reason : AllocationFindings.NotInvited(recipientId, activity.Id));
            }
            else if (allocated[k] < requested)
            {
                findings.Add(AllocationFindings.ActivityPartlyFunded(recipientId, activity.Id, M(allocated[k]), M(requested)));
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
                Findings = findings.ToImmutable(),
            });
        }

        var recipients = ImmutableArray.CreateBuilder<RecipientAllocation>(plans.Length);
        long core = 0;
        for (var p = 0; p < plans.Length; p++)
        {
            var id = plans[p].Recipient.Id;
            var findings = ImmutableArray.CreateBuilder<Finding>();
            if (claims[p] < coreRequests[p])
            {
                findings.Add(AllocationFindings.Capped(id, M(coreRequests[p]), terms.StandardAllocation, terms.SourceOf(SchemeParameters.StandardAllocation)));
            }

            findings.Add(coreAwards[p] == claims[p]
                ? AllocationFindings.MetInFull(id, M(claims[p]))
                : AllocationFindings.Reduced(id, M(claims[p]), M(coreAwards[p]), policy.ShortfallRule));
            core += coreAwards[p];
            recipients.Add(new RecipientAllocation
            {
                RecipientId = id,
                CoreRequest = M(coreRequests[p]),
                CoreClaim = M(claims[p]),
                CoreAllocated = M(coreAwards[p]),
                OverProgrammedAllocated = M(opByPlan[p]),
                Findings = findings.ToImmutable(),
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

    private static SpendPlan[] SortedPlans(FundTerms terms, IEnumerable<SpendPlan> eligiblePlans)
    {
        var plans = eligiblePlans.ToArray();
        foreach (var plan in plans)
        {
            Guard.Against.Null(plan, nameof(eligiblePlans));
            if (plan.Year != terms.Year)
            {
                throw new ArgumentException(FormattableString.Invariant($"The plan of '{plan.Recipient.Id}' is for {plan.Year}, the terms for {terms.Year}."), nameof(eligiblePlans));
            }
        }

        Array.Sort(plans, static (a, b) => string.CompareOrdinal(a.Recipient.Id, b.Recipient.Id));
        for (var p = 1; p < plans.Length; p++)
        {
            if (plans[p - 1].Recipient.Id == plans[p].Recipient.Id)
            {
                throw new ArgumentException(FormattableString.Invariant($"The recipient '{plans[p].Recipient.Id}' has more than one plan."), nameof(eligiblePlans));
            }
        }

        return plans;
    }

    /// <summary>Every activity of every plan, by recipient id then activity id.</summary>
    private static Line[] Lines(SpendPlan[] eligiblePlans, Currency currency)
    {
        var lines = new List<Line>();
        for (var p = 0; p < eligiblePlans.Length; p++)
        {
            var activities = eligiblePlans[p].Activities.IsDefault ? [] : eligiblePlans[p].Activities.ToArray();
            Array.Sort(activities, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
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

                lines.Add(new Line(p, activity));
            }
        }

        return [.. lines];
    }

    private static Dictionary<(string, string), ActivityStanding> Standings(IEnumerable<ActivityStanding>? standings, SpendPlan[] plans, Line[] lines)
    {
        var result = new Dictionary<(string, string), ActivityStanding>();
        if (standings is null)
        {
            return result;
        }

        var costs = new Dictionary<(string, string), Money>(lines.Length);
        foreach (var line in lines)
        {
            costs[(plans[line.Plan].Recipient.Id, line.Activity.Id)] = line.Activity.Cost;
        }

        foreach (var standing in standings)
        {
            Guard.Against.Null(standing, nameof(standings));
            Guard.Against.NegativeNumber(standing.Score, nameof(standings));
            var key = (standing.RecipientId, standing.ActivityId);
            if (!costs.TryGetValue(key, out var cost))
            {
                throw new ArgumentException(FormattableString.Invariant($"The standing of {standing.RecipientId} / {standing.ActivityId} names no activity of the plans."), nameof(standings));
            }

            if (standing.QueriedAmount is { } queried)
            {
                if (queried.Currency != cost.Currency)
                {
                    throw new ArgumentException(FormattableString.Invariant($"The queried amount of {standing.RecipientId} / {standing.ActivityId} is in {queried.Currency.Code}, its cost in {cost.Currency.Code}."), nameof(standings));
                }

                Guard.Against.NegativeNumber(queried.MinorUnits, nameof(standings));
                Guard.Against.Above(queried.MinorUnits, cost.MinorUnits, nameof(standings));
            }

            if (!result.TryAdd(key, standing))
            {
                throw new ArgumentException(FormattableString.Invariant($"The standing of {standing.RecipientId} / {standing.ActivityId} is given twice."), nameof(standings));
            }
        }

        return result;
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

    /// <summary>Core lines by plan, then the recipient's own rank, then activity id (lines are already by plan and id, and the sort is stable by index).</summary>
    private static IEnumerable<int> CoreOrder(Line[] lines) =>
        Enumerable.Range(0, lines.Length)
            .Where(k => !lines[k].Activity.IsOverProgrammed)
            .OrderBy(k => lines[k].Plan)
            .ThenBy(k => lines[k].Activity.Rank)
            .ThenBy(k => k);

    private readonly record struct Line(int Plan, Activity Activity);
}
