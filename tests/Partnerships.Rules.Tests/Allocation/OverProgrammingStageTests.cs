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
    public void Fund_BidInAnotherCurrency_ThrowsArgumentException()
    {
        var euro = Money.FromMinorUnits(1, Currency.Create("EUR", 2, "€"));

        Assert.Throws<ArgumentException>(() => OverProgrammingStage.Fund(Pence(1), [new OverProgrammedBid("A", "x", euro)], AllocationPolicy.Default));
    }
}
