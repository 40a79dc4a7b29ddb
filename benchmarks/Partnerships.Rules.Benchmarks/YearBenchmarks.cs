using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// A whole year end to end at 10^4 plans × 10 activities: assess the round, allocate from the report, record four
/// quarters of returns and hold the September review (there is no year-end close yet). Also the public
/// <see cref="Allocator.Allocate(FundTerms, AssessmentReport, AllocationPolicy)"/> on one plan of 10^6 activities beside
/// another, which a scan per activity made quadratic. Both against the yardstick of sorting 10^6 longs.
/// </summary>
[MemoryDiagnoser]
public class YearBenchmarks
{
    private const int Plans = 10_000;
    private const int BigPlanActivities = 1_000_000;

    private static readonly long[] SortInput = AssessmentBenchmarks.BuildSortInput();
    private static readonly ReviewPoint September = new(2, "September review");

    private static readonly FundTerms Terms = AssessmentBenchmarks.Terms with
    {
        Fund = Money.Pounds(200_000_000m), // about 85% of the core requests: a shortfall rule divides it
        ReviewPoints = [September],
        UnderspendTolerance = new UnderspendTolerance(Money.Pounds(1_000m), 0.05m),
    };

    private ImmutableArray<SpendPlan> plans;
    private SpendReturn[][] returns = null!;
    private AssessmentReport bigReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        plans = AssessmentBenchmarks.Build(Plans);
        var allocation = Allocator.Allocate(Terms, RoundAssessor.Assess(Terms, plans), AllocationPolicy.Default);

        // Each quarter a quarter of the allocation is spent; at quarter 2 one recipient in four forecasts 80% of it.
        var random = new Random(2011);
        returns = new SpendReturn[4][];
        for (var q = 0; q < 4; q++)
        {
            var quarter = Terms.Year.Quarter(q + 1);
            returns[q] = [.. allocation.Recipients.Select(r => new SpendReturn(
                r.RecipientId,
                quarter,
                Money.FromMinorUnits(r.Allocated.MinorUnits / 4, Currency.Gbp),
                q == 1 && random.Next(4) == 0 ? Money.FromMinorUnits(r.Allocated.MinorUnits * 4 / 5, Currency.Gbp) : r.Allocated))];
        }

        bigReport = RoundAssessor.Assess(Terms, [BigPlan(), .. plans[..1]]);
    }

    [Benchmark(Baseline = true)]
    public long[] SortMillionLongsYardstick()
    {
        var copy = (long[])SortInput.Clone();
        Array.Sort(copy);
        return copy;
    }

    [Benchmark]
    public FundPosition WholeYear()
    {
        var report = RoundAssessor.Assess(Terms, plans);
        var allocation = Allocator.Allocate(Terms, report, AllocationPolicy.Default);
        var position = FundPosition.Open(allocation, report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).Select(p => p.Plan!));
        for (var q = 0; q < 4; q++)
        {
            position = QuarterlyMonitor.Record(position, Terms.Year.Quarter(q + 1), returns[q]).Position;
            if (q == 1)
            {
                position = UnderspendReview.Hold(position, Terms, September).Position;
            }
        }

        return position;
    }

    [Benchmark]
    public AllocationResult AllocateOnePlanOfAMillionActivities() => Allocator.Allocate(Terms, bigReport, AllocationPolicy.Default);

    // Activities out of id order, so the allocator cannot find each by its position.
    private static SpendPlan BigPlan() => new()
    {
        Recipient = new Recipient("BIG", "Big"),
        Year = Terms.Year,
        EqualityImpactStatement = "Addressed.",
        Activities = [.. Enumerable.Range(0, BigPlanActivities).Select(i => new Activity
        {
            Id = FormattableString.Invariant($"A{(i * 7_919L) % BigPlanActivities:D7}"),
            Title = "cadets",
            Cost = Money.FromMinorUnits(1 + (i % 3), Currency.Gbp),
            ActivityType = "cadets",
            ClaimedPriorities = ["VIOLENCE"],
            Output = new OutputMeasure(1, "people"),
        })],
    };
}
