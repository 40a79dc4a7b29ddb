using BenchmarkDotNet.Attributes;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// Query steps at 10^4 recipients × 10 activities, one activity in ten queried (10^4 queries): raising them from the
/// assessment, moving one query from open to accepted, and the September review with them all still open; beside
/// sorting 10^6 longs as a yardstick of the machine.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Recipients = 10_000;
    private const int ActivitiesEach = 10;
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");
    private static readonly LocalDate Raised = new(2011, 4, 15);

    private readonly long[] unsorted = new long[1_000_000];
    private FundTerms terms = null!;
    private AssessmentReport report = null!;
    private FundPosition opened = null!;
    private FundPosition raised = null!;
    private FundPosition afterQ2 = null!;
    private string middleQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        for (var i = 0; i < unsorted.Length; i++)
        {
            unsorted[i] = random.NextInt64();
        }

        var standard = Money.Pounds(50_000m);
        terms = new FundTerms
        {
            Year = Year,
            Fund = standard * Recipients,
            StandardAllocation = standard,
            Priorities = [new Priority("P1", "Reducing violence") { DirectThemes = ["youth"], ArguableThemes = ["comms"] }],
            ReviewPoints = [September],
            UnderspendTolerance = new UnderspendTolerance(Money.Pounds(1_000m), 0.05m),
        };
        var plans = Enumerable.Range(0, Recipients).Select(r => new SpendPlan
        {
            Recipient = new Recipient(FormattableString.Invariant($"R{r:D5}"), "Unit"),
            Year = Year,
            EqualityImpactStatement = "Completed.",
            Activities = [.. Enumerable.Range(0, ActivitiesEach).Select(a => new Activity
            {
                Id = FormattableString.Invariant($"A{a}"),
                Title = "Work",
                Cost = Money.Pounds(5_000m),
                ActivityType = a == 0 ? "comms" : "youth",
                ClaimedPriorities = ["P1"],
            })],
        }).ToArray();
        report = RoundAssessor.Assess(terms, plans);
        opened = FundPosition.Open(Allocator.Allocate(terms, report, AllocationPolicy.Default), plans);
        raised = QueryDesk.RaiseFromAssessment(opened, terms, report, Raised);
        middleQuery = raised.Queries[raised.Queries.Length / 2].Id;
        afterQ2 = raised;
        foreach (var number in new[] { 1, 2 })
        {
            var quarter = Year.Quarter(number);
            afterQ2 = QuarterlyMonitor.Record(afterQ2, quarter, afterQ2.Accounts.Select(a => new SpendReturn(
                a.RecipientId,
                quarter,
                Money.Pounds(10_000m),
                random.Next(4) == 0 ? Money.FromMinorUnits(random.NextInt64(3_000_000, 4_000_000), Currency.Gbp) : a.Allocation))).Position;
        }
    }

    [Benchmark(Baseline = true)]
    public long SortMillionLongs()
    {
        var copy = (long[])unsorted.Clone();
        Array.Sort(copy);
        return copy[0];
    }

    [Benchmark]
    public FundPosition RaiseFromAssessment() => QueryDesk.RaiseFromAssessment(opened, terms, report, Raised);

    [Benchmark]
    public FundPosition AnswerAndAcceptOne() => QueryDesk.Accept(QueryDesk.Answer(raised, middleQuery, Raised.PlusDays(5)), middleQuery, Raised.PlusDays(9));

    [Benchmark]
    public ReviewResult ReviewWithOpenQueries() => UnderspendReview.Hold(afterQ2, terms, September);
}
