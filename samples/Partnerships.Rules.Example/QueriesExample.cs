using System.Globalization;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Example;

/// <summary>
/// The 2011/12 queries as a back office follows them up: the fourteen queried activities held in reserve, one query
/// accepted and one rejected, the rest still open at the September review, the rate of spend checked there, and a
/// further bidding round assessed and funded from the pool, the rejected query's money included.
/// </summary>
public static class QueriesExample
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes each step's table.</summary>
    /// <param name="writer">Where to write.</param>
    public static void Run(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var terms = Round2011.Terms;
        var year = Round2011.Year;
        var opened = FundPosition.Open(Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);

        // The link officers raise the queries a fortnight after the allocation.
        var raised = QueryDesk.RaiseFromAssessment(opened, terms, Round2011.Report, new LocalDate(2011, 4, 15));
        Section(writer, $"Queries raised: {raised.Queries.Length}, {raised.Reserve} held in reserve");
        Table(writer, ["query", "finding", "amount", "raised", "answer due"], raised.Queries.Select(q => new[] { q.Id, q.FindingCode, q.Amount.ToString(), Iso(q.RaisedOn), Iso(q.DueOn) }));

        // Hackney's burglary initiative is explained and accepted; Newham's communications line is not.
        var hackney = Round2011.RecipientId("Hackney") + "/queried";
        var newham = Round2011.RecipientId("Newham") + "/queried";
        var position = QueryDesk.Answer(raised, hackney, new LocalDate(2011, 4, 28));
        position = QueryDesk.Accept(position, hackney, new LocalDate(2011, 5, 5));
        position = QueryDesk.Answer(position, newham, new LocalDate(2011, 5, 3));
        position = QueryDesk.Reject(position, newham, new LocalDate(2011, 5, 12));
        Section(writer, "Two queries decided");
        Table(writer, ["query", "state", "on", "allocation now"], new[] { hackney, newham }.Select(id => position.FindQuery(id)!).Select(q => new[] { q.Id, q.State.ToString(), Iso(q.ChangedOn), position.GetAccount(q.RecipientId).Allocation.ToString() }));
        writer.WriteLine(Line(position));

        var q1 = QuarterlyMonitor.Record(position, year.Quarter(1), Round2011.Returns(position, 1));
        var q2 = QuarterlyMonitor.Record(q1.Position, year.Quarter(2), Round2011.Returns(q1.Position, 2));
        writer.WriteLine(string.Create(Invariant, $"Quarter 1 recorded: {q1.Findings.Count(f => f.Code == MonitoringFindings.QueryOverdue)} queries overdue, for example:"));
        writer.WriteLine("  " + q1.Findings.First(f => f.Code == MonitoringFindings.QueryOverdue));

        var september = terms.ReviewPoints.Single(r => r.AfterQuarter == 2);
        var rates = RateOfSpend.Check(q2.Position, terms, september);
        Section(writer, $"Rate of spend at the {september.Name} ({Percent(rates[0].ElapsedShare)} of the year elapsed; behind by more than {Percent(terms.RateOfSpendThreshold)} is reported)");
        Table(
            writer,
            ["unit", "allocation", "spent", "expected", "spent share", "behind"],
            rates.OrderBy(r => r.SpentShare).Take(6).Select(r => new[] { r.RecipientId, r.Allocation.ToString(), r.Spent.ToString(), r.Expected.ToString(), Percent(r.SpentShare), r.IsBehind ? "yes" : "no" }));
        writer.WriteLine(string.Create(Invariant, $"{rates.Count(r => r.IsBehind)} of {rates.Length} units behind."));

        // A further round: two units bid for what the review can reallocate; plans for it were due by 16 September.
        SpendPlan[] further =
        [
            FurtherPlan("Newham", "youth-diversion", "Youth diversion programme", 15_000m, Round2011.YouthDiversion, Round2011.ViolenceCode),
            FurtherPlan("Croydon", "community-grants", "Small community grants", 10_000m, Round2011.CommunityGrants, Round2011.VawgCode),
        ];
        var furtherTerms = terms with { SubmissionDeadline = new LocalDateTime(2011, 9, 16, 17, 0) };
        var review = FurtherRound.Open(q2.Position, furtherTerms, september, further);
        Section(writer, $"{september.Name} with a further round: pool {review.Pool} (the rejected query's {position.Returned} included)");
        Table(writer, ["granted to", "activity", "amount", "asked"], review.Grants.Select(g => new[] { g.RecipientId, g.ActivityId, g.Amount.ToString(), g.Outstanding.ToString() }));
        writer.WriteLine(string.Create(Invariant, $"Still open after the review: {review.OpenQueries.Length} queries, {review.Position.Reserve} in reserve and untouched."));
        writer.WriteLine(Line(review.Position));
    }

    private static SpendPlan FurtherPlan(string borough, string id, string title, decimal pounds, string theme, string priority) => new()
    {
        Recipient = new Recipient(Round2011.RecipientId(borough), borough + " BCU"),
        Year = Round2011.Year,
        Activities = [new Activity { Id = id, Title = title, Cost = Money.Pounds(pounds), ActivityType = theme, ClaimedPriorities = [priority] }],
        EqualityImpactStatement = "Focused on young people, who are disproportionately victims.",
        SubmittedAt = Instant.FromUtc(2011, 9, 12, 10, 0),
    };

    private static string Line(FundPosition p)
    {
        var allocated = p.Accounts.Aggregate(Money.Zero(p.Fund.Currency), (sum, a) => sum + a.Allocation);
        return string.Create(Invariant, $"Allocated {allocated} + reserve {p.Reserve} + returned {p.Returned} + unallocated {p.Unallocated} = {allocated + p.Reserve + p.Returned + p.Unallocated} (fund {p.Fund})");
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", Invariant) + "%";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", Invariant);

    private static void Section(TextWriter writer, string title)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine(new string('=', title.Length));
    }

    private static void Table(TextWriter writer, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            writer.WriteLine($"({headers[0]}: none)");
            return;
        }

        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Max(r => r[i].Length))).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((c, i) => c.Length > 0 && (c[0] == '£' || char.IsAsciiDigit(c[0])) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.WriteLine(Row(headers));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        all.ForEach(r => writer.WriteLine(Row(r)));
    }
}
