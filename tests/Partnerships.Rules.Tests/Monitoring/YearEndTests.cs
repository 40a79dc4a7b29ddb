using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>The year-end close and the opening of the next year, on the 2011/12 golden year and on small hand-made years.</summary>
public sealed partial class YearEndTests
{
    private static readonly FundTerms Terms = Round2011.Terms;
    private static readonly FinancialYear Year = Round2011.Year;
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    /// <summary>The 2011/12 year run as the example runs it: four quarters paid in arrears, the September review after quarter 2.</summary>
    internal static (QuarterResult Q3, QuarterResult Q4) Year2011()
    {
        var opened = FundPosition.Open(Allocator.Allocate(Terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);
        var q1 = QuarterlyMonitor.Record(opened, Year.Quarter(1), Round2011.Returns(opened, 1), paymentDate: Payday.PaymentDate);
        var q2 = QuarterlyMonitor.Record(q1.Position, Year.Quarter(2), Round2011.Returns(q1.Position, 2), paymentDate: Payday.PaymentDate);
        var review = UnderspendReview.Hold(q2.Position, Terms, Terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
        var q3 = QuarterlyMonitor.Record(review.Position, Year.Quarter(3), Round2011.Returns(review.Position, 3), paymentDate: Payday.PaymentDate);
        return (q3, QuarterlyMonitor.Record(q3.Position, Year.Quarter(4), Round2011.Returns(q3.Position, 4), paymentDate: Payday.PaymentDate));
    }

    private static FundPosition Small(params (string Id, decimal Allocation)[] accounts) =>
        FundPosition.Open(Year, Money.Pounds(1_000m), accounts.Select(a => KeyValuePair.Create(a.Id, Money.Pounds(a.Allocation))));

    private static QuarterResult RecordAll(FundPosition position, params decimal[][] spendByQuarter)
    {
        QuarterResult? result = null;
        for (var q = 0; q < 4; q++)
        {
            var quarter = Year.Quarter(q + 1);
            result = QuarterlyMonitor.Record(position, quarter, position.Accounts.Select((a, i) => new SpendReturn(a.RecipientId, quarter, Money.Pounds(spendByQuarter[q][i]), a.Allocation)), paymentDate: Payday.PaymentDate);
            position = result.Position;
        }

        return result!;
    }

    [Fact]
    public void Close_Year2011_PaysTheLastQuarterInTheNextFinancialYear()
    {
        var record = YearEnd.Close(Year2011().Q4, Terms, Payday);

        Assert.Equal(new LocalDate(2012, 4, 17), record.PaymentDateAfterYearEnd); // tenth working day after 31 March, past Easter
        Assert.Equal(FinancialYearCalendar.UkGovernment.Year(2012), record.PaymentYearAfterYearEnd);
        Assert.Equal("2012/13", record.PaymentYearAfterYearEnd.Label);
        Assert.Contains(record.Findings, f => f.Code == MonitoringFindings.PaymentAfterYearEnd && f.Message.Contains("2012/13", StringComparison.Ordinal));
    }

    [Fact]
    public void Close_Year2011_ReconcilesToThePenny()
    {
        var (q3, q4) = Year2011();
        var record = YearEnd.Close(q4, Terms, Payday);

        Assert.Equal(Terms.Fund, record.PaidInYear + record.PaidAfterYearEnd - record.Recoveries + record.Lapsed + record.Unallocated);
        Assert.Equal(Sum(q4.Payments.Select(p => p.Amount)), record.PaidAfterYearEnd);
        Assert.Equal(Sum(q3.Position.Accounts.Select(a => a.Paid)), record.PaidInYear);
        Assert.Equal(32, record.Recipients.Length);
        Assert.Equal(32, record.Findings.Count(f => f.Code == MonitoringFindings.Outturn));
        Assert.Single(record.Findings, f => f.Code == MonitoringFindings.YearReconciled);
    }

    [Fact]
    public void Close_ThePaymentsOwnDates_AreShownWithoutASchedule()
    {
        var record = YearEnd.Close(Year2011().Q4, Terms);

        Assert.Equal(new LocalDate(2012, 4, 17), record.PaymentDateAfterYearEnd);
    }

    [Fact]
    public void Close_UndatedPayments_FallInTheNextYear()
    {
        var position = Small(("A", 100m));
        QuarterResult last = null!;
        for (var q = 1; q <= 4; q++)
        {
            last = QuarterlyMonitor.Record(position, Year.Quarter(q), [new SpendReturn("A", Year.Quarter(q), Money.Pounds(20m), Money.Pounds(80m))]);
            position = last.Position;
        }

        var record = YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null });

        Assert.Null(record.PaymentDateAfterYearEnd);
        Assert.Equal(Year.Next, record.PaymentYearAfterYearEnd);
        Assert.Contains("a day not given", Assert.Single(record.Findings, f => f.Code == MonitoringFindings.PaymentAfterYearEnd).Message, StringComparison.Ordinal);
        Assert.Equal(Money.Pounds(20m), record.Lapsed);
        Assert.Equal(Money.Pounds(900m), record.Unallocated);
    }

    [Fact]
    public void Close_RefundAfterPayment_IsARecoveryOwedShownSeparately()
    {
        var last = RecordAll(Small(("A", 100m), ("B", 200m)), [50m, 10m], [30m, 10m], [0m, 10m], [-20m, 10m]);

        var record = YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null });

        var a = record.FindRecipient("A")!;
        Assert.Equal(Money.Pounds(60m), a.Spent);
        Assert.Equal(Money.Pounds(80m), a.PaidInYear);
        Assert.Equal(Money.Zero(Currency.Gbp), a.PaidAfterYearEnd);
        Assert.Equal(Money.Pounds(20m), a.Recovery);
        Assert.Equal(Money.Pounds(40m), a.Lapsed);
        Assert.Equal(Money.Pounds(20m), record.Recoveries);
        Assert.Contains(record.Findings, f => f.Code == MonitoringFindings.OverpaymentRecovery && f.RecipientId == "A" && f.Amount == Money.Pounds(20m));
        Assert.Equal(Money.Pounds(1_000m), record.PaidInYear + record.PaidAfterYearEnd - record.Recoveries + record.Lapsed + record.Unallocated);
    }

    [Fact]
    public void Close_SpendAboveAllocation_IsAFindingAndNothingLapses()
    {
        var last = RecordAll(Small(("A", 100m)), [60m], [60m], [0m], [0m]);

        var record = YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null });

        Assert.Equal(Money.Zero(Currency.Gbp), record.Lapsed);
        Assert.Contains(record.Findings, f => f.Code == MonitoringFindings.OutturnAboveAllocation && f.Amount == Money.Pounds(20m));
    }

    [Fact]
    public void Close_ReturnsByActivity_GiveTheOutturnPerActivity()
    {
        var position = Small(("A", 100m));
        QuarterResult last = null!;
        for (var q = 1; q <= 4; q++)
        {
            var quarter = Year.Quarter(q);
            last = QuarterlyMonitor.Record(position, quarter, [SpendReturn.ByActivity("A", quarter, [new("cadets", Money.Pounds(15m)) { Delivered = 10m }, new("dv", Money.Pounds(5m))], Money.Pounds(80m))]);
            position = last.Position;
        }

        var outturn = YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null }).FindRecipient("A")!;

        Assert.Equal([new ActivitySpend("cadets", Money.Pounds(60m)) { Delivered = 40m }, new ActivitySpend("dv", Money.Pounds(20m))], outturn.Activities.AsEnumerable());
        Assert.Equal(Money.Zero(Currency.Gbp), outturn.NotByActivity);
    }

    [Fact]
    public void Close_BeforeTheLastQuarter_IsInvalidAndChangesNothing()
    {
        var (q3, _) = Year2011();
        var before = q3.Position;

        var error = Assert.Throws<InvalidOperationException>(() => YearEnd.Close(q3, Terms, Payday));

        Assert.Contains("2011/12 Q4", error.Message, StringComparison.Ordinal);
        Assert.Contains("2011/12 Q3", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, q3.Position);
    }

    [Fact]
    public void Close_HostileArguments_AreRejectedNamingTheParameterAndChangeNothing()
    {
        var (q3, q4) = Year2011();
        var position = q4.Position;
        var payments = q4.Payments.ToArray();
        var first = payments[0];

        Assert.Equal("lastQuarter", Assert.Throws<ArgumentNullException>(() => YearEnd.Close(null!, Terms)).ParamName);
        Assert.Equal("position", Assert.Throws<ArgumentNullException>(() => YearEnd.Close(null!, Terms, payments)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => YearEnd.Close(position, null!, payments)).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentNullException>(() => YearEnd.Close(position, Terms, null!)).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentNullException>(() => YearEnd.Close(position, Terms, [first, null!])).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms with { Year = Year.Next }, payments)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms with { Fund = Money.Pounds(1m) }, payments)).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms, [first, first])).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms, [first with { Quarter = Year.Quarter(3) }])).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms, [first with { RecipientId = "NOBODY" }])).ParamName);
        Assert.Equal("lastQuarterPayments", Assert.Throws<ArgumentException>(() => YearEnd.Close(position, Terms, [first with { Amount = Money.FromMinorUnits(long.MaxValue, Currency.Gbp) }])).ParamName);
        Assert.Equal(q4.Position, position);
        Assert.Equal(q4.Payments.AsEnumerable(), payments);
    }

    [Fact]
    public void OpenNextYear_Year2011_GivesTheNextTermsAndEachRecipientsHistory()
    {
        var record = YearEnd.Close(Year2011().Q4, Terms, Payday);

        var next = YearEnd.OpenNextYear(record, Round2011.Scheme);

        Assert.Equal(Year.Next, next.Terms.Year);
        Assert.Equal(record.Recipients.Select(r => r.RecipientId), next.History.Select(h => h.RecipientId));
        var camden = next.FindHistory(Round2011.RecipientId("Camden"))!;
        var outturn = record.FindRecipient(camden.RecipientId)!;
        Assert.Equal(new RecipientHistory(camden.RecipientId, Year, outturn.InitialAllocation, outturn.Allocation, outturn.Spent, outturn.Lapsed, outturn.Reclaimed, outturn.Recovery), camden);
        Assert.True(camden.Reclaimed.MinorUnits > 0);
    }

    [Fact]
    public void OpenNextYear_HostileArguments_AreRejectedNamingTheParameter()
    {
        var record = YearEnd.Close(Year2011().Q4, Terms, Payday);

        Assert.Equal("closed", Assert.Throws<ArgumentNullException>(() => YearEnd.OpenNextYear(null!, Round2011.Scheme)).ParamName);
        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => YearEnd.OpenNextYear(record, null!)).ParamName);
        Assert.Equal("scheme", Assert.Throws<ArgumentException>(() => YearEnd.OpenNextYear(record, Round2011.Scheme.EndingAfter(Year))).ParamName);
        Assert.Equal("scheme", Assert.Throws<ArgumentException>(() => YearEnd.OpenNextYear(record, FundScheme.Create("Another").WithTerms(Terms))).ParamName);
    }

    private static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Currency.Gbp), (sum, m) => sum + m);
}
