using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>
/// The 2011/12 Partnership Fund year (seed 004): 32 units at £50,000 from £1.6m, five over-programmed bids unfunded at
/// the start, under-spend forecast at quarter 2 reclaimed at the September review and given to the best bids.
/// </summary>
public sealed partial class UnderspendReviewTests
{
    private static readonly string[] Boroughs =
    [
        "BARKING-DAGENHAM", "BARNET", "BEXLEY", "BRENT", "BROMLEY", "CAMDEN", "CROYDON", "EALING", "ENFIELD", "GREENWICH",
        "HACKNEY", "HAMMERSMITH-FULHAM", "HARINGEY", "HARROW", "HAVERING", "HILLINGDON", "HOUNSLOW", "ISLINGTON",
        "KENSINGTON-CHELSEA", "KINGSTON", "LAMBETH", "LEWISHAM", "MERTON", "NEWHAM", "REDBRIDGE", "RICHMOND", "SOUTHWARK",
        "SUTTON", "TOWER-HAMLETS", "WALTHAM-FOREST", "WANDSWORTH", "WESTMINSTER",
    ];

    // Q2 forecasts of the units that expect to under-spend; every other unit forecasts its full £50,000.
    private static readonly Dictionary<string, decimal> Q2Forecasts = new()
    {
        ["CAMDEN"] = 40_000m,
        ["SUTTON"] = 35_000m,
        ["HARROW"] = 46_000m,
        ["BEXLEY"] = 48_500m,
        ["LEWISHAM"] = 44_000m,
    };

    private static readonly Money Standard = Money.Pounds(50_000m);

    private static FundTerms Terms2011 => Terms(Money.Pounds(1_600_000m), new UnderspendTolerance(Money.Pounds(1_000m), 0.05m));

    // The five boroughs of footnote 2 bid above £50k: (borough, activity, cost, assessment score, minimum viable amount).
    private static readonly (string Borough, string Activity, decimal Cost, int Score, decimal? Minimum)[] OverProgrammed2011 =
    [
        ("EALING", "EALING-DV-ADVOCACY", 12_000m, 90, null),
        ("ISLINGTON", "ISLINGTON-CADETS", 8_000m, 70, null),
        ("KENSINGTON-CHELSEA", "KC-JOINT-DSV", 6_000m, 85, null),
        ("LEWISHAM", "LEWISHAM-MENTORING", 5_000m, 95, null),
        ("WESTMINSTER", "WM-JOINT-DSV", 9_000m, 85, 5_000m),
    ];

    private static ImmutableArray<SpendPlan> Plans2011() =>
    [
        .. Boroughs.Select(b => new SpendPlan
        {
            Recipient = new Recipient(b, b),
            Year = Year,
            EqualityImpactStatement = "Completed.",
            Activities =
            [
                new Activity { Id = b + "-CORE", Title = "Core programme", Cost = Standard, ActivityType = "general" },
                .. OverProgrammed2011.Where(o => o.Borough == b).Select(o => new Activity
                {
                    Id = o.Activity,
                    Title = o.Activity,
                    Cost = Money.Pounds(o.Cost),
                    ActivityType = "general",
                    IsOverProgrammed = true,
                    MinimumViableAmount = o.Minimum is { } m ? Money.Pounds(m) : null,
                }),
            ],
        }),
    ];

    [Fact]
    public void Hold_Year2011_SeptemberReviewReclaimsUnderspendAndFundsTheBestOverProgrammedActivity()
    {
        var q1 = Year.Quarter(1);
        var q2 = Year.Quarter(2);
        var plans = Plans2011();
        var allocation = Allocator.Allocate(Terms2011, plans, AllocationPolicy.Default, OverProgrammed2011.Select(o => new ActivityStanding(o.Borough, o.Activity) { Score = o.Score }));
        var opened = FundPosition.Open(allocation, plans);
        Assert.All(opened.Accounts, a => Assert.Equal(Standard, a.Allocation));
        Assert.Equal(Money.Zero(Currency.Gbp), opened.Unallocated);
        Assert.Equal(5, opened.Bids.Length);
        Assert.All(opened.Bids, b => Assert.True(b.Funded.IsZero));

        // Q1: Lewisham's return is missing; everyone else spent £10,000 and forecasts £50,000.
        var first = QuarterlyMonitor.Record(opened, q1, Boroughs.Where(b => b != "LEWISHAM").Select(b => new SpendReturn(b, q1, Money.Pounds(10_000m), Standard)));
        Assert.Equal(MonitoringFindings.ReturnMissing, Assert.Single(first.Findings).Code);
        Assert.Equal(Money.Pounds(310_000m), Total(first.Payments.Select(p => p.Amount)));

        // Q2: Lewisham's Q1 return arrives late; five units forecast under-spend.
        var second = QuarterlyMonitor.Record(
            first.Position,
            q2,
            Boroughs.Select(b => new SpendReturn(b, q2, Money.Pounds(12_000m), Money.Pounds(Q2Forecasts.GetValueOrDefault(b, 50_000m))))
                .Append(new SpendReturn("LEWISHAM", q1, Money.Pounds(10_000m), Standard)));
        Assert.Equal(MonitoringFindings.ReturnCarriedForward, Assert.Single(second.Findings).Code);
        Assert.Equal(Money.Pounds(394_000m), Total(second.Payments.Select(p => p.Amount)));

        var review = UnderspendReview.Hold(second.Position, Terms2011, September);

        // Tolerance is max(£1,000, 5% of £50,000) = £2,500; Bexley's £1,500 is within it.
        Assert.Equal(
            [("CAMDEN", 7_500m), ("HARROW", 1_500m), ("LEWISHAM", 3_500m), ("SUTTON", 12_500m)],
            review.Reclaims.Select(r => (r.RecipientId, r.Amount.Amount)));
        Assert.Equal(Money.Pounds(25_000m), review.Pool);

        // Lewisham scores highest but is itself under-spending; Ealing, then Kensington & Chelsea before Westminster on
        // the tie at 85 (recipient id), and Westminster takes the £7,000 left, above its £5,000 minimum. Islington is not reached.
        Assert.Equal(
            [("EALING", "EALING-DV-ADVOCACY", 12_000m), ("KENSINGTON-CHELSEA", "KC-JOINT-DSV", 6_000m), ("WESTMINSTER", "WM-JOINT-DSV", 7_000m)],
            review.Grants.Select(g => (g.RecipientId, g.ActivityId, g.Amount.Amount)));
        Assert.Contains(review.Findings, f => f.Code == MonitoringFindings.UnderspendingRecipientPassedOver && f.RecipientId == "LEWISHAM");
        Assert.Contains(review.Findings, f => f.Code == AllocationFindings.OverProgrammedDidNotFit && f.RecipientId == "ISLINGTON");

        // Every penny: the pool is fully granted, and allocations plus unallocated are still £1.6m.
        Assert.Equal(Money.Zero(Currency.Gbp), review.Unallocated);
        Assert.Equal(Money.Pounds(1_600_000m), Total(review.Position.Accounts.Select(a => a.Allocation)) + review.Unallocated);
        Assert.Equal(Money.Pounds(62_000m), review.Position.FindAccount("EALING")!.Allocation);
        Assert.Equal(Money.Pounds(42_500m), review.Position.FindAccount("CAMDEN")!.Allocation);

        Assert.True(UnderspendReview.Hold(review.Position, Terms2011, September).ChangedNothing);

        // Q3 and Q4: every unit spends to its forecast; payments never pass the allocation and settle it exactly.
        var position = review.Position;
        var paid = first.Payments.Concat(second.Payments).Select(p => p.Amount).ToList();
        foreach (var quarter in new[] { Year.Quarter(3), Year.Quarter(4) })
        {
            var returns = position.Accounts.Select(a => new SpendReturn(a.RecipientId, quarter, Money.Pounds((a.ForecastOutturn!.Value.Amount - 22_000m) / 2), a.ForecastOutturn.Value));
            var recorded = QuarterlyMonitor.Record(position, quarter, returns);
            paid.AddRange(recorded.Payments.Select(p => p.Amount));
            position = recorded.Position;
        }

        Assert.All(position.Accounts, a => Assert.Equal(a.ForecastOutturn, a.Paid));
        Assert.Equal(Money.Pounds(1_600_000m), Total(paid) + Total(position.Accounts.Select(a => a.Allocation - a.Paid)) + position.Unallocated);
        Assert.Equal(Money.Pounds(2_500m) * 4 + Money.Pounds(1_500m), Total(position.Accounts.Select(a => a.Allocation - a.Paid)));
    }

    private static Money Total(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Currency.Gbp), (sum, m) => sum + m);
}
