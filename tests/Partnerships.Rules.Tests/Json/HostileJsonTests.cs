using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Tests.Json;

/// <summary>Damaged or hostile JSON is a <see cref="JsonException"/> naming where, and nothing is returned half-read.</summary>
public sealed class HostileJsonTests
{
    private static readonly string Plan = PartnershipsJson.Serialize(Round2011.Plan("Camden"));

    [Fact]
    public void Deserialize_MisspeltField_ThrowsNamingIt()
    {
        var json = Plan.Replace("\"equalityImpactStatement\"", "\"equalityImpactStatment\"", StringComparison.Ordinal);

        AssertRejected<SpendPlan>(json, "$.equalityImpactStatment");
    }

    [Fact]
    public void Deserialize_MissingRequiredField_ThrowsNamingIt()
    {
        var node = JsonNode.Parse(Plan)!.AsObject();
        node.Remove("year");

        var e = AssertRejected<SpendPlan>(node.ToJsonString(), "$");

        Assert.Contains("year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FieldWithADefaultLeftOut_ThrowsToo()
    {
        var node = JsonNode.Parse(Plan)!;
        node["activities"]![0]!.AsObject().Remove("rank");

        AssertRejected<SpendPlan>(node.ToJsonString(), "$.activities[0]");
    }

#if NET9_0_OR_GREATER
    // System.Text.Json requires constructor parameters when asked from version 9; on net8.0 a missing one is its default (documented).
    [Theory]
    [InlineData("recipientId")]
    [InlineData("quarter")]
    [InlineData("spent")]
    [InlineData("forecastOutturn")]
    public void Deserialize_ReturnWithoutAConstructorField_ThrowsNamingIt(string field)
    {
        // Read through the constructor, with no setter: once read as its default, a return without a quarter was of Q1 of year 1.
        var written = new SpendReturn("A", Round2011.Year.Quarter(1), Money.Pounds(1_000m), Money.Pounds(10_000m));
        var node = JsonNode.Parse(PartnershipsJson.Serialize(written))!.AsObject();
        Assert.True(node.Remove(field), field);

        var e = AssertRejected<SpendReturn>(node.ToJsonString(), "$");

        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }
#endif

#if NET9_0_OR_GREATER
    // System.Text.Json respects nullable annotations from version 9; on net8.0 such a null is read (documented).
    [Fact]
    public void Deserialize_NullWhereAValueIsRequired_Throws()
    {
        var node = JsonNode.Parse(Plan)!;
        node["activities"]![0]!["title"] = null;

        AssertRejected<SpendPlan>(node.ToJsonString(), "$.activities[0].title");
    }
#endif

    [Fact]
    public void Deserialize_NumberWrittenAsString_Throws()
    {
        var node = JsonNode.Parse(Plan)!;
        node["activities"]![0]!["rank"] = "1";

        AssertRejected<SpendPlan>(node.ToJsonString(), "$.activities[0].rank");
    }

    [Theory]
    [InlineData("50000")]
    [InlineData("50000.000")]
    [InlineData("50000.0")]
    public void Deserialize_PoundsWithoutTwoDecimalPlaces_Throws(string amount)
    {
        var node = JsonNode.Parse(Plan)!;
        node["activities"]![0]!["cost"]!["amount"] = amount;

        var e = AssertRejected<SpendPlan>(node.ToJsonString(), "$.activities[0].cost");

        Assert.Contains("GBP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CurrencyWithWrongDigits_Throws()
    {
        AssertRejected<Currency>("""{"code":"JPY","minorUnitDigits":2,"symbol":"¥"}""", "$");
    }

    [Fact]
    public void FromAuditJson_NewerSchemaVersion_ThrowsNamingBothVersions()
    {
        var json = PartnershipsJson.ToAuditJson(Round2011.Terms).Replace("\"schemaVersion\":2", "\"schemaVersion\":3", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<Partnerships.Rules.Schemes.FundTerms>(json));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("version 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("version 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAuditJson_PositionThatDoesNotConserveTheFund_Throws()
    {
        var node = JsonNode.Parse(PartnershipsJson.ToAuditJson(Opened()))!;
        node["payload"]!["unallocated"]!["amount"] = "0.01";

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundPosition>(node.ToJsonString()));

        Assert.Equal("$.payload.unallocated", e.Path);
        Assert.Contains("£1,600,000.00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAuditJson_AccountWhoseFiguresDisagree_ThrowsAtTheAccount()
    {
        var node = JsonNode.Parse(PartnershipsJson.ToAuditJson(Opened()))!;
        node["payload"]!["accounts"]![3]!["granted"]!["amount"] = "5.00";

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundPosition>(node.ToJsonString()));

        Assert.Equal("$.payload.accounts[3].allocation", e.Path);
    }

    [Fact]
    public void FromAuditJson_UnknownFieldDeepInAPosition_ThrowsWithTheWholePath()
    {
        var node = JsonNode.Parse(PartnershipsJson.ToAuditJson(Opened()))!;
        node["payload"]!["accounts"]![1]!["spend"] = 1;

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundPosition>(node.ToJsonString()));

        Assert.Equal("$.payload.accounts[1].spend", e.Path);
        Assert.Contains("$.payload.accounts[1].spend", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAuditJson_Truncated_ThrowsAndReturnsNothing()
    {
        var json = PartnershipsJson.ToAuditJson(Opened());

        foreach (var length in new[] { 0, 1, json.Length / 3, json.Length / 2, json.Length - 1 })
        {
            Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundPosition>(json[..length]));
        }
    }

    [Fact]
    public void Deserialize_BlankActivityId_ThrowsAtTheActivity()
    {
        var node = JsonNode.Parse(Plan)!;
        node["activities"]![1]!["id"] = " ";

        AssertRejected<SpendPlan>(node.ToJsonString(), "$.activities[1]");
    }

    [Fact]
    public void Deserialize_ValueItsConstructorRefuses_IsAJsonExceptionNamingTheParameter()
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(Round2011.Terms))!;
        node["reviewPoints"]![0]!["afterQuarter"] = 9;

        var e = AssertRejected<Partnerships.Rules.Schemes.FundTerms>(node.ToJsonString(), "$.reviewPoints[0]");

        Exception? cause = e;
        while (cause is JsonException)
        {
            cause = cause.InnerException;
        }

        Assert.IsAssignableFrom<ArgumentException>(cause);
        Assert.Contains("AfterQuarter", e.Message, StringComparison.Ordinal);
    }

    private static JsonException AssertRejected<T>(string json, string path)
    {
        object? read = null;
        var e = Assert.Throws<JsonException>(() => read = PartnershipsJson.Deserialize<T>(json));
        Assert.Equal(path, e.Path);
        Assert.Contains("Path: " + path, e.Message, StringComparison.Ordinal);
        Assert.Null(read);
        return e;
    }

    private static FundPosition Opened() =>
        FundPosition.Open(Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);
}
