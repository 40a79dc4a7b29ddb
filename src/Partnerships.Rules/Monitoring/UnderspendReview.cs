using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Holds a review of under-spend at a review point, such as the September review after quarter 2: reclaims forecast
/// under-spend beyond the tolerance and reallocates it, with any money not allocated before, to bids.
/// </summary>
/// <remarks>
/// <para><b>Reclaim.</b> A recipient's forecast under-spend is its allocation less its forecast outturn. Its tolerance is
/// the larger of the terms' floor and their percentage of the recipient's <em>initial</em> allocation, rounded down to a
/// minor unit (no tolerance when the terms set none). The tolerated part is kept and only the excess is reclaimed, unless the
/// terms reclaim the whole under-spend once it passes the tolerance (<see cref="FundTerms.UnderspendReclaim"/>). A forecast
/// below spend to date is taken as spend to date, so the allocation never falls below what the recipient has already
/// spent or been paid (payments never exceed spend). Measuring the tolerance against the initial allocation keeps it
/// fixed through the year, so a second review does not reclaim again.</para>
/// <para><b>Reallocation.</b> The pool — reclaimed money, money not allocated before, and money returned by rejected and
/// withdrawn queries (<see cref="FundPosition.Returned"/>) — goes to the bids still
/// outstanding (over-programmed activity not yet funded in full) and to the bids of a further round, funded as
/// <see cref="OverProgrammingStage"/> funds them (by its core, <see cref="BidFunding"/>, on the bids in id order) under
/// the position's <see cref="FundPosition.Policy"/>: the same rule, order and tie-breaks as the allocation at the start
/// of the year. A bid the stage does not fund keeps the stage's own reason
/// (an <see cref="AllocationFindings"/> code). A recipient is <em>under-spending</em> when its
/// under-spend exceeds its tolerance or it has given money back earlier in the year; its bids are passed over unless
/// <see cref="FundTerms.UnderspendingRecipientsMayReceive"/>. A recipient given money is expected to spend it: its
/// forecast outturn rises by the grant.</para>
/// <para><b>Queries and rate of spend.</b> The money held for open and answered queries (<see cref="FundPosition.Reserve"/>)
/// is never in the pool. The review reports each query overdue on its date (the last day of the quarter it follows,
/// <see cref="MonitoringFindings.QueryOverdue"/>) and each recipient behind the rate of spend (<see cref="RateOfSpend"/>);
/// <see cref="ReviewResult.OpenQueries"/> lists the queries still unresolved.</para>
/// <para><b>Guarantees.</b> Allocations, reserve, returned and unallocated money equal the fund exactly; no allocation falls below what is
/// spent or paid; a review with no under-spend beyond tolerance and nothing left to fund changes nothing; holding the
/// same review again on its own result changes nothing. A business outcome is a finding, never an exception.</para>
/// <para>Inputs are not changed; the result does not depend on the order of the bids. This type is stateless and thread-safe.</para>
/// </remarks>
public static class UnderspendReview
{
    /// <summary>Holds a review.</summary>
    /// <param name="position">The position after the quarter the review follows.</param>
    /// <param name="terms">The terms of the year: tolerance and whether under-spending recipients may receive more.</param>
    /// <param name="reviewPoint">The review point held.</param>
    /// <param name="furtherRound">The bids of a further bidding round; a bid that repeats one already held is ignored with a finding.</param>
    /// <returns>The reclaims, grants, findings and the position after the review.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme (<see cref="FundTerms.SchemeName"/>), year or fund; the review point is not one of the terms';
    /// the position has not recorded the quarter the review follows; the tolerance or a bid is malformed or in another currency.</exception>
    /// <exception cref="OverflowException">A forecast raised by its grant is beyond the range of <see cref="long"/> minor units.</exception>
    public static ReviewResult Hold(FundPosition position, FundTerms terms, ReviewPoint reviewPoint, IEnumerable<OverProgrammedBid>? furtherRound = null)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(terms);
        Guard.Against.Null(reviewPoint);
        CheckTerms(position, terms, reviewPoint);
        // Judging makes about one finding per account; the capacity is set again once the bids are funded.
        var findings = ImmutableArray.CreateBuilder<Finding>(position.Accounts.Length + 1);
        var further = FurtherRound(position, furtherRound ?? [], findings);
        if (!reviewPoint.ReallocatesUnderspend)
        {
            findings.Add(MonitoringFindings.ReviewDoesNotReallocateDefinition.Make(null, null, null, ("review", reviewPoint.Name)));
            AddYearChecks(position, terms, reviewPoint, findings);
            return new ReviewResult(reviewPoint, position, [], [], position.Unallocated, findings.ToImmutable());
        }

        var accounts = position.Accounts;
        var underspending = new bool[accounts.Length];
        var reclaims = ImmutableArray.CreateBuilder<Reclaim>();
        // Money returned by rejected and withdrawn queries joins the pool; money held for open queries is in neither.
        var pool = position.Unallocated + position.Returned;
        Tolerated? lastTolerance = null;
        var whole = terms.UnderspendReclaim == UnderspendReclaim.WholeUnderspend;
        for (var i = 0; i < accounts.Length; i++)
        {
            var reclaim = Judge(accounts[i], terms.UnderspendTolerance, whole, reviewPoint, findings, ref lastTolerance, out var isUnderspending);
            underspending[i] = isUnderspending || accounts[i].HasGivenBack;
            if (reclaim is not null)
            {
                reclaims.Add(reclaim);
                pool += reclaim.Amount;
            }
        }

        var candidates = new Candidates(position.Bids, further, accounts, underspending, terms.UnderspendingRecipientsMayReceive, findings);
        var n = candidates.Count;
        var awards = new long[n];
        var fundingOrder = new int[n];
        var rule = position.Policy.OverProgrammingRule;
        var left = BidFunding.Fund(pool.MinorUnits, candidates.Amounts.AsSpan(0, n), candidates.Minimums.AsSpan(0, n), candidates.Scores.AsSpan(0, n), candidates.Ranks.AsSpan(0, n), rule, position.Policy.OverProgrammingOrder, awards, fundingOrder);

        // Each candidate has one finding, its grant or the stage's reason, and what is left one more.
        findings.Capacity = findings.Count + n + (left == 0 ? 0 : 1);
        var funded = 0;
        foreach (var award in awards)
        {
            funded += award > 0 ? 1 : 0;
        }

        var grants = ImmutableArray.CreateBuilder<Grant>(funded);
        var currency = pool.Currency;
        Dictionary<string, long>? grantedToNew = null;
        var before = pool.MinorUnits;
        Finding? stopped = null;
        foreach (var i in fundingOrder)
        {
            var bid = candidates.Bid(i);
            if (awards[i] == 0)
            {
                // A bid given nothing keeps the stage's reason (ALLOC007, ALLOC008; ALLOC005 for one asking for nothing).
                findings.Add(OverProgrammingStage.Reason(bid, 0, candidates.Amounts[i], candidates.Minimums[i], before, currency, rule, ref stopped));
                continue;
            }

            var award = Money.FromMinorUnits(awards[i], currency);
            var request = Money.FromMinorUnits(candidates.Amounts[i], currency);
            before -= awards[i];
            var grant = new Grant(bid.RecipientId, bid.ActivityId, award, request);
            grants.Add(grant);
            findings.Add(MonitoringFindings.ActivityFundedDefinition.MakeFrom(bid.RecipientId, bid.ActivityId, new Funded(grant, reviewPoint.Name)));
            if (candidates.Accounts[i] < 0)
            {
                grantedToNew ??= new(StringComparer.Ordinal);
                grantedToNew[bid.RecipientId] = grantedToNew.GetValueOrDefault(bid.RecipientId) + awards[i];
            }
        }

        var unallocated = Money.FromMinorUnits(left, currency);
        if (left != 0)
        {
            findings.Add(MonitoringFindings.PoolUnallocatedDefinition.Make(null, null, unallocated, ("amount", unallocated), ("review", reviewPoint.Name)));
        }

        AddYearChecks(position, terms, reviewPoint, findings);
        if (reclaims.Count == 0 && grants.Count == 0)
        {
            var same = position.Returned.IsZero ? position : position.With(position.Accounts, position.Bids, unallocated);
            return new ReviewResult(reviewPoint, same, [], [], pool, findings.DrainToImmutable());
        }

        var reclaimed = reclaims.DrainToImmutable();
        var after = position.With(NewAccounts(accounts, reclaimed, candidates, awards, grantedToNew, currency), NewBids(position.Bids, further, candidates, awards, currency), unallocated);
        return new ReviewResult(reviewPoint, after, reclaimed, grants.MoveToImmutable(), pool, findings.DrainToImmutable());
    }

    /// <summary>Works out the under-spend a recipient may keep: the larger of the floor and the percentage of its initial allocation.</summary>
    /// <param name="tolerance">The terms' tolerance; none when <see langword="null"/>.</param>
    /// <param name="initialAllocation">The recipient's allocation at the start of the year.</param>
    /// <returns>The tolerated amount, the percentage part rounded down to a minor unit.</returns>
    /// <exception cref="ArgumentException">The floor is in another currency from <paramref name="initialAllocation"/>.</exception>
    public static Money ToleranceFor(UnderspendTolerance? tolerance, Money initialAllocation)
    {
        if (tolerance is null)
        {
            return Money.Zero(initialAllocation.Currency);
        }

        // The floor and the percentage are checked where the tolerance is made; only the currency depends on the allocation.
        Guard.Against.ForeignCurrency(initialAllocation, tolerance.Floor, nameof(tolerance));
        var share = decimal.ToInt64(decimal.Truncate(initialAllocation.MinorUnits * tolerance.Percentage));
        return Money.Max(tolerance.Floor, Money.FromMinorUnits(share, initialAllocation.Currency));
    }

    internal static OverProgrammedBid CheckBid(OverProgrammedBid bid, Money fund, string parameterName)
    {
        Guard.Against.Null(bid, parameterName); // its ids and amount were checked when it was made
        Guard.Against.ForeignCurrency(fund, bid.Amount, parameterName);
        var minimum = bid.MinimumViableAmount ?? bid.Amount;
        Guard.Against.ForeignCurrency(fund, minimum, parameterName);
        if (bid.Amount.IsNegative || minimum.IsNegative || minimum > bid.Amount || bid.Score < 0)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The bid {bid.RecipientId}/{bid.ActivityId} asks for {bid.Amount} with a minimum of {minimum} and a score of {bid.Score}; amounts and score must not be negative and the minimum must not exceed the amount."),
                parameterName);
        }

        return bid;
    }

    internal static void CheckTerms(FundPosition position, FundTerms terms, ReviewPoint reviewPoint)
    {
        if (!string.Equals(terms.SchemeName, position.SchemeName, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The terms are of the scheme '{terms.SchemeName ?? "(none)"}'; the position is of the scheme '{position.SchemeName ?? "(none)"}'."),
                nameof(terms));
        }

        if (terms.Year != position.Year || terms.Fund != position.Fund)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The terms are for {terms.Year} with a fund of {terms.Fund}; the position is for {position.Year} with a fund of {position.Fund}."),
                nameof(terms));
        }

        if (!terms.ReviewPoints.Contains(reviewPoint))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The {reviewPoint.Name} after quarter {reviewPoint.AfterQuarter} is not a review point of the terms for {terms.Year}; they hold {(terms.ReviewPoints.IsEmpty ? "none" : string.Join(", ", terms.ReviewPoints.Select(static r => r.Name)))}."),
                nameof(reviewPoint));
        }

        if (position.LastQuarterRecorded is not { } last || last.Number < reviewPoint.AfterQuarter)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The {reviewPoint.Name} follows quarter {reviewPoint.AfterQuarter}; the position has recorded {(position.LastQuarterRecorded is { } q ? q.Label : "no quarter")}."),
                nameof(reviewPoint));
        }

        // The tolerance needs no check here: the terms hold its floor in their fund's currency, the position's.
    }

    // Queries overdue on the review date, and recipients behind the rate of spend.
    private static void AddYearChecks(FundPosition position, FundTerms terms, ReviewPoint reviewPoint, ImmutableArray<Finding>.Builder findings)
    {
        var on = position.Year.ReviewDate(reviewPoint.AfterQuarter);
        findings.AddRange(QueryDesk.Overdue(position, on));
        findings.AddRange(RateOfSpend.Findings(position, terms, reviewPoint));
    }

    private static Reclaim? Judge(RecipientAccount account, UnderspendTolerance? terms, bool whole, ReviewPoint review, ImmutableArray<Finding>.Builder findings, ref Tolerated? lastTolerance, out bool underspending)
    {
        underspending = false;
        var recipient = account.RecipientId;
        if (account.ForecastOutturn is not { } forecast)
        {
            findings.Add(MonitoringFindings.ForecastMissingDefinition.Make(recipient, null, null, ("recipient", recipient), ("review", review.Name)));
            return null;
        }

        // A forecast below what is already spent cannot be met; spend to date stands in for it.
        if (account.Spent > forecast)
        {
            findings.Add(MonitoringFindings.ForecastBelowSpendDefinition.Make(recipient, null, null, ("recipient", recipient), ("forecast", forecast), ("spent", account.Spent)));
            forecast = account.Spent;
        }

        forecast = Money.Max(forecast, account.Paid); // after a refund payments may pass spend: never reclaim below them
        var allocation = account.Allocation;
        if (forecast > allocation)
        {
            findings.Add(MonitoringFindings.ForecastAboveAllocationDefinition.Make(recipient, null, forecast - allocation, ("recipient", recipient), ("forecast", forecast), ("allocation", allocation), ("overspend", forecast - allocation)));
            return null;
        }

        var underspend = allocation - forecast;
        if (underspend.IsZero)
        {
            return null;
        }

        // Most recipients start with the same allocation, so the decimal product is worked out once for them all.
        if (lastTolerance is not { } last || !last.Initial.ReadsAs(account.InitialAllocation))
        {
            lastTolerance = last = new Tolerated(account.InitialAllocation, ToleranceFor(terms, account.InitialAllocation));
        }

        var tolerance = last.Tolerance;
        var allocationValue = allocation.ReadsAs(last.Initial) ? last.BoxedInitial : allocation;
        if (underspend <= tolerance)
        {
            findings.Add(MonitoringFindings.UnderspendToleratedDefinition.Make(recipient, null, underspend, ("allocation", allocationValue), ("forecast", forecast), ("recipient", recipient), ("tolerance", last.BoxedTolerance), ("underspend", underspend)));
            return null;
        }

        // Spend to date (never less than what is paid) is at most the forecast, so the allocation left,
        // forecast + tolerance, stays above both.
        underspending = true;
        var amount = whole ? underspend : underspend - tolerance;
        var reclaim = new Reclaim(recipient, allocation, forecast, underspend, tolerance, amount);
        findings.Add((whole ? MonitoringFindings.UnderspendReclaimedInWholeDefinition : MonitoringFindings.UnderspendReclaimedDefinition).MakeFrom(recipient, null, new Reclaimed(reclaim)));
        return reclaim;
    }

    // The values of a grant's MON011 finding.
    private sealed class Funded(Grant grant, string review) : IFindingValues
    {
        public Money? Amount => grant.Amount;

        public KeyValuePair<string, object>[] Values() =>
            [new("activity", grant.ActivityId), new("amount", grant.Amount), new("recipient", grant.RecipientId), new("request", grant.Outstanding), new("review", review)];
    }

    // The values of a reclaim's MON006 finding, which affects what is reclaimed.
    private sealed class Reclaimed(Reclaim reclaim) : IFindingValues
    {
        public Money? Amount => reclaim.Amount;

        public KeyValuePair<string, object>[] Values() =>
            [new("allocation", reclaim.Allocation), new("forecast", reclaim.ForecastOutturn), new("recipient", reclaim.RecipientId), new("reclaimed", reclaim.Amount), new("tolerance", reclaim.Tolerance), new("underspend", reclaim.Underspend)];
    }

    // The values of a finding about a bid as such (MON012, MON016), which affects no amount.
    private sealed class AboutBid(OverProgrammedBid bid) : IFindingValues
    {
        public Money? Amount => null;

        public KeyValuePair<string, object>[] Values() => [new("activity", bid.ActivityId), new("recipient", bid.RecipientId)];
    }

    // The tolerance of an initial allocation, and both boxed once: findings of recipients with the same allocation share them.
    private sealed record Tolerated(Money Initial, Money Tolerance)
    {
        public object BoxedInitial { get; } = Initial;

        public object BoxedTolerance { get; } = Tolerance;
    }

    private static ImmutableArray<OverProgrammedBid> FurtherRound(FundPosition position, IEnumerable<OverProgrammedBid> furtherRound, ImmutableArray<Finding>.Builder findings)
    {
        if (furtherRound is ICollection<OverProgrammedBid> { Count: 0 })
        {
            return [];
        }

        var bids = ImmutableArray.CreateBuilder<OverProgrammedBid>();
        var duplicates = new List<Finding>();
        var seen = new HashSet<(string, string)>();
        foreach (var bid in furtherRound)
        {
            CheckBid(bid, position.Fund, nameof(furtherRound));
            if (!seen.Add((bid.RecipientId, bid.ActivityId)))
            {
                throw new ArgumentException(FormattableString.Invariant($"The further-round bid {bid.RecipientId}/{bid.ActivityId} is given twice."), nameof(furtherRound));
            }

            if (IdOrder.IndexOf(position.Bids, bid, static (h, b) => IdOrder.Compare(h.Bid, b)) >= 0)
            {
                duplicates.Add(MonitoringFindings.BidDuplicateDefinition.MakeFrom(bid.RecipientId, bid.ActivityId, new AboutBid(bid)));
                continue;
            }

            bids.Add(bid);
        }

        bids.Sort(IdOrder.Compare);
        duplicates.Sort(static (a, b) => string.CompareOrdinal(a.RecipientId + "/" + a.ActivityId, b.RecipientId + "/" + b.ActivityId));
        findings.AddRange(duplicates);
        return bids.DrainToImmutable();
    }

    // Reclaims and candidates are in account order, so they are walked in step.
    private static ImmutableArray<RecipientAccount> NewAccounts(ImmutableArray<RecipientAccount> accounts, ImmutableArray<Reclaim> reclaims, Candidates candidates, long[] awards, Dictionary<string, long>? grantedToNew, Currency currency)
    {
        var builder = ImmutableArray.CreateBuilder<RecipientAccount>(accounts.Length + (grantedToNew?.Count ?? 0));
        int r = 0, c = 0;
        for (var i = 0; i < accounts.Length; i++)
        {
            var account = accounts[i];
            // Each reclaim was made from its account, id and all: the same string, not only an equal one.
            var reclaimed = r < reclaims.Length && ReferenceEquals(reclaims[r].RecipientId, account.RecipientId) ? reclaims[r++].Amount.MinorUnits : 0;
            long granted = 0;
            for (; c < candidates.Count && candidates.Accounts[c] <= i; c++)
            {
                granted += candidates.Accounts[c] == i ? awards[c] : 0;
            }

            if (reclaimed == 0 && granted == 0)
            {
                builder.Add(account);
                continue;
            }

            var back = Money.FromMinorUnits(reclaimed, currency);
            var grant = Money.FromMinorUnits(granted, currency);
            builder.Add(account with
            {
                Allocation = account.Allocation - back + grant,
                Reclaimed = account.Reclaimed + back,
                Granted = account.Granted + grant,
                ForecastOutturn = account.ForecastOutturn is { } forecast ? Money.Max(forecast, account.Spent) + grant : null,
            });
        }

        if (grantedToNew is null)
        {
            return builder.MoveToImmutable();
        }

        foreach (var (recipientId, amount) in grantedToNew)
        {
            builder.Add(RecipientAccount.NewFromGrant(recipientId, Money.FromMinorUnits(amount, currency)));
        }

        return IdOrder.SortedUnique(builder, IdOrder.Compare, static a => a.RecipientId, nameof(accounts));
    }

    // The index of the next bid in id order: into the held bids, or past them into the further round. Each is in id
    // order and they share no id, so the merge keeps the position's order.
    private static int Next(ImmutableArray<HeldBid> held, ImmutableArray<OverProgrammedBid> further, ref int h, ref int f) =>
        f == further.Length || (h < held.Length && IdOrder.Compare(held[h].Bid, further[f]) < 0) ? h++ : held.Length + f++;

    private static ImmutableArray<HeldBid> NewBids(ImmutableArray<HeldBid> held, ImmutableArray<OverProgrammedBid> further, Candidates candidates, long[] awards, Currency currency)
    {
        var builder = ImmutableArray.CreateBuilder<HeldBid>(held.Length + further.Length);
        int h = 0, f = 0, c = 0;
        while (h + f < builder.Capacity)
        {
            // The candidates came from the same merge, so the next one is either this bid or a later one.
            var source = Next(held, further, ref h, ref f);
            var isHeld = source < held.Length;
            var given = c < candidates.Count && candidates.Sources[c] == source ? awards[c++] : 0;
            builder.Add(!isHeld ? new HeldBid(further[source - held.Length], Money.FromMinorUnits(given, currency))
                : given == 0 ? held[source]
                : held[source] with { Funded = held[source].Funded + Money.FromMinorUnits(given, currency) });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The bids the review offers the allocation core, in id order (its tie-break), as arrays of minor units: each
    /// held bid for what it still lacks (one already given something has no minimum, as any top-up helps it), then
    /// merged with the further round. Bids of under-spending recipients are passed over, with a finding, unless the
    /// terms allow them.
    /// </summary>
    private sealed class Candidates
    {
        private readonly ImmutableArray<HeldBid> held;
        private readonly ImmutableArray<OverProgrammedBid> further;

        public Candidates(ImmutableArray<HeldBid> held, ImmutableArray<OverProgrammedBid> further, ImmutableArray<RecipientAccount> accounts, bool[] underspending, bool underspendingMayReceive, ImmutableArray<Finding>.Builder findings)
        {
            this.held = held;
            this.further = further;
            var capacity = held.Length + further.Length;
            Amounts = new long[capacity];
            Minimums = new long[capacity];
            Scores = new int[capacity];
            Ranks = new int[capacity];
            Sources = new int[capacity];
            Accounts = new int[capacity];
            List<Finding>? furtherPassedOver = null;
            int h = 0, f = 0, a = 0;
            while (h + f < capacity)
            {
                var source = Next(held, further, ref h, ref f);
                var isHeld = source < held.Length;
                var bid = BidAt(source);
                var amount = isHeld ? held[source].Outstanding.MinorUnits : bid.Amount.MinorUnits;
                var minimum = isHeld ? held[source].OutstandingMinimum.MinorUnits : (bid.MinimumViableAmount ?? bid.Amount).MinorUnits;
                if (amount == 0 && isHeld)
                {
                    continue;
                }

                // Both walk in recipient order, so the account pointer only moves forward.
                while (a < accounts.Length && string.CompareOrdinal(accounts[a].RecipientId, bid.RecipientId) < 0)
                {
                    a++;
                }

                var account = a < accounts.Length && string.Equals(accounts[a].RecipientId, bid.RecipientId, StringComparison.Ordinal) ? a : -1;
                if (!underspendingMayReceive && account >= 0 && underspending[account])
                {
                    // Held bids are passed over before further-round ones, as they were always reported.
                    (isHeld ? (IList<Finding>)findings : furtherPassedOver ??= []).Add(MonitoringFindings.UnderspendingRecipientPassedOverDefinition.MakeFrom(bid.RecipientId, bid.ActivityId, new AboutBid(bid)));
                    continue;
                }

                Amounts[Count] = amount;
                Minimums[Count] = minimum;
                Scores[Count] = bid.Score;
                Ranks[Count] = bid.Rank;
                Sources[Count] = source;
                Accounts[Count] = account;
                Count++;
            }

            if (furtherPassedOver is not null)
            {
                findings.AddRange(furtherPassedOver);
            }
        }

        public int Count { get; }

        public long[] Amounts { get; }

        public long[] Minimums { get; }

        public int[] Scores { get; }

        public int[] Ranks { get; }

        /// <summary>Gets each candidate's bid: an index into the held bids, or past them into the further round.</summary>
        public int[] Sources { get; }

        /// <summary>Gets the index of each candidate's recipient among the accounts; -1 for a recipient without one.</summary>
        public int[] Accounts { get; }

        public OverProgrammedBid Bid(int candidate) => BidAt(Sources[candidate]);

        private OverProgrammedBid BidAt(int source) => source < held.Length ? held[source].Bid : further[source - held.Length];
    }
}
