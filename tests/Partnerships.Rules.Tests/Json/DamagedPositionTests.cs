using System.Text.Json.Nodes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// A written position changed in one place is refused by the check meant for that place: the cause names the
/// field and says what is wrong. Each case is a survivor of the Monitoring mutation run (docs/mutation.md), where a
/// later check (the fund's sum) refused the same damage with another message.
/// </summary>
public sealed class DamagedPositionTests
{
    private const string NotNegative = "The amount must not be negative";
    private const string InPounds = "The amount must be in GBP, the currency of the fund";

    public static TheoryData<string, string, string> Damage => new()
    {
        { "negative fund", "fund", NotNegative },
        { "negative unallocated", "unallocated", NotNegative },
        { "unallocated in euros", "unallocated", InPounds },
        { "negative returned", "returned", NotNegative },
        { "returned in euros", "returned", InPounds },
        { "an account in euros", "accounts", InPounds },
        { "accounts out of order", "accounts", "The account 'A' repeats or is out of recipient-id order." },
        { "an account twice", "accounts", "The account 'A' repeats or is out of recipient-id order." },
        { "bids out of order", "bids", "The bid A/a1 is given £5.00 of £20.00, or repeats or is out of order." },
        { "a bid twice", "bids", "The bid A/a1 is given £5.00 of £20.00, or repeats or is out of order." },
        { "a bid given more than it asks", "bids", "The bid A/a1 is given £20.01 of £20.00, or repeats or is out of order." },
        { "a bid given less than nothing", "bids", "The bid A/a1 is given -£0.01 of £20.00, or repeats or is out of order." },
        { "a bid given euros", "bids", InPounds },
        { "a bid whose minimum exceeds it", "bids", "The bid A/a1 asks for £20.00 with a minimum of £20.01" },
        { "a blank account id", "recipientId", "An id must be filled in" },
        { "an account's spend in euros", "spent", InPounds },
        { "an account's spend below nothing", "spent", NotNegative },
        { "an account whose allocation disagrees", "allocation", "The allocation of 'A' is £41.00; its initial allocation £40.00 less £1.00 reclaimed plus £2.00 granted less £3.00 under query is £38.00." },
        { "an account holding another's return", "returns", "A return of the account of 'A' is of 'B'." },
        { "a penny too much unallocated", "unallocated", "The allocations total £70.00, £0.00 is held for queries, £0.00 was returned and £30.01 is unallocated: £100.01, not the fund of £100.00." },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Position_DamagedInOnePlace_IsRefusedByTheCheckForThatPlace(string damage, string parameter, string message)
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(Position()))!.AsObject();
        var accounts = node["accounts"]!.AsArray();
        var bids = node["bids"]!.AsArray();
        var a1 = bids[0]!.AsObject();
        switch (damage)
        {
            case "negative fund": node["fund"] = Pounds("-100.00"); break;
            case "negative unallocated": node["unallocated"] = Pounds("-1.00"); break;
            case "unallocated in euros": node["unallocated"] = Euros("30.00"); break;
            case "negative returned": node["returned"] = Pounds("-1.00"); break;
            case "returned in euros": node["returned"] = Euros("0.00"); break;
            case "an account in euros": accounts[0] = JsonNode.Parse(accounts[0]!.ToJsonString().Replace("\"GBP\"", "\"EUR\"", StringComparison.Ordinal)); break;
            case "accounts out of order": Swap(accounts); break;
            case "an account twice": accounts[1] = accounts[0]!.DeepClone(); break;
            case "bids out of order": Swap(bids); break;
            case "a bid twice": bids[1] = a1.DeepClone(); break;
            case "a bid given more than it asks": a1["funded"] = Pounds("20.01"); break;
            case "a bid given less than nothing": a1["funded"] = Pounds("-0.01"); break;
            case "a bid given euros": a1["funded"] = Euros("5.00"); break;
            case "a bid whose minimum exceeds it": a1["bid"]!["minimumViableAmount"] = Pounds("20.01"); break;
            case "a blank account id": accounts[0]!["recipientId"] = " "; break;
            case "an account's spend in euros": accounts[0]!["spent"] = Euros("1.00"); break;
            case "an account's spend below nothing": accounts[0]!["spent"] = Pounds("-1.00"); break;
            case "an account whose allocation disagrees":
                accounts[0]!["reclaimed"] = Pounds("1.00");
                accounts[0]!["granted"] = Pounds("2.00");
                accounts[0]!["queried"] = Pounds("3.00");
                accounts[0]!["allocation"] = Pounds("41.00");
                break;
            case "an account holding another's return":
                accounts[0]!["returns"]!.AsArray().Add(JsonNode.Parse(PartnershipsJson.Serialize(new SpendReturn("B", FinancialYearCalendar.UkGovernment.Year(2011).Quarter(1), Money.Pounds(1m), Money.Pounds(30m)))));
                break;
            default: node["unallocated"] = Pounds("30.01"); break;
        }

        var cause = JsonRefusal.Cause(() => PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString()));

        Assert.Equal(parameter, cause.ParamName);
        Assert.StartsWith(message, cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_WithMoneyHeldAndReturned_NotSummingToTheFund_SaysEachPartAndTheirSum()
    {
        // £10 held for an open query and £5 returned by a withdrawn one: the sum in the message counts both.
        var terms = new FundTerms { Year = FinancialYearCalendar.UkGovernment.Year(2011), Fund = Money.Pounds(100m), StandardAllocation = Money.Pounds(40m), Priorities = [new Priority("P1", "Violence")] };
        var raised = new NodaTime.LocalDate(2011, 4, 14);
        var position = QueryDesk.Raise(Position(), terms, "Q1", "A", "a", Money.Pounds(10m), "FIT001", raised);
        position = QueryDesk.Withdraw(QueryDesk.Raise(position, terms, "Q2", "B", "b", Money.Pounds(5m), "FIT001", raised), "Q2", raised);
        Assert.Equal((Money.Pounds(10m), Money.Pounds(5m)), (position.Reserve, position.Returned));
        var node = JsonNode.Parse(PartnershipsJson.Serialize(position))!.AsObject();
        node["unallocated"] = Pounds("30.01");

        var cause = JsonRefusal.Cause(() => PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString()));

        Assert.Equal("unallocated", cause.ParamName);
        Assert.StartsWith("The allocations total £55.00, £10.00 is held for queries, £5.00 was returned and £30.01 is unallocated: £100.01, not the fund of £100.00.", cause.Message, StringComparison.Ordinal);
    }

    private static FundPosition Position() => FundPosition.Open(
        FinancialYearCalendar.UkGovernment.Year(2011),
        Money.Pounds(100m),
        [new("A", Money.Pounds(40m)), new("B", Money.Pounds(30m))],
        [new HeldBid(new OverProgrammedBid("A", "a1", Money.Pounds(20m)), Money.Pounds(5m)), new HeldBid(new OverProgrammedBid("B", "b1", Money.Pounds(10m)), Money.Zero(Currency.Gbp))]);

    private static JsonNode Pounds(string amount) => JsonNode.Parse($"{{\"amount\":\"{amount}\",\"currency\":\"GBP\"}}")!;

    private static JsonNode Euros(string amount) => JsonNode.Parse($"{{\"amount\":\"{amount}\",\"currency\":\"EUR\"}}")!;

    private static void Swap(JsonArray array)
    {
        var first = array[0]!.DeepClone();
        array[0] = array[1]!.DeepClone();
        array[1] = first;
    }
}
