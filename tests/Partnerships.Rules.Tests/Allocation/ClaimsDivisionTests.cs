using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class ClaimsDivisionTests
{
    public static TheoryData<ShortfallRule> Rules => [ShortfallRule.Proportional, ShortfallRule.ConstrainedEqualAwards, ShortfallRule.ConstrainedEqualLosses, ShortfallRule.Weighted];

    [Fact]
    public void LargestRemainder_SixSixTwo_ShowsTheAlabamaParadox()
    {
        // The reason the core does not use largest remainder: 11p gives the third claimant less than 10p did.
        Assert.Equal([4L, 4, 2], ReferenceDivision.LargestRemainder(10, [6, 6, 2]));
        Assert.Equal([5L, 5, 1], ReferenceDivision.LargestRemainder(11, [6, 6, 2]));
    }

    [Fact]
    public void Divide_ProportionalSixSixTwo_HasNoAlabamaParadox()
    {
        var at10 = Divide(ShortfallRule.Proportional, 10, [6, 6, 2]);
        var at11 = Divide(ShortfallRule.Proportional, 11, [6, 6, 2]);

        Assert.Equal(10, at10.Sum());
        Assert.Equal(11, at11.Sum());
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(at11[i] >= at10[i]));
    }

    [Fact]
    public void Divide_ProportionalEqualClaimsAFewPenniesOver_GivesThemInIndexOrder()
    {
        // Many claimants and few pennies over an even share: the candidates lie beyond the first search bound.
        var claims = Enumerable.Repeat(10L, 100).ToArray();

        var awards = Divide(ShortfallRule.Proportional, 905, claims);

        Assert.Equal(Enumerable.Repeat(10L, 5).Concat(Enumerable.Repeat(9L, 95)), awards);
        Assert.Equal(ReferenceDivision.PennyByPenny(ShortfallRule.Proportional, 905, claims), awards);
    }

    [Fact]
    public void Divide_EqualAwards_FillsSmallClaimsFirstAndSharesTheRest()
    {
        Assert.Equal([100L, 450, 450], Divide(ShortfallRule.ConstrainedEqualAwards, 1000, [100, 500, 800]));
        Assert.Equal([100L, 451, 450], Divide(ShortfallRule.ConstrainedEqualAwards, 1001, [100, 500, 800]));
    }

    [Fact]
    public void Divide_EqualLosses_TakesTheSameFromEachClaimNeverBelowZero()
    {
        // Loss 400 in total: the 100 claim can lose only 100, the others 150 each.
        Assert.Equal([0L, 350, 650], Divide(ShortfallRule.ConstrainedEqualLosses, 1000, [100, 500, 800]));
    }

    [Fact]
    public void Divide_Weighted_SharesByWeightUpToEachClaim()
    {
        var awards = new long[3];
        ClaimsDivision.Divide(ShortfallRule.Weighted, 900, [1000, 1000, 100], [1, 2, 3], awards);

        // Level 266⅔: 266⅔, 533⅓ and the capped 100; the last penny ties at threshold 267 and goes to the lower index.
        Assert.Equal([267L, 533, 100], awards);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Divide_EstateCoversClaims_MeetsEachInFullAndReturnsSurplus(ShortfallRule rule)
    {
        var awards = new long[3];
        var left = ClaimsDivision.Divide(rule, 1000, [100, 200, 300], [1, 1, 1], awards);

        Assert.Equal([100L, 200, 300], awards);
        Assert.Equal(400, left);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Divide_SmallInputs_MatchesPennyByPennyReference(ShortfallRule rule)
    {
        var random = new Random(20111);
        for (var run = 0; run < 300; run++)
        {
            var claims = Enumerable.Range(0, random.Next(0, 7)).Select(_ => (long)random.Next(0, 40)).ToArray();
            var weights = claims.Select(c => c == 0 ? 0L : random.Next(1, 9)).ToArray();
            var estate = random.Next(0, (int)claims.Sum() + 3);
            var awards = new long[claims.Length];

            ClaimsDivision.Divide(rule, estate, claims, weights, awards);

            Assert.Equal(ReferenceDivision.PennyByPenny(rule, estate, claims, weights), awards);
        }
    }

    [Fact]
    public void Divide_ProportionalClaimsNearHalfOfLong_GivesTheLastUnitToTheEarlierStep()
    {
        // ⌊estate·c ÷ total⌋ leaves one unit; claimant 0's next unit is due one step before claimant 1's
        // (⌈(a + 1)·total ÷ c⌉ = estate + 1 against estate + 2). Rounding the step up as (need + c − 1) ÷ c passed
        // long here and gave the unit to claimant 1.
        long[] claims = [4_611_686_018_427_387_029, 4_611_686_018_427_387_726];

        var awards = Divide(ShortfallRule.Proportional, 1_927_684_755_702_647_923, claims);

        Assert.Equal([963_842_377_851_323_889L, 963_842_377_851_324_034], awards);
    }

    [Fact]
    public void Divide_TotalOfClaimsOverflows_ThrowsOverflowException()
    {
        var awards = new long[2];

        var ex = Assert.Throws<OverflowException>(() => ClaimsDivision.Divide(ShortfallRule.Proportional, 5, [long.MaxValue, 1], awards));
        Assert.Contains("claims", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9223372036854775808", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divide_EdgesOfItsRanges_AreAcceptedAndOnePastThemRefused()
    {
        // Claims totalling exactly long.MaxValue: no overflow, and all five units to the large claim.
        Assert.Equal([5L, 0], Divide(ShortfallRule.Proportional, 5, [long.MaxValue - 1, 1]));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Divide(ShortfallRule.Proportional, -1, [3, 4]));
        Assert.Equal(("estate", (object?)-1L), (negative.ParamName, negative.ActualValue));

        // Quota divides up to QuotaLimit units and refuses one more.
        var quota = Divide(ShortfallRule.Quota, ClaimsDivision.QuotaLimit, [ClaimsDivision.QuotaLimit, 1]);
        Assert.Equal(ClaimsDivision.QuotaLimit, quota.Sum());
        var tooLarge = Assert.Throws<ArgumentOutOfRangeException>(() => Divide(ShortfallRule.Quota, ClaimsDivision.QuotaLimit + 1, [ClaimsDivision.QuotaLimit, 2]));
        Assert.Equal("estate", tooLarge.ParamName);
    }

    [Fact]
    public void Divide_WeightedLargeClaims_SelectsAmongAFewCandidatesOnly()
    {
        // The level leaves a few units to give; only the units between it and the level of estate + (claims below their
        // claim) are candidates. Taking every unit up to each claim instead (over 10¹² here) would pass int and throw.
        long[] claims = [1_000_000_000_000, 1_000_000_000_000, 1_000_000_000_000];
        long[] weights = [1, 2, 4];
        var awards = new long[3];

        ClaimsDivision.Divide(ShortfallRule.Weighted, 1_000_000_000_001, claims, weights, awards);

        Assert.Equal(ReferenceDivision.ByQueue(ShortfallRule.Weighted, 1_000_000_000_001, claims, weights), awards);
        Assert.Equal(1_000_000_000_001, awards.Sum());
    }

    [Fact]
    public void Divide_NegativeClaim_ThrowsArgumentOutOfRange()
    {
        var awards = new long[2];

        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimsDivision.Divide(ShortfallRule.Proportional, 5, [3, -1], awards));
    }

    [Fact]
    public void Divide_WeightedWithoutWeights_ThrowsArgumentException()
    {
        var awards = new long[1];

        Assert.Throws<ArgumentException>(() => ClaimsDivision.Divide(ShortfallRule.Weighted, 5, [3], awards));
    }

    private static long[] Divide(ShortfallRule rule, long estate, long[] claims)
    {
        var awards = new long[claims.Length];
        ClaimsDivision.Divide(rule, estate, claims, awards);
        return awards;
    }
}
