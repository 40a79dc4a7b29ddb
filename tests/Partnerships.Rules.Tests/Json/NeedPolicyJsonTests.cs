using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Json;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Json;

/// <summary>An allocation policy that shares a shortfall by need is stored by one run and read back by the next.</summary>
public sealed class NeedPolicyJsonTests
{
    private static AllocationPolicy NeedPolicy() => AllocationPolicy.Default with
    {
        ShortfallRule = ShortfallRule.ByNeed,
        NeedFormula = NeedFormula.Of(("crime", 40), ("residents", 25.50m), ("area km²", 0.10m), ("ignored", 0)),
        NeedIndicators =
        [
            NeedRecipient.Of("Camden", ("crime", 31_000), ("residents", 220_000), ("area km²", 21.8m)) with { LastYear = Money.Pounds(52_000m) },
            NeedRecipient.Of("Sutton", ("crime", 12_000), ("residents", 190_000), ("area km²", 43.85m)),
            NeedRecipient.Of("Empty"),
        ],
    };

    [Fact]
    public void NeedPolicy_RoundTrips_ToTheSameValueAndBytes()
    {
        var policy = NeedPolicy();

        var json = PartnershipsJson.Serialize(policy);
        var back = PartnershipsJson.Deserialize<AllocationPolicy>(json);

        Assert.Equal(policy, back);
        Assert.Equal(json, PartnershipsJson.Serialize(back));
        Assert.Contains("\"weights\":{\"area km\\u00B2\":0.10,\"crime\":40,\"ignored\":0,\"residents\":25.50}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weights", "\"crime\":40", "\"crime\":\"40\"", "$.needFormula.weights.crime")]
    [InlineData("weights", "\"crime\":40", "\"crime\":-40", "$.needFormula.weights")]
    [InlineData("needFormula", "\"weights\"", "\"weight\"", "$.needFormula.weight")]
    [InlineData("Camden", "\"id\":\"Sutton\"", "\"id\":\" \"", "$.needIndicators[1].id")]
    [InlineData("Sutton", "\"crime\":12000", "\"crime\":-1", "$.needIndicators[1].indicators")]
    [InlineData("Sutton", "\"crime\":12000", "\"crime\":true", "$.needIndicators[1].indicators.crime")]
    [InlineData("Sutton", ",\"lastYear\":null", "", "$.needIndicators[1]")]
    [InlineData("Sutton", ",\"lastYear\":null", ",\"lastYear\":null,\"extra\":1", "$.needIndicators[1].extra")]
    [InlineData("Camden", "\"lastYear\":{\"amount\":\"52000.00\"", "\"lastYear\":{\"amount\":\"52,000\"", "$.needIndicators[0].lastYear")]
    public void DamagedNeedField_IsJsonException_NamingItsPath(string after, string field, string damaged, string path)
    {
        var json = PartnershipsJson.Serialize(NeedPolicy());
        var at = json.IndexOf(field, json.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{field}' is not in {json}");
        var broken = json[..at] + damaged + json[(at + field.Length)..];

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<AllocationPolicy>(broken));

        Assert.Equal(path, e.Path);
    }

    // Weights and indicator values at every scale a decimal takes, zero and the largest included; names with escapes.
    private static readonly Gen<decimal> Figure = Gen.Frequency(
        (3, Gen.Choose(0, 100_000).Select(x => (decimal)x)),
        (2, Gen.Choose(0, 100_000).Select(x => x / 1_000m)),
        (1, Gen.Elements(0m, 0.0000000000000000000000000001m, 79228162514264337593543950335m, 1.10m)));

    private static readonly Gen<string> Name = Gen.Elements("crime", "residents", "area km²", "day-time \"population\"", "z");

    private static readonly Gen<(string, decimal)> Weighted = from name in Name from figure in Figure select (name, figure);

    private static readonly Gen<(int, IList<(string, decimal)>, long?)> Recipient =
        from id in Gen.Choose(0, 40)
        from values in Gen.ListOf(Weighted)
        from last in Gen.Elements<long?>(null, 0, 1, long.MaxValue)
        select (id, (IList<(string, decimal)>)values, last);

    private static readonly Gen<AllocationPolicy> NeedPolicies =
        from weights in Gen.NonEmptyListOf(Weighted.Where(w => w.Item2 < 1_000_000_000m)) // Σ weights must fit a decimal
        from recipients in Gen.ListOf(Recipient)
        select AllocationPolicy.Default with
        {
            ShortfallRule = ShortfallRule.ByNeed,
            NeedFormula = NeedFormula.Of(("base", 1)).WithWeights(weights),
            NeedIndicators = [.. recipients.DistinctBy(r => r.Item1).Select(r => NeedRecipient.Of("R" + r.Item1).WithIndicators(r.Item2) with { LastYear = r.Item3 is { } p ? Pence(p) : null })],
        };

    /// <summary>docs/design.md, invariant 8, for policies that share a shortfall by need.</summary>
    [InvariantProperty(8)]
    public Property RoundTrip_AnyNeedPolicy_IsEqualAndWritesTheSameBytes() =>
        Prop.ForAll(NeedPolicies.ToArbitrary(), policy =>
        {
            var json = PartnershipsJson.Serialize(policy);
            var back = PartnershipsJson.Deserialize<AllocationPolicy>(json);
            return policy.Equals(back) && json == PartnershipsJson.Serialize(back);
        });

    [Fact]
    public void AllocationByNeed_RoundTripsAsAnAuditRecord()
    {
        var plans = new[] { Plan("A", Core("c", 5_000)), Plan("B", Core("c", 5_000)), Plan("C", Core("c", 1_000)) };
        var policy = AllocationPolicy.Default with
        {
            ShortfallRule = ShortfallRule.ByNeed,
            NeedFormula = NeedFormula.Of(("crime", 1)),
            NeedIndicators = [NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("B", ("crime", 3)), NeedRecipient.Of("C", ("crime", 6))],
        };
        var allocation = Allocator.Allocate(Terms(fund: 8_000, standard: 10_000, invited: false), plans, policy);

        var json = PartnershipsJson.ToAuditJson(allocation, NodaTime.Instant.FromUtc(2011, 6, 13, 9, 0));
        var back = PartnershipsJson.FromAuditJson<AllocationResult>(json);

        Assert.Equal(allocation, back.Payload);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back.Payload, back.RecordedAt));
    }
}

/// <summary>Builds need values from generated lists, a name given twice taking its last figure.</summary>
internal static class NeedBuilding
{
    public static NeedFormula WithWeights(this NeedFormula formula, IEnumerable<(string Name, decimal Weight)> weights)
    {
        var result = formula;
        foreach (var (name, weight) in weights)
        {
            result = result.WithWeight(name, weight);
        }

        return result;
    }

    public static NeedRecipient WithIndicators(this NeedRecipient recipient, IEnumerable<(string Name, decimal Value)> values)
    {
        var result = recipient;
        foreach (var (name, value) in values)
        {
            result = result.WithIndicator(name, value);
        }

        return result;
    }
}
