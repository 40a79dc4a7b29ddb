using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>A batch with returns that cannot be recorded: each is a coded finding, and the rest is still recorded and paid.</summary>
public sealed partial class QuarterlyMonitorTests
{
    public static TheoryData<string> BadKinds => ["outside the year", "ahead of its quarter", "repeated in the batch", "refund beyond spend"];

    [Theory]
    [MemberData(nameof(BadKinds))]
    public void Record_BatchWithABadReturn_SetsItAsideWithAFindingAndRecordsAndPaysTheRest(string kind)
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1_000m, 50_000m), Return("BCU-B", Q1, 2_000m, 40_000m)]).Position;
        var before = q1;
        (SpendReturn[] Bad, string Code) = kind switch
        {
            "outside the year" => (new[] { Return("BCU-A", Year.Next.Quarter(2), 5m, 5m) }, MonitoringFindings.ReturnOutsideYear),
            "ahead of its quarter" => (new[] { Return("BCU-A", Year.Quarter(3), 5m, 5m) }, MonitoringFindings.ReturnAhead),
            "repeated in the batch" => (new[] { Return("BCU-A", Q2, 5m, 5m), Return("BCU-A", Q2, 6m, 5m) }, MonitoringFindings.ReturnRepeatedInBatch),
            _ => (new[] { Return("BCU-A", Q2, -1_000.01m, 5m) }, MonitoringFindings.RefundBeyondSpend),
        };

        var result = QuarterlyMonitor.Record(q1, Q2, [.. Bad, Return("BCU-B", Q2, 3_000m, 40_000m)]);

        Assert.Equal(Bad.Length, result.Findings.Count(f => f.Code == Code && f.RecipientId == "BCU-A"));
        Assert.Contains(Code, MonitoringFindings.Definitions.Select(d => d.Code));
        Assert.Equal(new[] { new Payment("BCU-B", Q2, Money.Pounds(3_000m)) }, result.Payments.AsEnumerable());
        Assert.Equal(Money.Pounds(5_000m), result.Position.GetAccount("BCU-B").Spent);
        Assert.Equal(Money.Pounds(1_000m), result.Position.GetAccount("BCU-A").Spent);
        Assert.Equal(before, q1);
    }

    [Theory]
    [MemberData(nameof(BadKinds))]
    public void Record_BatchWithABadReturn_GivesTheSameResultInAnyOrder(string kind)
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1_000m, 50_000m)]).Position;
        SpendReturn[] batch = kind switch
        {
            "outside the year" => [Return("BCU-A", Year.Previous.Quarter(4), 5m, 5m), Return("BCU-A", Year.Next.Quarter(1), 5m, 5m), Return("BCU-B", Q2, 1m, 1m)],
            "ahead of its quarter" => [Return("BCU-A", Year.Quarter(4), 5m, 5m), Return("BCU-A", Year.Quarter(3), 5m, 5m), Return("BCU-B", Q2, 1m, 1m)],
            "repeated in the batch" => [Return("BCU-A", Q2, 5m, 5m), Return("BCU-A", Q2, 6m, 5m), Return("BCU-A", Q2, 5m, 5m), Return("BCU-B", Q2, 1m, 1m)],
            _ => [Return("BCU-A", Q2, -2_000m, 5m), Return("BCU-B", Q1, 1m, 1m), Return("BCU-B", Q2, -1m, 1m)],
        };

        var forward = QuarterlyMonitor.Record(q1, Q2, batch);
        var backward = QuarterlyMonitor.Record(q1, Q2, batch.AsEnumerable().Reverse());

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Record_RefundAfterPayment_PaysNothingUntilSpendPassesThePaymentsAgain()
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 10_000m, 50_000m)]);
        var q2 = QuarterlyMonitor.Record(q1.Position, Q2, [Return("BCU-A", Q2, -3_000m, 50_000m)]);
        var q3 = QuarterlyMonitor.Record(q2.Position, Year.Quarter(3), [Return("BCU-A", Year.Quarter(3), 5_000m, 50_000m)]);

        Assert.Empty(q2.Payments.Where(p => p.RecipientId == "BCU-A"));
        Assert.Equal(Money.Pounds(7_000m), q2.Position.GetAccount("BCU-A").Spent);
        Assert.Equal(Money.Pounds(3_000m), q2.Position.GetAccount("BCU-A").Overpaid);
        Assert.Equal(Money.Pounds(2_000m), Assert.Single(q3.Payments, p => p.RecipientId == "BCU-A").Amount);
        Assert.Equal(Money.Zero(Currency.Gbp), q3.Position.GetAccount("BCU-A").Overpaid);
    }

    [Fact]
    public void Record_RefundBeforeAnyPayment_LowersSpendAndThePayment()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 10_000m, 50_000m)]);
        var late = QuarterlyMonitor.Record(Opened(), Q1, []);
        var q2 = QuarterlyMonitor.Record(late.Position, Q2, [Return("BCU-A", Q1, 10_000m, 50_000m), Return("BCU-A", Q2, -4_000m, 50_000m)]);

        Assert.Equal(Money.Pounds(10_000m), Assert.Single(result.Payments).Amount);
        Assert.Equal(Money.Pounds(6_000m), Assert.Single(q2.Payments, p => p.RecipientId == "BCU-A").Amount);
        Assert.Equal(Money.Zero(Currency.Gbp), q2.Position.GetAccount("BCU-A").Overpaid);
    }
}
