using BenchmarkDotNet.Attributes;

namespace Partnerships.Rules.Benchmarks;

[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly long[] Weights = [3, 3, 2, 7, 1, 9, 4, 4];
    private static readonly Money Fund = Money.Pounds(1_600_000m);

    [Benchmark(Baseline = true)]
    public Money Add() => Fund + Fund;

    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<Money> SplitByWeights() => Fund.Split(Weights);
}
