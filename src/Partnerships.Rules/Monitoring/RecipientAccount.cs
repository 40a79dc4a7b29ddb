using Ardalis.GuardClauses;
using System.Collections.Immutable;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Where one recipient stands in the year: its allocation, what it has reported spending, what it has been paid,
/// its latest forecast, and what it has given back or been given at reviews.
/// </summary>
/// <remarks>
/// <para>Every amount is cumulative for the year to date and in the fund's currency. The account keeps
/// <c>Paid ≤ min(Spent, Allocation)</c> (less any <see cref="Overpaid">over-payment</see> a refund made) and
/// <c>Allocation ≥ max(Spent, Paid)</c> whenever money is reclaimed;
/// <see cref="Allocation"/> = <see cref="InitialAllocation"/> − <see cref="Reclaimed"/> + <see cref="Granted"/> − <see cref="Queried"/>.</para>
/// <para>Accounts are made by <c>FundPosition.Open</c> and changed only by recording a quarter
/// (<see cref="QuarterlyMonitor"/>) or holding a review (<see cref="UnderspendReview"/>), each of which returns
/// new accounts. Equality compares every property, the returns as a sequence.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RecipientAccount
{
    internal RecipientAccount(string recipientId, Money allocation)
    {
        RecipientId = recipientId;
        InitialAllocation = allocation;
        Allocation = allocation;
        Spent = Money.Zero(allocation.Currency);
        Paid = Spent;
        Reclaimed = Spent;
        Granted = Spent;
        Queried = Spent;
        Returns = [];
    }

    /// <summary>Gets the id of the recipient.</summary>
    public string RecipientId { get; }

    /// <summary>Gets the allocation at the start of the year; the under-spend tolerance is a share of it.</summary>
    public Money InitialAllocation { get; private init; }

    /// <summary>Gets the allocation now: the initial allocation less what was reclaimed, plus what was granted, less what queries took from it.</summary>
    public Money Allocation { get; internal init; }

    /// <summary>Gets the spend reported in the returns recorded so far.</summary>
    public Money Spent { get; internal init; }

    /// <summary>Gets what has been paid so far.</summary>
    public Money Paid { get; internal init; }

    /// <summary>Gets what has been reclaimed at reviews so far.</summary>
    public Money Reclaimed { get; internal init; }

    /// <summary>Gets what has been granted at reviews so far.</summary>
    public Money Granted { get; internal init; }

    /// <summary>
    /// Gets the forecast outturn for the year: that of the latest return, raised by anything granted since, as a
    /// grant is expected to be spent. <see langword="null"/> until a return is recorded, unless a grant set it.
    /// </summary>
    public Money? ForecastOutturn { get; internal init; }

    /// <summary>Gets the returns recorded so far, earliest quarter first.</summary>
    public ImmutableArray<SpendReturn> Returns { get; internal init => field = value.OrEmpty(); }

    /// <summary>
    /// Gets what queries have taken from the allocation: the amounts of its queries still open or answered (held in reserve)
    /// and of those rejected or withdrawn (returned to the fund). An accepted query gives its amount back.
    /// </summary>
    public Money Queried { get; internal init; }

    /// <summary>
    /// Gets what has been paid beyond the smaller of spend to date and the allocation: zero unless a refund (or a reclaim)
    /// brought them below payments already made. Later payments are held back until it is made good; what remains at the
    /// year end is a recovery the recipient owes.
    /// </summary>
    public Money Overpaid => Money.Max(Paid - Money.Min(Spent, Allocation), Money.Zero(Paid.Currency));

    /// <summary>Gets a value indicating whether the recipient has given money back at a review this year.</summary>
    public bool HasGivenBack => !Reclaimed.IsZero;

    /// <summary>Returns a value indicating whether another account holds the same figures and returns.</summary>
    /// <param name="other">The account to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal, the returns compared in order.</returns>
    public bool Equals(RecipientAccount? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && InitialAllocation == other.InitialAllocation
        && Allocation == other.Allocation
        && Spent == other.Spent
        && Paid == other.Paid
        && Reclaimed == other.Reclaimed
        && Granted == other.Granted
        && ForecastOutturn == other.ForecastOutturn
        && Queried == other.Queried
        && ValueEquality.Equal(Returns, other.Returns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, InitialAllocation, Allocation, Spent, Paid, Reclaimed, Granted, HashCode.Combine(ForecastOutturn, Queried, ValueEquality.Hash(Returns)));

    /// <summary>Rebuilds an account written earlier (by the JSON reader), checking that its figures agree with each other.</summary>
    /// <exception cref="ArgumentException">The id is blank, an amount is negative or in another currency, the allocation is not
    /// the initial allocation less reclaims plus grants less queries, or a return is another recipient's.</exception>
    internal static RecipientAccount Restore(string recipientId, Money initialAllocation, Money allocation, Money spent, Money paid, Money reclaimed, Money granted, Money? forecastOutturn, ImmutableArray<SpendReturn> returns, Money queried)
    {
        Guard.Against.BlankId(recipientId);
        foreach (var (amount, name) in new[] { (initialAllocation, nameof(initialAllocation)), (allocation, nameof(allocation)), (spent, nameof(spent)), (paid, nameof(paid)), (reclaimed, nameof(reclaimed)), (granted, nameof(granted)), (queried, nameof(queried)) })
        {
            Guard.Against.ForeignCurrency(initialAllocation, amount, name);
            Guard.Against.NegativeMoney(amount, name);
        }

        if (initialAllocation - reclaimed + granted - queried != allocation)
        {
            throw new ArgumentException(FormattableString.Invariant($"The allocation of '{recipientId}' is {allocation}; its initial allocation {initialAllocation} less {reclaimed} reclaimed plus {granted} granted less {queried} under query is {initialAllocation - reclaimed + granted - queried}."), nameof(allocation));
        }

        foreach (var spendReturn in returns) // the reader refuses a missing list, so it is never default
        {
            if (spendReturn is null || spendReturn.RecipientId != recipientId)
            {
                throw new ArgumentException(FormattableString.Invariant($"A return of the account of '{recipientId}' is {(spendReturn is null ? "missing" : "of '" + spendReturn.RecipientId + "'")}."), nameof(returns));
            }
        }

        return new(recipientId, initialAllocation)
        {
            Allocation = allocation, Spent = spent, Paid = paid, Reclaimed = reclaimed, Granted = granted, ForecastOutturn = forecastOutturn, Queried = queried,
            Returns = returns,
        };
    }

    internal static RecipientAccount NewFromGrant(string recipientId, Money grant) =>
        new(recipientId, Money.Zero(grant.Currency)) { Allocation = grant, Granted = grant, ForecastOutturn = grant };
}
