using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

public sealed class SchemeFilePropertyTests
{
    private const int FirstYear = 2000;
    private const int LastYear = 2030;

    // A range: its first year, its length in years (null: open-ended) and its amount in pence, from zero to long.MaxValue.
    private static readonly Gen<(int From, int? Length, long Pence)> Range =
        from start in Gen.Choose(FirstYear, FirstYear + 10)
        from length in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 3).Select(n => (int?)n))
        from pence in Gen.OneOf(Gen.Constant(0L), Gen.Constant(1L), Gen.Constant(long.MaxValue), Gen.Choose(0, int.MaxValue).Select(n => (long)n * 7))
        select (start, length, pence);

    [FsCheck.Xunit.Property]
    public Property Load_AnyRanges_OverlapsAreReportedElseEachYearGetsTheValueInForceOrALoudError()
    {
        var property = Prop.ForAll(Range.ListOf().Select(l => l.Take(6).ToList()).ToArbitrary(), ranges =>
        {
            var result = SchemeFile.Load(File(ranges));
            var overlaps = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Any(y => ranges.Count(r => Contains(r, y)) > 1);
            if (ranges.Count == 0)
            {
                return result.Problems.Select(p => p.Code).SequenceEqual([SchemeFileFindings.MissingParameter]);
            }

            if (overlaps)
            {
                return result.Scheme is null && result.Problems.Any(p => p.Code == SchemeFileFindings.OverlappingRanges)
                    && result.Problems.All(p => p.Code == SchemeFileFindings.OverlappingRanges);
            }

            if (!result.IsSuccess)
            {
                return false;
            }

            for (var y = FirstYear; y <= LastYear; y++)
            {
                var year = FinancialYearCalendar.UkGovernment.Year(y);
                var index = ranges.FindIndex(r => Contains(r, y));
                if (index < 0)
                {
                    var error = Assert.Throws<KeyNotFoundException>(() => result.Scheme.TermsFor(year));
                    if (!error.Message.Contains("'standardAllocation'", StringComparison.Ordinal) || !error.Message.Contains(year.Label, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
                else if (result.Scheme.TermsFor(year).StandardAllocation != Money.FromMinorUnits(ranges[index].Pence, Currency.Gbp)
                    || result.Scheme.SourceOf(SchemeParameters.StandardAllocation, year)?.Paragraph != "range " + index.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
            }

            return true;
        });

        // Ranges that only touch (one ends in the year the next starts) are the edge that matters: 500 cases find them.
        return property;
    }

    private static bool Contains((int From, int? Length, long Pence) range, int year) =>
        year >= range.From && (range.Length is not { } length || year <= range.From + length);

    private static string File(List<(int From, int? Length, long Pence)> ranges)
    {
        static string Label(int year) => FinancialYearCalendar.UkGovernment.Year(year).Label;
        var values = new JsonArray();
        for (var i = 0; i < ranges.Count; i++)
        {
            var (from, length, pence) = ranges[i];
            var value = new JsonObject
            {
                ["from"] = Label(from),
                ["value"] = JsonValue.Create(pence / 100m),
                ["source"] = new JsonObject { ["document"] = "generated", ["paragraph"] = "range " + i.ToString(CultureInfo.InvariantCulture) },
            };
            if (length is { } n)
            {
                value["to"] = Label(from + n);
            }

            values.Add(value);
        }

        var source = new JsonObject { ["document"] = "generated" };
        var parameters = new JsonObject
        {
            ["fund"] = new JsonArray(new JsonObject { ["from"] = Label(FirstYear), ["value"] = 1000, ["source"] = source.DeepClone() }),
            ["priorities"] = new JsonArray(new JsonObject { ["from"] = Label(FirstYear), ["value"] = new JsonArray(), ["source"] = source.DeepClone() }),
        };
        if (ranges.Count > 0)
        {
            parameters["standardAllocation"] = values;
        }

        return new JsonObject { ["formatVersion"] = 1, ["name"] = "Generated", ["parameters"] = parameters }.ToJsonString();
    }
}
