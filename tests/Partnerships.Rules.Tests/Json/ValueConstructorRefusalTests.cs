using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// JSON that is well formed, field by field, but that a value's own factory or constructor refuses: the refusal comes
/// back as a <see cref="JsonException"/> that keeps the value's message and its exception as the cause, never as the
/// value's exception itself and never as a value read anyway.
/// </summary>
public sealed class ValueConstructorRefusalTests
{
    [Fact]
    public void Deserialize_CurrencyCodeInLowerCase_IsRefusedByCurrencyCreate()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Currency>("""{"code":"gbp","minorUnitDigits":2}"""));

        Assert.IsType<ArgumentException>(Cause(e), exactMatch: false);
        Assert.Contains(Cause(e).Message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_YearWhoseEndIsPastTheCalendar_IsRefusedByTheCalendar()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialYear>("""{"start":"9999-04-01"}"""));

        Assert.IsType<ArgumentException>(Cause(e), exactMatch: false);
        Assert.Contains(Cause(e).Message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FindingWithABlankCode_IsRefusedByFindingOf()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Finding>("""{"code":" ","severity":"Failure","messageTemplate":"x"}"""));

        Assert.IsType<ArgumentException>(Cause(e), exactMatch: false);
        Assert.Contains(Cause(e).Message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PositionWhoseAllocationsOverflowTheirTotal_IsRefusedAtItsAccounts()
    {
        // Two accounts of 5·10^16 pounds each: every account alone is valid, their total passes long.MaxValue pence.
        var node = JsonNode.Parse(PartnershipsJson.Serialize(SmallFund.Opened()))!;
        foreach (var account in node["accounts"]!.AsArray().Take(2))
        {
            account!["initialAllocation"]!["amount"] = "50000000000000000.00";
            account["allocation"]!["amount"] = "50000000000000000.00";
        }

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString()));

        Assert.Equal("$.accounts", e.Path);
        Assert.StartsWith("Not a valid a fund position: ", e.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(Cause(e), exactMatch: false);
    }

    // The exception the value threw: the converter wraps it once, and the library's entry point may wrap that again.
    private static Exception Cause(JsonException e)
    {
        Exception cause = e;
        while (cause is JsonException && cause.InnerException is { } inner)
        {
            cause = inner;
        }

        Assert.IsNotType<JsonException>(cause);
        return cause;
    }
}
