using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>One generated year: the opening allocation, four quarters of returns (some missing), bids and terms.</summary>
public sealed record YearScenario(
    Money Fund,
    ImmutableArray<KeyValuePair<string, Money>> Allocations,
    ImmutableArray<HeldBid> Bids,
    ImmutableArray<ImmutableArray<SpendReturn>> Returns,
    ImmutableArray<OverProgrammedBid> FurtherRound,
    FundTerms Terms)
{
    public static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);

    public static readonly ReviewPoint September = new(2, "September review");

    public FundPosition Open() => FundPosition.Open(Year, Fund, Allocations, Bids);

    /// <summary>Records quarters 1 and 2.</summary>
    public FundPosition AfterQ2() => Record(Record(Open(), 1).Position, 2).Position;

    public QuarterResult Record(FundPosition position, int quarter) =>
        QuarterlyMonitor.Record(position, Year.Quarter(quarter), Returns[quarter - 1]);

    public ReviewResult Review(FundPosition position) => UnderspendReview.Hold(position, Terms, September, FurtherRound);

    public override string ToString() =>
        $"fund {Fund.MinorUnits}; allocations [{string.Join(", ", Allocations.Select(a => $"{a.Key}={a.Value.MinorUnits}"))}]; "
        + $"bids [{string.Join(", ", Bids.Select(b => $"{b.Bid.RecipientId}/{b.Bid.ActivityId}={b.Bid.Amount.MinorUnits} s{b.Bid.Score} r{b.Bid.Rank} min {b.Bid.MinimumViableAmount?.MinorUnits}"))}]; "
        + $"further [{string.Join(", ", FurtherRound.Select(b => $"{b.RecipientId}/{b.ActivityId}={b.Amount.MinorUnits} s{b.Score}"))}]; "
        + $"returns [{string.Join(" | ", Returns.Select(q => string.Join(", ", q.Select(r => $"{r.RecipientId}:{r.Spent.MinorUnits}/{r.ForecastOutturn.MinorUnits}"))))}]; "
        + $"tolerance {Terms.UnderspendTolerance?.Floor.MinorUnits}/{Terms.UnderspendTolerance?.Percentage}; may receive {Terms.UnderspendingRecipientsMayReceive}";
}

internal static class MonitoringGenerators
{
    private static readonly string[] Ids = ["A", "B", "C", "D", "E", "F"];

    /// <summary>Amounts in minor units, ugly ones included: zero, a penny, ties, and values near <see cref="long.MaxValue"/>
    /// (one in twelve: more made a quarter of the years overflow, which tests nothing else).</summary>
    public static Gen<long> Amount { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 100).Select(i => (long)i)),
        (12, Gen.Choose(0, 5_000_000).Select(i => i * 100L)),
        (4, Gen.Elements(0L, 1L, 5_000_000L)),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, long.MaxValue / 2, long.MaxValue / 3)),
        (1, Gen.Choose(0, int.MaxValue).Select(i => long.MaxValue - i)));

    public static Gen<YearScenario> Scenario { get; } =
        from recipients in Gen.Choose(0, 6)
        from fund in Amount
        from raw in Gen.ArrayOf(Amount, recipients)
        from bidCount in Gen.Choose(0, 5)
        from bids in Gen.ArrayOf(BidGen(recipients, "o"), bidCount)
        from furtherCount in Gen.Choose(0, 3)
        from further in Gen.ArrayOf(BidGen(recipients, "f"), furtherCount)
        from sameIds in Gen.Elements(true, false)
        from quarters in Gen.ArrayOf(Gen.ArrayOf(ReturnGen(), recipients), 4)
        from tolerance in ToleranceGen()
        from mayReceive in Gen.Elements(true, false)
        from fundCoversAll in Gen.Elements(true, true, false)
        select Build(fundCoversAll ? FundCovering(raw, fund) : fund, raw, bids, sameIds ? further.Concat(bids.Take(1)).ToArray() : further, quarters, tolerance, mayReceive);

    /// <summary>Scenarios in which nobody forecasts any under-spend and nothing is left unallocated.</summary>
    public static Gen<YearScenario> NoUnderspend { get; } = Scenario.Select(s =>
    {
        var allocation = s.Allocations.ToDictionary(a => a.Key, a => a.Value);
        var fund = s.Allocations.Aggregate(Money.Zero(Currency.Gbp), (sum, a) => sum + a.Value);
        var returns = s.Returns.Select(q => q.Select(r => new SpendReturn(r.RecipientId, r.Quarter, r.Spent, Money.Max(r.ForecastOutturn, allocation[r.RecipientId]))).ToImmutableArray()).ToImmutableArray();
        return s with { Fund = fund, Returns = returns, FurtherRound = [], Terms = s.Terms with { Fund = fund } };
    });

    /// <summary>Years opened from the allocator under any policy, then two quarters in which everyone forecasts its whole allocation.</summary>
    public static Gen<(FundPosition Position, FundTerms Terms)> AllocatedWithNoUnderspend { get; } =
        from recipients in Gen.Choose(0, 5)
        from fund in Amount.Select(a => a % 100_000_000_000L)
        from plans in Gen.ArrayOf(PlanLines(), recipients)
        from rule in Gen.Elements(OverProgrammingRule.StrictOrder, OverProgrammingRule.FirstFit)
        from order in Gen.Elements(OverProgrammingOrder.Score, OverProgrammingOrder.ScorePerPound)
        from shortfall in Gen.Elements(ShortfallRule.Proportional, ShortfallRule.ConstrainedEqualAwards, ShortfallRule.ConstrainedEqualLosses)
        select Allocated(fund, plans, new AllocationPolicy { OverProgrammingRule = rule, OverProgrammingOrder = order, ShortfallRule = shortfall });

    private static Gen<(long Cost, bool Over, long? Minimum, int Score, int Rank)[]> PlanLines() =>
        from count in Gen.Choose(1, 4)
        from lines in Gen.ArrayOf(
            from cost in Amount.Select(a => a % 10_000_000_000L)
            from over in Gen.Elements(true, false)
            from minimum in Gen.Elements<long?>(null, 0, cost / 3)
            from score in Gen.Choose(0, 3)
            from rank in Gen.Choose(1, 2)
            select (cost, over, minimum, score, rank),
            count)
        select lines;

    private static (FundPosition, FundTerms) Allocated(long fund, (long Cost, bool Over, long? Minimum, int Score, int Rank)[][] lines, AllocationPolicy policy)
    {
        var terms = new FundTerms
        {
            Year = YearScenario.Year,
            Fund = Money.FromMinorUnits(fund, Currency.Gbp),
            StandardAllocation = Money.FromMinorUnits(fund / Math.Max(1, lines.Length), Currency.Gbp),
            Priorities = [],
            ReviewPoints = [YearScenario.September],
        };
        var plans = lines.Select((plan, p) => new SpendPlan
        {
            Recipient = new Recipient(Ids[p], Ids[p]),
            Year = YearScenario.Year,
            Activities = [.. plan.Select((l, a) => new Activity
            {
                Id = "a" + a,
                Title = "a" + a,
                Cost = Money.FromMinorUnits(l.Cost, Currency.Gbp),
                ActivityType = "general",
                IsOverProgrammed = l.Over,
                Rank = l.Rank,
                MinimumViableAmount = l.Minimum is { } m ? Money.FromMinorUnits(m, Currency.Gbp) : null,
            })],
        }).ToArray();
        var standings = lines.SelectMany((plan, p) => plan.Select((l, a) => new ActivityStanding(Ids[p], "a" + a) { Score = l.Score }));
        var position = FundPosition.Open(Allocator.Allocate(terms, plans, policy, standings), plans);
        foreach (var quarter in new[] { 1, 2 })
        {
            var q = YearScenario.Year.Quarter(quarter);
            position = QuarterlyMonitor.Record(position, q, position.Accounts.Select(a => new SpendReturn(a.RecipientId, q, Money.Zero(Currency.Gbp), a.Allocation))).Position;
        }

        return (position, terms);
    }

    private static Gen<OverProgrammedBid> BidGen(int recipients, string prefix) =>
        from recipient in Gen.Choose(0, recipients)
        from activity in Gen.Choose(1, 3)
        from request in Amount
        from score in Gen.Choose(0, 3)
        from rank in Gen.Choose(1, 2)
        from minimumKind in Gen.Choose(0, 3)
        select new OverProgrammedBid(recipient < recipients ? Ids[recipient] : "NEW", prefix + activity, Money.FromMinorUnits(request, Currency.Gbp))
        {
            Score = score,
            Rank = rank,
            MinimumViableAmount = minimumKind switch
            {
                0 => Money.FromMinorUnits(request / 2, Currency.Gbp),
                1 => Money.Zero(Currency.Gbp),
                _ => null,
            },
        };

    /// <summary>A return as (kind, spent, forecast): kind 0 is a missing return.</summary>
    private static Gen<(int Kind, long Spent, long Forecast)> ReturnGen() =>
        from kind in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
        from spent in Amount
        from forecast in Amount
        select (kind, spent, forecast);

    private static Gen<UnderspendTolerance?> ToleranceGen() =>
        from kind in Gen.Choose(0, 2)
        from floor in Gen.Choose(0, 100_000)
        from percentage in Gen.Elements(0m, 0.05m, 0.1m, 0.5m, 1m)
        select kind == 0 ? null : new UnderspendTolerance(Money.FromMinorUnits(floor, Currency.Gbp), percentage);

    /// <summary>A fund that meets every allocation and leaves something over, when that fits in a <see cref="long"/>.</summary>
    private static long FundCovering(long[] raw, long extra)
    {
        Int128 total = extra % 1_000_000;
        foreach (var r in raw)
        {
            total += r;
        }

        return total <= long.MaxValue ? (long)total : extra;
    }

    private static YearScenario Build(long fundMinor, long[] raw, OverProgrammedBid[] bids, OverProgrammedBid[] further, (int Kind, long Spent, long Forecast)[][] quarters, UnderspendTolerance? tolerance, bool mayReceive)
    {
        // Allocations are taken from the fund in turn, so they never exceed it (a fund below a penny each included).
        var remaining = fundMinor;
        var allocations = ImmutableArray.CreateBuilder<KeyValuePair<string, Money>>();
        for (var i = 0; i < raw.Length; i++)
        {
            var allocation = Math.Min(raw[i], remaining);
            remaining -= allocation;
            allocations.Add(new(Ids[i], Money.FromMinorUnits(allocation, Currency.Gbp)));
        }

        var returns = ImmutableArray.CreateBuilder<ImmutableArray<SpendReturn>>();
        for (var q = 0; q < 4; q++)
        {
            var quarter = YearScenario.Year.Quarter(q + 1);
            var list = ImmutableArray.CreateBuilder<SpendReturn>();
            for (var i = 0; i < raw.Length; i++)
            {
                var (kind, spent, forecast) = quarters[q][i];
                var allocation = allocations[i].Value.MinorUnits;
                if (kind == 0)
                {
                    continue;
                }

                // Kinds 1–2 keep spend within the allocation and forecast around it; 3–4 are free (spend above allocation, huge).
                spent = kind <= 2 ? spent % ((allocation / 4) + 1) : spent;
                forecast = kind == 1 ? (long)((ulong)forecast % ((ulong)allocation + 1)) : kind == 2 ? allocation : forecast;
                list.Add(new SpendReturn(Ids[i], quarter, Money.FromMinorUnits(spent, Currency.Gbp), Money.FromMinorUnits(forecast, Currency.Gbp)));
            }

            returns.Add(list.ToImmutable());
        }

        var fund = Money.FromMinorUnits(fundMinor, Currency.Gbp);
        var terms = new FundTerms
        {
            Year = YearScenario.Year,
            Fund = fund,
            StandardAllocation = fund,
            Priorities = [],
            ReviewPoints = [YearScenario.September],
            UnderspendTolerance = tolerance,
            UnderspendingRecipientsMayReceive = mayReceive,
        };
        return new YearScenario(
            fund,
            allocations.ToImmutable(),
            bids.DistinctBy(b => (b.RecipientId, b.ActivityId)).Select(b => new HeldBid(b, Money.Zero(Currency.Gbp))).ToImmutableArray(),
            returns.ToImmutable(),
            further.DistinctBy(b => (b.RecipientId, b.ActivityId)).ToImmutableArray(),
            terms);
    }
}
