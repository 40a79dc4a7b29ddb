using System.Text.Json;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Json;

public sealed class AuditRecordTests
{
    [Fact]
    public void ToAuditJson_Allocation_IsVersionedAndTheSameWhateverTheOrderOfPlans()
    {
        var allocation = Allocator.Allocate(Round2011.Terms, Round2011.Plans, AllocationPolicy.Default);
        var reversed = Allocator.Allocate(Round2011.Terms, Round2011.Plans.Reverse(), AllocationPolicy.Default);

        var json = PartnershipsJson.ToAuditJson(allocation);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(AuditRecord.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(AuditRecord.AllocationKind, root.GetProperty("kind").GetString());
        Assert.Equal("0.00", root.GetProperty("payload").GetProperty("unallocated").GetProperty("amount").GetString());
        Assert.Equal(32, root.GetProperty("payload").GetProperty("recipients").GetArrayLength());
        Assert.Equal(allocation, reversed);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(reversed)); // equal values write the same bytes
    }

    [Fact]
    public void ToAuditJson_Review_RecordsWhoGaveBackAndWhoReceived()
    {
        var terms = Round2011.Terms;
        var allocation = Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default);
        var position = FundPosition.Open(allocation, Round2011.Plans);
        foreach (var number in new[] { 1, 2 })
        {
            var quarter = Round2011.Year.Quarter(number);
            var returns = position.Accounts.Select(a => new SpendReturn(
                a.RecipientId, quarter, Money.Pounds(10_000m), a.RecipientId == "BCU-CAMDEN" && number == 2 ? Money.Pounds(30_000m) : a.Allocation));
            position = QuarterlyMonitor.Record(position, quarter, returns).Position;
        }

        var review = UnderspendReview.Hold(position, terms, terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
        using var document = JsonDocument.Parse(PartnershipsJson.ToAuditJson(review));
        var payload = document.RootElement.GetProperty("payload");

        Assert.Equal(AuditRecord.ReviewKind, document.RootElement.GetProperty("kind").GetString());
        var reclaim = Assert.Single(payload.GetProperty("reclaims").EnumerateArray());
        Assert.Equal("BCU-CAMDEN", reclaim.GetProperty("recipientId").GetString());
        Assert.Equal("17500.00", reclaim.GetProperty("amount").GetProperty("amount").GetString());
        Assert.Equal(review.Grants.Length, payload.GetProperty("grants").GetArrayLength());
        Assert.NotEmpty(review.Grants);
    }
}
