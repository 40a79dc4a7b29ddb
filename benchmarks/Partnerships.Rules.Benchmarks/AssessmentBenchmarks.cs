using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// Assessing a whole round (validation, fit, unit-cost comparison across plans, eligibility, totals) and allocating from
/// its report, against the yardstick of sorting 10^6 longs, whatever the round's size.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private static readonly long[] SortInput = BuildSortInput();

    private const int ActivitiesPerPlan = 10;

    private static readonly string[] Types = ["cadets", "schools", "offender management", "advocacy", "youth diversion", "anti-social behaviour", "communications", "community grants"];

    public static FundTerms Terms { get; } = new()
    {
        Year = FinancialYearCalendar.UkGovernment.Year(2011),
        Fund = Money.Pounds(1_600_000m),
        StandardAllocation = Money.Pounds(50_000m),
        Priorities =
        [
            new Priority("VAWG", "Violence against women and girls") { DirectThemes = ["advocacy"], ArguableThemes = ["communications", "community grants"] },
            new Priority("VIOLENCE", "Reducing violence") { DirectThemes = ["cadets", "schools", "youth diversion"], ArguableThemes = ["anti-social behaviour", "community grants"] },
            new Priority("REOFFENDING", "Reducing reoffending") { DirectThemes = ["offender management"], ArguableThemes = ["communications"] },
        ],
    };

    private ImmutableArray<SpendPlan> plans;
    private AssessmentReport report = null!;

    [Params(32, 1_000, 10_000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        plans = Build(Plans);
        report = RoundAssessor.Assess(Terms, plans);
    }

    [Benchmark(Baseline = true)]
    public long[] SortMillionLongsYardstick()
    {
        var copy = (long[])SortInput.Clone();
        Array.Sort(copy);
        return copy;
    }

    [Benchmark]
    public ImmutableArray<UnitCostComparison> UnitCostComparisonOnly() => ValueForMoney.Compare(plans, Terms.ValueForMoney);

    [Benchmark]
    public AssessmentReport AssessRound() => RoundAssessor.Assess(Terms, plans);

    /// <summary>The FluentValidation path the fast one is proven against, for the record of what it saves.</summary>
    [Benchmark]
    public AssessmentReport AssessRoundWithFluentValidation() => RoundAssessor.AssessWithFluentValidation(Terms, plans);

    [Benchmark]
    public AllocationResult AllocateAssessed() => Allocator.Allocate(Terms, report, AllocationPolicy.Default);

    public static long[] BuildSortInput()
    {
        var random = new Random(7);
        var values = new long[1_000_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextInt64();
        }

        return values;
    }

    public static ImmutableArray<SpendPlan> Build(int count)
    {
        var random = new Random(2011);
        var builder = ImmutableArray.CreateBuilder<SpendPlan>(count);
        for (var p = 0; p < count; p++)
        {
            var activities = ImmutableArray.CreateBuilder<Activity>(ActivitiesPerPlan);
            for (var a = 0; a < ActivitiesPerPlan; a++)
            {
                var type = Types[random.Next(Types.Length)];
                activities.Add(new Activity
                {
                    Id = "A" + a,
                    Title = type,
                    Cost = Money.FromMinorUnits(random.Next(1_000, 500_000), Currency.Gbp),
                    ActivityType = type,
                    ClaimedPriorities = [Terms.Priorities[random.Next(3)].Code],
                    Output = random.Next(5) == 0 ? null : new OutputMeasure(random.Next(1, 200), "people"),
                });
            }

            builder.Add(new SpendPlan
            {
                Recipient = new Recipient("R" + p.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "Recipient " + p),
                Year = Terms.Year,
                Activities = activities.MoveToImmutable(),
                EqualityImpactStatement = "Addressed.",
            });
        }

        return builder.MoveToImmutable();
    }
}
