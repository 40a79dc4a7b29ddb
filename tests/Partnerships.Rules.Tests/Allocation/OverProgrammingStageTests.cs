using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

public sealed class OverProgrammingStageTests
{
    [Fact]
    public void Fund_StrictOrder_GivesEachBidItsReason()
    {
        OverProgrammedBid[] bids =
        [
            new("B", "mentoring", Pence(400)) { Score = 2 },
            new("A", "cadets", Pence(700)) { Score = 1 },
            new("C", "patrols", Pence(100)) { Score = 0 },
        ];

        var result = OverProgrammingStage.Fund(Pence(1_000), bids, AllocationPolicy.Default);

        Assert.Equal(["mentoring", "cadets", "patrols"], result.Awards.Select(a => a.Bid.ActivityId));
        Assert.Equal(
            [AllocationFindings.OverProgrammedFunded, AllocationFindings.OverProgrammedDidNotFit, AllocationFindings.OverProgrammedNotReached],
            result.Awards.Select(a => a.Reason.Code));
        Assert.Equal("Not funded: it needs at least £7.00 but only £6.00 was left when its turn came.", result.Awards[1].Reason.Message);
        Assert.Equal(Pence(600), result.LeftOver);
        Assert.Equal(Pence(400), result.Awarded);
    }

    [Fact]
    public void Fund_FurtherRoundBidsInAnyOrder_GiveTheSameResult()
    {
        OverProgrammedBid[] bids = [new("A", "x", Pence(300)), new("B", "x", Pence(300)), new("A", "y", Pence(300)) { Rank = 0 }];

        var forward = OverProgrammingStage.Fund(Pence(500), bids, OverProgrammingRule.FirstFit);
        var backward = OverProgrammingStage.Fund(Pence(500), bids.AsEnumerable().Reverse(), OverProgrammingRule.FirstFit);

        Assert.Equal(forward, backward);
        Assert.Equal("y", forward.Awards.Single(a => !a.Awarded.IsZero).Bid.ActivityId);
    }

    [Fact]
    public void Fund_PartlyFundable_TakesWhatIsLeft()
    {
        var result = OverProgrammingStage.Fund(Pence(250), [new OverProgrammedBid("A", "x", Pence(300)) { MinimumViableAmount = Pence(200) }], AllocationPolicy.Default);

        Assert.Equal(Pence(250), result.Awards.Single().Awarded);
        Assert.Equal(AllocationFindings.OverProgrammedPartlyFunded, result.Awards.Single().Reason.Code);
    }

    [Fact]
    public void Fund_SameBidTwice_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => OverProgrammingStage.Fund(Pence(1), [new OverProgrammedBid("A", "x", Pence(1)), new OverProgrammedBid("A", "x", Pence(2))], AllocationPolicy.Default));
    }

    [Fact]
    public void Fund_BidInAnotherCurrency_ThrowsArgumentExceptionNamingTheBid()
    {
        var euro = Money.FromMinorUnits(1, Currency.Create("EUR", 2, "€"));

        var amount = Assert.Throws<ArgumentException>(() => OverProgrammingStage.Fund(Pence(1), [new OverProgrammedBid("A", "x", euro)], AllocationPolicy.Default));
        var minimum = Assert.Throws<ArgumentException>(() => OverProgrammingStage.Fund(Pence(1), [new OverProgrammedBid("A", "x", Pence(5)) { MinimumViableAmount = euro }], AllocationPolicy.Default));

        Assert.Equal("bids", amount.ParamName);
        Assert.StartsWith("The Amount of bid A / x is in EUR, the pool in GBP.", amount.Message, StringComparison.Ordinal);
        Assert.Equal("bids", minimum.ParamName);
        Assert.StartsWith("The MinimumViableAmount of bid A / x is in EUR, the pool in GBP.", minimum.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "The MinimumViableAmount of bid A / x is -£0.01; it must be between nothing and its Amount, £5.00.")]
    [InlineData(501, "The MinimumViableAmount of bid A / x is £5.01; it must be between nothing and its Amount, £5.00.")]
    public void Fund_MinimumOutsideNothingToItsAmount_ThrowsNamingTheBid(long minimum, string message)
    {
        var bid = new OverProgrammedBid("A", "x", Pence(500)) { MinimumViableAmount = Pence(minimum) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OverProgrammingStage.Fund(Pence(1_000), [bid], OverProgrammingRule.FirstFit));

        Assert.Equal("bids", error.ParamName);
        Assert.Equal(Pence(minimum), error.ActualValue);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    public void Fund_MinimumOfNothingOrOfItsAmount_IsAccepted(long minimum)
    {
        var bid = new OverProgrammedBid("A", "x", Pence(500)) { MinimumViableAmount = Pence(minimum) };

        var result = OverProgrammingStage.Fund(Pence(300), [bid], OverProgrammingRule.FirstFit);

        Assert.Equal(minimum == 0 ? Pence(300) : Pence(0), result.Awarded);
    }

    [Fact]
    public void Fund_NegativeScore_ThrowsNamingTheBid()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OverProgrammingStage.Fund(Pence(1), [new OverProgrammedBid("A", "x", Pence(1)) { Score = -1 }], OverProgrammingRule.FirstFit));

        Assert.Equal("bids", error.ParamName);
        Assert.Equal(-1, error.ActualValue);
        Assert.StartsWith("The Score of bid A / x is negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fund_NullArguments_ThrowNamingThem()
    {
        OverProgrammedBid[] withNull = [new("A", "x", Pence(1)), null!];

        Assert.Equal("bids", Assert.Throws<ArgumentNullException>(() => OverProgrammingStage.Fund(Pence(1), null!, AllocationPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => OverProgrammingStage.Fund(Pence(1), [], (AllocationPolicy)null!)).ParamName);
        Assert.Equal("bids", Assert.Throws<ArgumentNullException>(() => OverProgrammingStage.Fund(Pence(1), withNull, AllocationPolicy.Default)).ParamName);
    }

    [Fact]
    public void Fund_NegativePool_ThrowsNamingThePool()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OverProgrammingStage.Fund(Pence(-1), [], AllocationPolicy.Default));

        Assert.Equal("pool", error.ParamName);
    }

    [Fact]
    public void Fund_RepeatedBidAmongOthersOutOfOrder_ThrowsNamingIt()
    {
        OverProgrammedBid[] bids = [new("B", "y", Pence(1)), new("A", "x", Pence(1)), new("C", "z", Pence(1)), new("A", "x", Pence(2))];

        var error = Assert.Throws<ArgumentException>(() => OverProgrammingStage.Fund(Pence(1), bids, AllocationPolicy.Default));

        Assert.Equal("bids", error.ParamName);
        Assert.StartsWith("The bid A / x is given twice.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fund_EqualScoresAndRanks_TakesBidsByRecipientThenActivityId()
    {
        OverProgrammedBid[] bids = [new("B", "a", Pence(1)), new("A", "y", Pence(1)), new("A", "x", Pence(1))];

        var result = OverProgrammingStage.Fund(Pence(10), bids, OverProgrammingRule.FirstFit);

        Assert.Equal(["A/x", "A/y", "B/a"], result.Awards.Select(a => a.Bid.RecipientId + "/" + a.Bid.ActivityId));
    }

    [Fact]
    public void Fund_StrictOrderStopped_EveryLaterBidNamesItselfAndTheBidThatStopped()
    {
        OverProgrammedBid[] bids =
        [
            new("A", "big", Pence(900)) { Score = 3 },
            new("B", "small", Pence(100)) { Score = 2 },
            new("C", "tiny", Pence(1)) { Score = 1 },
        ];

        var result = OverProgrammingStage.Fund(Pence(500), bids, OverProgrammingRule.StrictOrder);

        Assert.Equal(Pence(0), result.Awarded);
        Assert.Equal(Pence(500), result.LeftOver);
        Assert.Equal(OverProgrammingRule.StrictOrder, result.Rule);
        Assert.Equal(OverProgrammingOrder.Score, result.Order);
        Assert.Equal(Pence(500), result.Pool);
        Assert.Equal("Not funded: it needs at least £9.00 but only £5.00 was left when its turn came.", result.Awards[0].Reason.Message);
        foreach (var (award, recipient, activity) in new[] { (result.Awards[1], "B", "small"), (result.Awards[2], "C", "tiny") })
        {
            Assert.Equal(AllocationFindings.OverProgrammedNotReached, award.Reason.Code);
            Assert.Equal((recipient, activity), (award.Reason.RecipientId, award.Reason.ActivityId));
            Assert.Equal("Not funded: funding in strict order stopped at an earlier bid that did not fit (A / big).", award.Reason.Message);
        }
    }

    [Fact]
    public void Fund_FirstFitAfterAMiss_ReportsWhatWasLeftAtEachTurn()
    {
        OverProgrammedBid[] bids =
        [
            new("A", "first", Pence(300)) { Score = 4 },
            new("B", "big", Pence(900)) { Score = 3 },
            new("C", "fits", Pence(150)) { Score = 2 },
            new("D", "late", Pence(100)) { Score = 1 },
        ];

        var result = OverProgrammingStage.Fund(Pence(500), bids, OverProgrammingRule.FirstFit);

        Assert.Equal([300L, 0, 150, 0], result.Awards.Select(a => a.Awarded.MinorUnits));
        Assert.Equal("Not funded: it needs at least £9.00 but only £2.00 was left when its turn came.", result.Awards[1].Reason.Message);
        Assert.Equal("Not funded: it needs at least £1.00 but only £0.50 was left when its turn came.", result.Awards[3].Reason.Message);
        Assert.Equal(Pence(450), result.Awarded);
        Assert.Equal(Pence(50), result.LeftOver);
    }

    [Fact]
    public void Fund_NothingLeftForABidWithNoMinimum_SaysItNeedsAtLeastOnePenny()
    {
        var result = OverProgrammingStage.Fund(Pence(0), [new OverProgrammedBid("A", "x", Pence(300)) { MinimumViableAmount = Pence(0) }], OverProgrammingRule.FirstFit);

        Assert.Equal("Not funded: it needs at least £0.01 but only £0.00 was left when its turn came.", result.Awards.Single().Reason.Message);
    }

    [Fact]
    public void Fund_PartlyFunded_NamesTheMinimum()
    {
        var result = OverProgrammingStage.Fund(Pence(250), [new OverProgrammedBid("A", "x", Pence(300)) { MinimumViableAmount = Pence(200) }], OverProgrammingRule.FirstFit);

        Assert.Equal("The over-programmed activity was funded in part: £2.50 of £3.00, no less than its minimum viable amount of £2.00.", result.Awards.Single().Reason.Message);
        Assert.Equal(Pence(250), result.Awards.Single().Reason.Amount);
    }
}
