using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// The September review at N activities: N recipients at £50,000 each with one over-programmed bid each; a quarter of
/// them forecast under-spend. <see cref="UnderspendReview.Hold"/> against a plain LINQ reference.
/// </summary>
[MemoryDiagnoser]
public class MonitoringBenchmarks
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");

    private FundPosition position = null!;
    private FundTerms terms = null!;

    [Params(32, 1_000, 100_000, 1_000_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        var standard = Money.Pounds(50_000m);
        terms = new FundTerms
        {
            Year = Year,
            Fund = standard * Activities,
            StandardAllocation = standard,
            Priorities = [],
            ReviewPoints = [September],
            UnderspendTolerance = new UnderspendTolerance(Money.Pounds(1_000m), 0.05m),
        };
        var ids = Enumerable.Range(0, Activities).Select(i => FormattableString.Invariant($"R{i:D7}")).ToArray();
        var bids = ids.Select(id => new HeldBid(
            new OverProgrammedBid(id, id + "-X", Money.FromMinorUnits(random.NextInt64(100_000, 2_000_000), Currency.Gbp)) { Score = random.Next(0, 100) },
            Money.Zero(Currency.Gbp)));
        position = FundPosition.Open(Year, terms.Fund, ids.Select(id => KeyValuePair.Create(id, standard)), bids);
        foreach (var number in new[] { 1, 2 })
        {
            var quarter = Year.Quarter(number);
            position = QuarterlyMonitor.Record(position, quarter, ids.Select(id => new SpendReturn(
                id,
                quarter,
                Money.Pounds(10_000m),
                random.Next(4) == 0 ? Money.FromMinorUnits(random.NextInt64(3_000_000, 5_000_000), Currency.Gbp) : standard))).Position;
        }
    }

    [Benchmark(Baseline = true)]
    public long LinqReference() => Reference(position, terms);

    [Benchmark]
    public ReviewResult Review() => UnderspendReview.Hold(position, terms, September);

    [Benchmark]
    public long[] SortMillionLongs() => SortYardstick();

    private static long[] SortYardstick()
    {
        var random = new Random(7);
        var values = new long[1_000_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextInt64();
        }

        Array.Sort(values);
        return values;
    }

    /// <summary>The review as a user might write it with LINQ: reclaim beyond tolerance, then fund bids in strict order.</summary>
    private static long Reference(FundPosition position, FundTerms terms)
    {
        var tolerance = terms.UnderspendTolerance!;
        var judged = position.Accounts
            .Where(a => a.ForecastOutturn is not null)
            .Select(a => new
            {
                a.RecipientId,
                Underspend = a.Allocation.MinorUnits - Math.Max(a.ForecastOutturn!.Value.MinorUnits, a.Spent.MinorUnits),
                Tolerance = Math.Max(tolerance.Floor.MinorUnits, (long)(a.InitialAllocation.MinorUnits * tolerance.Percentage)),
            })
            .Select(j => new { j.RecipientId, Reclaim = j.Underspend > j.Tolerance ? j.Underspend - j.Tolerance : 0 })
            .ToList();
        var underspending = judged.Where(j => j.Reclaim > 0).Select(j => j.RecipientId).ToHashSet();
        var left = position.Unallocated.MinorUnits + judged.Sum(j => j.Reclaim);
        var grants = new List<(string RecipientId, long Amount)>();
        foreach (var bid in position.Bids
            .Where(b => !underspending.Contains(b.Bid.RecipientId) && !b.Outstanding.IsZero)
            .OrderByDescending(b => b.Bid.Score)
            .ThenBy(b => b.Bid.Rank)
            .ThenBy(b => b.Bid.RecipientId, StringComparer.Ordinal)
            .ThenBy(b => b.Bid.ActivityId, StringComparer.Ordinal))
        {
            var amount = bid.Outstanding.MinorUnits;
            if (amount > left)
            {
                break;
            }

            grants.Add((bid.Bid.RecipientId, amount));
            left -= amount;
        }

        var allocations = position.Accounts.ToDictionary(a => a.RecipientId, a => a.Allocation.MinorUnits);
        foreach (var j in judged)
        {
            allocations[j.RecipientId] -= j.Reclaim;
        }

        foreach (var group in grants.GroupBy(g => g.RecipientId))
        {
            allocations[group.Key] += group.Sum(g => g.Amount);
        }

        return left + allocations.Count;
    }
}
