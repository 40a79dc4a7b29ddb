using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>The resolver's contract, asked afresh in every test (see <see cref="UncachedOptions"/>).</summary>
public sealed class ResolverContractTests
{
    [Theory]
    [InlineData("Finding", "code,severity,messageTemplate,message,values,recipientId,activityId,amount")]
    [InlineData("QuarterResult", "quarter,position,payments,findings")]
    [InlineData("ReviewResult", "review,position,reclaims,grants,pool,unallocated,findings")]
    [InlineData("Query", "id,recipientId,activityId,amount,findingCode,raisedOn,dueOn,heldBack,state,changedOn,reattributedTo")]
    [InlineData("NeedFormula", "weights")]
    [InlineData("NeedRecipient", "id,indicators,lastYear")]
    public void UncachedOptions_ConvertedType_IsWrittenAsItsConverterDocumentsAndReadBack(string type, string fields)
    {
        // The field names and order are those each converter's summary documents.
        var options = UncachedOptions.Create();

        var (json, back, value) = type switch
        {
            "Finding" => RoundTrip(Finding.Of("FIT001", FindingSeverity.Warning, "{Recipient} spent {Amount}", ("Recipient", "Camden"), ("Amount", Money.Pounds(5m))), options),
            "QuarterResult" => RoundTrip(QuarterlyMonitor.Record(SmallFund.Opened(), SmallFund.Year.Quarter(1), [new SpendReturn("A", SmallFund.Year.Quarter(1), Money.Pounds(1_000m), Money.Pounds(10_000m))]), options),
            "ReviewResult" => RoundTrip(UnderspendReview.Hold(SmallFund.AfterQ2(forecastOfA: 5_000m), SmallFund.Terms, SmallFund.September), options),
            "Query" => RoundTrip(QueryDesk.Raise(SmallFund.Opened(), SmallFund.Terms, "Q1", "A", "a1", Money.Pounds(1_000m), "FIT001", new LocalDate(2011, 4, 14)).Queries[0], options),
            "NeedFormula" => RoundTrip(NeedFormula.Of(("crime", 40), ("residents", 25.5m)), options),
            _ => RoundTrip(NeedRecipient.Of("Camden", ("crime", 31_000)) with { LastYear = Money.Pounds(52_000m) }, options),
        };

        Assert.Equal(fields.Split(','), UncachedOptions.Names(json));
        Assert.Equal(value, back);
    }

    [Fact]
    public void UncachedOptions_Instant_IsAnIsoStringInUtc()
    {
        var options = UncachedOptions.Create();
        var instant = Instant.FromUtc(2011, 4, 14, 9, 30);

        var json = JsonSerializer.Serialize(instant, options);

        Assert.Equal("\"2011-04-14T09:30:00Z\"", json);
        Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(json, options));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UncachedOptions_PlanAndTerms_LeaveOutTheirDerivedTotalsWhateverTheAppsNamingPolicy(bool camelCase)
    {
        // The resolver sees the names the app's policy makes (Total without one, total with camelCase): both are left out.
        var options = UncachedOptions.Create(camelCase ? JsonNamingPolicy.CamelCase : null);
        var plan = Round2011.Plan("Westminster");

        var planJson = JsonSerializer.Serialize(plan, options);
        var termsJson = JsonSerializer.Serialize(Round2011.Terms, options);

        Assert.Equal(["recipient", "year", "activities", "equalityImpactStatement", "submittedAt"], UncachedOptions.Names(planJson));
        Assert.DoesNotContain("currency", UncachedOptions.Names(termsJson));
        Assert.Contains("fund", UncachedOptions.Names(termsJson));
        Assert.Equal(plan.Total, JsonSerializer.Deserialize<SpendPlan>(planJson, options)!.Total);
        Assert.Equal(Round2011.Terms, JsonSerializer.Deserialize<FundTerms>(termsJson, options));
    }

    [Fact]
    public void UncachedOptions_PlanWithoutActivities_IsWrittenWithoutTheTotalItHasNot()
    {
        // A plan with no activities has no total: reading one would throw, so leaving the totals out is what lets it be written.
        var options = UncachedOptions.Create();
        var plan = Round2011.Plan("Camden") with { Activities = [] };

        var json = JsonSerializer.Serialize(plan, options);

        Assert.Equal(["recipient", "year", "activities", "equalityImpactStatement", "submittedAt"], UncachedOptions.Names(json));
    }

    [Fact]
    public void UncachedOptions_PlanWithoutItsRecipient_IsRefused()
    {
        // Only SpendReturn's lines may be missing: a plan's first field is as required as in any other type.
        var options = UncachedOptions.Create();
        var node = JsonNode.Parse(JsonSerializer.Serialize(Round2011.Plan("Camden"), options))!.AsObject();
        Assert.True(node.Remove("recipient"));

        var e = Assert.Throws<JsonPathException>(() => JsonSerializer.Deserialize<SpendPlan>(node.ToJsonString(), options));

        Assert.Matches(@"missing required properties\b.*\brecipient\b", e.Message);
    }

    private static (string Json, object? Back, object? Value) RoundTrip<T>(T value, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Serialize(value, options);
        return (json, JsonSerializer.Deserialize<T>(json, options), value);
    }
}
