using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>
/// <see cref="UnderspendReview.Hold"/> as it was before it walked sorted arrays in step and called the allocation core
/// directly: dictionaries, <see cref="HeldBid.ForOutstanding"/> and <see cref="OverProgrammingStage.Fund(Money, IEnumerable{OverProgrammedBid}, AllocationPolicy)"/>.
/// The oracle of <c>Hold_AnyYear_GivesWhatTheReferenceReviewGave</c> (docs/design.md, invariant 11: the fast path gives
/// what the plain path gave).
/// </summary>
/// <remarks>
/// Kept, although it is old production code, because invariant 11 is about exactly that: the rewrite must not change a
/// single finding or penny. It is not the only oracle: what a review should give is checked by hand-computed cases
/// (<c>UnderspendReviewTests.Year2011</c>, <c>UnderspendReviewTests</c>) and by the specification-level properties of
/// invariants 1, 4 and 6 (<c>UnderspendReviewTests.Properties</c>), none of which use this class; the pieces it calls,
/// <see cref="OverProgrammingStage"/> and <see cref="HeldBid.ForOutstanding"/>, have their own hand-checked tests.
/// </remarks>
internal static class ReferenceReview
{
    public static ReviewResult Hold(FundPosition position, FundTerms terms, ReviewPoint reviewPoint, IEnumerable<OverProgrammedBid>? furtherRound = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(reviewPoint);
        UnderspendReview.CheckTerms(position, terms, reviewPoint);
        var further = FurtherRound(position, furtherRound ?? [], out var duplicateFindings);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        findings.AddRange(duplicateFindings);
        if (!reviewPoint.ReallocatesUnderspend)
        {
            findings.Add(Finding.Of(MonitoringFindings.ReviewDoesNotReallocate, FindingSeverity.Information, MonitoringFindings.ReviewDoesNotReallocateDefinition.MessageTemplate, ("review", reviewPoint.Name)));
            YearChecks(position, terms, reviewPoint, findings);
            return new ReviewResult(reviewPoint, position, [], [], position.Unallocated, findings.ToImmutable());
        }

        var accounts = position.Accounts;
        var reclaimed = new long[accounts.Length];
        var underspending = new HashSet<string>(StringComparer.Ordinal);
        var reclaims = ImmutableArray.CreateBuilder<Reclaim>();
        var pool = position.Unallocated;
        for (var i = 0; i < accounts.Length; i++)
        {
            var reclaim = Judge(accounts[i], terms.UnderspendTolerance, reviewPoint, findings, out var isUnderspending);
            if (isUnderspending || accounts[i].HasGivenBack)
            {
                underspending.Add(accounts[i].RecipientId);
            }

            if (reclaim is not null)
            {
                reclaims.Add(reclaim);
                reclaimed[i] = reclaim.Amount.MinorUnits;
                pool += reclaim.Amount;
            }
        }

        var candidates = Candidates(position.Bids, further, underspending, terms.UnderspendingRecipientsMayReceive, findings);
        var stage = OverProgrammingStage.Fund(pool, candidates, position.Policy);
        var grants = ImmutableArray.CreateBuilder<Grant>();
        var granted = new Dictionary<string, long>(StringComparer.Ordinal);
        var fundedByBid = new Dictionary<(string, string), long>();
        foreach (var award in stage.Awards)
        {
            var bid = award.Bid;
            if (award.Awarded.IsZero)
            {
                findings.Add(award.Reason);
                continue;
            }

            grants.Add(new Grant(bid.RecipientId, bid.ActivityId, award.Awarded, bid.Amount));
            findings.Add(Finding.About(bid.RecipientId, bid.ActivityId, award.Awarded, MonitoringFindings.ActivityFunded, FindingSeverity.Information, MonitoringFindings.ActivityFundedDefinition.MessageTemplate, ("activity", bid.ActivityId), ("recipient", bid.RecipientId), ("amount", award.Awarded), ("request", bid.Amount), ("review", reviewPoint.Name)));
            granted[bid.RecipientId] = granted.GetValueOrDefault(bid.RecipientId) + award.Awarded.MinorUnits;
            fundedByBid[(bid.RecipientId, bid.ActivityId)] = award.Awarded.MinorUnits;
        }

        var unallocated = stage.LeftOver;
        if (!unallocated.IsZero)
        {
            findings.Add(Finding.About(null, null, unallocated, MonitoringFindings.PoolUnallocated, FindingSeverity.Information, MonitoringFindings.PoolUnallocatedDefinition.MessageTemplate, ("amount", unallocated), ("review", reviewPoint.Name)));
        }

        YearChecks(position, terms, reviewPoint, findings);
        if (reclaims.Count == 0 && grants.Count == 0)
        {
            return new ReviewResult(reviewPoint, position, [], [], pool, findings.ToImmutable());
        }

        var after = position.With(NewAccounts(accounts, reclaimed, granted, pool.Currency), NewBids(position.Bids, further, fundedByBid), unallocated);
        return new ReviewResult(reviewPoint, after, reclaims.ToImmutable(), grants.ToImmutable(), pool, findings.ToImmutable());
    }

    // The review's reports that change no money, each proven on its own (QueryDeskTests, RateOfSpendTests): the
    // generated positions hold no queries, so only the rate of spend can add findings.
    private static void YearChecks(FundPosition position, FundTerms terms, ReviewPoint reviewPoint, ImmutableArray<Finding>.Builder findings)
    {
        findings.AddRange(QueryDesk.Overdue(position, position.Year.ReviewDate(reviewPoint.AfterQuarter)));
        findings.AddRange(RateOfSpend.Findings(position, terms, reviewPoint));
    }

    private static Reclaim? Judge(RecipientAccount account, UnderspendTolerance? terms, ReviewPoint review, ImmutableArray<Finding>.Builder findings, out bool underspending)
    {
        underspending = false;
        var recipient = account.RecipientId;
        if (account.ForecastOutturn is not { } forecast)
        {
            findings.Add(Finding.About(recipient, null, null, MonitoringFindings.ForecastMissing, FindingSeverity.Warning, MonitoringFindings.ForecastMissingDefinition.MessageTemplate, ("recipient", recipient), ("review", review.Name)));
            return null;
        }

        // A forecast below what is already spent cannot be met; spend to date stands in for it.
        if (account.Spent > forecast)
        {
            findings.Add(Finding.About(recipient, null, null, MonitoringFindings.ForecastBelowSpend, FindingSeverity.Warning, MonitoringFindings.ForecastBelowSpendDefinition.MessageTemplate, ("recipient", recipient), ("forecast", forecast), ("spent", account.Spent)));
            forecast = account.Spent;
        }

        var allocation = account.Allocation;
        if (forecast > allocation)
        {
            findings.Add(Finding.About(recipient, null, forecast - allocation, MonitoringFindings.ForecastAboveAllocation, FindingSeverity.Warning, MonitoringFindings.ForecastAboveAllocationDefinition.MessageTemplate, ("recipient", recipient), ("forecast", forecast), ("allocation", allocation), ("overspend", forecast - allocation)));
            return null;
        }

        var underspend = allocation - forecast;
        var tolerance = UnderspendReview.ToleranceFor(terms, account.InitialAllocation);
        if (underspend <= tolerance)
        {
            if (!underspend.IsZero)
            {
                findings.Add(Finding.About(recipient, null, underspend, MonitoringFindings.UnderspendTolerated, FindingSeverity.Information, MonitoringFindings.UnderspendToleratedDefinition.MessageTemplate, ("recipient", recipient), ("forecast", forecast), ("allocation", allocation), ("underspend", underspend), ("tolerance", tolerance)));
            }

            return null;
        }

        // Spend to date (never less than what is paid) is at most the forecast, so the allocation left,
        // forecast + tolerance, stays above both.
        underspending = true;
        var amount = underspend - tolerance;
        findings.Add(Finding.About(recipient, null, amount, MonitoringFindings.UnderspendReclaimed, FindingSeverity.Information, MonitoringFindings.UnderspendReclaimedDefinition.MessageTemplate, ("recipient", recipient), ("forecast", forecast), ("allocation", allocation), ("underspend", underspend), ("tolerance", tolerance), ("reclaimed", amount)));
        return new Reclaim(recipient, allocation, forecast, underspend, tolerance, amount);
    }

    private static ImmutableArray<OverProgrammedBid> FurtherRound(FundPosition position, IEnumerable<OverProgrammedBid> furtherRound, out List<Finding> findings)
    {
        findings = [];
        var bids = ImmutableArray.CreateBuilder<OverProgrammedBid>();
        var seen = new HashSet<(string, string)>();
        foreach (var bid in furtherRound)
        {
            UnderspendReview.CheckBid(bid, position.Fund, nameof(furtherRound));
            if (!seen.Add((bid.RecipientId, bid.ActivityId)))
            {
                throw new ArgumentException(FormattableString.Invariant($"The further-round bid {bid.RecipientId}/{bid.ActivityId} is given twice."), nameof(furtherRound));
            }

            if (IdOrder.IndexOf(position.Bids, bid, static (h, b) => IdOrder.Compare(h.Bid, b)) >= 0)
            {
                findings.Add(Finding.About(bid.RecipientId, bid.ActivityId, null, MonitoringFindings.BidDuplicate, FindingSeverity.Warning, MonitoringFindings.BidDuplicateDefinition.MessageTemplate, ("activity", bid.ActivityId), ("recipient", bid.RecipientId)));
                continue;
            }

            bids.Add(bid);
        }

        bids.Sort(IdOrder.Compare);
        findings.Sort(static (a, b) => string.CompareOrdinal(a.RecipientId + "/" + a.ActivityId, b.RecipientId + "/" + b.ActivityId));
        return bids.DrainToImmutable();
    }

    private static List<OverProgrammedBid> Candidates(
        ImmutableArray<HeldBid> held,
        ImmutableArray<OverProgrammedBid> further,
        HashSet<string> underspending,
        bool underspendingMayReceive,
        ImmutableArray<Finding>.Builder findings)
    {
        var candidates = new List<OverProgrammedBid>(held.Length + further.Length);
        foreach (var bid in held.Where(static h => !h.Outstanding.IsZero).Select(static h => h.ForOutstanding()).Concat(further))
        {
            if (!underspendingMayReceive && underspending.Contains(bid.RecipientId))
            {
                findings.Add(Finding.About(bid.RecipientId, bid.ActivityId, null, MonitoringFindings.UnderspendingRecipientPassedOver, FindingSeverity.Information, MonitoringFindings.UnderspendingRecipientPassedOverDefinition.MessageTemplate, ("activity", bid.ActivityId), ("recipient", bid.RecipientId)));
                continue;
            }

            candidates.Add(bid);
        }

        return candidates;
    }

    private static ImmutableArray<RecipientAccount> NewAccounts(ImmutableArray<RecipientAccount> accounts, long[] reclaimed, Dictionary<string, long> granted, Currency currency)
    {
        var builder = ImmutableArray.CreateBuilder<RecipientAccount>(accounts.Length + granted.Count);
        for (var i = 0; i < accounts.Length; i++)
        {
            var account = accounts[i];
            var given = granted.Remove(account.RecipientId, out var g) ? g : 0;
            if (reclaimed[i] == 0 && given == 0)
            {
                builder.Add(account);
                continue;
            }

            var back = Money.FromMinorUnits(reclaimed[i], currency);
            var grant = Money.FromMinorUnits(given, currency);
            builder.Add(account with
            {
                Allocation = account.Allocation - back + grant,
                Reclaimed = account.Reclaimed + back,
                Granted = account.Granted + grant,
                ForecastOutturn = account.ForecastOutturn is { } forecast ? Money.Max(forecast, account.Spent) + grant : null,
            });
        }

        foreach (var (recipientId, amount) in granted)
        {
            builder.Add(RecipientAccount.NewFromGrant(recipientId, Money.FromMinorUnits(amount, currency)));
        }

        return IdOrder.SortedUnique(builder, IdOrder.Compare, static a => a.RecipientId, nameof(accounts));
    }

    private static ImmutableArray<HeldBid> NewBids(ImmutableArray<HeldBid> held, ImmutableArray<OverProgrammedBid> further, Dictionary<(string, string), long> funded)
    {
        var builder = ImmutableArray.CreateBuilder<HeldBid>(held.Length + further.Length);
        foreach (var bid in held)
        {
            builder.Add(funded.TryGetValue((bid.Bid.RecipientId, bid.Bid.ActivityId), out var amount)
                ? bid with { Funded = bid.Funded + Money.FromMinorUnits(amount, bid.Funded.Currency) }
                : bid);
        }

        foreach (var bid in further)
        {
            builder.Add(new HeldBid(bid, Money.FromMinorUnits(funded.GetValueOrDefault((bid.RecipientId, bid.ActivityId)), bid.Amount.Currency)));
        }

        return IdOrder.SortedUnique(builder, IdOrder.Compare, static b => b.Bid.RecipientId + " / " + b.Bid.ActivityId, nameof(further));
    }
}
