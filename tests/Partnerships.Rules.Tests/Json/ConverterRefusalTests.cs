using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// Each hand-written converter refuses what is not its object, and a field left out, with a message that says
/// what it expected or which field is missing (the message the converter promises, at the root of the value).
/// </summary>
public sealed class ConverterRefusalTests
{
    [Theory]
    [InlineData("FundPosition", "a fund position")]
    [InlineData("FundScheme", "a fund scheme")]
    [InlineData("QuarterResult", "a quarter's result")]
    [InlineData("ReviewResult", "a review's result")]
    [InlineData("Query", "a query")]
    [InlineData("RecipientAccount", "a recipient account")]
    [InlineData("NeedFormula", "a need formula")]
    [InlineData("NeedRecipient", "a recipient's need indicators")]
    [InlineData("Currency", "a currency object")]
    [InlineData("FinancialQuarter", "a financial quarter object")]
    [InlineData("FinancialYear", "a financial year {\"label\":\"2011/12\",\"start\":\"2011-04-01\"}")]
    [InlineData("Finding", "a finding object")]
    [InlineData("Money", "a money object {\"amount\":\"…\",\"currency\":\"…\"}")]
    public void Deserialize_AnArrayForAnObject_SaysWhatItExpected(string type, string what)
    {
        var e = Assert.Throws<JsonException>(() => Read(type, "[]"));

        Assert.Equal("$", e.Path);
        Assert.StartsWith($"Expected {what}; found StartArray.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FundPosition", "schemeName", "a fund position")]
    [InlineData("FundPosition", "lastQuarterRecorded", "a fund position")]
    [InlineData("FundPosition", "year", "a fund position")]
    [InlineData("FundPosition", "fund", "a fund position")]
    [InlineData("FundPosition", "policy", "a fund position")]
    [InlineData("FundPosition", "accounts", "a fund position")]
    [InlineData("FundPosition", "bids", "a fund position")]
    [InlineData("FundPosition", "unallocated", "a fund position")]
    [InlineData("RecipientAccount", "forecastOutturn", "a recipient account")]
    [InlineData("RecipientAccount", "recipientId", "a recipient account")]
    [InlineData("RecipientAccount", "initialAllocation", "a recipient account")]
    [InlineData("RecipientAccount", "allocation", "a recipient account")]
    [InlineData("RecipientAccount", "spent", "a recipient account")]
    [InlineData("RecipientAccount", "paid", "a recipient account")]
    [InlineData("RecipientAccount", "reclaimed", "a recipient account")]
    [InlineData("RecipientAccount", "granted", "a recipient account")]
    [InlineData("RecipientAccount", "returns", "a recipient account")]
    [InlineData("Query", "reattributedTo", "a query")]
    [InlineData("Query", "state", "a query")]
    [InlineData("Query", "id", "a query")]
    [InlineData("Query", "recipientId", "a query")]
    [InlineData("Query", "activityId", "a query")]
    [InlineData("Query", "amount", "a query")]
    [InlineData("Query", "findingCode", "a query")]
    [InlineData("Query", "raisedOn", "a query")]
    [InlineData("Query", "dueOn", "a query")]
    [InlineData("Query", "heldBack", "a query")]
    [InlineData("Query", "changedOn", "a query")]
    [InlineData("QuarterResult", "quarter", "a quarter's result")]
    [InlineData("QuarterResult", "position", "a quarter's result")]
    [InlineData("QuarterResult", "payments", "a quarter's result")]
    [InlineData("QuarterResult", "findings", "a quarter's result")]
    [InlineData("ReviewResult", "review", "a review's result")]
    [InlineData("ReviewResult", "position", "a review's result")]
    [InlineData("ReviewResult", "reclaims", "a review's result")]
    [InlineData("ReviewResult", "grants", "a review's result")]
    [InlineData("ReviewResult", "pool", "a review's result")]
    [InlineData("ReviewResult", "unallocated", "a review's result")]
    [InlineData("ReviewResult", "findings", "a review's result")]
    [InlineData("NeedFormula", "weights", "a need formula")]
    [InlineData("NeedRecipient", "id", "a recipient's need indicators")]
    [InlineData("NeedRecipient", "indicators", "a recipient's need indicators")]
    [InlineData("NeedRecipient", "lastYear", "a recipient's need indicators")]
    [InlineData("FundScheme", "name", "a fund scheme")]
    [InlineData("FundScheme", "calendar", "a fund scheme")]
    [InlineData("FundScheme", "terms", "a fund scheme")]
    [InlineData("FundScheme", "lastYear", "a fund scheme")]
    public void Deserialize_WithoutAField_SaysItNeedsThatField(string type, string field, string what)
    {
        var node = JsonNode.Parse(Written(type))!.AsObject();
        Assert.True(node.Remove(field), field);

        var e = Assert.Throws<JsonException>(() => Read(type, node.ToJsonString()));

        Assert.Equal("$", e.Path);
        Assert.StartsWith($"{what} needs \"{field}\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PositionWithANullPolicy_SaysThePolicyIsNull()
    {
        var node = JsonNode.Parse(Written("FundPosition"))!;
        node["policy"] = null;

        var e = Assert.Throws<JsonException>(() => Read("FundPosition", node.ToJsonString()));

        Assert.Equal("$.policy", e.Path);
        Assert.StartsWith("\"policy\" is null.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"weights":[]}""", "$.weights", "Expected an object of names and numbers for \"weights\"; found StartArray.")]
    [InlineData("""{"weights":{"crime":40,"crime":50}}""", "$.weights.crime", "\"crime\" is given twice.")]
    public void Deserialize_NeedWeightsNotAnObjectOrANameTwice_SaysWhich(string json, string path, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read("NeedFormula", json));

        Assert.Equal(path, e.Path);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FindingValuesNotAnObject_SaysWhatItExpected()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Finding>("""{"code":"X1","severity":"Failure","messageTemplate":"x","values":[]}"""));

        Assert.StartsWith("Expected an object of \"values\"; found StartArray.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("failure")]
    [InlineData("7")]
    public void Deserialize_FindingSeverityNotAName_IsRefused(string severity)
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Finding>($$"""{"code":"X1","severity":"{{severity}}","messageTemplate":"x"}"""));

        Assert.StartsWith("\"severity\" is not a FindingSeverity name.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CodeWrittenAsANumber_SaysItExpectedAString()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Currency>("""{"code":1,"minorUnitDigits":2}"""));

        Assert.Equal("$.code", e.Path);
        Assert.StartsWith("Expected a string for \"code\"; found Number.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"EUR"}""")]
    [InlineData("""{"minorUnitDigits":2}""")]
    public void Deserialize_CurrencyWithoutAField_SaysBothAreNeeded(string json)
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Currency>(json));

        Assert.StartsWith("A currency object needs \"code\" and \"minorUnitDigits\".", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CurrencyWithANullSymbol_TakesItsCode()
    {
        var euro = PartnershipsJson.Deserialize<Currency>("""{"code":"EUR","minorUnitDigits":2,"symbol":null}""");

        Assert.Equal(Currency.Create("EUR", 2), euro);
        Assert.Equal("EUR", euro.Symbol);
    }

    [Fact]
    public void Deserialize_CurrencyWithWrongIsoDigits_NamesTheDigits()
    {
        // JPY has no minor unit (ISO 4217), so two digits are refused, the message giving both numbers.
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Currency>("""{"code":"JPY","minorUnitDigits":2}"""));

        Assert.StartsWith("JPY has 0 minor-unit digits, not 2.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_QueryHeldBack_ReadsItAsHeldBack()
    {
        var node = JsonNode.Parse(Written("Query"))!.AsObject();
        node["heldBack"] = true;

        var back = PartnershipsJson.Deserialize<Query>(node.ToJsonString())!;

        Assert.True(back.HeldBack);
        Assert.Equal(node.ToJsonString(), PartnershipsJson.Serialize(back));
    }

    [Fact]
    public void Deserialize_QueryHeldBackNotABoolean_SaysItExpectedTrueOrFalse()
    {
        var node = JsonNode.Parse(Written("Query"))!.AsObject();
        node["heldBack"] = "yes";

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Query>(node.ToJsonString()));

        Assert.Equal("$.heldBack", e.Path);
        Assert.StartsWith("Expected true or false for \"heldBack\"; found String.", e.Message, StringComparison.Ordinal);
    }

    // "Xyz" does not parse (its default, Open, is a state); "OPEN" parses only ignoring case; "9" parses to no state.
    [Theory]
    [InlineData("Xyz")]
    [InlineData("OPEN")]
    [InlineData("9")]
    public void Deserialize_QueryStateNotAStateName_IsRefused(string state)
    {
        var node = JsonNode.Parse(Written("Query"))!.AsObject();
        node["state"] = state;

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Query>(node.ToJsonString()));

        Assert.Equal("$.state", e.Path);
        Assert.StartsWith($"\"{state}\" is not a query state.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ReviewWhoseUnallocatedDisagreesWithItsPosition_IsRefused()
    {
        var node = JsonNode.Parse(Written("ReviewResult"))!.AsObject();
        var leaves = PartnershipsJson.Deserialize<Money>(node["position"]!["unallocated"]!.ToJsonString());
        node["unallocated"] = JsonNode.Parse(PartnershipsJson.Serialize(leaves + Money.Pounds(1m)));

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<ReviewResult>(node.ToJsonString()));

        Assert.Equal("$.unallocated", e.Path);
        Assert.StartsWith("\"unallocated\" is ", e.Message, StringComparison.Ordinal);
        Assert.Contains("; the position leaves ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_WithItsCalendarAndALastYear_IsWrittenAsDocumentedAndReadBack()
    {
        var scheme = Round2011.Scheme.EndingAfter(Round2011.Year);

        var json = PartnershipsJson.Serialize(scheme);

        Assert.Contains($"\"calendar\":{{\"name\":\"{scheme.Calendar.Name}\",\"yearStart\":\"04-01\"}}", json, StringComparison.Ordinal);
        Assert.EndsWith(",\"lastYear\":{\"label\":\"2011/12\",\"start\":\"2011-04-01\"}}", json, StringComparison.Ordinal);
        Assert.Equal(scheme, PartnershipsJson.Deserialize<FundScheme>(json));
        Assert.Equal(Round2011.Year, PartnershipsJson.Deserialize<FundScheme>(json)!.LastYear);
    }

    [Theory]
    [InlineData("calendar", "\"UK\"", "$.calendar", "Expected a calendar object; found String.")]
    [InlineData("calendar", "{\"name\":\"UK\",\"yearStart\":\"04-01\",\"weekStart\":\"Monday\"}", "$.calendar.weekStart", "\"weekStart\" is not a field of a calendar.")]
    [InlineData("calendar", "{\"name\":\"UK\"}", "$.calendar", "A calendar needs \"yearStart\".")]
    [InlineData("calendar", "{\"name\":\"UK\",\"yearStart\":\"13-01\"}", "$.calendar.yearStart", "The month 13 is out of range")]
    [InlineData("calendar", "{\"name\":\"UK\",\"yearStart\":\"02-29\"}", "$.calendar", "A financial year cannot start on 29 February")]
    [InlineData("name", "\" \"", "$.name", "Not a valid a fund scheme: ")]
    [InlineData("lastYear", "{\"label\":\"2011\",\"start\":\"2011-01-01\"}", "$.lastYear", "Not a valid last year of a fund scheme: The last year must be of the scheme's calendar")]
    public void Deserialize_SchemeWithABadCalendarNameOrLastYear_IsRefusedAtThatField(string field, string value, string path, string message)
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(Round2011.Scheme.EndingAfter(Round2011.Year)))!.AsObject();
        node[field] = JsonNode.Parse(value);

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FundScheme>(node.ToJsonString()));

        Assert.Equal(path, e.Path);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    private static string Written(string type) => type switch
    {
        "FundPosition" => PartnershipsJson.Serialize(SmallFund.AfterQ2()),
        "RecipientAccount" => PartnershipsJson.Serialize(SmallFund.AfterQ2().Accounts[0]),
        "Query" => PartnershipsJson.Serialize(QueryDesk.Raise(SmallFund.Opened(), SmallFund.Terms, "Q1", "A", "a1", Money.Pounds(1_000m), "FIT001", new LocalDate(2011, 4, 14)).Queries[0]),
        "QuarterResult" => PartnershipsJson.Serialize(QuarterlyMonitor.Record(SmallFund.Opened(), SmallFund.Year.Quarter(1), [new SpendReturn("A", SmallFund.Year.Quarter(1), Money.Pounds(1_000m), Money.Pounds(10_000m))])),
        "ReviewResult" => PartnershipsJson.Serialize(UnderspendReview.Hold(SmallFund.AfterQ2(forecastOfA: 5_000m), SmallFund.Terms, SmallFund.September)),
        "NeedFormula" => PartnershipsJson.Serialize(NeedFormula.Of(("crime", 40))),
        "NeedRecipient" => PartnershipsJson.Serialize(NeedRecipient.Of("Camden", ("crime", 5))),
        _ => PartnershipsJson.Serialize(Round2011.Scheme),
    };

    private static object? Read(string type, string json) => type switch
    {
        "FundPosition" => PartnershipsJson.Deserialize<FundPosition>(json),
        "FundScheme" => PartnershipsJson.Deserialize<FundScheme>(json),
        "QuarterResult" => PartnershipsJson.Deserialize<QuarterResult>(json),
        "ReviewResult" => PartnershipsJson.Deserialize<ReviewResult>(json),
        "Query" => PartnershipsJson.Deserialize<Query>(json),
        "RecipientAccount" => PartnershipsJson.Deserialize<RecipientAccount>(json),
        "NeedFormula" => PartnershipsJson.Deserialize<NeedFormula>(json),
        "NeedRecipient" => PartnershipsJson.Deserialize<NeedRecipient>(json),
        "Currency" => PartnershipsJson.Deserialize<Currency>(json),
        "FinancialQuarter" => PartnershipsJson.Deserialize<FinancialQuarter>(json),
        "FinancialYear" => PartnershipsJson.Deserialize<FinancialYear>(json),
        "Finding" => PartnershipsJson.Deserialize<Finding>(json),
        "Money" => PartnershipsJson.Deserialize<Money>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no such type here"),
    };
}
