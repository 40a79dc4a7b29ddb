using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Benchmarks;

[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly string FundText = Money.Pounds(1_600_000m).ToString();

    // Instance fields, set up once: a static readonly amount lets the JIT fold Add away entirely.
    private Money fund;
    private Money yearTotal;
    private long[] weights = [];

    [Params(8, 1_000)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        fund = Money.Pounds(1_600_000m);
        yearTotal = Money.Pounds(228_555m);
        weights = [.. Enumerable.Range(0, Parts).Select(i => (long)((i * 7919) % 97))];
    }

    [Benchmark(Baseline = true)]
    public Money Add() => fund + fund;

    [Benchmark]
    public Money MultiplyByRate() => yearTotal.MultiplyBy(0.095m, MidpointRounding.AwayFromZero);

    [Benchmark]
    public Money NineTwelfths() => Proration.ForMonths(yearTotal, 9, MidpointRounding.ToEven);

    [Benchmark]
    public ImmutableArray<Money> SplitByWeights() => fund.Split(weights);

    [Benchmark]
    public string Format() => fund.ToString();

    [Benchmark]
    public Money Parse() => Money.Parse(FundText, Currency.Gbp);
}
