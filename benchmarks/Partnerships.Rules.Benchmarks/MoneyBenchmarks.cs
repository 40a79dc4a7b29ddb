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

    /// <summary>The in-range arithmetic a rule does per amount; allocates nothing (0 B), measured here rather than in
    /// a unit test, where the JIT's own allocations made a memory figure flaky.</summary>
    /// <returns>A figure that depends on every step.</returns>
    [Benchmark]
    public Money Arithmetic() =>
        (yearTotal * 3) - (-yearTotal).Abs() + Money.Max(fund, yearTotal) + yearTotal.MultiplyBy(0.095m, MidpointRounding.AwayFromZero)
        + yearTotal.MultiplyBy(0.1472399451517337m, MidpointRounding.ToEven) + yearTotal.MultiplyBy(9, 12, MidpointRounding.ToEven);

    /// <summary>A rate of more than 19 significant digits takes the exact BigInteger path, which allocates.</summary>
    /// <returns>The product.</returns>
    [Benchmark]
    public Money MultiplyByRateOfTwentyEightDigits() => yearTotal.MultiplyBy(0.1472399451517337670103597057m, MidpointRounding.ToEven);

    [Benchmark]
    public ImmutableArray<Money> SplitByWeights() => fund.Split(weights);

    [Benchmark]
    public string Format() => fund.ToString();

    [Benchmark]
    public Money Parse() => Money.Parse(FundText, Currency.Gbp);
}
