using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

public sealed partial class UnderspendReviewTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");

    private static FundTerms Terms(Money fund, UnderspendTolerance? tolerance = null, bool underspendingMayReceive = false) => new()
    {
        Year = Year,
        Fund = fund,
        StandardAllocation = Money.Pounds(50_000m),
        Priorities = [],
        ReviewPoints = [September],
        UnderspendTolerance = tolerance,
        UnderspendingRecipientsMayReceive = underspendingMayReceive,
    };

    private static OverProgrammedBid Bid(string recipient, string activity, decimal amount, int score, decimal? minimum = null) =>
        new(recipient, activity, Money.Pounds(amount)) { Score = score, MinimumViableAmount = minimum is { } m ? Money.Pounds(m) : null };

    /// <summary>Opens a position, records Q1 and Q2 with the given spend and forecasts (pounds), and returns it.</summary>
    private static FundPosition AfterQ2(decimal fund, (string Id, decimal Allocation, decimal Spent, decimal Forecast)[] units, params OverProgrammedBid[] bids)
    {
        var position = FundPosition.Open(
            Year,
            Money.Pounds(fund),
            units.Select(u => new KeyValuePair<string, Money>(u.Id, Money.Pounds(u.Allocation))),
            bids.Select(b => new HeldBid(b, Money.Zero(Currency.Gbp))));
        foreach (var quarter in new[] { Year.Quarter(1), Year.Quarter(2) })
        {
            position = QuarterlyMonitor.Record(position, quarter, units.Select(u => new SpendReturn(u.Id, quarter, Money.Pounds(u.Spent / 2), Money.Pounds(u.Forecast)))).Position;
        }

        return position;
    }

    [Fact]
    public void Hold_UnderspendBeyondTolerance_ReclaimsOnlyTheExcess()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 40_000m), ("B", 50_000m, 25_000m, 50_000m)]);
        var tolerance = new UnderspendTolerance(Money.Pounds(1_000m), 0.05m);

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m), tolerance), September);

        var reclaim = Assert.Single(result.Reclaims);
        Assert.Equal(new Reclaim("A", Money.Pounds(50_000m), Money.Pounds(40_000m), Money.Pounds(10_000m), Money.Pounds(2_500m), Money.Pounds(7_500m)), reclaim);
        Assert.Equal(Money.Pounds(42_500m), result.Position.FindAccount("A")!.Allocation);
        Assert.Equal(Money.Pounds(7_500m), result.Unallocated);
        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.UnderspendReclaimed && f.Message == "A forecasts £40,000.00 against an allocation of £50,000.00: under-spend £10,000.00, of which £2,500.00 is tolerated and £7,500.00 is reclaimed.");
    }

    [Fact]
    public void Hold_UnderspendWithinTolerance_IsKept()
    {
        var position = AfterQ2(50_000m, [("A", 50_000m, 20_000m, 49_000m)]);

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(50_000m), new UnderspendTolerance(Money.Pounds(2_000m), 0.01m)), September);

        Assert.True(result.ChangedNothing);
        Assert.Same(position, result.Position);
        Assert.Equal(MonitoringFindings.UnderspendTolerated, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Hold_ForecastBelowSpendToDate_NeverReclaimsBelowWhatIsSpent()
    {
        var position = AfterQ2(50_000m, [("A", 50_000m, 30_000m, 10_000m)]);

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(50_000m)), September);

        Assert.Equal(Money.Pounds(20_000m), Assert.Single(result.Reclaims).Amount);
        Assert.Equal(Money.Pounds(30_000m), result.Position.FindAccount("A")!.Allocation);
        Assert.Contains(result.Findings, f => f.Code == MonitoringFindings.ForecastBelowSpend);
    }

    [Fact]
    public void Hold_ReclaimedMoney_FundsTheBestBidOfAnotherRecipient()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 35_000m), ("B", 50_000m, 25_000m, 50_000m)], Bid("B", "B-extra", 10_000m, 80), Bid("B", "B-less", 10_000m, 20));

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m)), September);

        Assert.Equal([new Grant("B", "B-extra", Money.Pounds(10_000m), Money.Pounds(10_000m))], result.Grants.AsEnumerable());
        Assert.Equal(Money.Pounds(5_000m), result.Unallocated);
        var b = result.Position.FindAccount("B")!;
        Assert.Equal(Money.Pounds(60_000m), b.Allocation);
        Assert.Equal(Money.Pounds(60_000m), b.ForecastOutturn);
    }

    [Fact]
    public void Hold_UnderspendingRecipientsBid_IsPassedOverUnlessTheTermsAllowIt()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 30_000m), ("B", 50_000m, 25_000m, 50_000m)], Bid("A", "A-extra", 5_000m, 90));

        var strict = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m)), September);
        var lenient = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m), underspendingMayReceive: true), September);

        Assert.Empty(strict.Grants);
        Assert.Contains(strict.Findings, f => f.Code == MonitoringFindings.UnderspendingRecipientPassedOver && f.ActivityId == "A-extra");
        Assert.Equal("A-extra", Assert.Single(lenient.Grants).ActivityId);
    }

    [Fact]
    public void Hold_FurtherRoundBidFromANewRecipient_OpensAnAccountForIt()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 30_000m)]);

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m)), September, [Bid("C", "C-new", 60_000m, 50, minimum: 40_000m)]);

        var c = result.Position.FindAccount("C")!;
        Assert.Equal(Money.Pounds(60_000m), c.Allocation);
        Assert.Equal(Money.Zero(Currency.Gbp), c.InitialAllocation);
        Assert.Equal(Money.Pounds(10_000m), result.Unallocated);
    }

    [Fact]
    public void Hold_ReviewThatDoesNotReallocate_ChangesNothing()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 30_000m)]);

        var quiet = September with { ReallocatesUnderspend = false };

        var result = UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m)) with { ReviewPoints = [quiet] }, quiet);

        Assert.True(result.ChangedNothing);
        Assert.Equal(MonitoringFindings.ReviewDoesNotReallocate, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Hold_ReviewPointNotInTheTerms_ThrowsNamingItAndChangesNothing()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 30_000m)]);
        var december = new ReviewPoint(3, "December review");

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(position, Terms(Money.Pounds(100_000m)), december));

        Assert.Equal("reviewPoint", error.ParamName);
        Assert.Contains("December review", error.Message, StringComparison.Ordinal);
        Assert.Contains("September review", error.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Pounds(50_000m), position.FindAccount("A")!.Allocation);
    }

    [Fact]
    public void Hold_SameReviewTwice_ChangesNothingTheSecondTime()
    {
        var position = AfterQ2(100_000m, [("A", 50_000m, 20_000m, 30_000m), ("B", 50_000m, 25_000m, 50_000m)], Bid("A", "A-extra", 5_000m, 90), Bid("B", "B-extra", 30_000m, 10));
        var terms = Terms(Money.Pounds(100_000m), new UnderspendTolerance(Money.Pounds(500m), 0.1m));
        OverProgrammedBid[] further = [Bid("B", "B-more", 1_000m, 5)];

        var first = UnderspendReview.Hold(position, terms, September, further);
        var second = UnderspendReview.Hold(first.Position, terms, September, further);

        Assert.False(first.ChangedNothing);
        Assert.True(second.ChangedNothing);
        Assert.Equal(first.Position, second.Position);
    }

    [Fact]
    public void Hold_BeforeTheQuarterItFollowsIsRecorded_Throws()
    {
        var position = FundPosition.Open(Year, Money.Pounds(10m), []);

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(position, Terms(Money.Pounds(10m)), September));

        Assert.Equal("reviewPoint", error.ParamName);
    }

    [Fact]
    public void Hold_TermsOfAnotherFund_Throws()
    {
        var position = AfterQ2(10m, [("A", 10m, 0m, 10m)]);

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(position, Terms(Money.Pounds(11m)), September));

        Assert.Equal("terms", error.ParamName);
    }

    [Theory]
    [InlineData(100_000, 1_000, 0.05, 5_000)]
    [InlineData(100_000, 6_000, 0.05, 6_000)]
    [InlineData(33_333, 0, 0.1, 3_333.30)]
    [InlineData(0, 250, 0.5, 250)]
    public void ToleranceFor_FloorAndPercentage_IsTheLarger(decimal allocation, decimal floor, decimal percentage, decimal expected)
    {
        var tolerance = UnderspendReview.ToleranceFor(new UnderspendTolerance(Money.Pounds(floor), percentage), Money.Pounds(allocation));

        Assert.Equal(Money.Pounds(expected), tolerance);
    }

    [Fact]
    public void ToleranceFor_FloorInAnotherCurrency_ThrowsNamingTheTolerance()
    {
        var euros = new UnderspendTolerance(Money.FromMinorUnits(100, Currency.Create("EUR", 2)), 0.05m);

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.ToleranceFor(euros, Money.Pounds(100_000m)));

        Assert.Equal("tolerance", error.ParamName);
        Assert.StartsWith("The amount must be in GBP, the currency of the fund; got ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderspendTolerance_PercentageAboveOne_CannotBeBuilt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new UnderspendTolerance(Money.Pounds(0m), 1.5m));
        Assert.Equal(nameof(UnderspendTolerance.Percentage), error.ParamName);
    }

    [Fact]
    public void Open_AllocationsAboveTheFund_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => FundPosition.Open(Year, Money.Pounds(1m), [new("A", Money.Pounds(2m))]));

        Assert.Equal("allocations", error.ParamName);
    }

    [Fact]
    public void Open_AllocationsInAnyOrder_GiveTheSamePosition()
    {
        KeyValuePair<string, Money>[] allocations = [new("B", Money.Pounds(2m)), new("A", Money.Pounds(1m))];

        Assert.Equal(FundPosition.Open(Year, Money.Pounds(5m), allocations), FundPosition.Open(Year, Money.Pounds(5m), allocations.AsEnumerable().Reverse()));
        Assert.Equal(["A", "B"], FundPosition.Open(Year, Money.Pounds(5m), allocations).Accounts.Select(a => a.RecipientId));
        Assert.Equal(ImmutableArray<HeldBid>.Empty, FundPosition.Open(Year, Money.Pounds(5m), allocations).Bids);
    }
}
