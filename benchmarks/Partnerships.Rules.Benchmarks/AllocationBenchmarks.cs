using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// The allocation core (core claims per recipient, the shortfall rule, then over-programmed bids in score order) on
/// arrays of minor units, against a plain LINQ implementation a user might write and against <see cref="Array.Sort{T}(T[])"/>
/// of 10^6 random longs as a yardstick.
/// </summary>
/// <remarks>
/// <para>Shape: <see cref="N"/> recipients, each with one core claim (a line of 0 to £60,000 capped at £50,000; the
/// capped claims are the core's input, the reference starts from the lines), plus N/8
/// over-programmed lines (scores 0–100, ranks 1–3, half with a minimum viable amount): 1.125·N activities in all.
/// The fund is 85% of the capped core claims, so the shortfall rule does real work and nothing is left for
/// over-programming; <see cref="CoreWithMoneyLeft"/> gives 110% so the over-programming stage runs too.</para>
/// <para>The yardstick sorts a fresh copy each call (the copy is part of the time and of the 8 MB allocated; a copy
/// costs about 1% of the sort) so every invocation sorts unsorted data.</para>
/// </remarks>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const long Standard = 5_000_000;
    private static readonly long[] SortInput = RandomLongs(1_000_000, 7);

    private long[] costs = [];
    private long[] claims = [];
    private long[] opAmounts = [];
    private long[] opMinimums = [];
    private int[] opScores = [];
    private int[] opRanks = [];
    private int[] opRecipients = [];
    private long shortFund;
    private long roomyFund;
    private NeedRecipient[] needRecipients = [];
    private long[] needFloors = [];
    private long[] needCaps = [];
    private long needFund;

    private static NeedFormula NeedWeights { get; } = NeedFormula.Of(("crime", 50m), ("residents", 30m), ("area", 20m));

    private static NeedBands NeedBand { get; } = NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m));

    [Params(32, 1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        costs = Enumerable.Range(0, N).Select(_ => random.NextInt64(0, 6_000_000)).ToArray();
        var bids = Math.Max(1, N / 8);
        opAmounts = Enumerable.Range(0, bids).Select(_ => random.NextInt64(1, 3_000_000)).ToArray();
        opMinimums = opAmounts.Select(a => random.Next(2) == 0 ? a : a / 2).ToArray();
        opScores = Enumerable.Range(0, bids).Select(_ => random.Next(0, 101)).ToArray();
        opRanks = Enumerable.Range(0, bids).Select(_ => random.Next(1, 4)).ToArray();
        opRecipients = Enumerable.Range(0, bids).Select(_ => random.Next(0, N)).ToArray();
        claims = costs.Select(c => Math.Min(c, Standard)).ToArray();
        shortFund = claims.Sum() * 85 / 100;
        roomyFund = claims.Sum() * 110 / 100;

        // Need: crime 0–60,000, residents 100,000–400,000, area 10–1,500 km² to two places; a fund of £45,000 a head and a bit.
        needRecipients = Enumerable.Range(0, N).Select(i => NeedRecipient.Of(
            FormattableString.Invariant($"R{i:0000000}"),
            ("crime", random.Next(0, 60_000)), ("residents", random.Next(100_000, 400_000)), ("area", random.Next(1_000, 150_000) / 100m))).ToArray();
        needFloors = Enumerable.Repeat(4_000_000L, N).ToArray();
        needCaps = Enumerable.Repeat(5_000_000L, N).ToArray();
        needFund = (4_500_000L * N) + 123_456;
    }

    [Benchmark(Baseline = true)]
    public long[] LinqReference() => LinqAllocate(shortFund);

    [Benchmark]
    public long[] CoreProportional() => CoreAllocate(shortFund, ShortfallRule.Proportional);

    [Benchmark]
    public long[] CoreEqualAwards() => CoreAllocate(shortFund, ShortfallRule.ConstrainedEqualAwards);

    [Benchmark]
    public long[] CoreWithMoneyLeft() => CoreAllocate(roomyFund, ShortfallRule.Proportional);

    [Benchmark]
    public long[] CoreLargestRemainder() => CoreAllocate(shortFund, ShortfallRule.LargestRemainder);

    /// <summary>Allocation by need, the arrays core: exact need shares of three indicators, then the fund within £40k–£50k.</summary>
    [Benchmark]
    public long[] NeedCore()
    {
        var shares = NeedShares.Of(NeedWeights, needRecipients, "recipients");
        var awards = new long[N];
        NeedDivision.Divide(needFund, shares.Numerators, needFloors, needCaps, awards);
        return awards;
    }

    /// <summary>Allocation by need through the public API: sorting by id, floors and caps, findings per recipient.</summary>
    [Benchmark]
    public NeedAllocation NeedAllocate() => NeedAllocator.Allocate(Money.FromMinorUnits(needFund, Currency.Gbp), needRecipients, NeedWeights, NeedBand);

    [Benchmark]
    public long[] SortMillionLongsYardstick()
    {
        var copy = (long[])SortInput.Clone();
        Array.Sort(copy);
        return copy;
    }

    /// <summary>
    /// The core on arrays: the capped core claims (input) are divided straight into the result array of N + N/8
    /// awards (core claims, then over-programmed bids), then the money left funds the bids in score order.
    /// </summary>
    private long[] CoreAllocate(long fund, ShortfallRule rule)
    {
        var n = claims.Length;
        var awards = new long[n + opAmounts.Length];
        var left = ClaimsDivision.Divide(rule, fund, claims, awards.AsSpan(0, n));
        BidFunding.Fund(left, opAmounts, opMinimums, opScores, opRanks, OverProgrammingRule.StrictOrder, OverProgrammingOrder.Score, awards.AsSpan(n), new int[opAmounts.Length]);
        return awards;
    }

    /// <summary>What a user might write: LINQ, decimal shares, largest remainder, OrderBy for the bids.</summary>
    private long[] LinqAllocate(long fund)
    {
        var lines = costs.Select((cost, i) => (Recipient: i, Cost: cost))
            .GroupBy(l => l.Recipient)
            .Select(g => (Recipient: g.Key, Claim: Math.Min(g.Sum(l => l.Cost), Standard)))
            .ToList();
        var total = lines.Sum(l => l.Claim);
        var awards = new long[costs.Length + opAmounts.Length];
        if (total <= fund)
        {
            lines.ForEach(l => awards[l.Recipient] = l.Claim);
        }
        else
        {
            var shares = lines.Select(l => (l.Recipient, Exact: (decimal)fund * l.Claim / total)).ToList();
            shares.ForEach(s => awards[s.Recipient] = (long)decimal.Floor(s.Exact));
            var left = fund - shares.Sum(s => (long)decimal.Floor(s.Exact));
            foreach (var s in shares.OrderByDescending(s => s.Exact - decimal.Floor(s.Exact)).ThenBy(s => s.Recipient).Take((int)left))
            {
                awards[s.Recipient]++;
            }
        }

        var pool = fund - awards.Sum();
        var ordered = Enumerable.Range(0, opAmounts.Length)
            .OrderByDescending(b => opScores[b]).ThenBy(b => opRanks[b]).ThenBy(b => opRecipients[b]).ThenBy(b => b);
        foreach (var b in ordered)
        {
            if (opAmounts[b] > pool)
            {
                if (opMinimums[b] > pool || pool == 0)
                {
                    break;
                }

                awards[costs.Length + b] = pool;
                pool = 0;
                continue;
            }

            awards[costs.Length + b] = opAmounts[b];
            pool -= opAmounts[b];
        }

        return awards;
    }

    private static long[] RandomLongs(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextInt64()).ToArray();
    }
}

/// <summary>
/// The Balinski–Young quota rule, whose time grows with the fund: 32 recipients with the same claims as
/// <see cref="AllocationBenchmarks"/> counted in pounds (85% of the claims, about 10^6 units), against D'Hondt and
/// largest remainder on the same input. Run with the same filter, so the sort yardstick of the other class is in the
/// same run.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarksQuota
{
    private long[] claims = [];
    private long fund;

    [Params(32)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        claims = Enumerable.Range(0, N).Select(_ => Math.Min(random.NextInt64(0, 6_000_000), 5_000_000) / 100).ToArray();
        fund = claims.Sum() * 85 / 100;
    }

    [Benchmark(Baseline = true)]
    public long[] DHondtPounds() => Divide(ShortfallRule.DHondt);

    [Benchmark]
    public long[] LargestRemainderPounds() => Divide(ShortfallRule.LargestRemainder);

    [Benchmark]
    public long[] QuotaPounds() => Divide(ShortfallRule.Quota);

    private long[] Divide(ShortfallRule rule)
    {
        var awards = new long[claims.Length];
        ClaimsDivision.Divide(rule, fund, claims, awards);
        return awards;
    }
}
