using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// A query to a recipient about an amount of one activity, raised from a finding of the assessment (such as
/// <c>FIT001</c>, an arguable fit): while it is unresolved its amount is held in reserve for the recipient.
/// </summary>
/// <remarks>
/// <para>Queries are raised and moved on by <see cref="QueryDesk"/>, which returns a new <see cref="FundPosition"/> each
/// time; a query's state only moves forward (<see cref="QueryState"/>) and its dates never go back. The due date is
/// <see cref="Schemes.FundTerms.QueryResponseWorkingDays"/> working days (England and Wales) after the day it was raised;
/// a query still <see cref="QueryState.Open"/> after that day is overdue.</para>
/// <para>Equality compares every property. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Query
{
    internal Query(string id, string recipientId, string activityId, Money amount, string findingCode, LocalDate raisedOn, LocalDate dueOn, bool heldBack)
    {
        Id = id;
        RecipientId = recipientId;
        ActivityId = activityId;
        Amount = amount;
        FindingCode = findingCode;
        RaisedOn = raisedOn;
        DueOn = dueOn;
        HeldBack = heldBack;
        State = QueryState.Open;
        ChangedOn = raisedOn;
    }

    /// <summary>Gets the query's id, unique in its position.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the recipient queried.</summary>
    public string RecipientId { get; }

    /// <summary>Gets the id of the activity queried.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the amount under query; positive.</summary>
    public Money Amount { get; }

    /// <summary>Gets the code of the finding that raised the query, such as <c>FIT001</c>.</summary>
    public string FindingCode { get; }

    /// <summary>Gets the day the query was raised.</summary>
    public LocalDate RaisedOn { get; }

    /// <summary>Gets the last day for the recipient's answer.</summary>
    public LocalDate DueOn { get; }

    /// <summary>
    /// Gets a value indicating whether the allocation had already held the amount back (<see cref="Schemes.FundTerms.HoldBackQueriedAmounts"/>),
    /// so the reserve was taken from money not allocated and accepting the query grants it to the recipient.
    /// </summary>
    public bool HeldBack { get; }

    /// <summary>Gets where the query stands.</summary>
    public QueryState State { get; internal init; }

    /// <summary>Gets the day of the last move: the day it was raised, answered, decided or withdrawn.</summary>
    public LocalDate ChangedOn { get; internal init; }

    /// <summary>Gets the code of the priority its spend was moved to, when <see cref="QueryState.Reattributed"/>; otherwise <see langword="null"/>.</summary>
    public string? ReattributedTo { get; internal init; }

    /// <summary>Gets a value indicating whether the query is still open or answered, so its amount is held in reserve.</summary>
    public bool IsUnresolved => State is QueryState.Open or QueryState.Answered;

    /// <summary>Returns a value indicating whether the query is overdue on a day: still open, unanswered, after its due date.</summary>
    /// <param name="date">The day to judge on.</param>
    /// <returns><see langword="true"/> if the query is <see cref="QueryState.Open"/> and <paramref name="date"/> is after <see cref="DueOn"/>.</returns>
    public bool IsOverdueOn(LocalDate date) => State == QueryState.Open && date > DueOn;

    /// <summary>Rebuilds a query written earlier (by the JSON reader), checking what raising and moving it would have checked.</summary>
    /// <exception cref="ArgumentException">An id or the code is blank, the amount is not positive, the due date or the last move is before the day
    /// it was raised, or a priority is named for a query not re-attributed (or none for one that is).</exception>
    internal static Query Restore(string id, string recipientId, string activityId, Money amount, string findingCode, LocalDate raisedOn, LocalDate dueOn, bool heldBack, QueryState state, LocalDate changedOn, string? reattributedTo)
    {
        Guard.Against.BlankId(id);
        Guard.Against.BlankId(recipientId);
        Guard.Against.BlankId(activityId);
        Guard.Against.BlankId(findingCode);
        Guard.Against.Below(amount.MinorUnits, 1L, nameof(amount));
        if (dueOn < raisedOn || changedOn < raisedOn)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query '{id}' was raised on {raisedOn:uuuu-MM-dd}, after its due date {dueOn:uuuu-MM-dd} or its last move {changedOn:uuuu-MM-dd}."), nameof(changedOn));
        }

        if ((state == QueryState.Reattributed) != (reattributedTo is not null) || (reattributedTo is not null && DomainGuards.IsBlankText(reattributedTo)))
        {
            throw new ArgumentException(FormattableString.Invariant($"The query '{id}' is {state} and names the priority '{reattributedTo}'; only a re-attributed query names one."), nameof(reattributedTo));
        }

        if (state == QueryState.Open && changedOn != raisedOn)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query '{id}' is open but last moved on {changedOn:uuuu-MM-dd}, not the day it was raised."), nameof(changedOn));
        }

        return new Query(id, recipientId, activityId, amount, findingCode, raisedOn, dueOn, heldBack) { State = state, ChangedOn = changedOn, ReattributedTo = reattributedTo };
    }
}
