using System.Text.Json;
using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>The year-end record, the next year with its history and returns by activity, written and read back byte-identically
/// (docs/design.md, invariant 8).</summary>
public sealed class YearEndJsonTests
{
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    private static YearEndRecord Closed() => YearEnd.Close(YearEndTests.Year2011().Q4, Round2011.Terms, Payday);

    private static void AssertRoundTrip<T>(T value)
        where T : class
    {
        var json = PartnershipsJson.Serialize(value);
        var back = PartnershipsJson.Deserialize<T>(json);

        Assert.Equal(value, back);
        Assert.Equal(json, PartnershipsJson.Serialize(back));
    }

    [Fact]
    public void YearEndRecord_WrittenAndReadBack_IsEqualAndByteIdentical()
    {
        var record = Closed();

        AssertRoundTrip(record);
        var json = PartnershipsJson.ToAuditJson(record, Instant.FromUtc(2012, 5, 1, 9, 0));
        var back = PartnershipsJson.FromAuditJson<YearEndRecord>(json);
        Assert.Equal(AuditRecord.YearEndKind, back.Kind);
        Assert.Equal(record, back.Payload);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back.Payload, back.RecordedAt));
        Assert.Contains("\"paymentDateAfterYearEnd\":\"2012-04-17\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void YearEndRecord_WithItsInputs_HashesThePositionTermsAndPayments()
    {
        var q4 = YearEndTests.Year2011().Q4;
        var record = YearEnd.Close(q4, Round2011.Terms, Payday);

        var json = PartnershipsJson.ToAuditJson(record, q4.Position, Round2011.Terms, q4.Payments);
        var reversed = PartnershipsJson.ToAuditJson(record, q4.Position, Round2011.Terms, q4.Payments.Reverse());

        Assert.Equal(json, reversed);
        Assert.Matches("\"inputsSha256\":\"[0-9A-F]{64}\"", json);
        Assert.Equal(record, PartnershipsJson.FromAuditJson<YearEndRecord>(json).Payload);
    }

    [Fact]
    public void NextYear_WrittenAndReadBack_IsEqualAndByteIdentical()
    {
        var next = YearEnd.OpenNextYear(Closed(), Round2011.Scheme);

        AssertRoundTrip(next);
        AssertRoundTrip(next.History[0]);
        var json = PartnershipsJson.ToAuditJson(next);
        var back = PartnershipsJson.FromAuditJson<NextYear>(json);
        Assert.Equal(AuditRecord.NextYearKind, back.Kind);
        Assert.Equal(next, back.Payload);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back.Payload));
    }

    [Fact]
    public void ReturnsByActivity_InAPositionAndAQuarter_AreEqualAndByteIdentical()
    {
        var year = Round2011.Year;
        var opened = FundPosition.Open(year, Money.Pounds(100m), [KeyValuePair.Create("A", Money.Pounds(100m))]);
        var q1 = QuarterlyMonitor.Record(opened, year.Quarter(1), [SpendReturn.ByActivity("A", year.Quarter(1), [new("cadets", Money.Pounds(12.5m)) { Delivered = 4m }, new("dv", Money.Pounds(-2m))], Money.Pounds(90m))]);

        AssertRoundTrip(q1.Position.Accounts[0].Returns[0]);
        AssertRoundTrip(q1.Position);
        var json = PartnershipsJson.ToAuditJson(q1);
        Assert.Equal(q1, PartnershipsJson.FromAuditJson<QuarterResult>(json).Payload);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(PartnershipsJson.FromAuditJson<QuarterResult>(json).Payload));
        Assert.Contains("\"lines\":[{", json, StringComparison.Ordinal);
        Assert.Contains("\"activityId\":\"cadets\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ActualSpendQueries_WrittenAndReadBack_AreEqual()
    {
        var account = YearEndTests.Year2011().Q4.Position.Accounts[0];

        AssertRoundTrip(ActualSpend.ByActivity(account));
        AssertRoundTrip(ActualSpend.ByPriority(account, Round2011.Plans.Single(p => p.Recipient.Id == account.RecipientId), Round2011.Terms));
    }

    [Fact]
    public void ReturnWhoseLinesDisagree_IsRefusedWithAPath()
    {
        var spendReturn = SpendReturn.ByActivity("A", Round2011.Year.Quarter(1), [new("a", Money.Pounds(0.4m)), new("b", Money.Pounds(0.6m))], Money.Pounds(5m));
        var written = PartnershipsJson.Serialize(spendReturn);
        var at = written.IndexOf("\"1.00\"", StringComparison.Ordinal); // the return's own spend, written before its lines
        var json = string.Concat(written.AsSpan(0, at), "\"2.00\"", written.AsSpan(at + 6));

        var error = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<SpendReturn>(json));

        Assert.Contains("lines", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
