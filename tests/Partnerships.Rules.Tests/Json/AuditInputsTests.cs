using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// The inputs hash of each kind of record is the SHA-256 of the canonical JSON the AuditRecord remarks spell out,
/// here put together by hand from the parts' own JSON, so a field renamed, dropped or put out of order is seen.
/// </summary>
public sealed class AuditInputsTests
{
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void ToAuditJson_Assessment_HashesTermsThenThePlansInRecipientIdOrder()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, Round2011.Plans.Reverse());
        var plans = Round2011.Plans.OrderBy(p => p.Recipient.Id, StringComparer.Ordinal).Select(S);

        var expected = Sha($"{{\"terms\":{S(Round2011.Terms)},\"plans\":[{string.Join(",", plans)}]}}");

        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(report, Round2011.Terms)));
    }

    [Fact]
    public void ToAuditJson_Allocation_HashesTermsPolicyAndThePlansInRecipientIdOrder()
    {
        var allocation = Allocator.Allocate(Round2011.Terms, Round2011.Plans, AllocationPolicy.Default);
        var given = Round2011.Plans.OrderByDescending(p => p.Recipient.Id, StringComparer.Ordinal).ToArray();
        var sorted = given.OrderBy(p => p.Recipient.Id, StringComparer.Ordinal).Select(S);

        var expected = Sha($"{{\"terms\":{S(allocation.Terms)},\"policy\":{S(allocation.Policy)},\"plans\":[{string.Join(",", sorted)}]}}");

        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(allocation, given)));
    }

    [Fact]
    public void ToAuditJson_Quarter_HashesPositionQuarterAndReturnsByRecipientQuarterSpendAndForecast()
    {
        var q1 = SmallFund.Year.Quarter(1);
        var q2 = SmallFund.Year.Quarter(2);
        var before = SmallFund.Opened();
        var result = QuarterlyMonitor.Record(before, q1, [Return("A", q1, 1_000m, 10_000m)]);

        // Each pair of neighbours differs only in the next key: quarter (1, 2), spend (2, 4), forecast (4, 3), recipient (3, 5).
        var r1 = Return("A", q1, 1_000m, 10_000m);
        var r2 = Return("A", q2, 1_000m, 10_000m);
        var r3 = Return("A", q2, 2_000m, 10_000m);
        var r4 = Return("A", q2, 2_000m, 9_000m);
        var r5 = Return("B", q1, 500m, 10_000m);
        var expected = Sha($"{{\"position\":{S(before)},\"quarter\":{S(q1)},\"returns\":[{string.Join(",", new[] { r1, r2, r4, r3, r5 }.Select(S))}]}}");

        // The hash takes the returns as given (here some of another quarter), in any order.
        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(result, before, [r3, r5, r1, r4, r2])));
    }

    [Fact]
    public void ToAuditJson_Review_HashesPositionTermsPointAndFurtherBidsByRecipientThenActivity()
    {
        var before = SmallFund.AfterQ2(forecastOfA: 5_000m);
        OverProgrammedBid[] bids = [new("C", "c1", Money.Pounds(1_000m)), new("B", "b2", Money.Pounds(1_000m)), new("B", "b1", Money.Pounds(1_000m))];
        var review = UnderspendReview.Hold(before, SmallFund.Terms, SmallFund.September, bids);
        var sorted = new[] { bids[2], bids[1], bids[0] }.Select(S); // B/b1, B/b2, C/c1

        var expected = Sha($"{{\"position\":{S(before)},\"terms\":{S(SmallFund.Terms)},\"review\":{S(SmallFund.September)},\"furtherRound\":[{string.Join(",", sorted)}]}}");

        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(review, before, SmallFund.Terms, bids)));
    }

    [Fact]
    public void ToAuditJson_ReviewWithoutAFurtherRound_HashesAnEmptyOne()
    {
        var before = SmallFund.AfterQ2(forecastOfA: 5_000m);
        var review = UnderspendReview.Hold(before, SmallFund.Terms, SmallFund.September);

        var expected = Sha($"{{\"position\":{S(before)},\"terms\":{S(SmallFund.Terms)},\"review\":{S(SmallFund.September)},\"furtherRound\":[]}}");

        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(review, before, SmallFund.Terms)));
    }

    [Fact]
    public void ToAuditJson_YearEnd_HashesPositionTermsAndPaymentsByRecipientId()
    {
        var q4 = YearEndTests.Year2011().Q4;
        var record = YearEnd.Close(q4, Round2011.Terms, Payday);
        var given = q4.Payments.OrderByDescending(p => p.RecipientId, StringComparer.Ordinal).ToArray();
        Assert.True(given.Select(p => p.RecipientId).Distinct().Count() > 1);
        var sorted = given.OrderBy(p => p.RecipientId, StringComparer.Ordinal).Select(S);

        var expected = Sha($"{{\"position\":{S(q4.Position)},\"terms\":{S(Round2011.Terms)},\"payments\":[{string.Join(",", sorted)}]}}");

        Assert.Equal(expected, InputsOf(PartnershipsJson.ToAuditJson(record, q4.Position, Round2011.Terms, given)));
    }

    private static SpendReturn Return(string id, FinancialQuarter quarter, decimal spent, decimal forecast) =>
        new(id, quarter, Money.Pounds(spent), Money.Pounds(forecast));

    private static string S<T>(T value) => PartnershipsJson.Serialize(value);

    private static string Sha(string canonical) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    private static string? InputsOf(string record)
    {
        using var document = JsonDocument.Parse(record);
        return document.RootElement.GetProperty("inputsSha256").GetString();
    }
}
