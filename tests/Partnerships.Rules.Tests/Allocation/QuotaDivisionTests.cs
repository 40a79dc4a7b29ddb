using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// The rules that keep each award within a unit of its exact share: <see cref="ShortfallRule.Quota"/> (Balinski–Young)
/// and <see cref="ShortfallRule.LargestRemainder"/> (Hamilton). docs/design.md, invariant 5 (conservation) and
/// invariant 9 (monotone in the fund).
/// </summary>
public sealed class QuotaDivisionTests
{
    private static readonly ShortfallRule[] QuotaRules = [ShortfallRule.Quota, ShortfallRule.LargestRemainder];

    /// <summary>Claims mixing one large claim with many tiny ones, ties and zeros; small enough for the Quota rule.</summary>
    private static Gen<long[]> QuotaClaims { get; } = Gen.Frequency(
        (2, Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 40).Select(x => (long)x), n))),
        (2, from big in Gen.Choose(100, 100_000)
            from n in Gen.Choose(1, 30)
            from tiny in Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), n)
            select tiny.Prepend(big).Select(x => (long)x).ToArray()),
        (1, from v in Gen.Choose(1, 9)
            from n in Gen.Choose(2, 9)
            select Enumerable.Repeat((long)v, n).ToArray()),
        (1, Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 2_000).Select(x => (long)x), n))));

    private static Gen<(long[] Claims, long Estate, long Step)> QuotaCases { get; } =
        from claims in QuotaClaims
        from estate in Gen.Choose(0, (int)Math.Min(claims.Sum() + 3, 200_000)).Select(x => (long)x)
        from step in Gen.Frequency((3, Gen.Choose(1, 3)), (1, Gen.Choose(1, 1_000)))
        select (claims, estate, (long)step);

    [Fact]
    public void Quota_EveryClaimVectorUpToFourClaimsOfZeroToEight_IsBalinskiYoungAtEveryFund()
    {
        // Exhaustive: 7,380 claim vectors, every fund from 0 to the total; each award matches the penny-by-penny
        // definition, stays within quota and never falls as the fund grows.
        var checkedFunds = 0;
        for (var n = 1; n <= 4; n++)
        {
            foreach (var claims in Vectors(n, 8))
            {
                checkedFunds += CheckEveryFund(claims);
            }
        }

        Assert.Equal(121_784, checkedFunds);
    }

    [Fact]
    public void Quota_RandomSetsOfUpToTwelveClaims_IsBalinskiYoungAtEveryFund()
    {
        var random = new Random(2011);
        for (var round = 0; round < 300; round++)
        {
            var claims = Enumerable.Range(0, random.Next(1, 13)).Select(_ => (long)(random.Next(4) == 0 ? random.Next(0, 3) : random.Next(0, 60))).ToArray();
            CheckEveryFund(claims);
        }
    }

    [Fact]
    public void StaticRule_ClaimsOneOneFourFour_LosesAUnitWhenTheFundGrows()
    {
        // Why the Quota rule remembers smaller funds: the static rule (⌊q⌋ plus the earliest optional deadlines) is
        // within quota at every fund but not monotone. At 5 it gives 1, 0, 2, 2; at 6 it gives 0, 0, 3, 3.
        long[] claims = [1, 1, 4, 4];
        Assert.Equal([1, 0, 2, 2], ReferenceQuota.EarliestOptionalDeadlines(5, claims));
        Assert.Equal([0, 0, 3, 3], ReferenceQuota.EarliestOptionalDeadlines(6, claims));
        Assert.Equal([1, 0, 2, 2], Divide(ShortfallRule.Quota, 5, claims));
        Assert.Equal([1, 0, 3, 2], Divide(ShortfallRule.Quota, 6, claims));
    }

    [Fact]
    public void LargestRemainder_ClaimsOneThreeThree_ShowsTheAlabamaParadox()
    {
        long[] claims = [1, 3, 3];
        Assert.Equal([1, 1, 1], Divide(ShortfallRule.LargestRemainder, 3, claims));
        Assert.Equal([0, 2, 2], Divide(ShortfallRule.LargestRemainder, 4, claims));
        Assert.Equal([0, 2, 1], Divide(ShortfallRule.Quota, 3, claims));
        Assert.Equal([0, 2, 2], Divide(ShortfallRule.Quota, 4, claims));
    }

    [Theory]
    [InlineData(ShortfallRule.Quota, 501)]
    [InlineData(ShortfallRule.LargestRemainder, 500)]
    [InlineData(ShortfallRule.DHondt, 505)]
    [InlineData(ShortfallRule.Proportional, 505)]
    public void Divide_FiveHundredFivePenceOverOneLargeAndNineTinyClaims_GivesTheLargeClaim(ShortfallRule rule, long expected)
    {
        // Exact share 500.5p: the quota rules give 500 or 501; D'Hondt gives 505.
        long[] claims = [1_000, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var awards = Divide(rule, 505, claims);
        Assert.Equal(expected, awards[0]);
        Assert.Equal(505, awards.Sum());
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_QuotaRules_KeepEachAwardWithinAUnitOfItsExactShare()
    {
        return Prop.ForAll(QuotaCases.ToArbitrary(), c => QuotaRules.All(rule =>
            ReferenceQuota.WithinQuota(Math.Min(c.Estate, c.Claims.Sum()), c.Claims, Divide(rule, c.Estate, c.Claims))));
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_QuotaRules_ConserveTheEstate()
    {
        return Prop.ForAll(QuotaCases.ToArbitrary(), c => QuotaRules.All(rule =>
        {
            var awards = new long[c.Claims.Length];
            var left = ClaimsDivision.Divide(rule, c.Estate, c.Claims, awards);
            return awards.Sum() + left == c.Estate && left == Math.Max(0, c.Estate - c.Claims.Sum());
        }));
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_Quota_MoreMoneyNeverGivesAnyClaimantLess()
    {
        return Prop.ForAll(QuotaCases.ToArbitrary(), c =>
        {
            var before = Divide(ShortfallRule.Quota, c.Estate, c.Claims);
            var after = Divide(ShortfallRule.Quota, c.Estate + c.Step, c.Claims);
            return before.Zip(after).All(p => p.Second >= p.First);
        });
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_Quota_MatchesThePennyByPennyDefinition()
    {
        var small = from claims in Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 50).Select(x => (long)x), n))
                    from estate in Gen.Choose(0, (int)claims.Sum())
                    select (claims, (long)estate);
        return Prop.ForAll(small.ToArbitrary(), c =>
            Divide(ShortfallRule.Quota, c.Item2, c.claims).SequenceEqual(ReferenceQuota.BalinskiYoungEveryFund(c.claims)[c.Item2]));
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_LargestRemainder_MatchesTheReference()
    {
        return Prop.ForAll(QuotaCases.ToArbitrary(), c =>
            Divide(ShortfallRule.LargestRemainder, c.Estate, c.Claims).SequenceEqual(ReferenceDivision.LargestRemainder(c.Estate, c.Claims)));
    }

    // Not an InvariantProperty: Quota walks the fund penny by penny, so 10^5 cases would not fit the deep run; the
    // exhaustive check of every small claim vector above proves the same invariants.
    [FsCheck.Xunit.Property]
    public Property Divide_QuotaRulesWithClaimsNearLongMaxValue_StayWithinQuota()
    {
        var huge = from n in Gen.Choose(1, 6)
                   from offsets in Gen.ArrayOf(Gen.Choose(0, 1_000), n)
                   from estate in Gen.Choose(0, 20_000)
                   select (offsets.Select(o => (long.MaxValue / n) - o).ToArray(), (long)estate);
        return Prop.ForAll(huge.ToArbitrary(), c => QuotaRules.All(rule =>
            ReferenceQuota.WithinQuota(c.Item2, c.Item1, Divide(rule, c.Item2, c.Item1))));
    }

    [Fact]
    public void Divide_QuotaWithClaimsNearLongMaxValueAndALargeEstate_StaysWithinQuota()
    {
        // The property above keeps estates small: Quota walks the estate unit by unit, and 1,000 walks of millions took
        // most of the suite's time. One walk of two million units here.
        long[] claims = [long.MaxValue / 3, (long.MaxValue / 3) - 1, (long.MaxValue / 3) - 1_000];
        var awards = Divide(ShortfallRule.Quota, 2_000_000, claims);
        Assert.Equal(2_000_000, awards.Sum());
        Assert.True(ReferenceQuota.WithinQuota(2_000_000, claims, awards));
    }

    [Fact]
    public void Divide_LargestRemainderWithEstateNearLongMaxValue_StaysWithinQuota()
    {
        long[] claims = [long.MaxValue / 3, long.MaxValue / 3, (long.MaxValue / 3) - 7];
        var estate = claims.Sum() - 5;
        var awards = Divide(ShortfallRule.LargestRemainder, estate, claims);
        Assert.Equal(estate, awards.Sum());
        Assert.True(ReferenceQuota.WithinQuota(estate, claims, awards));
    }

    [Fact]
    public void Divide_QuotaAboveItsLimit_ThrowsArgumentOutOfRange()
    {
        long[] claims = [ClaimsDivision.QuotaLimit, ClaimsDivision.QuotaLimit];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Divide(ShortfallRule.Quota, ClaimsDivision.QuotaLimit + 1, claims));
        Assert.Equal("estate", error.ParamName);
        Assert.Equal([5, 5], Divide(ShortfallRule.Quota, 10, [5, 5]));
    }

    [Theory]
    [InlineData(ShortfallRule.LargestRemainder)]
    [InlineData(ShortfallRule.Quota)]
    public void Divide_EqualClaimsAndFewerUnitsThanClaimants_GivesTheUnitsToTheLowestIndices(ShortfallRule rule)
    {
        // Every remainder, deadline and release is equal: only the index decides, wherever the units fall.
        Assert.Equal([1L, 1, 1, 0, 0, 0, 0], Divide(rule, 3, [1, 1, 1, 1, 1, 1, 1]));
        Assert.Equal([3L, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2], Divide(rule, 27, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]));
    }

    [Fact]
    public void Divide_ByNeedWithoutIndicators_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Divide(ShortfallRule.ByNeed, 10, [5, 6]));
        Assert.Equal("rule", error.ParamName);
    }

    [Fact]
    public void Allocate_QuotaRulePlansShuffled_GivesTheSameResult()
    {
        // Order independence at the domain level: recipients are put in id order before the division (invariant 10's sibling for the core).
        var plans = Enumerable.Range(0, 12).Select(i => Plan(FormattableString.Invariant($"R{(i * 7) % 12:00}"), Core("c", 1 + (i % 3)))).ToArray();
        var terms = Terms(fund: 11, standard: 1_000, invited: false);
        var policy = AllocationPolicy.Default with { ShortfallRule = ShortfallRule.Quota };
        var a = Allocator.Allocate(terms, plans, policy);
        var b = Allocator.Allocate(terms, plans.AsEnumerable().Reverse(), policy);
        Assert.Equal(a.Recipients.Select(r => (r.RecipientId, r.CoreAllocated)), b.Recipients.Select(r => (r.RecipientId, r.CoreAllocated)));
        Assert.Equal(11, a.CoreAllocated.MinorUnits);
    }

    private static int CheckEveryFund(long[] claims)
    {
        var total = claims.Sum();
        if (total == 0)
        {
            return 0;
        }

        var reference = ReferenceQuota.BalinskiYoungEveryFund(claims);
        var previous = new long[claims.Length];
        for (long fund = 0; fund <= total; fund++)
        {
            var awards = Divide(ShortfallRule.Quota, fund, claims);
            Assert.True(awards.SequenceEqual(reference[fund]), FormattableString.Invariant($"claims [{string.Join(", ", claims)}] fund {fund}: [{string.Join(", ", awards)}] is not Balinski–Young"));
            Assert.True(ReferenceQuota.WithinQuota(fund, claims, awards), FormattableString.Invariant($"claims [{string.Join(", ", claims)}] fund {fund}: not within quota"));
            Assert.True(awards.Zip(previous).All(p => p.First >= p.Second), FormattableString.Invariant($"claims [{string.Join(", ", claims)}] fund {fund}: an award fell"));
            previous = awards;
        }

        return (int)total + 1;
    }

    private static IEnumerable<long[]> Vectors(int n, int max)
    {
        var v = new long[n];
        while (true)
        {
            yield return (long[])v.Clone();
            var k = 0;
            while (k < n && v[k] == max)
            {
                v[k++] = 0;
            }

            if (k == n)
            {
                yield break;
            }

            v[k]++;
        }
    }

    private static long[] Divide(ShortfallRule rule, long estate, long[] claims)
    {
        var awards = new long[claims.Length];
        ClaimsDivision.Divide(rule, estate, claims, awards);
        return awards;
    }
}
