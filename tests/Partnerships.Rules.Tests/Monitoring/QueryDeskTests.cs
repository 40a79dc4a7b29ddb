using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Queries raised, answered and decided: each move's money, the impossible moves, due dates and hostile calls.</summary>
public sealed partial class QueryDeskTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");
    private static readonly LocalDate Raised = new(2011, 4, 14);

    private static readonly FundTerms Terms = new()
    {
        Year = Year,
        Fund = Money.Pounds(40_000m),
        StandardAllocation = Money.Pounds(10_000m),
        Priorities = [new Priority("P1", "One"), new Priority("P2", "Two")],
        ReviewPoints = [September],
    };

    private static FundPosition Opened() => FundPosition.Open(Year, Money.Pounds(40_000m), [new("A", Money.Pounds(10_000m)), new("B", Money.Pounds(10_000m)), new("C", Money.Pounds(10_000m))]);

    private static FundPosition WithQuery(QueryState state)
    {
        var position = QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a1", Money.Pounds(3_000m), "FIT001", Raised);
        var day = Raised.PlusDays(1);
        return state switch
        {
            QueryState.Open => position,
            QueryState.Answered => QueryDesk.Answer(position, "Q1", day),
            QueryState.Withdrawn => QueryDesk.Withdraw(position, "Q1", day),
            _ => Decide(QueryDesk.Answer(position, "Q1", day), state, "Q1", day.PlusDays(1)),
        };
    }

    private static FundPosition Decide(FundPosition position, QueryState to, string id, LocalDate on) => to switch
    {
        QueryState.Answered => QueryDesk.Answer(position, id, on),
        QueryState.Accepted => QueryDesk.Accept(position, id, on),
        QueryState.Reattributed => QueryDesk.Reattribute(position, Terms, id, "P2", on),
        QueryState.Rejected => QueryDesk.Reject(position, id, on),
        QueryState.Withdrawn => QueryDesk.Withdraw(position, id, on),
        _ => throw new ArgumentOutOfRangeException(nameof(to)),
    };

    public static TheoryData<QueryState, QueryState> AllowedMoves => Moves(allowed: true);

    public static TheoryData<QueryState, QueryState> ImpossibleMoves => Moves(allowed: false);

    private static TheoryData<QueryState, QueryState> Moves(bool allowed)
    {
        (QueryState, QueryState)[] legal =
        [
            (QueryState.Open, QueryState.Answered), (QueryState.Open, QueryState.Withdrawn), (QueryState.Answered, QueryState.Accepted),
            (QueryState.Answered, QueryState.Reattributed), (QueryState.Answered, QueryState.Rejected), (QueryState.Answered, QueryState.Withdrawn),
        ];
        var data = new TheoryData<QueryState, QueryState>();
        foreach (var from in Enum.GetValues<QueryState>())
        {
            foreach (var to in Enum.GetValues<QueryState>().Where(s => s != QueryState.Open))
            {
                if (legal.Contains((from, to)) == allowed)
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Move_Allowed_ChangesTheStateAndKeepsTheFund(QueryState from, QueryState to)
    {
        var before = WithQuery(from);
        var on = Raised.PlusDays(10);

        var after = Decide(before, to, "Q1", on);

        Assert.True(QueryDesk.CanMove(from, to));
        var query = after.FindQuery("Q1")!;
        Assert.Equal(to, query.State);
        Assert.Equal(on, query.ChangedOn);
        Assert.Equal(to == QueryState.Reattributed ? "P2" : null, query.ReattributedTo);
        Assert.Equal(after.Fund, after.Accounts.Aggregate(after.Reserve + after.Returned + after.Unallocated, (sum, a) => sum + a.Allocation));
        var expectedA = to is QueryState.Accepted or QueryState.Reattributed ? 10_000m : 7_000m;
        Assert.Equal(Money.Pounds(expectedA), after.GetAccount("A").Allocation);
        Assert.Equal(Money.Pounds(to is QueryState.Answered ? 3_000m : 0m), after.Reserve);
        Assert.Equal(Money.Pounds(to is QueryState.Rejected or QueryState.Withdrawn ? 3_000m : 0m), after.Returned);
    }

    [Theory]
    [MemberData(nameof(ImpossibleMoves))]
    public void Move_Impossible_ThrowsNamingBothStatesAndChangesNothing(QueryState from, QueryState to)
    {
        var before = WithQuery(from);
        var copy = WithQuery(from);

        var error = Assert.Throws<InvalidOperationException>(() => Decide(before, to, "Q1", Raised.PlusDays(10)));

        Assert.False(QueryDesk.CanMove(from, to));
        Assert.Contains(from.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(to.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(copy, before);
    }

    [Fact]
    public void CanMove_NothingMovesBackToOpen()
    {
        Assert.All(Enum.GetValues<QueryState>(), from => Assert.False(QueryDesk.CanMove(from, QueryState.Open)));
    }

    [Fact]
    public void Move_DateBeforeTheLastMove_ThrowsArgumentExceptionNamingTheDate()
    {
        var answered = QueryDesk.Answer(WithQuery(QueryState.Open), "Q1", Raised.PlusDays(5));

        var error = Assert.Throws<ArgumentException>(() => QueryDesk.Accept(answered, "Q1", Raised.PlusDays(4)));

        Assert.Equal("on", error.ParamName);
        Assert.Equal(QueryState.Answered, answered.FindQuery("Q1")!.State);
        Assert.Equal(QueryState.Accepted, QueryDesk.Accept(answered, "Q1", Raised.PlusDays(5)).FindQuery("Q1")!.State); // the same day is fine
    }

    [Theory]
    [InlineData(2011, 4, 14, 2011, 5, 4)]  // Good Friday 22 April, Easter Monday 25 April and the royal wedding 29 April 2011 are not working days
    [InlineData(2011, 12, 19, 2012, 1, 5)] // Christmas Day falls on a Sunday: 26 and 27 December, and 2 January, are the holidays
    [InlineData(2011, 5, 20, 2011, 6, 6)]  // the spring bank holiday, 30 May
    [InlineData(2011, 7, 1, 2011, 7, 15)]  // no holiday: two weeks
    public void DueDate_TenWorkingDaysOnTheEnglandAndWalesCalendar_StepsOverBankHolidays(int y, int m, int d, int dy, int dm, int dd)
    {
        Assert.Equal(new LocalDate(dy, dm, dd), QueryDesk.DueDate(Terms, new LocalDate(y, m, d)));
        Assert.Equal(new LocalDate(dy, dm, dd), QueryDesk.Raise(Opened(), Terms, "Q", "A", "a", Money.Pounds(1m), "FIT001", new LocalDate(y, m, d)).FindQuery("Q")!.DueOn);
    }

    [Fact]
    public void DueDate_TermsSetTheWorkingDays()
    {
        Assert.Equal(new LocalDate(2011, 4, 15), QueryDesk.DueDate(Terms with { QueryResponseWorkingDays = 1 }, new LocalDate(2011, 4, 14)));
        Assert.Equal(10, Terms.QueryResponseWorkingDays);
        Assert.Equal("QueryResponseWorkingDays", Assert.Throws<ArgumentOutOfRangeException>(() => Terms with { QueryResponseWorkingDays = -1 }).ParamName);
    }

    [Fact]
    public void Overdue_OpenAfterItsDueDate_IsAFindingUntilAnswered()
    {
        var position = QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a1", Money.Pounds(3_000m), "FIT001", Raised);
        var due = position.FindQuery("Q1")!.DueOn;

        Assert.Empty(QueryDesk.Overdue(position, due));
        var finding = Assert.Single(QueryDesk.Overdue(position, due.PlusDays(1)));
        Assert.Equal(MonitoringFindings.QueryOverdue, finding.Code);
        Assert.Equal("A", finding.RecipientId);
        Assert.Equal("a1", finding.ActivityId);
        Assert.Equal("Query Q1 to A on activity a1 (£3,000.00, from FIT001) was to be answered by 2011-05-04 and is still open on 2011-05-05.", finding.Message);
        Assert.Empty(QueryDesk.Overdue(QueryDesk.Answer(position, "Q1", due.PlusDays(1)), due.PlusDays(30)));
    }

    [Fact]
    public void Record_QueryOverdueOnTheDayReturnsAreDue_IsAQuarterFinding()
    {
        var position = QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a1", Money.Pounds(3_000m), "FIT001", Raised);
        var returns = position.Accounts.Select(a => new SpendReturn(a.RecipientId, Year.Quarter(1), Money.Pounds(1_000m), a.Allocation));

        var result = QuarterlyMonitor.Record(position, Year.Quarter(1), returns);

        Assert.Equal([MonitoringFindings.QueryOverdue], result.Findings.Select(f => f.Code));
        Assert.Equal(position.Queries.AsEnumerable(), result.Position.Queries);
        Assert.Equal(position.Reserve, result.Position.Reserve);
    }

    [Fact]
    public void Reject_ThenReview_TheReturnedMoneyJoinsThePoolAndTheOpenReserveDoesNot()
    {
        var position = QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a1", Money.Pounds(3_000m), "FIT001", Raised);
        position = QueryDesk.Raise(position, Terms, "Q2", "B", "b1", Money.Pounds(2_000m), "VFM002", Raised);
        position = QueryDesk.Reject(QueryDesk.Answer(position, "Q1", Raised.PlusDays(2)), "Q1", Raised.PlusDays(3));
        position = QueryDesk.Answer(position, "Q2", Raised.PlusDays(2));
        var bids = new HeldBid[] { new(new OverProgrammedBid("C", "more", Money.Pounds(50_000m)) { MinimumViableAmount = Money.Pounds(1_000m) }, Money.Zero(Currency.Gbp)) };
        position = FundPosition.Restore(position.SchemeName, Year, position.Fund, position.Policy, position.Accounts, [.. bids], position.Unallocated, position.LastQuarterRecorded, position.Queries, position.Returned);
        foreach (var q in new[] { 1, 2 })
        {
            position = QuarterlyMonitor.Record(position, Year.Quarter(q), position.Accounts.Select(a => new SpendReturn(a.RecipientId, Year.Quarter(q), Money.Zero(Currency.Gbp), a.Allocation))).Position;
        }

        var review = UnderspendReview.Hold(position, Terms, September);

        // £10,000 never allocated + £3,000 rejected: all granted to C's bid; B's £2,000 stays in reserve.
        Assert.Equal(Money.Pounds(13_000m), review.Pool);
        Assert.Equal(Money.Pounds(13_000m), Assert.Single(review.Grants).Amount);
        Assert.Equal(Money.Pounds(2_000m), review.Position.Reserve);
        Assert.True(review.Position.Returned.IsZero);
        Assert.Equal(["Q2"], review.OpenQueries.Select(q => q.Id));
        Assert.Equal(review.Position.Fund, review.Position.Accounts.Aggregate(review.Position.Reserve + review.Position.Unallocated, (sum, a) => sum + a.Allocation));
    }

    [Fact]
    public void Review_NothingToReclaimOrGrant_StillPoolsWhatWasReturned()
    {
        var position = QueryDesk.Withdraw(QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a1", Money.Pounds(3_000m), "FIT001", Raised), "Q1", Raised);
        foreach (var q in new[] { 1, 2 })
        {
            position = QuarterlyMonitor.Record(position, Year.Quarter(q), position.Accounts.Select(a => new SpendReturn(a.RecipientId, Year.Quarter(q), Money.Pounds(2_000m), a.Allocation))).Position;
        }

        var review = UnderspendReview.Hold(position, Terms, September);

        Assert.True(review.ChangedNothing);
        Assert.Equal(Money.Pounds(13_000m), review.Unallocated);
        Assert.True(review.Position.Returned.IsZero);
        Assert.Equal(review.Position, UnderspendReview.Hold(review.Position, Terms, September).Position); // invariant 6: a second review changes nothing
    }

    [Fact]
    public void RaiseFromAssessment_Round2011_FourteenQueriesHold270kInReserve()
    {
        var allocation = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);
        var opened = FundPosition.Open(allocation, Round2011.Plans);

        var raised = QueryDesk.RaiseFromAssessment(opened, Round2011.Terms, Round2011.Report, new LocalDate(2011, 4, 15));

        Assert.Equal(14, raised.Queries.Length);
        Assert.Equal(Round2011.AmountUnderQuery, raised.Reserve);
        Assert.Equal(Round2011.QueriedBoroughs.Select(Round2011.RecipientId).Order(StringComparer.Ordinal), raised.Queries.Select(q => q.RecipientId).Order(StringComparer.Ordinal));
        Assert.All(raised.Queries, q => Assert.Equal(AssessmentFindings.ArguableFit, q.FindingCode));
        Assert.All(raised.Queries, q => Assert.Equal(new LocalDate(2011, 5, 5), q.DueOn));
        Assert.Equal(raised.Fund, raised.Accounts.Aggregate(raised.Reserve + raised.Unallocated, (sum, a) => sum + a.Allocation));
        Assert.Equal(raised, QueryDesk.RaiseFromAssessment(raised, Round2011.Terms, Round2011.Report, new LocalDate(2011, 4, 20))); // raising again changes nothing
    }

    [Fact]
    public void RaiseFromAssessment_TermsHoldQueriesBack_ReserveComesFromTheMoneyNotAllocated()
    {
        var terms = Round2011.Terms with { HoldBackQueriedAmounts = true, OverProgrammingInvited = false };
        var allocation = Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default);
        var opened = FundPosition.Open(allocation, Round2011.Plans);

        var raised = QueryDesk.RaiseFromAssessment(opened, terms, Round2011.Report, new LocalDate(2011, 4, 15));
        var id = raised.Queries[0].Id;
        var accepted = QueryDesk.Accept(QueryDesk.Answer(raised, id, new LocalDate(2011, 4, 20)), id, new LocalDate(2011, 4, 21));

        Assert.All(raised.Queries, q => Assert.True(q.HeldBack));
        Assert.Equal(Round2011.AmountUnderQuery, raised.Reserve);
        Assert.Equal(opened.Unallocated - Round2011.AmountUnderQuery, raised.Unallocated);
        Assert.Equal(opened.Accounts.AsEnumerable(), raised.Accounts);
        var account = accepted.GetAccount(raised.Queries[0].RecipientId);
        Assert.Equal(Round2011.Terms.StandardAllocation, account.Allocation);
        Assert.Equal(raised.Queries[0].Amount, account.Granted);
    }
}
