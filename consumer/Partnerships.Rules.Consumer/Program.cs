// A consumer of the Partnerships.Rules package, as another team's app would be: it restores the package from a
// feed and calls the public API. Exits non-zero when anything is not as the package promises.
using System.IO.Compression;
using Partnerships.Rules;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

var failures = new List<string>();
void Expect(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var fund = Money.Pounds(50_000m) * 32;
Expect(fund == Money.Pounds(1_600_000m), $"32 × £50,000 = {fund}");

var year = FinancialYearCalendar.UkGovernment.YearContaining(new NodaTime.LocalDate(2011, 9, 30));
Expect(year.Label == "2011/12", $"30 September 2011 falls in {year.Label}");

var parts = Money.Pounds(228_555m).Split([1, 1, 1]);
Expect(parts.Aggregate(Money.Zero(Currency.Gbp), (sum, part) => sum + part) == Money.Pounds(228_555m), $"£228,555.00 split three ways: {string.Join(", ", parts)}");

// The library's main job: a fund too small for every core request, divided by water-filling, to the penny.
var terms = new FundTerms { Year = year, Fund = Money.Pounds(80_000m), StandardAllocation = Money.Pounds(50_000m), Priorities = [] };
var plans = new[] { ("A", 50_000m), ("B", 30_000m), ("C", 10_000m) }.Select(p => new SpendPlan
{
    Recipient = new Recipient(p.Item1, p.Item1),
    Year = year,
    Activities = [new Activity { Id = "core", Title = "Core", Cost = Money.Pounds(p.Item2), ActivityType = "general" }],
});
var allocation = Allocator.Allocate(terms, plans, AllocationPolicy.Default with { ShortfallRule = ShortfallRule.ConstrainedEqualAwards });
var awards = string.Join(", ", allocation.Recipients.Select(r => $"{r.RecipientId} {r.CoreAllocated}"));
Expect(awards == "A £40,000.00, B £30,000.00, C £10,000.00" && allocation.Unallocated.IsZero, $"£80,000 by equal awards: {awards}");

// When given the package file, check what it carries: the readme and XML docs for both target frameworks.
if (args.Length == 2 && args[0] == "--check-package")
{
    using var package = ZipFile.OpenRead(args[1]);
    var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var expected in new[] { "README.md", "lib/net8.0/Partnerships.Rules.dll", "lib/net8.0/Partnerships.Rules.xml", "lib/net10.0/Partnerships.Rules.dll", "lib/net10.0/Partnerships.Rules.xml" })
    {
        Expect(entries.Contains(expected), $"package contains {expected}");
    }

    var symbols = Path.ChangeExtension(args[1], ".snupkg");
    Expect(File.Exists(symbols), $"symbols package {Path.GetFileName(symbols)} exists");
}

Console.WriteLine(failures.Count == 0 ? "consumer: all checks passed" : $"consumer: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
