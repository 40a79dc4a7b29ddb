using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Generated years whose returns include refunds and returns by activity, for the payment and year-end properties.</summary>
internal static class ReturnGenerators
{
    private static readonly string[] Activities = ["a1", "a2", "a3"];

    /// <summary>A generated year (<see cref="MonitoringGenerators.Scenario"/>) with about one return in four turned into a refund
    /// (a part of spend to date, or more than it, or a huge one) and about one in three split into lines by activity.</summary>
    public static Gen<YearScenario> WithRefunds { get; } =
        from scenario in MonitoringGenerators.Scenario
        from kinds in Gen.ArrayOf(Gen.Choose(0, 11), 4 * 6)
        from shares in Gen.ArrayOf(Gen.Choose(0, 100), 4 * 6)
        select Refunded(scenario, kinds, shares);

    /// <summary>Every amount of the year, refunds as their size: what may earn an overflow.</summary>
    public static IEnumerable<long> Amounts(YearScenario scenario) =>
        EarnedOverflow.Amounts(scenario).Select(static a => a == long.MinValue ? long.MaxValue : Math.Abs(a));

    private static YearScenario Refunded(YearScenario scenario, int[] kinds, int[] shares)
    {
        var spent = new Dictionary<string, long>(StringComparer.Ordinal);
        var quarters = ImmutableArray.CreateBuilder<ImmutableArray<SpendReturn>>();
        var k = 0;
        foreach (var quarter in scenario.Returns)
        {
            var list = ImmutableArray.CreateBuilder<SpendReturn>();
            foreach (var r in quarter)
            {
                var kind = kinds[k % kinds.Length];
                var share = shares[k++ % shares.Length];
                var before = spent.GetValueOrDefault(r.RecipientId);
                var amount = kind switch
                {
                    0 or 1 => -(long)(before * (Int128)share / 100),            // a refund of part of spend to date
                    2 => -(long)Int128.Min((Int128)before + 1 + share, long.MaxValue), // more than spent: set aside
                    _ => r.Spent.MinorUnits,
                };
                var made = kind is >= 9 ? ByActivity(r, amount, share) : new SpendReturn(r.RecipientId, r.Quarter, Money.FromMinorUnits(amount, Currency.Gbp), r.ForecastOutturn);
                if (before + (Int128)amount is var after && after >= 0 && after <= long.MaxValue)
                {
                    spent[r.RecipientId] = (long)after;
                }

                list.Add(made);
            }

            quarters.Add(list.ToImmutable());
        }

        return scenario with { Returns = quarters.ToImmutable() };
    }

    // The amount split over up to three activities (one line may be a refund when the total allows), with outputs delivered.
    private static SpendReturn ByActivity(SpendReturn r, long amount, int share)
    {
        var first = amount / 2;
        var lines = new[]
        {
            new ActivitySpend(Activities[0], Money.FromMinorUnits(first, Currency.Gbp)) { Delivered = share },
            new ActivitySpend(Activities[1 + (share % 2)], Money.FromMinorUnits(amount - first, Currency.Gbp)),
        };
        return SpendReturn.ByActivity(r.RecipientId, r.Quarter, lines, r.ForecastOutturn);
    }
}
