using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Where a fund stands in its year: every recipient's account, the money not allocated to anyone, and the last
/// quarter whose returns have been recorded.
/// </summary>
/// <remarks>
/// <para>A position always conserves the fund: the allocations of <see cref="Accounts"/> plus the <see cref="Reserve"/>
/// held for unresolved queries, the money <see cref="Returned"/> by rejected and withdrawn ones, and
/// <see cref="Unallocated"/> equal <see cref="Fund"/> to the minor unit. Accounts are ordered by recipient id,
/// ordinally, whatever order they were given in.</para>
/// <para>A position is opened once from the year's allocation and then changed only by
/// <see cref="QuarterlyMonitor.Record"/>, <see cref="UnderspendReview.Hold(FundPosition, FundTerms, ReviewPoint, IEnumerable{OverProgrammedBid}?)"/> and <see cref="QueryDesk"/>,
/// which return new positions. Equality compares every property, the accounts, bids and queries as sequences. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FundPosition
{
    private FundPosition(string? schemeName, FinancialYear year, Money fund, AllocationPolicy policy, ImmutableArray<RecipientAccount> accounts, ImmutableArray<HeldBid> bids, Money unallocated, FinancialQuarter? lastQuarterRecorded, ImmutableArray<Query> queries, Money returned)
    {
        Queries = queries.OrEmpty();
        Returned = returned;
        var reserve = Money.Zero(fund.Currency);
        foreach (var query in Queries)
        {
            reserve += query.IsUnresolved ? query.Amount : Money.Zero(fund.Currency);
        }

        Reserve = reserve;
        SchemeName = schemeName;
        Year = year;
        Policy = policy;
        Fund = fund;
        Accounts = accounts.OrEmpty();
        Bids = bids.OrEmpty();
        Unallocated = unallocated;
        LastQuarterRecorded = lastQuarterRecorded;
    }

    /// <summary>Gets the name of the scheme whose terms the position runs under (<see cref="FundTerms.SchemeName"/>); <see langword="null"/> for terms of no scheme.</summary>
    public string? SchemeName { get; }

    /// <summary>Gets the financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the whole fund for the year.</summary>
    public Money Fund { get; }

    /// <summary>Gets the allocation policy of the year; a review reallocates under the same over-programming rule and order.</summary>
    public AllocationPolicy Policy { get; }

    /// <summary>Gets every recipient's account, ordered by recipient id.</summary>
    public ImmutableArray<RecipientAccount> Accounts { get; }

    /// <summary>
    /// Gets the bids for money beyond the initial allocation, funded or not, ordered by recipient id and then
    /// activity id: the over-programmed activities of the plans and the bids of any further round.
    /// </summary>
    public ImmutableArray<HeldBid> Bids { get; }

    /// <summary>Gets the money allocated to no one.</summary>
    public Money Unallocated { get; }

    /// <summary>Gets the last quarter whose returns have been recorded; <see langword="null"/> before the first.</summary>
    public FinancialQuarter? LastQuarterRecorded { get; }

    /// <summary>Gets every query raised this year, resolved or not, ordered by query id.</summary>
    public ImmutableArray<Query> Queries { get; }

    /// <summary>Gets the money held in reserve for the queries still open or answered; never spent or reallocated while they are.</summary>
    public Money Reserve { get; }

    /// <summary>Gets the money of rejected and withdrawn queries returned to the fund since the last review; the next review reallocates it.</summary>
    public Money Returned { get; }

    /// <summary>Opens the year's position from the allocation made at its start by <see cref="Allocator"/>.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="plans">The plans that were allocated, to read the rank and minimum viable amount of each over-programmed activity.</param>
    /// <returns>The position before any return is recorded: each recipient's allocation, the over-programmed activity not yet
    /// funded in full held as bids, the money left unallocated, and the allocation's policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FundPosition Open(AllocationResult allocation, IEnumerable<SpendPlan> plans)
    {
        Guard.Against.Null(allocation);
        Guard.Against.Null(plans);
        return Open(
            allocation.Terms.Year,
            allocation.Fund,
            allocation.Recipients.Select(static r => KeyValuePair.Create(r.RecipientId, r.Allocated)),
            allocation.UnfundedBids(plans).Select(static b => new HeldBid(b, Money.Zero(b.Amount.Currency))),
            allocation.Policy,
            allocation.Terms.SchemeName);
    }

    /// <summary>Opens the year's position from the allocation made at its start.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="fund">The whole fund.</param>
    /// <param name="allocations">Each recipient's allocation, by recipient id, over-programmed activity funded at the start
    /// included; what is left of the fund is unallocated.</param>
    /// <param name="bids">The over-programmed activity not yet funded in full, as bids for what each still lacks; none when <see langword="null"/>.</param>
    /// <param name="policy">The allocation policy of the year; <see cref="AllocationPolicy.Default"/> when <see langword="null"/>.</param>
    /// <param name="schemeName">The name of the scheme whose terms the year runs under (<see cref="FundTerms.SchemeName"/>); none when <see langword="null"/>.</param>
    /// <returns>The position before any return is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A recipient id is blank or repeats, an amount is in another currency, the allocations
    /// exceed the fund, a bid repeats, or a bid is given more than it asks for.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fund, an allocation or a bid amount is negative.</exception>
    /// <exception cref="OverflowException">The allocations sum beyond the range of <see cref="long"/> minor units.</exception>
    public static FundPosition Open(FinancialYear year, Money fund, IEnumerable<KeyValuePair<string, Money>> allocations, IEnumerable<HeldBid>? bids = null, AllocationPolicy? policy = null, string? schemeName = null)
    {
        Guard.Against.Null(allocations);
        Guard.Against.NegativeMoney(fund);
        var accounts = ImmutableArray.CreateBuilder<RecipientAccount>();
        var allocated = Money.Zero(fund.Currency);
        foreach (var (recipientId, allocation) in allocations)
        {
            Guard.Against.BlankId(recipientId, nameof(allocations));
            Guard.Against.NegativeMoney(allocation, nameof(allocations));
            Guard.Against.ForeignCurrency(fund, allocation, nameof(allocations));
            allocated += allocation;
            accounts.Add(new RecipientAccount(recipientId, allocation));
        }

        if (allocated > fund)
        {
            throw new ArgumentException(FormattableString.Invariant($"The allocations total {allocated}, more than the fund of {fund}."), nameof(allocations));
        }

        var held = ImmutableArray.CreateBuilder<HeldBid>();
        foreach (var bid in bids ?? [])
        {
            Guard.Against.Null(bid, nameof(bids));
            UnderspendReview.CheckBid(bid.Bid, fund, nameof(bids));
            Guard.Against.ForeignCurrency(fund, bid.Funded, nameof(bids));
            if (bid.Funded.IsNegative || bid.Funded > bid.Bid.Amount)
            {
                throw new ArgumentException(FormattableString.Invariant($"The bid {bid.Bid.RecipientId}/{bid.Bid.ActivityId} is given {bid.Funded}; it asks for {bid.Bid.Amount}."), nameof(bids));
            }

            held.Add(bid);
        }

        return new FundPosition(schemeName, year, fund, policy ?? AllocationPolicy.Default, IdOrder.SortedUnique(accounts, IdOrder.Compare, static a => a.RecipientId, nameof(allocations)), IdOrder.SortedUnique(held, IdOrder.Compare, static b => b.Bid.RecipientId + " / " + b.Bid.ActivityId, nameof(bids)), fund - allocated, null, [], Money.Zero(fund.Currency));
    }

    /// <summary>Finds a recipient's account.</summary>
    /// <param name="recipientId">The recipient id.</param>
    /// <returns>The account, or <see langword="null"/> when the recipient has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    public RecipientAccount? FindAccount(string recipientId)
    {
        Guard.Against.Null(recipientId);
        var index = IdOrder.IndexOf(Accounts, recipientId, static (a, id) => string.CompareOrdinal(a.RecipientId, id));
        return index >= 0 ? Accounts[index] : null;
    }

    /// <summary>Gets a recipient's account.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The position holds no account of that recipient.</exception>
    public RecipientAccount GetAccount(string recipientId) =>
        FindAccount(recipientId) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The position for {Year} holds no account of recipient '{recipientId}'."));

    /// <summary>Finds a query.</summary>
    /// <param name="queryId">The query id, compared ordinally.</param>
    /// <returns>The query, or <see langword="null"/> when the position holds none of that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queryId"/> is <see langword="null"/>.</exception>
    public Query? FindQuery(string queryId)
    {
        Guard.Against.Null(queryId);
        var index = IdOrder.IndexOf(Queries, queryId, static (q, id) => string.CompareOrdinal(q.Id, id));
        return index >= 0 ? Queries[index] : null;
    }

    /// <summary>Returns a value indicating whether another position holds the same figures and accounts.</summary>
    /// <param name="other">The position to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal, the accounts compared in order.</returns>
    public bool Equals(FundPosition? other) =>
        other is not null
        && SchemeName == other.SchemeName
        && Year == other.Year
        && Policy == other.Policy
        && Fund == other.Fund
        && Unallocated == other.Unallocated
        && LastQuarterRecorded == other.LastQuarterRecorded
        && Reserve == other.Reserve
        && Returned == other.Returned
        && ValueEquality.Equal(Accounts, other.Accounts)
        && ValueEquality.Equal(Bids, other.Bids)
        && ValueEquality.Equal(Queries, other.Queries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Fund, Policy, Unallocated, LastQuarterRecorded, ValueEquality.Hash(Accounts), ValueEquality.Hash(Bids), HashCode.Combine(Returned, ValueEquality.Hash(Queries)));

    internal FundPosition With(ImmutableArray<RecipientAccount> accounts, Money unallocated, FinancialQuarter? lastQuarterRecorded) =>
        new(SchemeName, Year, Fund, Policy, accounts, Bids, unallocated, lastQuarterRecorded, Queries, Returned);

    // A review reallocates what was returned, so it leaves none.
    internal FundPosition With(ImmutableArray<RecipientAccount> accounts, ImmutableArray<HeldBid> bids, Money unallocated) =>
        new(SchemeName, Year, Fund, Policy, accounts, bids, unallocated, LastQuarterRecorded, Queries, Money.Zero(Fund.Currency));

    internal FundPosition With(ImmutableArray<RecipientAccount> accounts, ImmutableArray<Query> queries, Money unallocated, Money returned) =>
        new(SchemeName, Year, Fund, Policy, accounts, Bids, unallocated, LastQuarterRecorded, queries, returned);

    /// <summary>
    /// Rebuilds a position written earlier (by the JSON reader), checking what <see cref="Open(FinancialYear, Money, IEnumerable{KeyValuePair{string, Money}}, IEnumerable{HeldBid}?, AllocationPolicy?, string?)"/>
    /// checks and that the position conserves its fund, so a restored position is one the library could have made.
    /// </summary>
    /// <exception cref="ArgumentException">The accounts, bids or queries are out of order or repeat, an amount is negative or in another currency,
    /// a query does not agree with its account, the allocations, reserve, returned and unallocated money do not sum to the fund,
    /// or the last quarter is of another year.</exception>
    internal static FundPosition Restore(string? schemeName, FinancialYear year, Money fund, AllocationPolicy policy, ImmutableArray<RecipientAccount> accounts, ImmutableArray<HeldBid> bids, Money unallocated, FinancialQuarter? lastQuarterRecorded, ImmutableArray<Query> queries, Money returned)
    {
        Guard.Against.NegativeMoney(fund);
        Guard.Against.NegativeMoney(unallocated);
        Guard.Against.ForeignCurrency(fund, unallocated, nameof(unallocated));
        Guard.Against.NegativeMoney(returned);
        Guard.Against.ForeignCurrency(fund, returned, nameof(returned));
        queries = queries.OrEmpty();
        var allocated = Money.Zero(fund.Currency);
        for (var i = 0; i < accounts.Length; i++)
        {
            var account = Guard.Against.Null(accounts[i], nameof(accounts));
            Guard.Against.ForeignCurrency(fund, account.Allocation, nameof(accounts));
            if (i > 0 && IdOrder.Compare(accounts[i - 1], account) >= 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"The account '{account.RecipientId}' repeats or is out of recipient-id order."), nameof(accounts));
            }

            allocated += account.Allocation;
        }

        for (var i = 0; i < bids.Length; i++)
        {
            var bid = Guard.Against.Null(bids[i], nameof(bids));
            UnderspendReview.CheckBid(bid.Bid, fund, nameof(bids));
            Guard.Against.ForeignCurrency(fund, bid.Funded, nameof(bids));
            if (bid.Funded.IsNegative || bid.Funded > bid.Bid.Amount || (i > 0 && IdOrder.Compare(bids[i - 1], bid) >= 0))
            {
                throw new ArgumentException(FormattableString.Invariant($"The bid {bid.Bid.RecipientId}/{bid.Bid.ActivityId} is given {bid.Funded} of {bid.Bid.Amount}, or repeats or is out of order."), nameof(bids));
            }
        }

        var reserve = QueryDesk.CheckRestored(accounts, queries, fund);
        if (allocated + reserve + returned + unallocated != fund)
        {
            throw new ArgumentException(FormattableString.Invariant($"The allocations total {allocated}, {reserve} is held for queries, {returned} was returned and {unallocated} is unallocated: {allocated + reserve + returned + unallocated}, not the fund of {fund}."), nameof(unallocated));
        }

        if (lastQuarterRecorded is { } last && last.Year != year)
        {
            throw new ArgumentException(FormattableString.Invariant($"The last quarter recorded, {last}, is not of {year}."), nameof(lastQuarterRecorded));
        }

        return new FundPosition(schemeName, year, fund, policy, accounts, bids, unallocated, lastQuarterRecorded, queries, returned);
    }
}
