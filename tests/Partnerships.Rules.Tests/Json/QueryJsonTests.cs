using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>A position holding queries in every state is written and read back byte for byte; a damaged one is refused.</summary>
public sealed class QueryJsonTests
{
    private static FundPosition WithQueries()
    {
        var terms = Round2011.Terms;
        var opened = FundPosition.Open(Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);
        var position = QueryDesk.RaiseFromAssessment(opened, terms, Round2011.Report, new LocalDate(2011, 4, 15));
        var ids = position.Queries.Select(q => q.Id).ToArray();
        var day = new LocalDate(2011, 5, 3);
        foreach (var id in ids.Take(5))
        {
            position = QueryDesk.Answer(position, id, day);
        }

        position = QueryDesk.Accept(position, ids[0], day);
        position = QueryDesk.Reattribute(position, terms, ids[1], Round2011.VawgCode, day);
        position = QueryDesk.Reject(position, ids[2], day);
        return QueryDesk.Withdraw(QueryDesk.Withdraw(position, ids[3], day), ids[5], day);
    }

    [Fact]
    public void Position_WithQueriesInEveryState_RoundTripsByteForByte()
    {
        var position = WithQueries();
        var json = PartnershipsJson.Serialize(position);

        var back = PartnershipsJson.Deserialize<FundPosition>(json)!;

        Assert.Equal(Enum.GetValues<QueryState>().Order(), position.Queries.Select(q => q.State).Distinct().Order());
        Assert.Equal(position, back);
        Assert.Equal(json, PartnershipsJson.Serialize(back));
        Assert.Equal(position, PartnershipsJson.FromAuditJson<FundPosition>(PartnershipsJson.ToAuditJson(position)).Payload);
    }

    [Fact]
    public void Position_WrittenBeforeQueries_ReadsWithNone()
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(WithQueries()))!.AsObject();
        var plain = JsonNode.Parse(PartnershipsJson.Serialize(FundPosition.Open(Round2011.Year, Money.Pounds(10m), [new("A", Money.Pounds(4m))])))!.AsObject();
        plain.Remove("queries");
        plain.Remove("reserve");
        plain.Remove("returned");
        plain["accounts"]![0]!.AsObject().Remove("queried");

        var back = PartnershipsJson.Deserialize<FundPosition>(plain.ToJsonString())!;

        Assert.Empty(back.Queries);
        Assert.True(back.Reserve.IsZero);
        Assert.NotNull(node["queries"]);
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "reserve", "$.reserve" },
        { "state", "$.queries[0].state" },
        { "queried", "$.accounts" },
        { "returned", "$" },
        { "reattributedTo", "$.queries[0].reattributedTo" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Position_Damaged_IsRefusedNamingWhere(string field, string path)
    {
        var node = JsonNode.Parse(PartnershipsJson.Serialize(WithQueries()))!.AsObject();
        var query = node["queries"]![0]!.AsObject();
        switch (field)
        {
            case "reserve": node["reserve"] = JsonNode.Parse("{\"amount\":\"1.00\",\"currency\":\"GBP\"}"); break;
            case "state": query["state"] = "accepted"; break;
            case "queried": node["accounts"]![0]!["queried"] = JsonNode.Parse(PartnershipsJson.Serialize(Money.Pounds(1m))); break;
            case "returned": node["returned"] = JsonNode.Parse(PartnershipsJson.Serialize(Money.Pounds(1m))); break;
            default: query["reattributedTo"] = "VAWG"; break;
        }

        var error = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FundPosition>(node.ToJsonString()));

        Assert.StartsWith(path, error.Path ?? "", StringComparison.Ordinal);
    }
}
