using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

public sealed class AllocationComparisonTests
{
    private static readonly NeedRecipient[] Boroughs =
    [
        NeedRecipient.Of("A", ("crime", 1_000), ("area", 10)),
        NeedRecipient.Of("B", ("crime", 4_500), ("area", 30)),
        NeedRecipient.Of("C", ("crime", 9_000), ("area", 20)),
    ];

    [Fact]
    public void Compare_AnotherFund_GivesEachDifferenceWithTheFundAsReason()
    {
        var formula = NeedFormula.Of(("crime", 1));
        var baseline = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs, formula);
        var proposed = NeedAllocator.Allocate(Money.Pounds(110_000m), Boroughs, formula);
        var comparison = AllocationComparison.Compare(baseline, proposed);
        Assert.Equal("fund £100,000.00 → £110,000.00", comparison.TermChanges.Single());
        Assert.Equal(Money.Pounds(10_000m), comparison.Recipients.Aggregate(Pence(0), (sum, r) => sum + r.Difference));
        Assert.All(comparison.Recipients, r => Assert.True(r.Difference.MinorUnits >= 0));
        Assert.All(comparison.Recipients, r => Assert.Equal(ComparisonFindings.Changed, r.Reason.Code));
        Assert.Contains("fund £100,000.00 → £110,000.00", comparison.Recipients[0].Reason.Message, StringComparison.Ordinal);
        Assert.Equal(comparison.Recipients[0].BaselineFindings, baseline.Recipients[0].Findings);
    }

    [Fact]
    public void Compare_AnotherWeightAndBand_NamesTheWeightTheShareAndTheBound()
    {
        var baseline = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, NeedFormula.Of(("crime", 1), ("area", 0)), NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m)));
        var proposed = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, NeedFormula.Of(("crime", 1), ("area", 1)), NeedBands.Band(Money.Pounds(30_000m), Money.Pounds(60_000m)));
        var comparison = AllocationComparison.Compare(baseline, proposed);
        Assert.Contains("weight of area 0 → 1", comparison.TermChanges);
        Assert.Contains("band minimum £40,000.00 → £30,000.00", comparison.TermChanges);
        var a = comparison.Recipients.Single(r => r.RecipientId == "A");
        Assert.Contains("need share", a.Reason.Message, StringComparison.Ordinal);
        Assert.Contains("at its floor of £30,000.00", a.Reason.Message, StringComparison.Ordinal);
        Assert.Equal(comparison.BaselineTotal, comparison.ProposedTotal);
    }

    [Fact]
    public void Compare_ABandAddedAndTakenAway_SaysNoneForTheSideWithout()
    {
        var formula = NeedFormula.Of(("crime", 1));
        var banded = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, formula, NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m)));
        var open = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, formula, NeedBands.None);

        Assert.Contains("band minimum none → £40,000.00", AllocationComparison.Compare(open, banded).TermChanges);
        Assert.Contains("band maximum £50,000.00 → none", AllocationComparison.Compare(banded, open).TermChanges);
    }

    [Theory]
    [InlineData("standard allocation")]
    [InlineData("core capped at the standard allocation")]
    [InlineData("over-programming invited")]
    [InlineData("queried amounts held back")]
    [InlineData("over-programming rule")]
    [InlineData("over-programming order")]
    public void Compare_OneTermChanged_NamesThatTermOnly(string term)
    {
        var plans = new[] { Plan("P1", Core("c", 1_000)), Plan("P2", Core("c", 1)) };
        var terms = Terms(fund: 505, standard: 10_000);
        var policy = AllocationPolicy.Default;
        var (proposedTerms, proposedPolicy) = term switch
        {
            "standard allocation" => (terms with { StandardAllocation = Pence(20_000) }, policy),
            "core capped at the standard allocation" => (terms with { CapCoreAtStandardAllocation = false }, policy),
            "over-programming invited" => (terms with { OverProgrammingInvited = false }, policy),
            "queried amounts held back" => (terms with { HoldBackQueriedAmounts = false }, policy),
            "over-programming rule" => (terms, policy with { OverProgrammingRule = OverProgrammingRule.FirstFit }),
            _ => (terms, policy with { OverProgrammingOrder = OverProgrammingOrder.ScorePerPound }),
        };

        var comparison = AllocationComparison.Compare(terms, policy, proposedTerms, proposedPolicy, plans);

        Assert.StartsWith(term + " ", Assert.Single(comparison.TermChanges), StringComparison.Ordinal);
        Assert.Contains(" → ", comparison.TermChanges[0], StringComparison.Ordinal);
        Assert.Equal(Pence(505), comparison.BaselineTotal);
    }

    [Fact]
    public void Compare_NullArguments_ThrowNamingThem()
    {
        var need = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs, NeedFormula.Of(("crime", 1)));
        var terms = Terms(fund: 505, standard: 10_000);
        var result = Allocator.Allocate(terms, [Plan("P1", Core("c", 1_000))], AllocationPolicy.Default);

        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => AllocationComparison.Compare(null!, need)).ParamName);
        Assert.Equal("proposed", Assert.Throws<ArgumentNullException>(() => AllocationComparison.Compare(need, null!)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => AllocationComparison.Compare(null!, result)).ParamName);
        Assert.Equal("proposed", Assert.Throws<ArgumentNullException>(() => AllocationComparison.Compare(result, null!)).ParamName);
        Assert.Equal("eligiblePlans", Assert.Throws<ArgumentNullException>(() => AllocationComparison.Compare(terms, AllocationPolicy.Default, terms, AllocationPolicy.Default, null!)).ParamName);
    }

    [Fact]
    public void Compare_TermsUnderTwoShortfallRules_ExplainsEachRecipientWithItsFindings()
    {
        var plans = new[] { Plan("P1", Core("c", 1_000)), Plan("P2", Core("c", 1)), Plan("P3", Core("c", 1)) };
        var terms = Terms(fund: 505, standard: 10_000, invited: false);
        var bigger = terms with { Fund = Pence(1_002) };
        var comparison = AllocationComparison.Compare(
            terms, AllocationPolicy.Default with { ShortfallRule = ShortfallRule.DHondt },
            bigger, AllocationPolicy.Default with { ShortfallRule = ShortfallRule.Quota },
            plans);
        Assert.Equal("fund £5.05 → £10.02|shortfall rule DHondt → Quota", string.Join("|", comparison.TermChanges));
        Assert.Equal(Pence(505), comparison.BaselineTotal);
        Assert.Equal(Pence(1_002), comparison.ProposedTotal);
        Assert.All(comparison.Recipients, r => Assert.Contains("shortfall rule DHondt → Quota", r.Reason.Message, StringComparison.Ordinal));
        Assert.Contains(comparison.Recipients, r => r.Reason.Message.Contains("findings ALLOC003 → ALLOC001", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_TheSameAllocation_SaysNoChangeInTheTerms()
    {
        var result = Allocator.Allocate(Terms(fund: 505, standard: 10_000), [Plan("P1", Core("c", 300)), Plan("P2", Core("c", 100))], AllocationPolicy.Default);

        var comparison = AllocationComparison.Compare(result, result);

        Assert.Empty(comparison.TermChanges);
        Assert.All(comparison.Recipients, r => Assert.EndsWith(": no change in the terms.", r.Reason.Message, StringComparison.Ordinal));
        Assert.All(comparison.Recipients, r => Assert.Equal(Pence(0), r.Difference));
    }

    [Fact]
    public void Compare_AFundLeftPartlyUnallocated_TotalsWhatWasAllocatedNotTheFund()
    {
        var plans = new[] { Plan("P1", Core("c", 300)), Plan("P2", Core("c", 100)) };
        var terms = Terms(fund: 1_000, standard: 10_000, invited: false);

        var comparison = AllocationComparison.Compare(terms, AllocationPolicy.Default, terms with { Fund = Pence(2_000) }, AllocationPolicy.Default, plans);

        Assert.Equal(Pence(400), comparison.BaselineTotal);
        Assert.Equal(Pence(400), comparison.ProposedTotal);
    }

    [Fact]
    public void Compare_RecipientsOnOneSideOnly_CountNothingOnTheOtherSide()
    {
        var terms = Terms(fund: 1_000, standard: 10_000, invited: false);
        var baseline = Allocator.Allocate(terms, [Plan("P1", Core("c", 300)), Plan("P2", Core("c", 100))], AllocationPolicy.Default);
        var proposed = Allocator.Allocate(terms, [Plan("P1", Core("c", 300)), Plan("P3", Core("c", 200))], AllocationPolicy.Default);

        var comparison = AllocationComparison.Compare(baseline, proposed);

        Assert.Equal(["P1", "P2", "P3"], comparison.Recipients.Select(r => r.RecipientId));
        var gone = comparison.Recipients[1];
        Assert.Equal((Pence(100), Pence(0)), (gone.Baseline, gone.Proposed));
        Assert.Equal(baseline.GetRecipient("P2").Findings, gone.BaselineFindings);
        Assert.Empty(gone.ProposedFindings);
        Assert.EndsWith(": findings ALLOC001 → none.", gone.Reason.Message, StringComparison.Ordinal);
        Assert.Equal(Pence(-100), gone.Reason.Amount);
        var added = comparison.Recipients[2];
        Assert.Equal((Pence(0), Pence(200)), (added.Baseline, added.Proposed));
        Assert.Empty(added.BaselineFindings);
        Assert.Equal(proposed.GetRecipient("P3").Findings, added.ProposedFindings);
        Assert.EndsWith(": findings none → ALLOC001.", added.Reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SeveralFindingCodes_ListsThemInOrder()
    {
        // Capped and met in full: the allocator gives the cap's finding (ALLOC002) first.
        var plans = new[] { Plan("P1", Core("c", 300)) };
        var terms = Terms(fund: 1_000, standard: 200);

        var comparison = AllocationComparison.Compare(terms, AllocationPolicy.Default, terms with { CapCoreAtStandardAllocation = false }, AllocationPolicy.Default, plans);

        Assert.Equal(["ALLOC002", "ALLOC001"], comparison.Recipients.Single().BaselineFindings.Select(f => f.Code));
        Assert.EndsWith("; findings ALLOC001, ALLOC002 → ALLOC001.", comparison.Recipients.Single().Reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_RecipientsOnOneSideOnlyOfANeedAllocation_SayWhichSide()
    {
        var formula = NeedFormula.Of(("crime", 1));
        var baseline = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs[..2], formula);
        var proposed = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs[1..], formula);

        var comparison = AllocationComparison.Compare(baseline, proposed);

        var a = comparison.Recipients[0];
        Assert.Equal(("A", baseline.Recipients[0].Allocated, Pence(0)), (a.RecipientId, a.Baseline, a.Proposed));
        Assert.Equal(baseline.Recipients[0].Findings, a.BaselineFindings);
        Assert.Empty(a.ProposedFindings);
        Assert.EndsWith(": only in the baseline.", a.Reason.Message, StringComparison.Ordinal);
        var c = comparison.Recipients[2];
        Assert.Equal(("C", Pence(0), proposed.Recipients[1].Allocated), (c.RecipientId, c.Baseline, c.Proposed));
        Assert.Empty(c.BaselineFindings);
        Assert.Equal(proposed.Recipients[1].Findings, c.ProposedFindings);
        Assert.EndsWith(": only in the proposal.", c.Reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BoundsKeptAndLost_DescribeTheBoundUnderTheProposal()
    {
        var formula = NeedFormula.Of(("crime", 1));
        var narrow = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, formula, NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m)));
        var wide = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, formula, NeedBands.Band(Money.Pounds(30_000m), Money.Pounds(60_000m)));
        var open = NeedAllocator.Allocate(Money.Pounds(135_000m), Boroughs, formula, NeedBands.None);

        var kept = AllocationComparison.Compare(narrow, wide);
        Assert.EndsWith("; at its floor of £30,000.00.", kept.Recipients[0].Reason.Message, StringComparison.Ordinal);
        Assert.EndsWith("; at its cap of £60,000.00.", kept.Recipients[2].Reason.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("by formula", kept.Recipients[1].Reason.Message, StringComparison.Ordinal);

        var lost = AllocationComparison.Compare(narrow, open);
        Assert.Contains("; at its floor of £40,000.00, now by formula", lost.Recipients[0].Reason.Message, StringComparison.Ordinal);
        Assert.Contains("; at its cap of £50,000.00, now by formula", lost.Recipients[2].Reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AWeightOnOneSideOnly_IsNamedWithTheOthersInOrder()
    {
        var baseline = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs, NeedFormula.Of(("crime", 1)));
        var proposed = NeedAllocator.Allocate(Money.Pounds(100_000m), Boroughs, NeedFormula.Of(("crime", 3), ("area", 2)));

        var comparison = AllocationComparison.Compare(baseline, proposed);

        Assert.Equal("weight of area 0 → 2|weight of crime 1 → 3", string.Join("|", comparison.TermChanges));
    }

    [Fact]
    public void Compare_DifferentCurrencies_Throws()
    {
        var formula = NeedFormula.Of(("crime", 1));
        var pounds = NeedAllocator.Allocate(Money.Pounds(1m), Boroughs, formula);
        var euros = NeedAllocator.Allocate(Money.FromMinorUnits(100, Currency.Create("EUR", 2)), Boroughs, formula);
        Assert.Throws<ArgumentException>(() => AllocationComparison.Compare(pounds, euros));
    }
}
