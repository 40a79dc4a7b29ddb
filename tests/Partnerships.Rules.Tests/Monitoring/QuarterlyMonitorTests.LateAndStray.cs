using NodaTime;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Late returns arriving alone, stray returns, and the messages and order of what is set aside.</summary>
public sealed partial class QuarterlyMonitorTests
{
    [Fact]
    public void Record_OnlyALateReturnForAnEarlierQuarter_KeepsTheLaterForecastAndTheQuarterIsStillMissing()
    {
        var q3 = Year.Quarter(3);
        var q1 = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-B", Q1, 0m, 40_000m)]).Position;
        var q2 = QuarterlyMonitor.Record(q1, Q2, [Return("BCU-A", Q2, 2_000m, 45_000m), Return("BCU-B", Q2, 0m, 40_000m)]).Position;

        var result = QuarterlyMonitor.Record(q2, q3, [Return("BCU-A", Q1, 1_000m, 30_000m), Return("BCU-B", q3, 0m, 40_000m)]);

        var a = result.Position.GetAccount("BCU-A");
        Assert.Equal(Money.Pounds(45_000m), a.ForecastOutturn);
        Assert.Equal(Money.Pounds(3_000m), a.Spent);
        Assert.Equal([Q1, Q2], a.Returns.Select(r => r.Quarter));
        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.ReturnMissing && f.RecipientId == "BCU-A");
        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.ReturnCarriedForward && f.RecipientId == "BCU-A");
    }

    [Fact]
    public void Record_AReturnOfThePreviousYear_IsSetAsideOnceAndNotRecorded()
    {
        var lastYear = Year.Previous.Quarter(4);

        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 1_000m, 50_000m), Return("BCU-B", Q1, 0m, 40_000m), Return("BCU-A", lastYear, 500m, 50_000m)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(MonitoringFindings.ReturnOutsideYear, finding.Code);
        Assert.Equal([Q1], result.Position.GetAccount("BCU-A").Returns.Select(r => r.Quarter));
        Assert.Equal(Money.Pounds(1_000m), result.Position.GetAccount("BCU-A").Spent);
    }

    [Fact]
    public void Record_SetAsideReturns_AreReportedByRecipientThenQuarterThenCode()
    {
        var q3 = Year.Quarter(3);
        var q2 = QuarterlyMonitor.Record(QuarterlyMonitor.Record(Opened(), Q1, []).Position, Q2, []).Position;

        // Given in the reverse of the order expected: a return ahead (Q4) and one of another year for BCU-A, and two
        // differing returns for one quarter (each set aside as repeated) for BCU-B.
        var result = QuarterlyMonitor.Record(q2, q3, [
            Return("BCU-B", q3, 2m, 40_000m),
            Return("BCU-B", q3, 1m, 40_000m),
            Return("BCU-A", Year.Quarter(4), 1m, 50_000m),
            Return("BCU-A", Year.Next.Quarter(1), 1m, 50_000m),
            Return("BCU-A", q3, 1m, 50_000m)]);

        var setAside = result.Findings.Where(f => f.Code is MonitoringFindings.ReturnOutsideYear or MonitoringFindings.ReturnAhead or MonitoringFindings.ReturnRepeatedInBatch)
            .Select(f => (f.RecipientId, f.Code, f.Amount));
        Assert.Equal(
            [("BCU-A", MonitoringFindings.ReturnAhead, (Money?)Money.Pounds(1m)), ("BCU-A", MonitoringFindings.ReturnOutsideYear, Money.Pounds(1m)),
             ("BCU-B", MonitoringFindings.ReturnRepeatedInBatch, Money.Pounds(1m)), ("BCU-B", MonitoringFindings.ReturnRepeatedInBatch, Money.Pounds(2m))],
            setAside);
    }

    [Fact]
    public void Record_TwoDifferingReturnsForOneQuarter_AreReportedTheSameInEitherOrder()
    {
        SpendReturn[] batch = [Return("BCU-A", Q1, 2m, 50_000m), Return("BCU-A", Q1, 1m, 50_000m), Return("BCU-B", Q1, 0m, 40_000m)];

        var given = QuarterlyMonitor.Record(Opened(), Q1, batch);
        var reversed = QuarterlyMonitor.Record(Opened(), Q1, Enumerable.Reverse(batch));

        Assert.Equal(given, reversed);
        Assert.Equal([Money.Pounds(1m), Money.Pounds(2m)], given.Findings.Where(f => f.Code == MonitoringFindings.ReturnRepeatedInBatch).Select(f => f.Amount!.Value));
    }

    [Fact]
    public void Record_TwoReturnsForOneQuarterDifferingOnlyInCurrency_AreReportedTheSameInEitherOrder()
    {
        var euro = Currency.Create("EUR", 2);
        SpendReturn[] batch = [Return("BCU-A", Q1, 1m, 50_000m), new SpendReturn("BCU-A", Q1, Money.FromMajorUnits(1m, euro), Money.FromMajorUnits(50_000m, euro))];

        var given = QuarterlyMonitor.Record(Opened(), Q1, batch);
        var reversed = QuarterlyMonitor.Record(Opened(), Q1, Enumerable.Reverse(batch));

        Assert.Equal(given, reversed);
        Assert.Equal([Money.FromMajorUnits(1m, euro), Money.Pounds(1m)], given.Findings.Where(f => f.Code == MonitoringFindings.ReturnRepeatedInBatch).Select(f => f.Amount!.Value));
    }

    [Fact]
    public void Record_ReturnsOfUnknownRecipients_AreReportedInIdOrder()
    {
        var result = QuarterlyMonitor.Record(Opened(), Q1, [Return("BCU-A", Q1, 0m, 50_000m), Return("BCU-B", Q1, 0m, 40_000m), Return("BCU-Z", Q1, 1m, 1m), Return("BCU-M", Q1, 1m, 1m)]);

        Assert.Equal(["BCU-M", "BCU-Z"], result.Findings.Where(f => f.Code == MonitoringFindings.ReturnUnknownRecipient).Select(f => f.RecipientId));
    }

    [Fact]
    public void Record_AReturnSubmittedOnItsDueDate_IsNotLateAndADayAfterIs()
    {
        var due = new LocalDate(2011, 7, 15);
        SpendReturn Submitted(string id, LocalDate on) => Return(id, Q1, 0m, 40_000m) with { SubmittedOn = on };

        var result = QuarterlyMonitor.Record(Opened(), Q1, [Submitted("BCU-A", due), Submitted("BCU-B", due.PlusDays(1))], returnDueDate: _ => due);

        var late = Assert.Single(result.Findings);
        Assert.Equal((MonitoringFindings.ReturnLate, "BCU-B"), (late.Code, late.RecipientId));
    }

    [Fact]
    public void Record_OutOfTurn_NamesTheQuarterExpectedOrNone()
    {
        var position = Opened();
        foreach (var q in new[] { 1, 2, 3 })
        {
            position = QuarterlyMonitor.Record(position, Year.Quarter(q), []).Position;
        }

        var again = Assert.Throws<ArgumentException>(() => QuarterlyMonitor.Record(position, Year.Quarter(3), []));
        var closed = QuarterlyMonitor.Record(position, Year.Quarter(4), []).Position;
        var after = Assert.Throws<ArgumentException>(() => QuarterlyMonitor.Record(closed, Year.Quarter(4), []));

        Assert.StartsWith("The next quarter to record is 2011/12 Q4; got 2011/12 Q3.", again.Message, StringComparison.Ordinal);
        Assert.StartsWith("The next quarter to record is none; got 2011/12 Q4.", after.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_WithReturnDueDates_JudgesQueriesOverdueOnTheDueDateNotTheQuarterEnd()
    {
        var terms = new Partnerships.Rules.Schemes.FundTerms { Year = Year, Fund = Money.Pounds(100_000m), StandardAllocation = Money.Pounds(50_000m), Priorities = [], QueryResponseWorkingDays = 10 };
        var raised = QueryDesk.Raise(Opened(), terms, "Q1", "BCU-A", "a", Money.Pounds(1_000m), "FIT001", new LocalDate(2011, 6, 20)); // due 4 July

        var byQuarterEnd = QuarterlyMonitor.Record(raised, Q1, [Return("BCU-A", Q1, 0m, 49_000m), Return("BCU-B", Q1, 0m, 40_000m)]);
        var byDueDate = QuarterlyMonitor.Record(raised, Q1, [Return("BCU-A", Q1, 0m, 49_000m), Return("BCU-B", Q1, 0m, 40_000m)], returnDueDate: _ => new LocalDate(2011, 7, 15));

        Assert.DoesNotContain(byQuarterEnd.Findings, f => f.Code == MonitoringFindings.QueryOverdue);
        Assert.Contains(byDueDate.Findings, f => f.Code == MonitoringFindings.QueryOverdue);
    }
}
