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
    public void Divide_TotalOfClaimsOverflows_ThrowsOverflowExceptionNamingTheTotal()
    {
        var awards = new long[2];

        var ex = Assert.Throws<OverflowException>(() => ClaimsDivision.Divide(ShortfallRule.Proportional, 5, [long.MaxValue, 1], awards));
        Assert.Contains("The 2 claims total 9223372036854775808 minor units", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divide_NegativeClaim_ThrowsArgumentOutOfRange()
    {
        var awards = new long[2];

        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimsDivision.Divide(ShortfallRule.Proportional, 5, [3, -1], awards));
    }

    [Theory]
    [InlineData(ShortfallRule.Weighted, "weights")]
    [InlineData(ShortfallRule.ByNeed, "indicators")]
    public void Divide_RuleThatNeedsMoreThanClaims_ThrowsNamingTheRule(ShortfallRule rule, string needs)
    {
        var awards = new long[1];

        var ex = Assert.Throws<ArgumentException>(() => ClaimsDivision.Divide(rule, 5, [3], awards));
        Assert.Equal("rule", ex.ParamName);
        Assert.Contains(needs, ex.Message, StringComparison.Ordinal);
    }

    // Named cases, not delegates, as theory data: xunit runs a theory whose rows cannot be serialized as one test
    // with several results, and Stryker then cannot tell which row reached a mutant (docs/mutation.md).
    private static readonly Dictionary<string, (Type Type, string Parameter, string Message, Action Divide)> BadArgumentCases = new()
    {
        ["undefined rule"] = (typeof(ArgumentOutOfRangeException), "rule", "Not a defined shortfall rule", () => ClaimsDivision.Divide((ShortfallRule)99, 5, [3], [1], new long[1])),
        ["by need"] = (typeof(ArgumentOutOfRangeException), "rule", "Not a defined shortfall rule", () => ClaimsDivision.Divide(ShortfallRule.ByNeed, 5, [3], [1], new long[1])),
        ["awards too short"] = (typeof(ArgumentException), "awards", "2 claims but room for 1 awards", () => ClaimsDivision.Divide(ShortfallRule.Proportional, 5, [3, 4], [1, 1], new long[1])),
        ["awards overlap claims"] = (typeof(ArgumentException), "awards", "must not overlap", () => { var both = new long[4]; ClaimsDivision.Divide(ShortfallRule.Proportional, 5, both.AsSpan(0, 2), default, both.AsSpan(1, 2)); }),
        ["weights too short"] = (typeof(ArgumentException), "weights", "2 claims but 1 weights", () => ClaimsDivision.Divide(ShortfallRule.Weighted, 5, [3, 4], [1], new long[2])),
        ["zero weight on a claim"] = (typeof(ArgumentException), "weights", "Claim 1 is 4 but its weight is zero", () => ClaimsDivision.Divide(ShortfallRule.Weighted, 5, [3, 4], [1, 0], new long[2])),
        ["negative weight"] = (typeof(ArgumentOutOfRangeException), "weights", "weights[1] is -1", () => ClaimsDivision.Divide(ShortfallRule.Weighted, 5, [3, 4], [1, -1], new long[2])),
    };

    public static TheoryData<string> BadArguments => [.. BadArgumentCases.Keys];

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Divide_BadArgument_ThrowsNamingIt(string badArgument)
    {
        var (type, parameter, message, divide) = BadArgumentCases[badArgument];

        var ex = (ArgumentException)Assert.Throws(type, divide);

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divide_WeightedZeroClaimWithWeightZero_IsAccepted()
    {
        var awards = new long[2];

        ClaimsDivision.Divide(ShortfallRule.Weighted, 5, [0, 9], [0, 1], awards);

        Assert.Equal([0L, 5], awards);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(333)]
    [InlineData(999)]
    public void Divide_ProportionalAClaimOfHalfOfLong_StepsPastLongAreExact(int perMille)
    {
        // Three claims totalling nearly long.MaxValue: the bound on steps (3) times the largest claim passes long, so
        // the step each unit falls due at is found in 128 bits.
        long[] claims = [(long.MaxValue / 2) - 10, long.MaxValue / 4, (long.MaxValue / 4) - 10];
        var estate = (long)((Int128)claims.Sum() * perMille / 1000);

        Assert.Equal(ReferenceDivision.ProportionalByQueue(estate, claims), Divide(ShortfallRule.Proportional, estate, claims));
    }

    [Theory]
    [InlineData(7L, new[] { 84900575075500574L, 120984562199870654, 2721886496233567325, 260751889780930816, 1677998907982072654, 216603146066987804 })]
    [InlineData(6188391922739714070L, new[] { 1028565921759760478L, 3488071123991623431, 1440008917249036276, 155408319096653438, 76337640642640449 })]
    [InlineData(8837234809591530130L, new[] { 922339758513678163L, 4882416213363926580, 869635811803383209, 1831296417312569111, 331546608597973080 })]
    public void Divide_ProportionalSecondOrThirdUnitOfAClaimPastLong_FallsDueAtItsExactStep(long estate, long[] claims)
    {
        // A total past 2⁶²: a claimant's second unit past its share (k·total past long) has its step found in 128 bits,
        // and its third (k·total past 2⁶⁴) too, although the low 64 bits of k·total then read as a positive long. In
        // each case that step decides who gets a unit (found by a search against a model of the division, 2 December).
        Assert.Equal(ReferenceDivision.ProportionalByQueue(estate, claims), Divide(ShortfallRule.Proportional, estate, claims));
    }

    [Fact]
    public void Divide_ProportionalStepFoundIn128BitsFallingExactlyDue_TiesWithTheOtherStep()
    {
        // Claims 2g and g (3g is nearly long.MaxValue), 2 units: at an estate of 3 the shares are exactly 2 and 1, so
        // both claimants' next unit falls due at step 1 and the tie goes to the lower index: a step due exactly must not
        // be rounded one further.
        const long g = long.MaxValue / 3;
        long[] claims = [2 * g, g];

        var awards = Divide(ShortfallRule.Proportional, 2, claims);

        Assert.Equal([2L, 0], awards);
        Assert.Equal(ReferenceDivision.ProportionalByQueue(2, claims), awards);
    }

    [Fact]
    public void Divide_WeightedCappedClaimWithAHugeWeight_StaysAtItsClaim()
    {
        // The small claim is met at any level (its weight is 10¹⁸); level × weight passes long and is worked in 128 bits,
        // and the award is still capped at the claim.
        long[] claims = [10, 1_000_000_000_000_000_000];
        long[] weights = [1_000_000_000_000_000_000, 1];
        var awards = new long[2];

        ClaimsDivision.Divide(ShortfallRule.Weighted, 100_000_000_000_000_000, claims, weights, awards);

        Assert.Equal([10L, 99_999_999_999_999_990], awards);
    }

    [Fact]
    public void Divide_EdgesOfItsRanges_AreAcceptedAndOnePastThemRefused()
    {
        // An estate of nothing, claims totalling exactly long.MaxValue, the quota method at exactly its limit.
        Assert.Equal([0L, 0], Divide(ShortfallRule.Proportional, 0, [3, 4]));
        Assert.Equal(10, Divide(ShortfallRule.Proportional, 10, [long.MaxValue - 1, 1]).Sum());
        Assert.Equal(ClaimsDivision.QuotaLimit, Divide(ShortfallRule.Quota, ClaimsDivision.QuotaLimit, [ClaimsDivision.QuotaLimit, 1]).Sum());

        // One past each.
        Assert.Equal("estate", Assert.Throws<ArgumentOutOfRangeException>(() => Divide(ShortfallRule.Proportional, -1, [3, 4])).ParamName);
        Assert.Throws<OverflowException>(() => Divide(ShortfallRule.Proportional, 10, [long.MaxValue - 1, 2]));
        Assert.Equal("estate", Assert.Throws<ArgumentOutOfRangeException>(() => Divide(ShortfallRule.Quota, ClaimsDivision.QuotaLimit + 1, [ClaimsDivision.QuotaLimit + 1, 1])).ParamName);
    }

    private static long[] Divide(ShortfallRule rule, long estate, long[] claims)
    {
        var awards = new long[claims.Length];
        ClaimsDivision.Divide(rule, estate, claims, awards);
        return awards;
    }
}
