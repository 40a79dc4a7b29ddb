using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Benchmarks;

[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly Money Fund = Money.Pounds(1_600_000m);
    private static readonly Money YearTotal = Money.Pounds(228_555m);
    private static readonly string FundText = Fund.ToString();

    private long[] weights = [];

    [Params(8, 1_000)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void MakeWeights() => weights = [.. Enumerable.Range(0, Parts).Select(i => (long)((i * 7919) % 97))];

    [Benchmark(Baseline = true)]
    public Money Add() => Fund + Fund;

    [Benchmark]
    public Money MultiplyByRate() => YearTotal.MultiplyBy(0.095m, MidpointRounding.AwayFromZero);

    [Benchmark]
    public Money NineTwelfths() => Proration.ForMonths(YearTotal, 9, MidpointRounding.ToEven);

    [Benchmark]
    public ImmutableArray<Money> SplitByWeights() => Fund.Split(weights);

    [Benchmark]
    public string Format() => Fund.ToString();

    [Benchmark]
    public Money Parse() => Money.Parse(FundText, Currency.Gbp);
}
