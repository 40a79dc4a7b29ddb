using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// The records a position holds (queries, the returns of an account) and the results that hold a position (a quarter's,
/// a review's), written and damaged in one place, are refused by the check meant for that place. These checks are
/// reached only when JSON is read back; each case is a survivor of the Monitoring mutation run (docs/mutation.md).
/// </summary>
public sealed class DamagedRecordTests
{
    private static readonly LocalDate Raised = new(2011, 4, 14);

    public static TheoryData<string, string, string> Damage => new()
    {
        { "a blank query id", "id", "An id must be filled in" },
        { "a query of a blank recipient", "recipientId", "An id must be filled in" },
        { "a query of a blank activity", "activityId", "An id must be filled in" },
        { "a query of a blank finding", "findingCode", "An id must be filled in" },
        { "a query of nothing", "amount", "The value must be at least 1; got 0." },
        { "a query due before it was raised", "changedOn", "The query 'Q1' was raised on 2011-04-14, after its due date 2011-04-13 or its last move 2011-04-14." },
        { "a query moved before it was raised", "changedOn", "The query 'Q2' was raised on 2011-04-14, after its due date" },
        { "an open query moved", "changedOn", "The query 'Q1' is open but last moved on 2011-05-02, not the day it was raised." },
        { "a re-attribution to a blank priority", "reattributedTo", "The query 'Q2' is Reattributed and names the priority ' '" },
        { "a query in euros", "queries", "The amount must be in GBP, the currency of the fund" },
        { "queries out of order", "queries", "The query 'Q1' repeats or is out of id order." },
        { "a query twice", "queries", "The query 'Q1' repeats or is out of id order." },
        { "a query of a recipient with no account", "queries", "The query 'Q1' is of 'Z', which holds no account." },
        { "an account whose queries disagree", "queries", "The account of 'A' says queries took £1.00; its queries took £1,000.00." },
        { "an account holding a missing return", "returns", "A return of the account of 'A' is missing." },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Position_DamagedInOneRecord_IsRefusedByTheCheckForThatRecord(string damage, string parameter, string message)
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(WithQueries()))!.AsObject();
        var queries = node["queries"]!.AsArray();
        var q1 = queries[0]!.AsObject();
        var q2 = queries[1]!.AsObject();
        switch (damage)
        {
            case "a blank query id": q1["id"] = " "; break;
            case "a query of a blank recipient": q1["recipientId"] = "\u200B"; break;
            case "a query of a blank activity": q1["activityId"] = ""; break;
            case "a query of a blank finding": q1["findingCode"] = " "; break;
            case "a query of nothing": q1["amount"] = Pounds("0.00"); break;
            case "a query due before it was raised": q1["dueOn"] = "2011-04-13"; break;
            case "a query moved before it was raised": q2["changedOn"] = "2011-04-13"; break;
            case "an open query moved": q1["changedOn"] = "2011-05-02"; break;
            case "a re-attribution to a blank priority": q2["state"] = "Reattributed"; q2["reattributedTo"] = " "; break;
            case "a query in euros": q1["amount"] = JsonNode.Parse("{\"amount\":\"1000.00\",\"currency\":\"EUR\"}"); break;
            case "queries out of order": queries[0] = q2.DeepClone(); queries[1] = q1.DeepClone(); break;
            case "a query twice": queries[1] = q1.DeepClone(); break;
            case "a query of a recipient with no account": q1["recipientId"] = "Z"; break;
            case "an account whose queries disagree":
                var a = node["accounts"]![0]!;
                a["queried"] = Pounds("1.00");
                a["allocation"] = Pounds("9999.00"); // keeps the account's own sum right, so the query check is the one that speaks
                node["unallocated"] = Pounds("10001.00");
                break;
            default: node["accounts"]![0]!["returns"]!.AsArray().Add(null); break;
        }

        var cause = JsonRefusal.Cause(() => PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString()));

        Assert.Equal(parameter, cause.ParamName);
        Assert.StartsWith(message, cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_QueryDueTheDayItWasRaised_ReadsBack()
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(WithQueries()))!.AsObject();
        node["queries"]![0]!["dueOn"] = "2011-04-14";

        var back = PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString())!;

        Assert.Equal(Raised, back.Queries[0].DueOn);
    }

    public static TheoryData<string, string, string> DamagedQuarter => new()
    {
        { "the quarter before its position's", "position", "The result is of 2011/12 Q1; its position has recorded 2011/12 Q2." },
        { "a position that recorded nothing", "position", "The result is of 2011/12 Q2; its position has recorded no quarter." },
        { "a payment of another quarter", "payments", "A payment of the result of 2011/12 Q2 is of 2011/12 Q1." },
        { "a missing payment", "payments", "A payment of the result of 2011/12 Q2 is missing." },
    };

    [Theory]
    [MemberData(nameof(DamagedQuarter))]
    public void QuarterResult_DamagedInOnePlace_IsRefusedByTheCheckForThatPlace(string damage, string parameter, string message)
    {
        // The second quarter's result, whose position has recorded quarters 1 and 2.
        var q2 = SmallFund.Year.Quarter(2);
        var afterQ1 = QuarterlyMonitor.Record(SmallFund.Opened(), SmallFund.Year.Quarter(1), [new SpendReturn("A", SmallFund.Year.Quarter(1), Money.Pounds(1_000m), Money.Pounds(10_000m))]).Position;
        var result = QuarterlyMonitor.Record(afterQ1, q2, [new SpendReturn("A", q2, Money.Pounds(1_000m), Money.Pounds(10_000m))]);
        Assert.NotEmpty(result.Payments);
        var node = JsonNode.Parse(PartnershipsJson.Serialize(result))!.AsObject();
        var payments = node["payments"]!.AsArray();
        switch (damage)
        {
            case "the quarter before its position's": node["quarter"] = JsonNode.Parse(PartnershipsJson.Serialize(SmallFund.Year.Quarter(1))); break;
            case "a position that recorded nothing": node["position"] = JsonNode.Parse(PartnershipsJson.Serialize(SmallFund.Opened())); break;
            case "a payment of another quarter": payments[0]!["quarter"] = JsonNode.Parse(PartnershipsJson.Serialize(SmallFund.Year.Quarter(1))); break;
            default: payments.Add(null); break;
        }

        var cause = JsonRefusal.Cause(() => PartnershipsJson.Deserialize<QuarterResult>(node.ToJsonString()));

        Assert.Equal(parameter, cause.ParamName);
        Assert.StartsWith(message, cause.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a pool a penny short", "pool", "The pool is £14,999.99; the grants and the money left unallocated sum to £15,000.00.")]
    [InlineData("a missing grant", "grants", "Value cannot be null.")]
    public void ReviewResult_DamagedInOnePlace_IsRefusedByTheCheckForThatPlace(string damage, string parameter, string message)
    {
        var review = UnderspendReview.Hold(SmallFund.AfterQ2(forecastOfA: 5_000m), SmallFund.Terms, SmallFund.September, [new OverProgrammedBid("B", "b1", Money.Pounds(2_000m))]);
        var node = JsonNode.Parse(PartnershipsJson.Serialize(review))!.AsObject();
        if (damage == "a missing grant")
        {
            node["grants"]!.AsArray().Add(null);
        }
        else
        {
            node["pool"] = Pounds("14999.99");
        }

        var cause = JsonRefusal.Cause(() => PartnershipsJson.Deserialize<ReviewResult>(node.ToJsonString()));

        Assert.Equal(parameter, cause.ParamName);
        Assert.StartsWith(message, cause.Message, StringComparison.Ordinal);
    }

    /// <summary>Two queries: Q1 of A, open; Q2 of B, answered on 3 May.</summary>
    private static FundPosition WithQueries()
    {
        var position = QueryDesk.Raise(SmallFund.Opened(), SmallFund.Terms, "Q1", "A", "a1", Money.Pounds(1_000m), "FIT001", Raised);
        position = QueryDesk.Raise(position, SmallFund.Terms, "Q2", "B", "b1", Money.Pounds(500m), "FIT001", Raised);
        return QueryDesk.Answer(position, "Q2", new LocalDate(2011, 5, 3));
    }

    private static JsonNode Pounds(string amount) => JsonNode.Parse($"{{\"amount\":\"{amount}\",\"currency\":\"GBP\"}}")!;
}
