using NodaTime;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>What the close refuses and where its payment date comes from (survivors of the Monitoring mutation run).</summary>
public sealed partial class YearEndTests
{
    [Fact]
    public void Close_TermsOfAnotherYearAndNoScheme_SaysWhatEachIs()
    {
        var last = RecordAll(Small(("A", 100m)), [10m], [10m], [10m], [10m]);
        var terms = Terms with { Year = Year.Next, Fund = Money.Pounds(1_000m), SchemeName = null };

        var error = Assert.Throws<ArgumentException>(() => YearEnd.Close(last, terms));

        Assert.Equal("terms", error.ParamName);
        Assert.StartsWith("The terms are of '(no scheme)' for 2012/13 with a fund of £1,000.00; the position is of '(no scheme)' for 2011/12 with a fund of £1,000.00.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_NoQuarterRecorded_SaysSo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => YearEnd.Close(Small(("A", 100m)), Terms with { Fund = Money.Pounds(1_000m), SchemeName = null }, []));

        Assert.Equal("The year 2011/12 closes after 2011/12 Q4 is recorded; the position has recorded no quarter.", error.Message);
    }

    [Theory]
    [InlineData("S", null, "The terms are of 'S' for 2011/12 with a fund of £1,000.00; the position is of '(no scheme)' for 2011/12 with a fund of £1,000.00.")]
    [InlineData(null, "S", "The terms are of '(no scheme)' for 2011/12 with a fund of £1,000.00; the position is of 'S' for 2011/12 with a fund of £1,000.00.")]
    public void Close_TermsOfAnotherScheme_NamesTheSchemeOnEitherSide(string? ofTerms, string? ofPosition, string message)
    {
        var position = FundPosition.Open(Year, Money.Pounds(1_000m), [KeyValuePair.Create("A", Money.Pounds(100m))], schemeName: ofPosition);
        var last = RecordAll(position, [10m], [10m], [10m], [10m]);

        var error = Assert.Throws<ArgumentException>(() => YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = ofTerms }));

        Assert.Equal("terms", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_APaymentOfNothing_IsRefused()
    {
        var last = RecordAll(Small(("A", 100m)), [10m], [10m], [10m], [10m]);
        var terms = Terms with { Fund = Money.Pounds(1_000m), SchemeName = null };

        var error = Assert.Throws<ArgumentException>(() => YearEnd.Close(last.Position, terms, [new Payment("A", Year.Quarter(4), Money.Zero(Currency.Gbp))]));

        Assert.Equal("lastQuarterPayments", error.ParamName);
    }

    [Fact]
    public void Close_UndatedPaymentsWithASchedule_TakesTheScheduleDate()
    {
        var position = Small(("A", 100m));
        QuarterResult? result = null;
        for (var q = 1; q <= 4; q++)
        {
            result = QuarterlyMonitor.Record(position, Year.Quarter(q), [new SpendReturn("A", Year.Quarter(q), Money.Pounds(10m), Money.Pounds(100m))]);
            position = result.Position;
        }

        var record = YearEnd.Close(result!, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null }, Payday);

        Assert.Null(Assert.Single(result!.Payments).PaymentDate);
        Assert.Equal(new LocalDate(2012, 4, 17), record.PaymentDateAfterYearEnd);
    }

    [Fact]
    public void Close_PaymentsOnDifferentDays_TakesTheLatestInEitherOrder()
    {
        var last = RecordAll(Small(("A", 100m), ("B", 100m)), [10m, 10m], [10m, 10m], [10m, 10m], [10m, 10m]);
        var terms = Terms with { Fund = Money.Pounds(1_000m), SchemeName = null };
        Payment[] payments = [new("A", Year.Quarter(4), Money.Pounds(10m)) { PaymentDate = new LocalDate(2012, 4, 20) }, new("B", Year.Quarter(4), Money.Pounds(10m)) { PaymentDate = new LocalDate(2012, 3, 30) }];

        var given = YearEnd.Close(last.Position, terms, payments);
        var reversed = YearEnd.Close(last.Position, terms, Enumerable.Reverse(payments));

        Assert.Equal(new LocalDate(2012, 4, 20), given.PaymentDateAfterYearEnd);
        Assert.Equal(Year.Next, given.PaymentYearAfterYearEnd);
        Assert.Equal(given, reversed);
    }

    [Fact]
    public void Close_QueryAcceptedAfterTheLastQuarter_LeavesThePaymentOutstandingAtClose()
    {
        // A query takes £20 from A's allocation, so its quarters pay £80 of £100 spent; accepted after quarter 4, the
        // allocation is £100 again and £20 is owed at the close, paid after the year end with the last quarter's £5.
        var terms = Terms with { Fund = Money.Pounds(1_000m), SchemeName = null };
        var queried = QueryDesk.Raise(Small(("A", 100m)), terms, "Q1", "A", "a1", Money.Pounds(20m), "FIT001", new LocalDate(2011, 4, 14));
        var last = RecordAll(queried, [25m], [25m], [25m], [25m]);
        var accepted = QueryDesk.Accept(QueryDesk.Answer(last.Position, "Q1", new LocalDate(2012, 4, 2)), "Q1", new LocalDate(2012, 4, 3));

        var record = YearEnd.Close(accepted, terms, last.Payments);

        var a = record.FindRecipient("A")!;
        Assert.Equal(Money.Pounds(5m), Assert.Single(last.Payments).Amount);
        Assert.Equal(Money.Pounds(75m), a.PaidInYear);
        Assert.Equal(Money.Pounds(25m), a.PaidAfterYearEnd);
        Assert.Equal(Money.Pounds(25m), record.PaidAfterYearEnd);
        var outstanding = Assert.Single(record.Findings, f => f.Code == MonitoringFindings.PaymentOutstandingAtClose);
        Assert.Equal(("A", Money.Pounds(20m)), (outstanding.RecipientId, outstanding.Amount!.Value));
        Assert.Equal(terms.Fund, record.PaidInYear + record.PaidAfterYearEnd - record.Recoveries + record.Lapsed + record.Unallocated);
    }

    [Fact]
    public void Close_SpendOfExactlyTheAllocation_IsNotAboveIt()
    {
        var last = RecordAll(Small(("A", 100m)), [25m], [25m], [25m], [25m]);

        var record = YearEnd.Close(last, Terms with { Fund = Money.Pounds(1_000m), SchemeName = null });

        Assert.DoesNotContain(record.Findings, f => f.Code == MonitoringFindings.OutturnAboveAllocation);
        Assert.DoesNotContain(record.Findings, f => f.Code == MonitoringFindings.PaymentOutstandingAtClose);
        Assert.Equal(Money.Zero(Currency.Gbp), record.Lapsed);
    }
}
