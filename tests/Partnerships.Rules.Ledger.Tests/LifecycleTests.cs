using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>The year's lifecycle steps through the ledger: queries, a further round, returns by activity with a refund.</summary>
[Collection(YearRun.Name)]
public sealed class LifecycleTests(YearFixture year)
{
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void Query_RaisedAndMoved_PositionIsTheLibrarysAndAnImpossibleMoveChangesNothing()
    {
        using var folder = year.CopyAfter("allocate");
        var on = new LocalDate(2011, 6, 13);
        string[] steps =
        [
            "query raise", "query BCU-BARKING-AND-DAGENHAM/queried answer", "query BCU-BARKING-AND-DAGENHAM/queried accept",
            "query BCU-BRENT/queried answer", "query BCU-BRENT/queried reject", "query BCU-BROMLEY/queried withdraw",
            "query BCU-CROYDON/queried answer", "query BCU-CROYDON/queried reattribute VIOLENCE",
        ];
        foreach (var step in steps)
        {
            var outcome = LedgerProcess.InProcess(folder.Path, [.. step.Split(' '), "--on", "2011-06-13", "--recorded-at", "2011-06-14T09:00:00Z"]);
            Assert.True(outcome.ExitCode == 0, step + ": " + outcome);
        }

        var expected = QueryDesk.RaiseFromAssessment(InMemoryYear.PositionAfter["allocate"], InMemoryYear.Terms, InMemoryYear.Report, on);
        expected = QueryDesk.Answer(expected, "BCU-BARKING-AND-DAGENHAM/queried", on);
        expected = QueryDesk.Accept(expected, "BCU-BARKING-AND-DAGENHAM/queried", on);
        expected = QueryDesk.Answer(expected, "BCU-BRENT/queried", on);
        expected = QueryDesk.Reject(expected, "BCU-BRENT/queried", on);
        expected = QueryDesk.Withdraw(expected, "BCU-BROMLEY/queried", on);
        expected = QueryDesk.Answer(expected, "BCU-CROYDON/queried", on);
        expected = QueryDesk.Reattribute(expected, InMemoryYear.Terms, "BCU-CROYDON/queried", "VIOLENCE", on);
        Assert.Equal(PartnershipsJson.ToAuditJson(expected), Db.Strings(folder.File("ledger.db"), "SELECT record FROM state WHERE key = 'position'").Single());
        Assert.Equal(14, expected.Queries.Length);

        var before = File.ReadAllBytes(folder.File("ledger.db"));
        var impossible = LedgerProcess.InProcess(folder.Path, "query", "BCU-BROMLEY/queried", "accept");
        Assert.Equal(1, impossible.ExitCode);
        Assert.Contains("The query 'BCU-BROMLEY/queried' is Withdrawn; it cannot become Accepted.", impossible.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(folder.File("ledger.db")));
    }

    [Fact]
    public void FurtherRound_AtTheSeptemberReview_IsTheLibrarysReviewWithThePlansAssessed()
    {
        using var folder = year.CopyAfter("return 2");
        File.WriteAllText(folder.File("round-2.json"), """
            { "year": "2011/12", "currency": "GBP", "plans": [
              { "recipient": "BCU-HACKNEY", "name": "Hackney BCU", "equalityImpactStatement": "Young people first.",
                "activities": [ { "id": "round-2", "title": "Youth diversion, autumn", "cost": "6000.00", "type": "youth diversion", "priorities": ["VIOLENCE"], "output": { "quantity": 20, "unit": "young people" } } ] }
            ] }
            """);

        var outcome = LedgerProcess.InProcess(folder.Path, "further-round", folder.File("round-2.json"), "--recorded-at", "2011-10-12T09:00:00Z", "--json");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        SpendPlan[] plans =
        [
            new()
            {
                Recipient = new Recipient("BCU-HACKNEY", "Hackney BCU"),
                Year = InMemoryYear.Terms.Year,
                Activities = [new Activity { Id = "round-2", Title = "Youth diversion, autumn", Cost = Money.Pounds(6_000m), ActivityType = "youth diversion", ClaimedPriorities = ["VIOLENCE"], Output = new OutputMeasure(20, "young people") }],
                // No submission time: the library judges a further round's plans by the first round's deadline (ELIG008).
                EqualityImpactStatement = "Young people first.",
            },
        ];
        var before = InMemoryYear.PositionAfter["return 2"];
        var point = InMemoryYear.Terms.ReviewPoints.Single(r => r.AfterQuarter == 2);
        var review = FurtherRound.Open(before, InMemoryYear.Terms, point, plans);
        var bids = FurtherRound.Bids(Assessment.RoundAssessor.Assess(InMemoryYear.Terms, plans));
        Assert.Equal(PartnershipsJson.ToAuditJson(review, before, InMemoryYear.Terms, bids, Instant.FromUtc(2011, 10, 12, 9, 0)), outcome.Output.TrimEnd());
        Assert.Contains(review.Grants, g => g.RecipientId == "BCU-HACKNEY" && g.ActivityId == "round-2");
    }

    [Fact]
    public void Return_ByActivityWithARefund_IsTheLibrarysQuarter()
    {
        using var folder = year.CopyAfter("return 1");
        File.WriteAllLines(folder.File("q2.csv"),
        [
            "recipient,activity,spent,delivered,forecast",
            "BCU-CAMDEN,vawg-advocacy,4000.00,,40000.00",
            "BCU-CAMDEN,cadets,2500.00,12,40000.00",
            "BCU-BARNET,,-1500.00,,48000.00",
        ]);

        var outcome = LedgerProcess.InProcess(folder.Path, "return", "2", folder.File("q2.csv"), "--recorded-at", "2011-10-07T09:00:00Z", "--json");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var before = InMemoryYear.PositionAfter["return 1"];
        var quarter = InMemoryYear.Terms.Year.Quarter(2);
        SpendReturn[] returns =
        [
            SpendReturn.ByActivity("BCU-CAMDEN", quarter, [new ActivitySpend("vawg-advocacy", Money.Pounds(4_000m)), new ActivitySpend("cadets", Money.Pounds(2_500m)) { Delivered = 12 }], Money.Pounds(40_000m)),
            new SpendReturn("BCU-BARNET", quarter, Money.Pounds(-1_500m), Money.Pounds(48_000m)),
        ];
        var result = QuarterlyMonitor.Record(before, quarter, returns, paymentDate: Payday.PaymentDate);
        Assert.Equal(PartnershipsJson.ToAuditJson(result, before, returns, Instant.FromUtc(2011, 10, 7, 9, 0)), outcome.Output.TrimEnd());
        Assert.Equal(Money.Pounds(8_500m), result.Position.GetAccount("BCU-BARNET").Spent);
    }
}
