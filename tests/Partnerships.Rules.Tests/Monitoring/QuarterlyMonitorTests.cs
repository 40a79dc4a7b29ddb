using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

public sealed partial class QuarterlyMonitorTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly FinancialQuarter Q1 = Year.Quarter(1);
    private static readonly FinancialQuarter Q2 = Year.Quarter(2);

    private static FundPosition Opened() => FundPosition.Open(
        Year,
        Money.Pounds(100_000m),
        [new("BCU-A", Money.Pounds(50_000m)), new("BCU-B", Money.Pounds(40_000m))]);

    private static SpendReturn Return(string id, FinancialQuarter quarter, decimal spent, decimal forecast) =>
        new(id, quarter, Money.Pounds(spent), Money.Pounds(forecast));

    [Fact]
    public void Record_ReturnsWithinAllocation_PaysTheQuarterSpendInArrears()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 12_000m, 50_000m), Return("BCU-B", Q1, 9_000m, 40_000m)]);

        Assert.Equal(new[] { new Payment("BCU-A", Q1, Money.Pounds(12_000m)), new Payment("BCU-B", Q1, Money.Pounds(9_000m)) }, result.Payments.AsEnumerable());
        Assert.Empty(result.Findings);
        Assert.Equal(Money.Pounds(12_000m), result.Position.FindAccount("BCU-A")!.Paid);
        Assert.Equal(Q1, result.Position.LastQuarterRecorded);
    }

    [Fact]
    public void Record_SpendAboveAllocation_PaysOnlyUpToTheAllocationWithAFinding()
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 30_000m, 60_000m), Return("BCU-B", Q1, 0m, 40_000m)]);
        var q2 = QuarterlyMonitor.Record(q1.Position, Q2, [Return("BCU-A", Q2, 30_000m, 60_000m), Return("BCU-B", Q2, 0m, 40_000m)]);

        var payment = Assert.Single(q2.Payments);
        Assert.Equal(Money.Pounds(20_000m), payment.Amount);
        var finding = Assert.Single(q2.Findings);
        Assert.Equal(MonitoringFindings.SpendAboveAllocation, finding.Code);
        Assert.Equal(Money.Pounds(10_000m), finding.Amount);
        Assert.Equal("BCU-A has spent £60,000.00 to date against an allocation of £50,000.00; £10,000.00 is not paid.", finding.Message);
        Assert.Equal(Money.Pounds(50_000m), q2.Position.FindAccount("BCU-A")!.Paid);
    }

    [Fact]
    public void Record_MissingReturn_PaysNothingAndIsAFinding()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 12_000m, 50_000m)]);

        Assert.DoesNotContain(result.Payments, p => p.RecipientId == "BCU-B");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(MonitoringFindings.ReturnMissing, finding.Code);
        Assert.Equal("BCU-B", finding.RecipientId);
        Assert.Equal("No spend return from BCU-B for 2011/12 Q1; nothing is paid for that quarter until one arrives.", finding.Message);
    }

    [Fact]
    public void Record_ReturnArrivingAQuarterLate_IsPaidWithTheLaterQuarter()
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 12_000m, 50_000m)]);
        var q2 = QuarterlyMonitor.Record(q1.Position, Q2, [Return("BCU-A", Q2, 10_000m, 50_000m), Return("BCU-B", Q2, 5_000m, 40_000m), Return("BCU-B", Q1, 7_000m, 35_000m)]);

        Assert.Equal(Money.Pounds(12_000m), q2.Payments.Single(p => p.RecipientId == "BCU-B").Amount);
        Assert.Contains(q2.Findings, f => f.Code == MonitoringFindings.ReturnCarriedForward && f.RecipientId == "BCU-B");
        Assert.Equal(Money.Pounds(40_000m), q2.Position.FindAccount("BCU-B")!.ForecastOutturn);
    }

    [Fact]
    public void Record_ReturnSubmittedAfterItWasDue_IsAFindingButStillPaid()
    {
        var late = Return("BCU-A", Q1, 12_000m, 50_000m) with { SubmittedOn = new LocalDate(2011, 8, 1) };

        var result = QuarterlyMonitor.Record(Opened(), Q1, [late, Return("BCU-B", Q1, 0m, 40_000m)], q => q.End.PlusDays(14));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(MonitoringFindings.ReturnLate, finding.Code);
        Assert.Equal("2011-07-14", finding.Values["due"]);
        Assert.Equal(Money.Pounds(12_000m), Assert.Single(result.Payments).Amount);
    }

    [Fact]
    public void Record_ResubmittedReturnForARecordedQuarter_IsIgnoredWithAFinding()
    {
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 12_000m, 50_000m), Return("BCU-B", Q1, 0m, 40_000m)]);

        var q2 = QuarterlyMonitor.Record(q1.Position, Q2, [Return("BCU-A", Q1, 99_000m, 50_000m), Return("BCU-A", Q2, 1_000m, 50_000m), Return("BCU-B", Q2, 0m, 40_000m)]);

        Assert.Contains(q2.Findings, f => f.Code == MonitoringFindings.ReturnDuplicate);
        Assert.Equal(Money.Pounds(13_000m), q2.Position.FindAccount("BCU-A")!.Spent);
    }

    [Fact]
    public void Record_ReturnFromARecipientWithNoAllocation_IsIgnoredWithAFinding()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1m, 1m), Return("BCU-B", Q1, 1m, 1m), Return("BCU-Z", Q1, 5m, 5m)]);

        Assert.Equal(MonitoringFindings.ReturnUnknownRecipient, Assert.Single(result.Findings).Code);
        Assert.Null(result.Position.FindAccount("BCU-Z"));
    }

    [Fact]
    public void Record_PaymentDateRule_DatesEachPayment()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1m, 1m)], paymentDate: q => q.End.PlusDays(30));

        Assert.Equal(new LocalDate(2011, 7, 30), Assert.Single(result.Payments).PaymentDate);
    }

    [Fact]
    public void Record_ReturnsInAnyOrder_GiveTheSameResult()
    {
        SpendReturn[] returns = [Return("BCU-B", Q1, 9_000m, 40_000m), Return("BCU-A", Q1, 12_000m, 50_000m)];

        var forward = QuarterlyMonitor.Record(Opened(), Q1, returns);
        var backward = QuarterlyMonitor.Record(Opened(), Q1, returns.AsEnumerable().Reverse());

        Assert.Equal(forward.Position, backward.Position);
        Assert.Equal(forward.Payments.AsEnumerable(), backward.Payments.AsEnumerable());
    }

    [Fact]
    public void Record_QuarterOutOfTurn_Throws()
    {
        var position = Opened();

        var error = Assert.Throws<ArgumentException>(() => QuarterlyMonitor.Record(position, Q2, []));
        Assert.Equal("quarter", error.ParamName);
        Assert.Contains("2011/12 Q1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_ReturnForALaterQuarter_IsSetAsideWithAFindingAndTheRestIsPaid()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q2, 1m, 1m), Return("BCU-B", Q1, 5m, 5m)]);

        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.ReturnAhead && f.RecipientId == "BCU-A");
        Assert.Equal(new[] { new Payment("BCU-B", Q1, Money.Pounds(5m)) }, result.Payments.AsEnumerable());
        Assert.Empty(result.Position.GetAccount("BCU-A").Returns);
    }

    [Fact]
    public void Record_TwoDifferentReturnsForOneQuarterInOneBatch_AreBothSetAsideAndTheRestIsPaid()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1m, 1m), Return("BCU-A", Q1, 2m, 2m), Return("BCU-B", Q1, 5m, 5m)]);

        Assert.Equal(2, result.Findings.Count(f => f.Code == MonitoringFindings.ReturnRepeatedInBatch && f.RecipientId == "BCU-A"));
        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.ReturnMissing && f.RecipientId == "BCU-A");
        Assert.Equal(new[] { new Payment("BCU-B", Q1, Money.Pounds(5m)) }, result.Payments.AsEnumerable());
    }

    [Fact]
    public void Record_ACopyOfAReturnInOneBatch_IsRecordedOnceWithAFinding()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1m, 1m), Return("BCU-A", Q1, 1m, 1m)]);

        Assert.Single(result.Findings, f => f.Code == MonitoringFindings.ReturnRepeatedInBatch);
        Assert.Equal(Money.Pounds(1m), result.Position.GetAccount("BCU-A").Spent);
    }

    [Fact]
    public void Constructor_NegativeSpend_IsARefund()
    {
        Assert.Equal(Money.Pounds(-1m), Return("BCU-A", Q1, -1m, 1m).Spent);
    }
}
