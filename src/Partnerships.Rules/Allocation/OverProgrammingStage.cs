using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// Funds over-programmed bids from a pool of money: the second stage of an allocation, and the way a review
/// reallocates reclaimed under-spend "under the same rules".
/// </summary>
/// <remarks>
/// <para>Bids are taken by the policy's <see cref="OverProgrammingOrder"/> (higher score first), then by rank (lower
/// first), then by recipient id and activity id compared ordinally, so the order the bids are passed in never
/// matters. Each is funded in full, or down to its minimum viable amount, or not at all; see <see cref="BidFunding"/>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class OverProgrammingStage
{
    /// <summary>Funds bids from a pool with the over-programming rule and order of a policy.</summary>
    /// <param name="pool">The money available; not negative.</param>
    /// <param name="bids">The bids; each (recipient id, activity id) at most once, all in the pool's currency.</param>
    /// <param name="policy">The policy whose <see cref="AllocationPolicy.OverProgrammingRule"/> and <see cref="AllocationPolicy.OverProgrammingOrder"/> apply.</param>
    /// <returns>Each bid's award and reason, in the order considered, and what is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bids"/>, a bid or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pool"/>, an amount, a minimum or a score is negative, or a minimum exceeds its amount.</exception>
    /// <exception cref="ArgumentException">A bid repeats, or an amount is in another currency.</exception>
    public static OverProgrammingResult Fund(Money pool, IEnumerable<OverProgrammedBid> bids, AllocationPolicy policy)
    {
        Guard.Against.Null(policy);
        return Fund(pool, bids, policy.OverProgrammingRule, policy.OverProgrammingOrder);
    }

    /// <summary>Funds bids from a pool by a rule, ordered by score.</summary>
    /// <param name="pool">The money available; not negative.</param>
    /// <param name="bids">The bids; each (recipient id, activity id) at most once, all in the pool's currency.</param>
    /// <param name="rule">What to do with a bid that does not fit.</param>
    /// <param name="order">The key that orders the bids before rank and id.</param>
    /// <returns>Each bid's award and reason, in the order considered, and what is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bids"/> or a bid is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pool"/>, an amount, a minimum or a score is negative, a minimum exceeds its amount, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentException">A bid repeats, or an amount is in another currency.</exception>
    public static OverProgrammingResult Fund(Money pool, IEnumerable<OverProgrammedBid> bids, OverProgrammingRule rule, OverProgrammingOrder order = OverProgrammingOrder.Score)
    {
        Guard.Against.Null(bids);
        Guard.Against.NegativeNumber(pool.MinorUnits, nameof(pool));
        var sorted = bids.ToArray();
        foreach (var bid in sorted)
        {
            Guard.Against.Null(bid, nameof(bids));
            SameCurrency(pool, bid.Amount, bid, "Amount", nameof(bids));
            if (bid.MinimumViableAmount is { } minimum)
            {
                SameCurrency(pool, minimum, bid, "MinimumViableAmount", nameof(bids));
                if (minimum.IsNegative || minimum.MinorUnits > bid.Amount.MinorUnits)
                {
                    throw new ArgumentOutOfRangeException(nameof(bids), minimum, FormattableString.Invariant($"The MinimumViableAmount of bid {bid.RecipientId} / {bid.ActivityId} is {minimum}; it must be between nothing and its Amount, {bid.Amount}."));
                }
            }

            if (bid.Score < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(bids), bid.Score, FormattableString.Invariant($"The Score of bid {bid.RecipientId} / {bid.ActivityId} is negative."));
            }
        }

        // Callers usually hold their bids in id order already; ids are unique, so any sort gives the same order.
        if (!InIdOrder(sorted))
        {
            Array.Sort(sorted, CompareIds);
            for (var i = 1; i < sorted.Length; i++)
            {
                if (CompareIds(sorted[i - 1], sorted[i]) == 0)
                {
                    throw new ArgumentException(FormattableString.Invariant($"The bid {sorted[i].RecipientId} / {sorted[i].ActivityId} is given twice."), nameof(bids));
                }
            }
        }

        var n = sorted.Length;
        var amounts = new long[n];
        var minimums = new long[n];
        var scores = new int[n];
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            var bid = sorted[i];
            amounts[i] = bid.Amount.MinorUnits;
            minimums[i] = bid.MinimumViableAmount?.MinorUnits ?? amounts[i];
            scores[i] = bid.Score;
            ranks[i] = bid.Rank;
        }

        var awards = new long[n];
        var fundingOrder = new int[n];
        var left = BidFunding.Fund(pool.MinorUnits, amounts, minimums, scores, ranks, rule, order, awards, fundingOrder);

        var results = ImmutableArray.CreateBuilder<BidAward>(n);
        var currency = pool.Currency;
        var before = pool.MinorUnits;
        Finding? stopped = null;
        foreach (var i in fundingOrder)
        {
            var bid = sorted[i];
            var awarded = Money.FromMinorUnits(awards[i], currency);
            var reason = Reason(bid, awards[i], amounts[i], minimums[i], before, currency, rule, ref stopped);
            before -= awards[i];
            results.Add(new BidAward(bid, awarded, reason));
        }

        return new OverProgrammingResult
        {
            Pool = pool,
            Rule = rule,
            Order = order,
            Awards = results.MoveToImmutable(),
            Awarded = Money.FromMinorUnits(pool.MinorUnits - left, currency),
            LeftOver = Money.FromMinorUnits(left, currency),
        };
    }

    /// <summary>
    /// The reason for a bid's award, taken in funding order. Under strict order the first bid that does not fit stops
    /// the funding: <paramref name="stopped"/> is then the reason of every later bid, but for the bid's own ids.
    /// </summary>
    internal static Finding Reason(OverProgrammedBid bid, long award, long amount, long minimum, long left, Currency currency, OverProgrammingRule rule, ref Finding? stopped)
    {
        if (award == amount)
        {
            return AllocationFindings.Funded(bid.RecipientId, bid.ActivityId, Money.FromMinorUnits(award, currency));
        }

        if (award > 0)
        {
            return AllocationFindings.PartlyFunded(bid.RecipientId, bid.ActivityId, Money.FromMinorUnits(award, currency), Money.FromMinorUnits(amount, currency), Money.FromMinorUnits(minimum, currency));
        }

        if (stopped is not null)
        {
            // Every bid not reached has the same values; the copies share them.
            return stopped with { RecipientId = bid.RecipientId, ActivityId = bid.ActivityId };
        }

        if (rule == OverProgrammingRule.StrictOrder)
        {
            stopped = AllocationFindings.NotReached(bid.RecipientId, bid.ActivityId, bid.RecipientId, bid.ActivityId);
        }

        return AllocationFindings.DidNotFit(bid.RecipientId, bid.ActivityId, Money.FromMinorUnits(Math.Max(minimum, 1), currency), Money.FromMinorUnits(left, currency));
    }

    // Strictly increasing ids: in order and without a repeat.
    private static bool InIdOrder(OverProgrammedBid[] bids)
    {
        for (var i = 1; i < bids.Length; i++)
        {
            if (CompareIds(bids[i - 1], bids[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    internal static int CompareIds(OverProgrammedBid a, OverProgrammedBid b)
    {
        var byRecipient = string.CompareOrdinal(a.RecipientId, b.RecipientId);
        return byRecipient != 0 ? byRecipient : string.CompareOrdinal(a.ActivityId, b.ActivityId);
    }

    private static void SameCurrency(Money pool, Money amount, OverProgrammedBid bid, string field, string paramName)
    {
        if (amount.Currency != pool.Currency)
        {
            throw new ArgumentException(FormattableString.Invariant($"The {field} of bid {bid.RecipientId} / {bid.ActivityId} is in {amount.Currency.Code}, the pool in {pool.Currency.Code}."), paramName);
        }
    }
}
