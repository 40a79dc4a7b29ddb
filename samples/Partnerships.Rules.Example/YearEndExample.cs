using System.Collections.Immutable;
using System.Globalization;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Example;

/// <summary>
/// The 2011/12 year to its close as a back office runs it: every borough returns its spend by activity (its quarter's
/// spend split over its core activities by their cost, outputs delivered in step), Sutton refunds £2,000 in quarter 4
/// after being paid, the close with its reconciliation to the penny, and 2012/13 opened with last year's under-spenders
/// found by the prior-year check.
/// </summary>
public static class YearEndExample
{
    private const string Shown = "Haringey";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes each step's table.</summary>
    /// <param name="writer">Where to write.</param>
    public static void Run(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var terms = Round2011.Terms;
        var year = Round2011.Year;
        var payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);
        var plans = Round2011.Plans.ToDictionary(p => p.Recipient.Id, StringComparer.Ordinal);
        var position = FundPosition.Open(Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);
        QuarterResult last = null!;
        for (var q = 1; q <= 4; q++)
        {
            var returns = Round2011.Returns(position, q).Select(r => ByActivity(plans[r.RecipientId], r)).ToList();
            if (q == 4)
            {
                var sutton = Round2011.RecipientId("Sutton");
                returns = [.. returns.Where(r => r.RecipientId != sutton), SpendReturn.ByActivity(sutton, year.Quarter(4), [new ActivitySpend("cadets", Money.Pounds(-2_000m))], Money.Pounds(26_500m))];
            }

            last = QuarterlyMonitor.Record(position, year.Quarter(q), returns, paymentDate: payday.PaymentDate);
            position = q == 2 ? UnderspendReview.Hold(last.Position, terms, terms.ReviewPoints.Single(r => r.AfterQuarter == 2)).Position : last.Position;
        }

        var shown = Round2011.RecipientId(Shown);
        var account = position.GetAccount(shown);
        Section(writer, $"Return by activity: {Shown}, {year.Quarter(3)}");
        var q3 = account.Returns.Single(r => r.Quarter == year.Quarter(3));
        Table(writer, ["activity", "spent", "delivered"], q3.Lines.Select(l => new[] { l.ActivityId, l.Spent.ToString(), l.Delivered?.ToString("0.##", Invariant) ?? "" }).Append(["quarter total", q3.Spent.ToString(), ""]));

        Section(writer, $"{Shown}: spend by priority, planned and actual to the year end");
        var planned = Round2011.Report.GetPlan(shown).Fits.SelectMany(f => f.Attribution).GroupBy(a => a.PriorityCode).ToDictionary(g => g.Key, g => g.Aggregate(Money.Zero(Currency.Gbp), (s, a) => s + a.Amount));
        var actual = ActualSpend.ByPriority(account, plans[shown], terms);
        Table(writer, ["priority", "planned", "actual"], actual.Priorities.Select(p => new[] { p.PriorityCode, planned.GetValueOrDefault(p.PriorityCode, Money.Zero(Currency.Gbp)).ToString(), p.Amount.ToString() }).Append(["unattributed", "", actual.Unattributed.ToString()]));

        Section(writer, $"{Shown}: unit cost achieved against planned, each against its peers");
        var unitCosts = ActualSpend.UnitCosts(position, Round2011.Plans, terms.ValueForMoney).Where(u => u.RecipientId == shown);
        Table(writer, ["activity", "planned", "peer median", "achieved", "peer median", "outlier"], unitCosts.Select(u => new[]
        {
            u.ActivityId,
            Pounds(u.Planned.UnitCost, u.Planned.Unit),
            Pounds(u.Planned.PeerMedian, u.Planned.Unit),
            Pounds(u.Achieved?.UnitCost, u.Planned.Unit),
            Pounds(u.Achieved?.PeerMedian, u.Planned.Unit),
            u.Achieved is { IsOutlier: true } ? "yes" : "no",
        }));

        var record = YearEnd.Close(position, terms, last.Payments, payday);
        Section(writer, $"Year-end close of {record.Year}");
        Table(writer, ["line", "amount"],
        [
            ["paid in the year", record.PaidInYear.ToString()],
            [$"paid after the year end ({record.PaymentDateAfterYearEnd?.ToString("d MMMM yyyy", Invariant)}, in {record.PaymentYearAfterYearEnd})", record.PaidAfterYearEnd.ToString()],
            ["less over-payments to recover", (-record.Recoveries).ToString()],
            ["lapsed to the fund", record.Lapsed.ToString()],
            ["never allocated", record.Unallocated.ToString()],
            ["fund", (record.PaidInYear + record.PaidAfterYearEnd - record.Recoveries + record.Lapsed + record.Unallocated).ToString()],
        ]);
        writer.WriteLine(record.Findings.Single(f => f.Code == MonitoringFindings.YearReconciled).Message);
        Table(writer, ["unit", "allocation", "outturn", "paid in year", "paid after", "lapsed", "to recover"], record.Recipients.Where(r => !r.Lapsed.IsZero || !r.Recovery.IsZero).Select(r => new[]
        {
            r.RecipientId, r.Allocation.ToString(), r.Spent.ToString(), r.PaidInYear.ToString(), r.PaidAfterYearEnd.ToString(), r.Lapsed.ToString(), r.Recovery.ToString(),
        }));

        var next = YearEnd.OpenNextYear(record, Round2011.Scheme);
        var report = RoundAssessor.Assess(next.Terms, Round2011.Plans.Select(p => p with { Year = next.Terms.Year }));
        Section(writer, $"{next.Terms.Year} opened: {next.History.Length} units carried over with their {record.Year} history");
        Table(writer, ["finding", "unit", "under-spent"], PriorYear.Check(next.History, report, next.Terms).Select(f => new[] { f.Code, f.RecipientId ?? "", f.Amount?.ToString() ?? "" }));
    }

    // A borough's quarter spread over its core activities in proportion to their cost, outputs delivered in step.
    private static SpendReturn ByActivity(SpendPlan plan, SpendReturn spendReturn)
    {
        var core = plan.Activities.Where(a => !a.IsOverProgrammed).ToArray();
        var parts = spendReturn.Spent.Split(core.Select(a => a.Cost.MinorUnits).ToArray());
        var lines = core.Select((a, i) => new ActivitySpend(a.Id, parts[i])
        {
            Delivered = a.Output is { } output ? decimal.Round(output.Quantity * parts[i].MinorUnits / a.Cost.MinorUnits, 2) : null,
        });
        return SpendReturn.ByActivity(spendReturn.RecipientId, spendReturn.Quarter, lines, spendReturn.ForecastOutturn);
    }

    private static string Pounds(decimal? unitCost, string unit) => unitCost is { } cost ? string.Create(Invariant, $"£{cost:0.00} per {unit.TrimEnd('s')}") : "";

    private static void Section(TextWriter writer, string title)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine(new string('=', title.Length));
    }

    private static void Table(TextWriter writer, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToImmutableArray();
        if (all.IsEmpty)
        {
            writer.WriteLine($"({headers[0]}: none)");
            return;
        }

        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Max(r => r[i].Length))).ToArray();
        static bool Numeric(string s) => s.Length > 0 && (s[0] == '£' || s[0] == '-' || char.IsAsciiDigit(s[0]));
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => Numeric(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.WriteLine(Line(headers));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all)
        {
            writer.WriteLine(Line(row));
        }
    }
}
