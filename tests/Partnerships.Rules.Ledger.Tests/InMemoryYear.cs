using System.Collections.Immutable;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>
/// The example's 2011/12 year run in memory, as its quick start runs it, with the audit record each ledger step
/// writes for it, stamped with the instant the ledger is given for that step.
/// </summary>
public static class InMemoryYear
{
    /// <summary>The ledger's steps for the year, each with the instant its record carries.</summary>
    public static ImmutableArray<(string[] Args, Instant At)> Steps { get; } =
    [
        (["init"], Instant.FromUtc(2011, 3, 1, 9, 0)),
        (["assess", LedgerProcess.Data("plans-2011-12.csv")], Instant.FromUtc(2011, 4, 20, 9, 0)),
        (["allocate"], Instant.FromUtc(2011, 6, 13, 9, 0)),
        (["return", "1", LedgerProcess.Data("returns-2011-12-q1.csv")], Instant.FromUtc(2011, 7, 8, 9, 0)),
        (["return", "2", LedgerProcess.Data("returns-2011-12-q2.csv")], Instant.FromUtc(2011, 10, 7, 9, 0)),
        (["review"], Instant.FromUtc(2011, 10, 12, 9, 0)),
        (["return", "3", LedgerProcess.Data("returns-2011-12-q3.csv")], Instant.FromUtc(2012, 1, 9, 9, 0)),
        (["return", "4", LedgerProcess.Data("returns-2011-12-q4.csv")], Instant.FromUtc(2012, 4, 10, 9, 0)),
        (["close"], Instant.FromUtc(2012, 4, 30, 9, 0)),
    ];

    public static FundTerms Terms { get; } = SchemeFromFile.Scheme().TermsFor(Round2011.Year);

    public static ImmutableArray<SpendPlan> Plans => Round2011.Plans;

    public static AssessmentReport Report { get; } = RoundAssessor.Assess(Terms, Plans);

    public static AllocationResult Allocation { get; } = Allocator.Allocate(Terms, Report, AllocationPolicy.Default);

    /// <summary>The position at the end of the year.</summary>
    public static FundPosition YearEnd { get; }

    /// <summary>The year closed after its last quarter.</summary>
    public static YearEndRecord Closed { get; }

    /// <summary>The audit records of the steps, in the order the ledger appends them.</summary>
    public static ImmutableArray<string> AuditRecords { get; }

    public static ImmutableArray<Payment> Payments { get; }

    /// <summary>The position after each step from the allocation on, by the step's first words ("allocate", "return 1", "review").</summary>
    public static ImmutableDictionary<string, FundPosition> PositionAfter { get; }

    static InMemoryYear()
    {
        Instant At(int step) => Steps[step].At;
        var records = ImmutableArray.CreateBuilder<string>();
        records.Add(PartnershipsJson.ToAuditJson(Terms, At(0)));
        records.Add(PartnershipsJson.ToAuditJson(Plans, At(1)));
        records.Add(PartnershipsJson.ToAuditJson(Report, Terms, At(1)));
        records.Add(PartnershipsJson.ToAuditJson(Allocation, Plans, At(2)));

        // The example's quick start, step for step.
        var year = Round2011.Year;
        var payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);
        var position = FundPosition.Open(Allocation, Plans);
        var payments = ImmutableArray.CreateBuilder<Payment>();
        QuarterResult Quarter(FundPosition before, int n, int step)
        {
            var returns = Round2011.Returns(before, n).ToList();
            var result = QuarterlyMonitor.Record(before, year.Quarter(n), returns, paymentDate: payday.PaymentDate);
            records.Add(PartnershipsJson.ToAuditJson(result, before, returns, At(step)));
            payments.AddRange(result.Payments);
            return result;
        }

        var q1 = Quarter(position, 1, 3);
        var q2 = Quarter(q1.Position, 2, 4);
        var review = UnderspendReview.Hold(q2.Position, Terms, Terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
        records.Add(PartnershipsJson.ToAuditJson(review, q2.Position, Terms, recordedAt: At(5)));
        var q3 = Quarter(review.Position, 3, 6);
        var q4 = Quarter(q3.Position, 4, 7);
        YearEnd = q4.Position;
        PositionAfter = new Dictionary<string, FundPosition>
        {
            ["allocate"] = position, ["return 1"] = q1.Position, ["return 2"] = q2.Position, ["review"] = review.Position, ["return 3"] = q3.Position, ["return 4"] = q4.Position,
        }.ToImmutableDictionary();
        Closed = Monitoring.YearEnd.Close(q4.Position, Terms, q4.Payments, payday);
        records.Add(PartnershipsJson.ToAuditJson(Closed, q4.Position, Terms, q4.Payments, At(8)));
        AuditRecords = records.ToImmutable();
        Payments = payments.ToImmutable();
    }
}
