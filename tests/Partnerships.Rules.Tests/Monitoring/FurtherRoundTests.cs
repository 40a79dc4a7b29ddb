using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>A further round's plans go through the round's assessment to scored bids, then the review funds them.</summary>
public sealed class FurtherRoundTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");

    private static readonly FundTerms Terms = new()
    {
        Year = Year,
        Fund = Money.Pounds(30_000m),
        StandardAllocation = Money.Pounds(10_000m),
        Priorities = [new Priority("P1", "Reducing violence") { DirectThemes = ["youth"], ArguableThemes = ["comms"] }],
        ReviewPoints = [September],
    };

    private static FundPosition AfterQ2()
    {
        // £20,000 allocated, £10,000 never allocated: the pool of the further round.
        var position = FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m)), new("B", Money.Pounds(10_000m))]);
        foreach (var q in new[] { 1, 2 })
        {
            var quarter = Year.Quarter(q);
            position = QuarterlyMonitor.Record(position, quarter, position.Accounts.Select(a => new SpendReturn(a.RecipientId, quarter, Money.Pounds(2_500m), a.Allocation))).Position;
        }

        return position;
    }

    private static SpendPlan Plan(string recipient, string theme, decimal cost, params string[] priorities) => new()
    {
        Recipient = new Recipient(recipient, recipient + " unit"),
        Year = Year,
        EqualityImpactStatement = "Completed.",
        Activities = [new Activity { Id = recipient + "-1", Title = "Further work", Cost = Money.Pounds(cost), ActivityType = theme, ClaimedPriorities = [.. priorities] }],
    };

    private static readonly SpendPlan[] Plans =
    [
        Plan("Y", "comms", 6_000m, "P1"),  // arguable fit: score 1
        Plan("X", "youth", 6_000m, "P1"),  // direct fit: score 2
        Plan("Z", "other", 4_000m),        // no priority: ineligible
    ];

    [Fact]
    public void Bids_FromTheAssessment_ScoreTwoForADirectFitAndOneForAnArguableOne()
    {
        var bids = FurtherRound.Bids(RoundAssessor.Assess(Terms, Plans));

        Assert.Equal([("X", 2), ("Y", 1)], bids.Select(b => (b.RecipientId, b.Score)).Order());
        Assert.All(bids, b => Assert.Equal(Money.Pounds(6_000m), b.Amount));
    }

    [Fact]
    public void Open_FundsTheBetterScoredPlanFirstAndReportsTheIneligibleOne()
    {
        var review = FurtherRound.Open(AfterQ2(), Terms, September, Plans);

        var grant = Assert.Single(review.Grants);
        Assert.Equal(("X", Money.Pounds(6_000m)), (grant.RecipientId, grant.Amount));
        Assert.Equal(Money.Pounds(4_000m), review.Unallocated);
        var ineligible = review.Findings[0];
        Assert.Equal(MonitoringFindings.FurtherRoundPlanIneligible, ineligible.Code);
        Assert.Equal("Z", ineligible.RecipientId);
        Assert.Equal(Money.Pounds(6_000m), review.Position.GetAccount("X").Allocation);
    }

    [Fact]
    public void Open_PlansSubmittedInSeptember_AreJudgedByTheRoundsOwnDeadlineNotTheYearsFirst()
    {
        var terms = Terms with { SubmissionDeadline = new NodaTime.LocalDateTime(2011, 2, 28, 17, 0) };
        var submitted = NodaTime.Instant.FromUtc(2011, 9, 20, 10, 0);
        SpendPlan[] plans = [Plans[1] with { SubmittedAt = submitted }];

        var noDeadline = FurtherRound.Open(AfterQ2(), terms, September, plans);
        var met = FurtherRound.Open(AfterQ2(), terms, September, plans, new NodaTime.LocalDateTime(2011, 9, 30, 17, 0));
        var missed = FurtherRound.Open(AfterQ2(), terms, September, plans, new NodaTime.LocalDateTime(2011, 9, 16, 17, 0));

        Assert.Equal("X", Assert.Single(noDeadline.Grants).RecipientId);
        Assert.Equal(noDeadline, met);
        Assert.Empty(missed.Grants);
        Assert.Equal(("X", MonitoringFindings.FurtherRoundPlanIneligible), (missed.Findings[0].RecipientId, missed.Findings[0].Code));
        Assert.Contains(AssessmentFindings.SubmittedLate, missed.Findings[0].Values["reasons"], StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PlanIneligibleForTwoReasons_GivesBothCodesSeparated()
    {
        SpendPlan[] plans = [Plans[2] with { SubmittedAt = NodaTime.Instant.FromUtc(2011, 9, 20, 10, 0) }]; // no priority, and late

        var review = FurtherRound.Open(AfterQ2(), Terms, September, plans, new NodaTime.LocalDateTime(2011, 9, 16, 17, 0));

        var reasons = review.Findings[0].Values["reasons"]!.ToString()!.Split(", ");
        Assert.Equal([AssessmentFindings.NoPriorityAddressed, AssessmentFindings.SubmittedLate], reasons.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Open_IsTheReviewWithTheAssessedBids()
    {
        var position = AfterQ2();
        var byHand = UnderspendReview.Hold(position, Terms, September, [
            new OverProgrammedBid("X", "X-1", Money.Pounds(6_000m)) { Score = 2 },
            new OverProgrammedBid("Y", "Y-1", Money.Pounds(6_000m)) { Score = 1 }]);

        var review = FurtherRound.Open(position, Terms, September, Plans);

        Assert.Equal(byHand.Position, review.Position);
        Assert.Equal(byHand.Grants.AsEnumerable(), review.Grants);
        Assert.Equal(byHand.Findings, review.Findings.Skip(1));
    }

    [Fact]
    public void Open_HostileInput_NamesTheParameter()
    {
        var position = AfterQ2();

        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => FurtherRound.Open(position, Terms, September, null!)).ParamName);
        Assert.Equal("reviewPoint", Assert.Throws<ArgumentException>(() => FurtherRound.Open(position, Terms, new ReviewPoint(3, "December review"), Plans)).ParamName);
    }
}
