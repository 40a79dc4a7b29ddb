using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;
using static Partnerships.Rules.Tests.Monitoring.SmallFund;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Findings of the review and of the closed year that no other test looked at (docs/mutation.md).</summary>
public sealed class ReviewFindingsTests
{
    // The small fund's terms, saying outright what the tests rely on: under-spending recipients receive nothing more.
    private static readonly FundTerms Terms = SmallFund.Terms with { UnderspendingRecipientsMayReceive = false };

    [Fact]
    public void Hold_TwoFurtherBidsOfAnUnderspendingRecipient_PassesOverBoth()
    {
        var position = AfterQ2(Opened(), 5_000m);
        OverProgrammedBid[] bids = [new("A", "a1", Money.Pounds(100m)), new("A", "a2", Money.Pounds(200m)), new("B", "b1", Money.Pounds(300m))];

        var review = UnderspendReview.Hold(position, Terms, September, bids);

        var passedOver = review.Findings.Where(f => f.Code == MonitoringFindings.UnderspendingRecipientPassedOver).Select(f => f.ActivityId);
        Assert.Equal(["a1", "a2"], passedOver);
        Assert.Equal(Money.Pounds(300m), review.Position.GetAccount("B").Allocation - Money.Pounds(10_000m));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Hold_AQueryOpenPastItsDueDate_IsAnOverdueFindingOfTheReview(bool reallocates)
    {
        // A review that does not reallocate still makes the year's checks.
        var review = September with { ReallocatesUnderspend = reallocates };
        var terms = Terms with { ReviewPoints = [review] };
        var raised = QueryDesk.Raise(Opened(), terms, "Q1", "B", "b1", Money.Pounds(1_000m), "FIT001", new LocalDate(2011, 4, 14));
        var position = AfterQ2(raised);

        var result = UnderspendReview.Hold(position, terms, review);

        Assert.Equal(!reallocates, result.Findings.Any(f => f.Code == MonitoringFindings.ReviewDoesNotReallocate));
        var overdue = Assert.Single(result.Findings, f => f.Code == MonitoringFindings.QueryOverdue);
        Assert.Equal("B", overdue.RecipientId);
        Assert.Equal(Assert.Single(QueryDesk.Overdue(position, Year.ReviewDate(2))), overdue);
    }

    [Fact]
    public void FindHistoryAndFindRecipient_FirstLastUnknownAndNull()
    {
        var closed = YearEnd.Close(Json.AuditRoundTripTests.StraightYear().Q4, Round2011.Terms);
        var next = YearEnd.OpenNextYear(closed, Round2011.Scheme);
        var first = closed.Recipients[0].RecipientId;
        var last = closed.Recipients[^1].RecipientId;

        Assert.Equal(first, closed.FindRecipient(first)!.RecipientId);
        Assert.Equal(last, closed.FindRecipient(last)!.RecipientId);
        Assert.Null(closed.FindRecipient("BCU-NOWHERE"));
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => closed.FindRecipient(null!)).ParamName);
        Assert.Equal(first, next.FindHistory(first)!.RecipientId);
        Assert.Equal(last, next.FindHistory(last)!.RecipientId);
        Assert.Null(next.FindHistory("BCU-NOWHERE"));
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => next.FindHistory(null!)).ParamName);
    }

    [Fact]
    public void Underspend_IsWhatWasReclaimedAndWhatLapsed()
    {
        var closed = YearEnd.Close(Json.AuditRoundTripTests.StraightYear().Q4, Round2011.Terms);
        var next = YearEnd.OpenNextYear(closed, Round2011.Scheme);

        var withBoth = next.History.First(h => !h.Reclaimed.IsZero && !h.Lapsed.IsZero);

        Assert.Equal(withBoth.Reclaimed + withBoth.Lapsed, withBoth.Underspend());
    }

    [Fact]
    public void ForOutstanding_NothingFundedYet_IsTheBidItselfWithoutAMinimumAdded()
    {
        var bid = new OverProgrammedBid("A", "a1", Money.Pounds(100m));

        Assert.Same(bid, new HeldBid(bid, Money.Zero(Currency.Gbp)).ForOutstanding());
        Assert.Equal(bid with { Amount = Money.Pounds(60m), MinimumViableAmount = Money.Zero(Currency.Gbp) }, new HeldBid(bid, Money.Pounds(40m)).ForOutstanding());
    }
}
