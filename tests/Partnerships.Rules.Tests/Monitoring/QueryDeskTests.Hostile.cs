using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Hostile calls: the exact exception, the parameter it names, and the position unchanged.</summary>
public sealed partial class QueryDeskTests
{
    public static TheoryData<string, Type, string> HostileCalls => new()
    {
        { "unknown query", typeof(ArgumentException), "queryId" },
        { "unknown query to accept", typeof(ArgumentException), "queryId" },
        { "unknown recipient", typeof(ArgumentException), "recipientId" },
        { "negative amount", typeof(ArgumentOutOfRangeException), "amount" },
        { "zero amount", typeof(ArgumentOutOfRangeException), "amount" },
        { "amount above allocation", typeof(ArgumentOutOfRangeException), "amount" },
        { "amount in another currency", typeof(ArgumentException), "amount" },
        { "query id in use", typeof(ArgumentException), "queryId" },
        { "blank finding code", typeof(ArgumentException), "findingCode" },
        { "unknown priority", typeof(ArgumentException), "priorityCode" },
        { "terms of another year", typeof(ArgumentException), "terms" },
        { "null position", typeof(ArgumentNullException), "position" },
        { "null query id", typeof(ArgumentNullException), "queryId" },
    };

    [Theory]
    [MemberData(nameof(HostileCalls))]
    public void Call_HostileInput_ThrowsTheExactExceptionAndChangesNothing(string call, Type exception, string parameter)
    {
        var position = QueryDesk.Answer(WithQuery(QueryState.Open), "Q1", Raised);
        var copy = QueryDesk.Answer(WithQuery(QueryState.Open), "Q1", Raised);
        Func<FundPosition> act = call switch
        {
            "unknown query" => () => QueryDesk.Answer(position, "Q9", Raised),
            "unknown query to accept" => () => QueryDesk.Accept(position, "q1", Raised),
            "unknown recipient" => () => QueryDesk.Raise(position, Terms, "Q2", "Z", "a", Money.Pounds(1m), "FIT001", Raised),
            "negative amount" => () => QueryDesk.Raise(position, Terms, "Q2", "B", "a", Money.Pounds(-1m), "FIT001", Raised),
            "zero amount" => () => QueryDesk.Raise(position, Terms, "Q2", "B", "a", Money.Pounds(0m), "FIT001", Raised),
            "amount above allocation" => () => QueryDesk.Raise(position, Terms, "Q2", "B", "a", Money.Pounds(10_000.01m), "FIT001", Raised),
            "amount in another currency" => () => QueryDesk.Raise(position, Terms, "Q2", "B", "a", Money.FromMinorUnits(100, Currency.Create("EUR", 2)), "FIT001", Raised),
            "query id in use" => () => QueryDesk.Raise(position, Terms, "Q1", "B", "a", Money.Pounds(1m), "FIT001", Raised),
            "blank finding code" => () => QueryDesk.Raise(position, Terms, "Q2", "B", "a", Money.Pounds(1m), " ", Raised),
            "unknown priority" => () => QueryDesk.Reattribute(position, Terms, "Q1", "P9", Raised),
            "terms of another year" => () => QueryDesk.Raise(position, Terms with { Year = Year.Next }, "Q2", "B", "a", Money.Pounds(1m), "FIT001", Raised),
            "null query id" => () => QueryDesk.Withdraw(position, null!, Raised),
            _ => () => QueryDesk.Answer(null!, "Q1", Raised),
        };

        var error = Assert.Throws(exception, () => act());

        Assert.Equal(parameter, ((ArgumentException)error).ParamName);
        Assert.Equal(copy, position);
    }

    [Fact]
    public void Raise_AmountUpToTheAllocationNotYetPaid_IsAllowedAndOnePennyMoreIsNot()
    {
        var position = Opened();
        var q1 = Year.Quarter(1);
        position = QuarterlyMonitor.Record(position, q1, position.Accounts.Select(a => new SpendReturn(a.RecipientId, q1, Money.Pounds(4_000m), a.Allocation))).Position;

        var raised = QueryDesk.Raise(position, Terms, "Q", "A", "a", Money.Pounds(6_000m), "FIT001", Raised);

        Assert.Equal(Money.Pounds(4_000m), raised.GetAccount("A").Allocation);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => QueryDesk.Raise(position, Terms, "Q", "A", "a", Money.Pounds(6_000.01m), "FIT001", Raised)).ParamName);
    }
}
