using BenchmarkDotNet.Attributes;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Benchmarks;

/// <summary>Calendar questions over 10^6 dates from 1995 to 2030; each benchmark answers all of them, so divide by
/// <see cref="Count"/> for one call. Allocated bytes are for all the calls together.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int MaxCount = 1_000_000;
    private static readonly LocalDate[] Dates = MakeDates();
    private static readonly LocalDate[] Ends = [.. Dates.Select((d, i) => d.PlusDays(i % 400))];
    private static readonly FinancialYearCalendar Uk = FinancialYearCalendar.UkGovernment;
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.EnglandAndWales;

    [Params(1_000, MaxCount)]
    public int Count { get; set; }

    [GlobalSetup]
    public void BuildYearTables() => _ = England.AddWorkingDays(new LocalDate(1994, 1, 1), 40 * 260);

    [Benchmark(Baseline = true)]
    public long DayOfYear() => Sum(static d => d.DayOfYear);

    [Benchmark]
    public long YearContaining() => Sum(static d => Uk.YearContaining(d).StartYear);

    [Benchmark]
    public long QuarterContaining() => Sum(static d => Uk.QuarterContaining(d).Number);

    [Benchmark]
    public long IsWorkingDay() => Sum(static d => England.IsWorkingDay(d) ? 1 : 0);

    [Benchmark]
    public long AddTenWorkingDays() => Sum(static d => England.AddWorkingDays(d, 10).Day);

    [Benchmark]
    public long WorkingDaysBetween() => SumPairs(static (d, e) => England.WorkingDaysBetween(d, e));

    private static LocalDate[] MakeDates()
    {
        var random = new Random(20111);
        var first = new LocalDate(1995, 1, 1);
        return [.. Enumerable.Range(0, MaxCount).Select(_ => first.PlusDays(random.Next(35 * 365)))];
    }

    private long Sum(Func<LocalDate, int> question)
    {
        long sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += question(Dates[i]);
        }

        return sum;
    }

    private long SumPairs(Func<LocalDate, LocalDate, int> question)
    {
        long sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += question(Dates[i], Ends[i]);
        }

        return sum;
    }
}
