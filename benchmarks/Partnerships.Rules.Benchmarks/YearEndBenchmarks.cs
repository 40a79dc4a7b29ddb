using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// The year-end close at 10^4 recipients × 10 activities: four quarters of returns by activity recorded (one recipient
/// in ten refunds in quarter 4), then <see cref="YearEnd.Close(FundPosition, FundTerms, IEnumerable{Payment}, QuarterlyPaymentSchedule?)"/>,
/// and the actual spend by activity of every recipient. Yardstick: Array.Sort of 10^6 random longs.
/// </summary>
[MemoryDiagnoser]
public class YearEndBenchmarks
{
    private const int Recipients = 10_000;
    private const int ActivitiesEach = 10;
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    private FundPosition position = null!;
    private QuarterResult lastQuarter = null!;
    private FundTerms terms = null!;
    private long[] unsorted = null!;
    private long[] sorted = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        var standard = Money.Pounds(50_000m);
        terms = new FundTerms { Year = Year, Fund = standard * Recipients, StandardAllocation = standard, Priorities = [] };
        var ids = Enumerable.Range(0, Recipients).Select(i => FormattableString.Invariant($"R{i:D5}")).ToArray();
        position = FundPosition.Open(Year, terms.Fund, ids.Select(id => KeyValuePair.Create(id, standard)));
        for (var q = 1; q <= 4; q++)
        {
            var quarter = Year.Quarter(q);
            var returns = ids.Select((id, r) => SpendReturn.ByActivity(
                id,
                quarter,
                Enumerable.Range(0, ActivitiesEach).Select(a => new ActivitySpend(
                    FormattableString.Invariant($"A{a}"),
                    Money.FromMinorUnits(q == 4 && r % 10 == 0 ? -random.NextInt64(0, 20_000) : random.NextInt64(0, 125_000), Currency.Gbp)) { Delivered = random.Next(0, 50) }),
                standard)).ToList();
            lastQuarter = QuarterlyMonitor.Record(position, quarter, returns, paymentDate: Payday.PaymentDate);
            position = lastQuarter.Position;
        }

        unsorted = new long[1_000_000];
        for (var i = 0; i < unsorted.Length; i++)
        {
            unsorted[i] = random.NextInt64();
        }

        sorted = new long[unsorted.Length];
    }

    [Benchmark(Baseline = true)]
    public long[] SortMillionLongs()
    {
        Array.Copy(unsorted, sorted, unsorted.Length);
        Array.Sort(sorted);
        return sorted;
    }

    [Benchmark]
    public YearEndRecord Close() => YearEnd.Close(position, terms, lastQuarter.Payments, Payday);

    [Benchmark]
    public int SpendByActivity()
    {
        var lines = 0;
        foreach (var account in position.Accounts)
        {
            lines += ActualSpend.ByActivity(account).Activities.Length;
        }

        return lines;
    }
}
