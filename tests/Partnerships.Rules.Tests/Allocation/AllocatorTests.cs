using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class AllocatorTests
{
    [Fact]
    public void Allocate_StartOf2011_12_MeetsEveryCoreRequestAndFundsNoOverProgramming()
    {
        var result = Allocator.Allocate(Terms2011, Plans2011(), AllocationPolicy.Default);

        Assert.Equal(32, result.Recipients.Length);
        Assert.All(result.Recipients, r => Assert.Equal(Money.Pounds(50_000m), r.CoreAllocated));
        Assert.All(result.Recipients, r => Assert.Contains(r.Findings, f => f.Code == AllocationFindings.CoreMetInFull));
        Assert.Equal(Money.Pounds(1_600_000m), result.CoreAllocated);
        Assert.Equal(Money.Pounds(0m), result.OverProgrammedAllocated);
        Assert.Equal(Money.Pounds(0m), result.Unallocated);
        Assert.False(result.ShortfallApplied);
        Assert.Empty(result.Findings); // no shortfall, nothing left unallocated
        var overProgrammed = result.Activities.Where(a => a.IsOverProgrammed).ToList();
        Assert.Equal(5, overProgrammed.Count);
        Assert.All(overProgrammed, a => Assert.True(a.Allocated.IsZero));
        Assert.Single(overProgrammed, a => a.Findings.Single().Code == AllocationFindings.OverProgrammedDidNotFit);
        Assert.Equal(4, overProgrammed.Count(a => a.Findings.Single().Code == AllocationFindings.OverProgrammedNotReached));
        Assert.Equal(5, result.UnfundedBids(Plans2011()).Length);
    }

    [Fact]
    public void Allocate_FundShortOfCoreClaims_DividesByTheShortfallRuleToThePenny()
    {
        var terms = Terms2011 with { Fund = Money.Pounds(1_500_000m) };

        var result = Allocator.Allocate(terms, Plans2011(), AllocationPolicy.Default);

        Assert.True(result.ShortfallApplied);
        Assert.All(result.Recipients, r => Assert.Equal(Money.Pounds(46_875m), r.CoreAllocated));
        Assert.All(result.Recipients, r => Assert.Contains(r.Findings, f => f.Code == AllocationFindings.CoreReducedByShortfall));
        Assert.Contains(result.Findings, f => f.Code == AllocationFindings.ShortfallApplied);
        Assert.Equal(Money.Pounds(0m), result.Unallocated);
    }

    [Fact]
    public void Allocate_EqualAwardsShortfall_MeetsSmallClaimsFirst()
    {
        var plans = new[] { Plan("A", Core("x", 1_000)), Plan("B", Core("x", 10_000)), Plan("C", Core("x", 10_000)) };

        var result = Allocator.Allocate(Terms(10_001, 50_000), plans, AllocationPolicy.Default with { ShortfallRule = ShortfallRule.ConstrainedEqualAwards });

        Assert.Equal([1_000L, 4_501, 4_500], result.Recipients.Select(r => r.CoreAllocated.MinorUnits));
    }

    [Fact]
    public void Allocate_WeightedShortfall_SharesByFormulaWeights()
    {
        var plans = new[] { Plan("A", Core("x", 10_000)), Plan("B", Core("x", 10_000)) };
        var policy = AllocationPolicy.Default with
        {
            ShortfallRule = ShortfallRule.Weighted,
            FormulaWeights = System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, long>("A", 1), new("B", 3)]),
        };

        var result = Allocator.Allocate(Terms(8_000, 50_000), plans, policy);

        Assert.Equal([2_000L, 6_000], result.Recipients.Select(r => r.CoreAllocated.MinorUnits));
    }

    [Fact]
    public void Allocate_CoreAboveStandardAllocation_IsCappedAndActivitiesFundedInRankOrder()
    {
        var plan = Plan("A", Core("a-second", 40_000, rank: 2), Core("b-first", 30_000, rank: 1));

        var result = Allocator.Allocate(Terms(1_000_000, 50_000), [plan], AllocationPolicy.Default);

        var recipient = Assert.Single(result.Recipients);
        Assert.Equal(70_000, recipient.CoreRequest.MinorUnits);
        Assert.Equal(50_000, recipient.CoreAllocated.MinorUnits);
        Assert.Contains(recipient.Findings, f => f.Code == AllocationFindings.CoreCapped);
        Assert.Equal([20_000L, 30_000], result.Activities.Select(a => a.Allocated.MinorUnits));
        Assert.Contains(result.Activities[0].Findings, f => f.Code == AllocationFindings.CoreActivityPartlyFunded);
        Assert.Equal(950_000, result.Unallocated.MinorUnits);
    }

    [Fact]
    public void Allocate_QueriedAmountWhenTermsHoldBack_IsHeldBackFromTheRequest()
    {
        var standing = new ActivityStanding("A", "asb") { QueriedAmount = Pence(3_000) };

        var result = Allocator.Allocate(Terms(100_000, 50_000), [Plan("A", Core("asb", 10_000))], AllocationPolicy.Default, [standing]);

        var activity = Assert.Single(result.Activities);
        Assert.Equal(3_000, activity.HeldBack.MinorUnits);
        Assert.Equal(7_000, activity.Allocated.MinorUnits);
        Assert.Equal(AllocationFindings.QueriedAmountHeldBack, activity.Findings[0].Code);
    }

    [Fact]
    public void Allocate_QueriedAmountWhenTermsDoNotHoldBack_IsAllocatedAsAsked()
    {
        var standing = new ActivityStanding("A", "asb") { QueriedAmount = Pence(3_000) };

        var result = Allocator.Allocate(Terms(100_000, 50_000, holdBack: false), [Plan("A", Core("asb", 10_000))], AllocationPolicy.Default, [standing]);

        var activity = Assert.Single(result.Activities);
        Assert.Equal(10_000, activity.Allocated.MinorUnits);
        Assert.Equal(AllocationFindings.QueriedAmountNotHeldBack, activity.Findings.Single().Code);
    }

    [Fact]
    public void Allocate_MoneyLeftAfterCore_FundsOverProgrammingByScore()
    {
        var plans = new[]
        {
            Plan("A", Core("core", 50_000), Over("cadets", 20_000)),
            Plan("B", Core("core", 50_000), Over("mentoring", 15_000, minimum: 5_000)),
        };
        ActivityStanding[] standings = [new("A", "cadets") { Score = 1 }, new("B", "mentoring") { Score = 2 }];

        var result = Allocator.Allocate(Terms(125_000, 50_000), plans, AllocationPolicy.Default, standings);

        Assert.Equal(15_000, result.Activities.Single(a => a.ActivityId == "mentoring").Allocated.MinorUnits);
        var cadets = result.Activities.Single(a => a.ActivityId == "cadets");
        Assert.True(cadets.Allocated.IsZero);
        Assert.Equal(AllocationFindings.OverProgrammedDidNotFit, cadets.Findings.Single().Code);
        Assert.Equal(10_000, result.Unallocated.MinorUnits);
        Assert.Equal(new OverProgrammedBid("A", "cadets", Pence(20_000)) { Score = 1 }, Assert.Single(result.UnfundedBids(plans)));
    }

    [Fact]
    public void UnfundedBids_PartlyFundedUnfundedAndUnknownToThePlans_AskForWhatEachLacks()
    {
        var plans = new[]
        {
            Plan("A", Core("core", 10_000), Over("cadets", 30_000, rank: 2, minimum: 12_000)),
            Plan("B", Core("core", 10_000), Over("mentoring", 15_000, rank: 3, minimum: 5_000), Over("patrols", 40_000, rank: 4, minimum: 50_000)),
        };
        ActivityStanding[] standings = [new("A", "cadets") { Score = 1 }, new("B", "mentoring") { Score = 3 }, new("B", "patrols") { Score = 2 }];
        var result = Allocator.Allocate(Terms(45_000, 50_000), plans, new AllocationPolicy { OverProgrammingRule = OverProgrammingRule.FirstFit }, standings);

        // £250 left after core: mentoring takes £150; patrols (all or nothing: its minimum passes its cost) does not
        // fit in £100, nor does cadets, whose minimum is £120.
        Assert.Equal([0L, 15_000, 0], result.Activities.Where(a => a.IsOverProgrammed).Select(a => a.Allocated.MinorUnits));

        Assert.Equal<OverProgrammedBid>(
            [
                new OverProgrammedBid("A", "cadets", Pence(30_000)) { Score = 1, Rank = 2, MinimumViableAmount = Pence(12_000) },
                new OverProgrammedBid("B", "patrols", Pence(40_000)) { Score = 2, Rank = 4, MinimumViableAmount = Pence(40_000) },
            ],
            result.UnfundedBids(plans));
        Assert.Equal<OverProgrammedBid>(
            [
                new OverProgrammedBid("A", "cadets", Pence(30_000)) { Score = 1 },
                new OverProgrammedBid("B", "patrols", Pence(40_000)) { Score = 2 },
            ],
            result.UnfundedBids([]));
    }

    [Fact]
    public void UnfundedBids_PartlyFunded_AsksForTheRestWithNoMinimum()
    {
        var plans = new[] { Plan("A", Core("core", 10_000), Over("cadets", 30_000, rank: 2, minimum: 12_000)) };
        var result = Allocator.Allocate(Terms(25_000, 50_000), plans, AllocationPolicy.Default);

        Assert.Equal(15_000, result.GetActivity("A", "cadets").Allocated.MinorUnits);
        Assert.Equal(
            new OverProgrammedBid("A", "cadets", Pence(15_000)) { Rank = 2, MinimumViableAmount = Pence(0) },
            Assert.Single(result.UnfundedBids(plans)));
    }

    [Fact]
    public void UnfundedBids_NullPlan_ThrowsNamingThePlans()
    {
        var plans = new[] { Plan("A", Core("core", 10_000), Over("cadets", 30_000)) };
        var result = Allocator.Allocate(Terms(5_000, 50_000), plans, AllocationPolicy.Default);

        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => result.UnfundedBids(null!)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => result.UnfundedBids([plans[0], null!])).ParamName);
    }

    [Fact]
    public void Allocate_Shortfall_EachFindingCarriesItsAmount()
    {
        // A asks £1.50, capped at £1.00; B asks £0.80 with £0.30 under query, held back: claims £1.50 against £1.20.
        var plans = new[] { Plan("A", Core("a1", 150)), Plan("B", Core("b1", 80)) };
        var result = Allocator.Allocate(Terms(120, 100), plans, AllocationPolicy.Default, [new ActivityStanding("B", "b1") { QueriedAmount = Pence(30) }]);

        var shortfall = Assert.Single(result.Findings);
        Assert.Equal((AllocationFindings.ShortfallApplied, Pence(30)), (shortfall.Code, shortfall.Amount));
        Assert.Equal("Core claims totalling £1.50 exceed the fund of £1.20; the fund was divided by the Proportional shortfall rule.", shortfall.Message);

        var a = result.GetRecipient("A");
        Assert.Equal([(AllocationFindings.CoreCapped, Pence(50)), (AllocationFindings.CoreReducedByShortfall, Pence(20))], a.Findings.Select(f => (f.Code, f.Amount)));
        Assert.Equal("The core claim of £1.00 was reduced to £0.80 by the Proportional shortfall rule.", a.Findings[1].Message);
        Assert.Equal((AllocationFindings.CoreReducedByShortfall, Pence(10)), (result.GetRecipient("B").Findings.Single().Code, result.GetRecipient("B").Findings.Single().Amount));

        Assert.Equal([(AllocationFindings.CoreActivityPartlyFunded, Pence(80))], result.GetActivity("A", "a1").Findings.Select(f => (f.Code, f.Amount)));
        Assert.Equal(
            [(AllocationFindings.QueriedAmountHeldBack, Pence(30)), (AllocationFindings.CoreActivityPartlyFunded, Pence(40))],
            result.GetActivity("B", "b1").Findings.Select(f => (f.Code, f.Amount)));
        Assert.Equal("The core activity was allocated £0.40 of £0.50: its recipient's core allocation funds its activities in the recipient's own order of preference.", result.GetActivity("B", "b1").Findings[1].Message);
    }

    [Fact]
    public void Allocate_RanksOutOfOrderAfterTwoInOrder_FundsCoreByRank()
    {
        // Ranks 1, 2, 1 by id: the third activity comes second in the recipient's order of preference, and within
        // rank 1 the first by id comes first.
        var plan = Plan("A", Core("a", 100, rank: 1), Core("b", 100, rank: 2), Core("c", 100, rank: 1));

        var result = Allocator.Allocate(Terms(150, 500), [plan], AllocationPolicy.Default);

        Assert.Equal([100L, 0, 50], result.Activities.Select(a => a.Allocated.MinorUnits));
    }

    [Fact]
    public void Allocate_OverProgrammingNotInvited_FundsNoneAndSaysWhy()
    {
        var plans = new[] { Plan("A", Core("core", 50_000), Over("cadets", 20_000)) };

        var result = Allocator.Allocate(Terms(1_000_000, 50_000, invited: false), plans, AllocationPolicy.Default);

        Assert.Equal(AllocationFindings.OverProgrammingNotInvited, result.Activities.Single(a => a.IsOverProgrammed).Findings.Single().Code);
        Assert.Equal(950_000, result.Unallocated.MinorUnits);
        Assert.Contains(result.Findings, f => f.Code == AllocationFindings.FundLeftUnallocated);
        Assert.Empty(result.UnfundedBids(plans));
    }

    [Fact]
    public void Allocate_NoPlans_LeavesTheWholeFundUnallocated()
    {
        var result = Allocator.Allocate(Terms2011, [], AllocationPolicy.Default);

        Assert.Empty(result.Recipients);
        Assert.Equal(Money.Pounds(1_600_000m), result.Unallocated);
    }

    [Fact]
    public void Allocate_TwoPlansFromOneRecipient_ThrowsArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(() => Allocator.Allocate(Terms2011, [Plan("A", Core("x", 1)), Plan("A", Core("y", 1))], AllocationPolicy.Default));

        Assert.Contains("'A'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_PlanForAnotherYear_ThrowsArgumentException()
    {
        var plan = Plan("A", Core("x", 1)) with { Year = Year2011.Next };

        Assert.Throws<ArgumentException>(() => Allocator.Allocate(Terms2011, [plan], AllocationPolicy.Default));
    }

    [Fact]
    public void Allocate_StandingForUnknownActivity_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Allocator.Allocate(Terms2011, [Plan("A", Core("x", 1))], AllocationPolicy.Default, [new ActivityStanding("A", "nope")]));
    }

    [Fact]
    public void Allocate_WeightedWithoutAWeight_ThrowsArgumentException()
    {
        var policy = AllocationPolicy.Default with { ShortfallRule = ShortfallRule.Weighted };

        Assert.Throws<ArgumentException>(() => Allocator.Allocate(Terms(1, 50_000), [Plan("A", Core("x", 10))], policy));
    }

    [Fact]
    public void Allocate_CoreRequestsOverflowLong_ThrowsOverflowException()
    {
        var plan = Plan("A", Core("x", long.MaxValue), Core("y", 1));

        var ex = Assert.Throws<OverflowException>(() => Allocator.Allocate(Terms(1, 50_000, cap: false), [plan], AllocationPolicy.Default));
        Assert.Equal("The core requests of A total at least 9223372036854775808 minor units, beyond the largest amount, 9223372036854775807.", ex.Message);
    }

    [Fact]
    public void Allocate_CoreRequestsOfExactlyTheLargestAmount_AreAccepted()
    {
        var plan = Plan("A", Core("x", long.MaxValue - 1), Core("y", 1), Over("z", long.MaxValue));

        var result = Allocator.Allocate(Terms(100, 50_000), [plan], AllocationPolicy.Default);

        Assert.Equal(long.MaxValue, result.GetRecipient("A").CoreRequest.MinorUnits);
        Assert.Equal(50_000, result.GetRecipient("A").CoreClaim.MinorUnits);
        Assert.Equal(100, result.CoreAllocated.MinorUnits);
    }

    [Fact]
    public void Allocate_CoreClaimsOfAllPlansOverflowLong_ThrowsOverflowNamingTheTotal()
    {
        var plans = new[] { Plan("A", Core("x", long.MaxValue - 1)), Plan("B", Core("y", 3)) };

        var ex = Assert.Throws<OverflowException>(() => Allocator.Allocate(Terms(1, 50_000, cap: false), plans, AllocationPolicy.Default));
        Assert.Contains("claims", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9223372036854775809", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ResultParts_SerialiseToJson()
    {
        var result = Allocator.Allocate(Terms2011, Plans2011(), AllocationPolicy.Default);

        // The whole result does not serialise yet: FundTerms.Year (FinancialYear) exposes Next/Previous, an endless chain.
        var json = System.Text.Json.JsonSerializer.Serialize(new { result.Policy, result.Recipients, result.Activities, result.Unallocated, result.Findings });

        Assert.Contains("\"Code\":\"ALLOC001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Unallocated\":{\"MinorUnits\":0", json, StringComparison.Ordinal);
    }
}
