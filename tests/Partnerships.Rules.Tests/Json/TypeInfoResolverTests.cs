using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>The resolver's contract, read through options that ask it afresh in each test (see <see cref="UncachedOptions"/>).</summary>
public sealed class TypeInfoResolverTests
{
    [Fact]
    public void GetTypeInfo_NullType_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PartnershipsJson.TypeInfoResolver.GetTypeInfo(null!, UncachedOptions.Create()));

        Assert.Equal("type", e.ParamName);
    }

    [Fact]
    public void FreshOptions_PlanAndTerms_LeaveOutTheirDerivedTotalsAndReadBack()
    {
        var plan = Round2011.Plan("Westminster");
        var options = UncachedOptions.Create();

        var planJson = JsonSerializer.Serialize(plan, options);
        var termsJson = JsonSerializer.Serialize(Round2011.Terms, options);

        // A plan's stored properties, none of its totals; the terms' currency is their fund's.
        Assert.Equal(["recipient", "year", "activities", "equalityImpactStatement", "submittedAt"], UncachedOptions.Names(planJson));
        Assert.DoesNotContain("currency", UncachedOptions.Names(termsJson));
        Assert.Contains("fund", UncachedOptions.Names(termsJson));
        Assert.Equal(planJson, JsonSerializer.Serialize(JsonSerializer.Deserialize<SpendPlan>(planJson, options), options));
        Assert.Equal(Round2011.Terms, JsonSerializer.Deserialize<FundTerms>(termsJson, options));
    }

    [Theory]
    [InlineData("FundTerms")]
    [InlineData("AllocationPolicy")]
    [InlineData("SpendPlan")]
    public void FreshOptions_WithoutItsFirstField_IsRefused(string type)
    {
        // Every field is required, the first one written as much as the rest.
        var options = UncachedOptions.Create();
        var json = type switch
        {
            "FundTerms" => JsonSerializer.Serialize(Round2011.Terms, options),
            "AllocationPolicy" => JsonSerializer.Serialize(AllocationPolicy.Default, options),
            _ => JsonSerializer.Serialize(Round2011.Plan("Camden"), options),
        };
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove(UncachedOptions.Names(json)[0]);

        // Read without the library's wrapper, the refusal is the converter's own exception.
        var e = Assert.Throws<JsonPathException>(() => type switch
        {
            "FundTerms" => (object?)JsonSerializer.Deserialize<FundTerms>(node.ToJsonString(), options),
            "AllocationPolicy" => JsonSerializer.Deserialize<AllocationPolicy>(node.ToJsonString(), options),
            _ => JsonSerializer.Deserialize<SpendPlan>(node.ToJsonString(), options),
        });

        Assert.Matches($@"missing required properties\b.*\b{UncachedOptions.Names(json)[0]}\b", e.Message); // System.Text.Json's words differ between .NET 8 and 10
    }

    [Fact]
    public void FreshOptions_SpendReturnWithoutLines_ReadsButWithoutItsDateIsRefused()
    {
        var spent = new SpendReturn("Camden", Round2011.Year.Quarter(2), Money.Pounds(1_234.56m), Money.Pounds(50_000m)) { SubmittedOn = new LocalDate(2011, 10, 7) };
        var options = UncachedOptions.Create();
        var json = JsonSerializer.Serialize(spent, options);

        var withoutLines = JsonNode.Parse(json)!.AsObject();
        Assert.True(withoutLines.Remove("lines"));
        var withoutDate = JsonNode.Parse(json)!.AsObject();
        Assert.True(withoutDate.Remove("submittedOn"));

        Assert.Equal(spent, JsonSerializer.Deserialize<SpendReturn>(withoutLines.ToJsonString(), options));
        var e = Assert.Throws<JsonPathException>(() => JsonSerializer.Deserialize<SpendReturn>(withoutDate.ToJsonString(), options));
        Assert.Matches(@"missing required properties\b.*\bsubmittedOn\b", e.Message);
    }

    [Fact]
    public void FreshOptions_ReturnByActivity_KeepsItsLinesAndRefusesLinesThatDisagree()
    {
        // Lines are kept when they sum to the spend and refused, naming Lines, when they do not.
        var options = UncachedOptions.Create();
        var spendReturn = SpendReturn.ByActivity("A", Round2011.Year.Quarter(1), [new("a", Money.Pounds(0.4m)), new("b", Money.Pounds(0.6m))], Money.Pounds(5m));
        var json = JsonSerializer.Serialize(spendReturn, options);
        var node = JsonNode.Parse(json)!;
        node["spent"] = JsonNode.Parse(JsonSerializer.Serialize(Money.Pounds(2m), options)); // the lines sum to £1.00

        var back = JsonSerializer.Deserialize<SpendReturn>(json, options)!;
        var e = Assert.Throws<JsonPathException>(() => JsonSerializer.Deserialize<SpendReturn>(node.ToJsonString(), options));

        Assert.Equal(spendReturn, back);
        Assert.Equal(2, back.Lines.Length);
        Assert.Equal("Lines", Assert.IsType<ArgumentException>(Innermost(e)).ParamName);
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

#if NET9_0_OR_GREATER
    [Fact]
    public void FreshOptions_PlanWithoutARecipient_IsWrittenWithANull()
    {
        // Plans are kept as submitted, so writing allows the null that reading refuses.
        var options = UncachedOptions.Create();
        var plan = Round2011.Plan("Camden") with { Recipient = null! };

        var json = JsonSerializer.Serialize(plan, options);

        Assert.StartsWith("{\"recipient\":null,", json, StringComparison.Ordinal);
        Assert.Throws<JsonPathException>(() => JsonSerializer.Deserialize<SpendPlan>(json, options));
    }
#endif
}
