using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Raises queries on a fund position and moves them on, one explicit, dated call per step: open → answered →
/// accepted, re-attributed or rejected; or withdrawn by the recipient while open or answered.
/// </summary>
/// <remarks>
/// <para><b>Money.</b> Raising a query moves its amount from the recipient's allocation into the position's
/// <see cref="FundPosition.Reserve"/>, where no review can reach it. Accepting (or re-attributing) it releases the amount
/// back to the recipient's allocation; rejecting or withdrawing it returns the amount to the fund as
/// <see cref="FundPosition.Returned"/>, which the next review adds to the money it reallocates. After every call the
/// allocations, the reserve, the returned money and the unallocated money sum to the fund, to the minor unit.</para>
/// <para><b>Held back.</b> When the terms hold queried amounts back (<see cref="FundTerms.HoldBackQueriedAmounts"/>), the
/// allocation never gave an arguably fitting activity its queried cost, so <see cref="RaiseFromAssessment"/> takes that
/// reserve from the money not allocated instead, and accepting the query grants it to the recipient.</para>
/// <para><b>Errors.</b> An impossible move (accepting a withdrawn query) is an <see cref="InvalidOperationException"/>
/// naming both states; a date before the query's last move, an unknown id or recipient, or an amount the allocation
/// cannot give is an <see cref="ArgumentException"/> naming the parameter. Either way the position is unchanged: every
/// call returns a new position. This type is stateless and thread-safe.</para>
/// </remarks>
public static class QueryDesk
{
    /// <summary>Returns a value indicating whether a query may move from one state to another.</summary>
    /// <param name="from">The state it is in.</param>
    /// <param name="to">The state it would move to.</param>
    /// <returns><see langword="true"/> for open → answered, answered → accepted, re-attributed or rejected, and open or answered → withdrawn.</returns>
    public static bool CanMove(QueryState from, QueryState to) => (from, to) switch
    {
        (QueryState.Open, QueryState.Answered or QueryState.Withdrawn) => true,
        (QueryState.Answered, QueryState.Accepted or QueryState.Reattributed or QueryState.Rejected or QueryState.Withdrawn) => true,
        _ => false,
    };

    /// <summary>Works out the day a query raised on a day must be answered by: the terms' number of working days later, England and Wales.</summary>
    /// <param name="terms">The terms, for <see cref="FundTerms.QueryResponseWorkingDays"/>.</param>
    /// <param name="raisedOn">The day the query is raised.</param>
    /// <returns>The due date, a working day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The due date is outside the years the calendar knows.</exception>
    public static LocalDate DueDate(FundTerms terms, LocalDate raisedOn)
    {
        Guard.Against.Null(terms);
        return WorkingDayCalendar.EnglandAndWales.AddWorkingDays(raisedOn, terms.QueryResponseWorkingDays);
    }

    /// <summary>Raises a query on part of a recipient's allocation, moving the amount into reserve.</summary>
    /// <param name="position">The position.</param>
    /// <param name="terms">The terms of the position's year, for the working days to answer.</param>
    /// <param name="queryId">An id for the query, not yet used in the position.</param>
    /// <param name="recipientId">The recipient queried; it must hold an account.</param>
    /// <param name="activityId">The activity queried.</param>
    /// <param name="amount">The amount under query: positive, at most the recipient's allocation not yet paid.</param>
    /// <param name="findingCode">The code of the finding that raised it, such as <c>FIT001</c> or <c>VFM002</c>.</param>
    /// <param name="raisedOn">The day it is raised.</param>
    /// <returns>The position with the query open and its amount in reserve.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund; an id or the code is blank; the query id is in use;
    /// the recipient holds no account; the amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or is more than the recipient's allocation less what it has been paid.</exception>
    public static FundPosition Raise(FundPosition position, FundTerms terms, string queryId, string recipientId, string activityId, Money amount, string findingCode, LocalDate raisedOn)
    {
        Guard.Against.Null(position);
        CheckTerms(position, terms);
        Guard.Against.BlankId(queryId);
        Guard.Against.BlankId(recipientId);
        Guard.Against.BlankId(activityId);
        Guard.Against.BlankId(findingCode);
        Guard.Against.ForeignCurrency(position.Fund, amount);
        Guard.Against.Below(amount.MinorUnits, 1L, nameof(amount));
        var index = AccountIndex(position, recipientId, nameof(recipientId));
        if (position.FindQuery(queryId) is not null)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query id '{queryId}' is already in use."), nameof(queryId));
        }

        var account = position.Accounts[index];
        var free = account.Allocation - Money.Min(account.Paid, account.Allocation);
        if (amount > free)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, FormattableString.Invariant($"'{recipientId}' has {free} of its allocation not yet paid; a query cannot hold more."));
        }

        var query = new Query(queryId, recipientId, activityId, amount, findingCode, raisedOn, DueDate(terms, raisedOn), heldBack: false);
        var accounts = position.Accounts.SetItem(index, account with { Allocation = account.Allocation - amount, Queried = account.Queried + amount });
        return position.With(accounts, Insert(position.Queries, query), position.Unallocated, position.Returned);
    }

    /// <summary>
    /// Raises a query for each activity an assessment queried with an amount (an arguable fit, <c>FIT001</c>, or any finding of
    /// <see cref="FindingSeverity.Query"/> that names an activity and an amount), on the plans it did not find ineligible.
    /// </summary>
    /// <remarks>
    /// Each activity gets one query, for the first such finding in its plan's order, with the id <c>recipient/activity</c>; an
    /// activity whose query is already in the position is left alone, so raising again from the same report changes nothing. A
    /// query holds what the money can give: at most the recipient's allocation not yet paid, or, for an activity the allocation
    /// held back, the money not allocated. A recipient without an account, or a query that would hold nothing, is passed over.
    /// </remarks>
    /// <param name="position">The position, usually as opened from the allocation.</param>
    /// <param name="terms">The terms the report was assessed under.</param>
    /// <param name="report">The assessment.</param>
    /// <param name="raisedOn">The day the queries are raised.</param>
    /// <returns>The position with the queries open and their amounts in reserve.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund, or the report is of another year or currency.</exception>
    public static FundPosition RaiseFromAssessment(FundPosition position, FundTerms terms, AssessmentReport report, LocalDate raisedOn)
    {
        Guard.Against.Null(position);
        CheckTerms(position, terms);
        Guard.Against.Null(report);
        if (report.Year != position.Year || report.Fund.Currency != position.Fund.Currency)
        {
            throw new ArgumentException(FormattableString.Invariant($"The report is of {report.Year} in {report.Fund.Currency.Code}; the position is of {position.Year} in {position.Fund.Currency.Code}."), nameof(report));
        }

        var due = DueDate(terms, raisedOn);
        var accounts = position.Accounts.ToBuilder();
        var raised = ImmutableArray.CreateBuilder<Query>();
        var unallocated = position.Unallocated;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in report.Plans)
        {
            var index = plan.Decision == PlanDecision.Ineligible ? -1 : IdOrder.IndexOf(position.Accounts, plan.RecipientId, static (a, id) => string.CompareOrdinal(a.RecipientId, id));
            if (index < 0)
            {
                continue;
            }

            var heldBack = terms.HoldBackQueriedAmounts ? HeldBackActivities(plan) : null;
            foreach (var finding in plan.Findings)
            {
                if (finding is not { Severity: FindingSeverity.Query, ActivityId: { } activityId, Amount: { IsZero: false, IsNegative: false } asked }
                    || finding.Amount.Value.Currency != position.Fund.Currency)
                {
                    continue;
                }

                var id = plan.RecipientId + "/" + activityId;
                if (!seen.Add(id) || position.FindQuery(id) is not null)
                {
                    continue;
                }

                var account = accounts[index];
                var fromUnallocated = heldBack?.Contains(activityId) == true;
                var free = fromUnallocated ? unallocated : account.Allocation - Money.Min(account.Paid, account.Allocation);
                var amount = Money.Min(asked, free);
                if (amount.IsZero)
                {
                    continue;
                }

                raised.Add(new Query(id, plan.RecipientId, activityId, amount, finding.Code, raisedOn, due, fromUnallocated));
                if (fromUnallocated)
                {
                    unallocated -= amount;
                }
                else
                {
                    accounts[index] = account with { Allocation = account.Allocation - amount, Queried = account.Queried + amount };
                }
            }
        }

        if (raised.Count == 0)
        {
            return position;
        }

        raised.AddRange(position.Queries);
        var queries = IdOrder.SortedUnique(raised, static (a, b) => string.CompareOrdinal(a.Id, b.Id), static q => q.Id, nameof(report));
        return position.With(accounts.DrainToImmutable(), queries, unallocated, position.Returned);
    }

    /// <summary>Records the recipient's answer to an open query; its amount stays in reserve until the query is decided.</summary>
    /// <param name="position">The position.</param>
    /// <param name="queryId">The query's id.</param>
    /// <param name="on">The day of the answer; not before the query's last move.</param>
    /// <returns>The position with the query answered.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No query has the id, or <paramref name="on"/> is before its last move.</exception>
    /// <exception cref="InvalidOperationException">The query is not open.</exception>
    public static FundPosition Answer(FundPosition position, string queryId, LocalDate on) => Move(position, queryId, QueryState.Answered, on, null);

    /// <summary>Accepts an answered query: its amount is released from reserve to the recipient's allocation.</summary>
    /// <param name="position">The position.</param>
    /// <param name="queryId">The query's id.</param>
    /// <param name="on">The day of the decision; not before the query's last move.</param>
    /// <returns>The position with the query accepted.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No query has the id, or <paramref name="on"/> is before its last move.</exception>
    /// <exception cref="InvalidOperationException">The query is not answered.</exception>
    public static FundPosition Accept(FundPosition position, string queryId, LocalDate on) => Move(position, queryId, QueryState.Accepted, on, null);

    /// <summary>Accepts an answered query under another priority: its amount is released to the recipient's allocation and its spend counts to that priority.</summary>
    /// <param name="position">The position.</param>
    /// <param name="terms">The terms of the position's year, which name the priorities.</param>
    /// <param name="queryId">The query's id.</param>
    /// <param name="priorityCode">The code of the priority the spend moves to: one of the terms'.</param>
    /// <param name="on">The day of the decision; not before the query's last move.</param>
    /// <returns>The position with the query re-attributed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund; no query has the id; the priority is not one of the terms';
    /// or <paramref name="on"/> is before the query's last move.</exception>
    /// <exception cref="InvalidOperationException">The query is not answered.</exception>
    public static FundPosition Reattribute(FundPosition position, FundTerms terms, string queryId, string priorityCode, LocalDate on)
    {
        Guard.Against.Null(position);
        CheckTerms(position, terms);
        Guard.Against.Null(priorityCode);
        if (!terms.Priorities.Any(p => string.Equals(p.Code, priorityCode, StringComparison.Ordinal)))
        {
            throw new ArgumentException(FormattableString.Invariant($"'{priorityCode}' is not a priority of the terms for {terms.Year}."), nameof(priorityCode));
        }

        return Move(position, queryId, QueryState.Reattributed, on, priorityCode);
    }

    /// <summary>Rejects an answered query: its amount is returned to the fund, for the next review to reallocate.</summary>
    /// <param name="position">The position.</param>
    /// <param name="queryId">The query's id.</param>
    /// <param name="on">The day of the decision; not before the query's last move.</param>
    /// <returns>The position with the query rejected.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No query has the id, or <paramref name="on"/> is before its last move.</exception>
    /// <exception cref="InvalidOperationException">The query is not answered.</exception>
    public static FundPosition Reject(FundPosition position, string queryId, LocalDate on) => Move(position, queryId, QueryState.Rejected, on, null);

    /// <summary>Records that the recipient withdrew the queried activity: its amount is returned to the fund, for the next review to reallocate.</summary>
    /// <param name="position">The position.</param>
    /// <param name="queryId">The query's id.</param>
    /// <param name="on">The day of the withdrawal; not before the query's last move.</param>
    /// <returns>The position with the query withdrawn.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No query has the id, or <paramref name="on"/> is before its last move.</exception>
    /// <exception cref="InvalidOperationException">The query is neither open nor answered.</exception>
    public static FundPosition Withdraw(FundPosition position, string queryId, LocalDate on) => Move(position, queryId, QueryState.Withdrawn, on, null);

    /// <summary>Finds the queries overdue on a day: still open, unanswered, after their due date.</summary>
    /// <param name="position">The position.</param>
    /// <param name="on">The day to judge on, such as the day a quarter is recorded or a review held.</param>
    /// <returns>A <see cref="MonitoringFindings.QueryOverdue"/> finding for each, in query id order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> Overdue(FundPosition position, LocalDate on)
    {
        Guard.Against.Null(position);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var query in position.Queries)
        {
            if (query.IsOverdueOn(on))
            {
                findings.Add(MonitoringFindings.QueryOverdueDefinition.Make(
                    query.RecipientId, query.ActivityId, null,
                    ("activity", query.ActivityId), ("amount", query.Amount), ("date", IsoDate(on)), ("due", IsoDate(query.DueOn)),
                    ("finding", query.FindingCode), ("query", query.Id), ("recipient", query.RecipientId)));
            }
        }

        return findings.DrainToImmutable();
    }

    /// <summary>Checks restored queries against their accounts and works out the reserve they hold.</summary>
    /// <returns>The reserve: the amounts of the queries still open or answered.</returns>
    /// <exception cref="ArgumentException">A query repeats or is out of order, is in another currency, names no account, or the
    /// amounts its account says queries took do not match them.</exception>
    internal static Money CheckRestored(ImmutableArray<RecipientAccount> accounts, ImmutableArray<Query> queries, Money fund)
    {
        var reserve = Money.Zero(fund.Currency);
        var taken = new Dictionary<string, Money>(StringComparer.Ordinal);
        for (var i = 0; i < queries.Length; i++)
        {
            var query = Guard.Against.Null(queries[i], nameof(queries));
            Guard.Against.ForeignCurrency(fund, query.Amount, nameof(queries));
            if (i > 0 && string.CompareOrdinal(queries[i - 1].Id, query.Id) >= 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"The query '{query.Id}' repeats or is out of id order."), nameof(queries));
            }

            if (IdOrder.IndexOf(accounts, query.RecipientId, static (a, id) => string.CompareOrdinal(a.RecipientId, id)) < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"The query '{query.Id}' is of '{query.RecipientId}', which holds no account."), nameof(queries));
            }

            reserve += query.IsUnresolved ? query.Amount : Money.Zero(fund.Currency);
            if (!query.HeldBack && query.State is not (QueryState.Accepted or QueryState.Reattributed))
            {
                taken[query.RecipientId] = taken.GetValueOrDefault(query.RecipientId, Money.Zero(fund.Currency)) + query.Amount;
            }
        }

        foreach (var account in accounts)
        {
            var expected = taken.GetValueOrDefault(account.RecipientId, Money.Zero(fund.Currency));
            if (account.Queried != expected)
            {
                throw new ArgumentException(FormattableString.Invariant($"The account of '{account.RecipientId}' says queries took {account.Queried}; its queries took {expected}."), nameof(queries));
            }
        }

        return reserve;
    }

    internal static void CheckTerms(FundPosition position, FundTerms terms)
    {
        Guard.Against.Null(terms);
        if (!string.Equals(terms.SchemeName, position.SchemeName, StringComparison.Ordinal) || terms.Year != position.Year || terms.Fund != position.Fund)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The terms are of the scheme '{terms.SchemeName ?? "(none)"}' for {terms.Year} with a fund of {terms.Fund}; the position is of '{position.SchemeName ?? "(none)"}' for {position.Year} with a fund of {position.Fund}."),
                nameof(terms));
        }
    }

    private static FundPosition Move(FundPosition position, string queryId, QueryState to, LocalDate on, string? priorityCode)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(queryId);
        var index = IdOrder.IndexOf(position.Queries, queryId, static (q, id) => string.CompareOrdinal(q.Id, id));
        if (index < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"The position holds no query '{queryId}'."), nameof(queryId));
        }

        var query = position.Queries[index];
        if (!CanMove(query.State, to))
        {
            throw new InvalidOperationException(FormattableString.Invariant($"The query '{queryId}' is {query.State}; it cannot become {to}."));
        }

        if (on < query.ChangedOn)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query '{queryId}' last moved on {IsoDate(query.ChangedOn)}; it cannot move on the earlier day {IsoDate(on)}."), nameof(on));
        }

        var moved = query with { State = to, ChangedOn = on, ReattributedTo = priorityCode };
        var queries = position.Queries.SetItem(index, moved);
        if (to is QueryState.Answered)
        {
            return position.With(position.Accounts, queries, position.Unallocated, position.Returned);
        }

        if (to is QueryState.Rejected or QueryState.Withdrawn)
        {
            return position.With(position.Accounts, queries, position.Unallocated, position.Returned + query.Amount);
        }

        // Accepted or re-attributed: the reserve goes back to the recipient's allocation.
        var a = AccountIndex(position, query.RecipientId, nameof(queryId));
        var account = position.Accounts[a];
        var released = query.HeldBack
            ? account with { Allocation = account.Allocation + query.Amount, Granted = account.Granted + query.Amount }
            : account with { Allocation = account.Allocation + query.Amount, Queried = account.Queried - query.Amount };
        return position.With(position.Accounts.SetItem(a, released), queries, position.Unallocated, position.Returned);
    }

    private static int AccountIndex(FundPosition position, string recipientId, string parameterName)
    {
        var index = IdOrder.IndexOf(position.Accounts, recipientId, static (a, id) => string.CompareOrdinal(a.RecipientId, id));
        return index >= 0 ? index : throw new ArgumentException(FormattableString.Invariant($"The position for {position.Year} holds no account of recipient '{recipientId}'."), parameterName);
    }

    // The activities the allocation held back: those that fit a priority only arguably or not at all.
    private static HashSet<string> HeldBackActivities(PlanAssessment plan)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fit in plan.Fits)
        {
            if (fit.IsQueried)
            {
                ids.Add(fit.ActivityId);
            }
        }

        return ids;
    }

    private static ImmutableArray<Query> Insert(ImmutableArray<Query> queries, Query query)
    {
        var at = 0;
        while (at < queries.Length && string.CompareOrdinal(queries[at].Id, query.Id) < 0)
        {
            at++;
        }

        return queries.Insert(at, query);
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
