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
}
