using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Tests.Json;

/// <summary>Quarters, years and amounts written wrongly are refused with the message their converter promises.</summary>
public sealed class ValueRefusalTests
{
    private const string Year = """{"label":"2011/12","start":"2011-04-01"}""";

    [Theory]
    [InlineData("""{"label":"2011/12 Q2","year":YEAR,"number":5}""")]
    [InlineData("""{"label":"2011/12 Q2","year":YEAR,"number":0}""")]
    [InlineData("""{"label":"2011/12 Q2","number":2}""")]
    public void Deserialize_QuarterWithoutItsYearOrANumberFrom1To4_SaysBothAreNeeded(string json)
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialQuarter>(json.Replace("YEAR", Year, StringComparison.Ordinal)));

        Assert.StartsWith("A financial quarter needs its \"year\" and a \"number\" from 1 to 4.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_QuarterWhoseLabelIsAnotherQuarters_IsRefused()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialQuarter>($$"""{"label":"2011/12 Q3","year":{{Year}},"number":2}"""));

        Assert.StartsWith("The label \"2011/12 Q3\" does not match 2011/12 Q2.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_QuarterWithoutALabel_ReadsFromItsYearAndNumber()
    {
        var quarter = PartnershipsJson.Deserialize<FinancialQuarter>($$"""{"year":{{Year}},"number":2}""");

        Assert.Equal(Round2011.Year.Quarter(2), quarter);
    }

    [Fact]
    public void Deserialize_YearWithoutItsStart_SaysItIsNeeded()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialYear>("""{"label":"2011/12"}"""));

        Assert.StartsWith("A financial year needs its \"start\" date.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_YearStartingOnNoDate_IsAJsonExceptionCausedByTheParse()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialYear>("""{"start":"2011-13-01"}"""));

        Assert.IsType<NodaTime.Text.UnparsableValueException>(e.InnerException?.InnerException);
    }

    [Fact]
    public void Deserialize_PoundsWithoutPence_SaysHowManyPlacesPoundsHave()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Money>("""{"amount":"50000","currency":"GBP"}"""));

        Assert.StartsWith("\"50000\" GBP has 0 decimal places; GBP amounts are written with 2.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AmountWithEightPlaces_IsTheMostAnUnlistedCodeTakes()
    {
        // XBT is not among the ISO codes the reader knows, so its places give its digits: eight read, nine refused.
        var eight = PartnershipsJson.Deserialize<Money>("""{"amount":"0.00000001","currency":"XBT"}""");

        Assert.Equal(1, eight.MinorUnits);
        Assert.Equal(8, eight.Currency.MinorUnitDigits);
        Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Money>("""{"amount":"0.000000001","currency":"XBT"}"""));
    }

    [Fact]
    public void Deserialize_ErrorOfTheSerializerItself_CarriesItsPathOnce()
    {
        // System.Text.Json's own message ends in its location; the library's says the path once, at the end.
        var node = JsonNode.Parse(PartnershipsJson.Serialize(Round2011.Plan("Camden")))!;
        node["activities"]![0]!["rank"] = "1";

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<SpendPlan>(node.ToJsonString()));

        Assert.EndsWith(" Path: $.activities[0].rank", e.Message, StringComparison.Ordinal);
        Assert.Equal(e.Message.IndexOf(" Path: ", StringComparison.Ordinal), e.Message.LastIndexOf(" Path: ", StringComparison.Ordinal));
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }
}
