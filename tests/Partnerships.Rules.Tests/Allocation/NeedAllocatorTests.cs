using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>Allocation by need: docs/design.md, invariant 10 (within band, sums to the fund, monotone, order independent) and invariant 5 (conservation).</summary>
public sealed class NeedAllocatorTests
{
    private static readonly NeedFormula CrimeAndPeople = NeedFormula.Of(("crime", 50m), ("residents", 30m), ("area", 20m));

    private sealed record NeedCase(NeedRecipient[] Recipients, NeedBands Bands, long Fund, long Step)
    {
        public override string ToString() => FormattableString.Invariant(
            $"fund={Fund} step={Step} bands=({Bands.Minimum},{Bands.Maximum},{Bands.NoReduction},{Bands.DampingPercent}) recipients=[{string.Join("; ", Recipients.Select(r => $"{r.Id}:{string.Join(",", r.Indicators.Values)}:{r.LastYear}"))}]");
    }

    private static Gen<decimal> Indicator { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 5).Select(x => (decimal)x)),
        (3, Gen.Choose(0, 100_000).Select(x => (decimal)x)),
        (2, Gen.Choose(0, 100_000).Select(x => x / 100m)),
        (1, Gen.Choose(0, int.MaxValue).Select(x => x * 1_000_000m)));

    private static Gen<NeedRecipient[]> Recipients { get; } =
        from n in Gen.Frequency((1, Gen.Constant(1)), (4, Gen.Choose(2, 12)), (1, Gen.Choose(13, 60)))
        from crime in Gen.ArrayOf(Indicator, n)
        from residents in Gen.ArrayOf(Indicator, n)
        from area in Gen.ArrayOf(Indicator, n)
        from last in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 6_000_000)), (1, Gen.Choose(0, 10))), n)
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        let any = crime.Sum() > 0 && residents.Sum() > 0 && area.Sum() > 0
        select Enumerable.Range(0, n).Select(i => NeedRecipient.Of(
                FormattableString.Invariant($"R{order[i]:00}"),
                ("crime", any ? crime[i] : 1), ("residents", any ? residents[i] : 1), ("area", any ? area[i] : 1))
            with { LastYear = Pence(last[i]) }).ToArray();

    private static Gen<NeedBands> Bands { get; } = Gen.OneOf(
        Gen.Constant(NeedBands.None),
        from low in Gen.Choose(0, 4_000_000)
        from width in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 2_000_000)))
        select NeedBands.Band(Pence(low), Pence(low + width)),
        Gen.Constant(new NeedBands { NoReduction = true }),
        Gen.Choose(0, 100).Select(p => new NeedBands { DampingPercent = p }));

    private static Gen<NeedCase> Cases { get; } =
        from recipients in Recipients
        from bands in Bands
        from at in Gen.Choose(0, 1_000)
        from step in Gen.Frequency((3, Gen.Choose(1, 3)), (1, Gen.Choose(1, 1_000_000)))
        let limits = Limits(recipients, bands)
        where limits.Floor <= limits.Cap
        let span = Math.Min(limits.Cap, limits.Floor + 50_000_000) - limits.Floor
        select new NeedCase(recipients, bands, limits.Floor + (long)((Int128)span * at / 1_000), step);

    [InvariantProperty(10)]
    public Property Allocate_AnyCase_SumsToTheFundWithinEachFloorAndCap()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var result = Allocate(c, c.Fund);
            return result.Recipients.Sum(r => r.Allocated.MinorUnits) == c.Fund
                && result.Recipients.All(r => r.Allocated >= r.Floor && (r.Cap is null || r.Allocated <= r.Cap));
        });
    }

    [InvariantProperty(5)]
    public Property Allocate_MoreMoney_NeverGivesAnyRecipientLess()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var limits = Limits(c.Recipients, c.Bands);
            var more = Math.Min(limits.Cap, c.Fund + c.Step);
            var before = Allocate(c, c.Fund);
            var after = Allocate(c, more);
            return before.Recipients.Zip(after.Recipients).All(p => p.Second.Allocated >= p.First.Allocated);
        });
    }

    [InvariantProperty(4)]
    public Property Allocate_RecipientsShuffled_GivesTheSameResult()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var a = Allocate(c, c.Fund);
            var b = NeedAllocator.Allocate(Pence(c.Fund), c.Recipients.AsEnumerable().Reverse(), CrimeAndPeople, c.Bands);
            return a.Recipients.SequenceEqual(b.Recipients, RecipientNeedComparer.Instance);
        });
    }

    [InvariantProperty(10)]
    public Property Allocate_SmallCases_MatchesThePennyByPennyDefinition()
    {
        var small = from n in Gen.Choose(1, 6)
                    from crime in Gen.ArrayOf(Gen.Choose(0, 9).Select(x => (decimal)x), n)
                    from floors in Gen.ArrayOf(Gen.Choose(0, 4), n)
                    from widths in Gen.ArrayOf(Gen.Choose(0, 30), n)
                    where crime.Sum() > 0
                    from at in Gen.Choose(0, 100)
                    select (crime, floors, widths, at);
        return Prop.ForAll(small.ToArbitrary(), c =>
        {
            // Floors and caps per recipient: the core directly, as the bands give them.
            var n = c.crime.Length;
            var needs = c.crime.Select(x => new BigInteger(x)).ToArray();
            var floors = c.floors.Select(x => (long)x).ToArray();
            var caps = floors.Zip(c.widths, (f, w) => f + w).ToArray();
            var reachable = Enumerable.Range(0, n).Sum(i => needs[i].IsZero ? floors[i] : caps[i]);
            var fund = floors.Sum() + ((reachable - floors.Sum()) * c.at / 100);
            var awards = new long[n];
            NeedAllocator.Divide(fund, needs, floors, caps, awards, Currency.Gbp);
            return awards.SequenceEqual(PennyByPenny(fund, needs, floors, caps));
        });
    }

    [Fact]
    public void NeedFormula_WeightsBeyondADecimal_AreOutOfRangeNamingTheWeights()
    {
        var near = decimal.MaxValue / 2 + 1;
        var formula = NeedFormula.Of(("crime", near));

        var ofError = Assert.Throws<ArgumentOutOfRangeException>(() => NeedFormula.Of(("crime", near), ("area", near)));
        var withError = Assert.Throws<ArgumentOutOfRangeException>(() => formula.WithWeight("area", near));

        Assert.Equal("weights", ofError.ParamName);
        Assert.Equal("weight", withError.ParamName);
        Assert.Contains("most a decimal holds", ofError.Message, StringComparison.Ordinal);
        Assert.Equal(near, formula.TotalWeight);
        Assert.Equal(decimal.MaxValue, formula.WithWeight("area", decimal.MaxValue - near).TotalWeight);
    }

    [Fact]
    public void Allocate_TwoIndicators_GivesExactNeedSharesAndRoundsToTheNearestPenny()
    {
        // Shares: A = ½·(1/4) + ½·(3/4) = 1/2; B = ½·(3/4) + ½·(1/4) = 1/2 … then C with half of everything.
        NeedRecipient[] recipients =
        [
            NeedRecipient.Of("A", ("crime", 1), ("area", 3)),
            NeedRecipient.Of("B", ("crime", 3), ("area", 1)),
            NeedRecipient.Of("C", ("crime", 4), ("area", 4)),
        ];
        var result = NeedAllocator.Allocate(Pence(1_001), recipients, NeedFormula.Of(("crime", 1), ("area", 1)));
        Assert.Equal([0.25m, 0.25m, 0.5m], result.Recipients.Select(r => r.NeedShare));
        Assert.Equal([250, 250, 501], result.Recipients.Select(r => r.Allocated.MinorUnits));
        Assert.Equal([250, 250, 501], result.Recipients.Select(r => r.Unclamped.MinorUnits));
        Assert.All(result.Recipients, r => Assert.Equal(NeedBound.None, r.Bound));
    }

    [Fact]
    public void Allocate_BandOfFortyToFiftyThousand_RaisesSmallAndHoldsLargeRecipientsWithFindings()
    {
        NeedRecipient[] recipients =
        [
            NeedRecipient.Of("Small", ("crime", 1_000)),
            NeedRecipient.Of("Middle", ("crime", 4_500)),
            NeedRecipient.Of("Large", ("crime", 9_000)),
        ];
        var bands = NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m));
        var result = NeedAllocator.Allocate(Money.Pounds(135_000m), recipients, NeedFormula.Of(("crime", 1)), bands);
        var byId = result.Recipients.ToDictionary(r => r.RecipientId);
        Assert.Equal(Money.Pounds(50_000m), byId["Large"].Allocated);
        Assert.Equal(NeedBound.Cap, byId["Large"].Bound);
        Assert.Equal(Money.Pounds(40_000m), byId["Small"].Allocated);
        Assert.Equal(NeedBound.Floor, byId["Small"].Bound);
        Assert.Equal(Money.Pounds(45_000m), byId["Middle"].Allocated);
        Assert.Equal(NeedFindings.RaisedToFloor, byId["Small"].Findings[1].Code);
        Assert.Equal(NeedFindings.HeldAtCap, byId["Large"].Findings[1].Code);
        Assert.Equal(NeedFindings.NeedShare, byId["Middle"].Findings.Single().Code);
        Assert.Contains("the band's minimum", byId["Small"].Findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("the band's maximum", byId["Large"].Findings[1].Message, StringComparison.Ordinal);

        // Each finding's amount is how far the bound moved the recipient: up to the floor, down to the cap.
        Assert.Equal(Money.Pounds(40_000m) - byId["Small"].Unclamped, byId["Small"].Findings[1].Amount);
        Assert.Equal(byId["Large"].Unclamped - Money.Pounds(50_000m), byId["Large"].Findings[1].Amount);
        Assert.True(byId["Small"].Findings[1].Amount!.Value.MinorUnits > 0 && byId["Large"].Findings[1].Amount!.Value.MinorUnits > 0);
    }

    [Fact]
    public void Allocate_RecipientOfNoNeedWithoutABand_IsNotBoundByAFloor()
    {
        // Nothing is given and its floor is nothing, but the formula does not ask for less: it is not held at a floor.
        NeedRecipient[] recipients = [NeedRecipient.Of("None", ("crime", 0)), NeedRecipient.Of("Some", ("crime", 10))];

        var result = NeedAllocator.Allocate(Money.Pounds(100m), recipients, NeedFormula.Of(("crime", 1)), NeedBands.None);

        var none = result.Recipients.Single(r => r.RecipientId == "None");
        Assert.Equal((Money.Zero(Currency.Gbp), NeedBound.None), (none.Allocated, none.Bound));
        Assert.Equal(NeedFindings.NeedShare, Assert.Single(none.Findings).Code);
    }

    [Fact]
    public void Allocate_RecipientReachingItsCapByTheFormula_IsNotHeldAtIt()
    {
        // Crime 4 and 3 share 3p: the units fall due at 1/8, 1/6, 3/8 (A, B, A), so A has 2p, its cap, by the formula.
        // The next unit due is B's at 1/2, where the formula still gives A 2p: A is not held at its cap. With 4p both
        // are at their caps, no unit is left to fall due, and A counts as held.
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 4)), NeedRecipient.Of("B", ("crime", 3))];
        var bands = new NeedBands { Maximum = Pence(2) };

        var reached = NeedAllocator.Allocate(Pence(3), recipients, NeedFormula.Of(("crime", 1)), bands).Recipients[0];
        var held = NeedAllocator.Allocate(Pence(4), recipients, NeedFormula.Of(("crime", 1)), bands).Recipients[0];

        Assert.Equal((Pence(2), NeedBound.None), (reached.Allocated, reached.Bound));
        Assert.Equal((Pence(2), NeedBound.Cap), (held.Allocated, held.Bound));
    }

    [Fact]
    public void Allocate_NoReduction_KeepsEveryRecipientAtOrAboveLastYear()
    {
        NeedRecipient[] recipients =
        [
            NeedRecipient.Of("A", ("crime", 10)) with { LastYear = Money.Pounds(50_000m) },
            NeedRecipient.Of("B", ("crime", 90)) with { LastYear = Money.Pounds(30_000m) },
        ];
        var result = NeedAllocator.Allocate(Money.Pounds(100_000m), recipients, NeedFormula.Of(("crime", 1)), new NeedBands { NoReduction = true });
        Assert.Equal(Money.Pounds(50_000m), result.Recipients[0].Allocated);
        Assert.Equal(NeedBound.Floor, result.Recipients[0].Bound);
        Assert.Equal(Money.Pounds(50_000m), result.Recipients[1].Allocated);
        Assert.Contains("no reduction on last year", result.Recipients[0].Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_Damping_LimitsTheChangeFromLastYear()
    {
        NeedRecipient[] recipients =
        [
            NeedRecipient.Of("A", ("crime", 10)) with { LastYear = Money.Pounds(50_000m) },
            NeedRecipient.Of("B", ("crime", 90)) with { LastYear = Money.Pounds(50_000m) },
        ];
        var result = NeedAllocator.Allocate(Money.Pounds(100_000m), recipients, NeedFormula.Of(("crime", 1)), new NeedBands { DampingPercent = 10 });
        Assert.Equal([Money.Pounds(45_000m), Money.Pounds(55_000m)], result.Recipients.Select(r => r.Allocated));
        Assert.Equal([NeedBound.Floor, NeedBound.Cap], result.Recipients.Select(r => r.Bound));
    }

    [Fact]
    public void Allocate_FundBelowTheFloors_ThrowsNamingBothTotals()
    {
        var bands = NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m));
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("B", ("crime", 2))];
        var low = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Money.Pounds(79_999.99m), recipients, NeedFormula.Of(("crime", 1)), bands));
        Assert.Equal("fund", low.ParamName);
        Assert.Contains("£80,000.00", low.Message, StringComparison.Ordinal);
        Assert.Contains("£100,000.00", low.Message, StringComparison.Ordinal);
        var high = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Money.Pounds(100_000.01m), recipients, NeedFormula.Of(("crime", 1)), bands));
        Assert.Contains("£80,000.00", high.Message, StringComparison.Ordinal);
        Assert.Contains("£100,000.00", high.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_BadInput_ThrowsArgumentExceptionsNamingTheParameter()
    {
        var formula = NeedFormula.Of(("crime", 1), ("area", 1));
        NeedRecipient[] missing = [NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("B", ("crime", 2), ("area", 1))];
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), missing, formula)).ParamName);
        NeedRecipient[] twice = [NeedRecipient.Of("A", ("crime", 1), ("area", 1)), NeedRecipient.Of("A", ("crime", 2), ("area", 1))];
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), twice, formula)).ParamName);
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), [], formula)).ParamName);
        NeedRecipient[] zeroArea = [NeedRecipient.Of("A", ("crime", 1), ("area", 0)), NeedRecipient.Of("B", ("crime", 2), ("area", 0))];
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), zeroArea, formula)).ParamName);
        NeedRecipient[] noLastYear = [NeedRecipient.Of("A", ("crime", 1), ("area", 1))];
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), noLastYear, formula, new NeedBands { NoReduction = true })).ParamName);
        NeedRecipient[] aboveCap = [NeedRecipient.Of("A", ("crime", 1), ("area", 1)) with { LastYear = Pence(100) }];
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(100), aboveCap, formula, new NeedBands { NoReduction = true, Maximum = Pence(50) })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedAllocator.Allocate(Pence(-1), noLastYear, formula));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedAllocator.Allocate(Pence(1), noLastYear, formula, new NeedBands { DampingPercent = 101 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedRecipient.Of("A", ("crime", -1)));
        Assert.Throws<ArgumentException>(() => NeedFormula.Of(("crime", 0)));
        Assert.Throws<ArgumentException>(() => NeedBands.Band(Pence(2), Pence(1)));
    }

    [Fact]
    public void Allocate_NullsAndBandsInAnotherCurrency_ThrowNamingTheParameter()
    {
        var formula = NeedFormula.Of(("crime", 1));
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 1))];
        var euros = Money.FromMajorUnits(1m, Currency.Create("EUR", 2));

        Assert.Equal("recipients", Assert.Throws<ArgumentNullException>(() => NeedAllocator.Allocate(Pence(10), null!, formula)).ParamName);
        Assert.Equal("formula", Assert.Throws<ArgumentNullException>(() => NeedAllocator.Allocate(Pence(10), recipients, null!)).ParamName);
        Assert.Equal("recipients", Assert.Throws<ArgumentNullException>(() => NeedAllocator.Allocate(Pence(10), [recipients[0], null!], formula)).ParamName);
        var minimum = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), recipients, formula, new NeedBands { Minimum = euros }));
        Assert.Equal(("bands", "The band minimum is in EUR, the fund in GBP."), (minimum.ParamName, minimum.Message.Split(" (Parameter")[0]));
        var maximum = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), recipients, formula, new NeedBands { Maximum = euros }));
        Assert.Equal(("bands", "The band maximum is in EUR, the fund in GBP."), (maximum.ParamName, maximum.Message.Split(" (Parameter")[0]));
    }

    [Fact]
    public void Allocate_BadBandsAndNoRecipients_SayWhy()
    {
        var formula = NeedFormula.Of(("crime", 1));
        NeedRecipient[] one = [NeedRecipient.Of("A", ("crime", 1)) with { LastYear = Pence(10) }];

        var damping = Assert.Throws<ArgumentOutOfRangeException>(() => NeedAllocator.Allocate(Pence(10), one, formula, new NeedBands { DampingPercent = -1 }));
        Assert.Equal(("bands", -1m), (damping.ParamName, damping.ActualValue));
        Assert.StartsWith("The damping percentage must be between 0 and 100.", damping.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), [], formula));
        Assert.StartsWith("There are no recipients to allocate to.", empty.Message, StringComparison.Ordinal);
        NeedRecipient[] euros = [NeedRecipient.Of("A", ("crime", 1)) with { LastYear = Money.FromMinorUnits(10, Currency.Create("EUR", 2)) }];
        var currency = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), euros, formula, new NeedBands { NoReduction = true }));
        Assert.Equal("recipients", currency.ParamName);
        Assert.StartsWith("'A' has last year's allocation of", currency.Message, StringComparison.Ordinal);
        var noLimit = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(10), one, formula, new NeedBands { Minimum = Pence(11) }));
        Assert.Contains("the caps total no limit", noLimit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NoBandMaximum_HasNoCap()
    {
        var result = NeedAllocator.Allocate(Pence(10), [NeedRecipient.Of("A", ("crime", 1))], NeedFormula.Of(("crime", 1)), new NeedBands { Minimum = Pence(2) });
        Assert.Null(result.Recipients[0].Cap);
        Assert.Equal(Pence(2), result.Recipients[0].Floor);
    }

    [Fact]
    public void Allocate_DampingOfAHugeLastYear_HasNoCapPastTheRangeOfLong()
    {
        // Last year × 2 passes long.MaxValue: the damped cap is no cap at all.
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 1)) with { LastYear = Pence((long.MaxValue / 2) + 1) }];
        var result = NeedAllocator.Allocate(Pence(10), recipients, NeedFormula.Of(("crime", 1)), new NeedBands { DampingPercent = 100 });
        Assert.Equal((Pence(10), (Money?)null), (result.Recipients[0].Allocated, result.Recipients[0].Cap));
    }

    [Theory]
    [InlineData("no reduction")]
    [InlineData("damping floor")]
    [InlineData("damping cap")]
    public void Allocate_TwoRulesGivingTheSameLimit_NamesTheBandFirst(string rule)
    {
        // Each rule gives exactly the band's limit; the reason stays the band's.
        NeedRecipient[] recipients =
        [
            NeedRecipient.Of("A", ("crime", 1)) with { LastYear = Pence(500) },
            NeedRecipient.Of("B", ("crime", 9)) with { LastYear = Pence(500) },
        ];
        var (bands, fund, id, bound, reason) = rule switch
        {
            "no reduction" => (new NeedBands { Minimum = Pence(500), NoReduction = true }, 2_000, 0, NeedBound.Floor, "the band's minimum"),
            "damping floor" => (new NeedBands { Minimum = Pence(450), DampingPercent = 10 }, 1_000, 0, NeedBound.Floor, "the band's minimum"),
            _ => (new NeedBands { Maximum = Pence(550), DampingPercent = 10 }, 1_000, 1, NeedBound.Cap, "the band's maximum"),
        };

        var recipient = NeedAllocator.Allocate(Pence(fund), recipients, NeedFormula.Of(("crime", 1)), bands).Recipients[id];

        Assert.Equal(bound, recipient.Bound);
        Assert.Contains(reason, recipient.Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_FormulaGivingExactlyOrJustAboveTheFloor_IsNotHeldAtIt()
    {
        // A (need 2) has a floor of 3p from last year; B (need 1 or 5) takes the rest. With 5p, B's 2 units fall due at
        // ½ and 3/2, before A's fourth at 7/4: at λ = 3/2 the formula gives A exactly 3. With 12p and B's need 5, B's
        // ninth unit falls due at 17/10, still before 7/4: the formula gives A 3.4, which rounds to its floor.
        var bands = new NeedBands { NoReduction = true };
        var formula = NeedFormula.Of(("crime", 1));
        NeedRecipient A() => NeedRecipient.Of("A", ("crime", 2)) with { LastYear = Pence(3) };
        NeedRecipient B(int need) => NeedRecipient.Of("B", ("crime", need)) with { LastYear = Pence(0) };

        var exactly = NeedAllocator.Allocate(Pence(5), [A(), B(1)], formula, bands).Recipients[0];
        var above = NeedAllocator.Allocate(Pence(12), [A(), B(5)], formula, bands).Recipients[0];

        Assert.Equal((Pence(3), NeedBound.None), (exactly.Allocated, exactly.Bound));
        Assert.Equal((Pence(3), NeedBound.None), (above.Allocated, above.Bound));
    }

    [Fact]
    public void Allocate_NoNeedAtABandOfNothing_IsNotHeldAtTheCap()
    {
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 0)), NeedRecipient.Of("B", ("crime", 1))];
        var result = NeedAllocator.Allocate(Pence(0), recipients, NeedFormula.Of(("crime", 1)), NeedBands.Band(Pence(0), Pence(0)));
        Assert.Equal([NeedBound.None, NeedBound.Cap], result.Recipients.Select(r => r.Bound));
    }

    [Fact]
    public void Allocate_FundAboveWhatRecipientsWithNeedCanTake_Throws()
    {
        NeedRecipient[] recipients = [NeedRecipient.Of("A", ("crime", 0)), NeedRecipient.Of("B", ("crime", 2))];
        var error = Assert.Throws<ArgumentException>(() => NeedAllocator.Allocate(Pence(101), recipients, NeedFormula.Of(("crime", 1)), NeedBands.Band(Pence(0), Pence(100))));
        Assert.Equal("fund", error.ParamName);
    }

    [Fact]
    public void Allocate_ShortfallRuleByNeed_DividesTheCoreByNeedWithinEachClaim()
    {
        var plans = new[] { Plan("A", Core("c", 5_000)), Plan("B", Core("c", 5_000)), Plan("C", Core("c", 1_000)) };
        var policy = ByNeed(NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("B", ("crime", 3)), NeedRecipient.Of("C", ("crime", 6)));
        var result = Allocator.Allocate(Terms(fund: 8_000, standard: 10_000, invited: false), plans, policy);
        Assert.Equal([2_000, 5_000, 1_000], result.Recipients.Select(r => r.CoreAllocated.MinorUnits));
        Assert.Equal(Pence(0), result.Unallocated);
        var missing = policy with { NeedIndicators = [NeedRecipient.Of("A", ("crime", 1))] };
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => Allocator.Allocate(Terms(fund: 8_000, standard: 10_000, invited: false), plans, missing)).ParamName);
    }

    [Fact]
    public void Allocate_ShortfallRuleByNeedWithoutAShortfall_MeetsEveryClaimWhateverTheNeed()
    {
        // C has no need and B no claim (and no indicators): with the fund at or above the claims, need is not asked.
        var plans = new[] { Plan("A", Core("c", 5_000)), Plan("B", Core("c", 0)), Plan("C", Core("c", 1_000)) };
        var policy = ByNeed(NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("C", ("crime", 0)));

        var exact = Allocator.Allocate(Terms(fund: 6_000, standard: 10_000, invited: false), plans, policy);
        var more = Allocator.Allocate(Terms(fund: 6_500, standard: 10_000, invited: false), plans, policy);

        Assert.Equal([5_000, 0, 1_000], exact.Recipients.Select(r => r.CoreAllocated.MinorUnits));
        Assert.Equal((Pence(0), Pence(500)), (exact.Unallocated, more.Unallocated));
        Assert.Equal([5_000, 0, 1_000], more.Recipients.Select(r => r.CoreAllocated.MinorUnits));
    }

    [Fact]
    public void Allocate_ShortfallRuleByNeedWithAZeroClaimAndNoFormula_SkipsTheClaimOrSaysWhatIsMissing()
    {
        var plans = new[] { Plan("A", Core("c", 5_000)), Plan("B", Core("c", 0)), Plan("C", Core("c", 5_000)) };
        var policy = ByNeed(NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("C", ("crime", 4)));
        var terms = Terms(fund: 5_000, standard: 10_000, invited: false);

        Assert.Equal([1_000, 0, 4_000], Allocator.Allocate(terms, plans, policy).Recipients.Select(r => r.CoreAllocated.MinorUnits));
        var error = Assert.Throws<ArgumentException>(() => Allocator.Allocate(terms, plans, policy with { NeedFormula = null }));
        Assert.Equal("policy", error.ParamName);
        Assert.StartsWith("The ByNeed rule needs a need formula in the policy.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_FindingMessages_AreCultureInvariant()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            var result = NeedAllocator.Allocate(Pence(300), [NeedRecipient.Of("A", ("crime", 1)), NeedRecipient.Of("B", ("crime", 2))], NeedFormula.Of(("crime", 1)));
            Assert.Equal("A need share of 0.3333333333 gives £1.00 of the fund by formula; allocated £1.00.", result.Recipients[0].Findings[0].Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static AllocationPolicy ByNeed(params NeedRecipient[] indicators) => AllocationPolicy.Default with
    {
        ShortfallRule = ShortfallRule.ByNeed,
        NeedFormula = NeedFormula.Of(("crime", 1)),
        NeedIndicators = [.. indicators],
    };

    private static NeedAllocation Allocate(NeedCase c, long fund) => NeedAllocator.Allocate(Pence(fund), c.Recipients, CrimeAndPeople, c.Bands);

    /// <summary>Σ floors and what the fund can reach (Σ caps of recipients with need, floors of the rest) under the bands.</summary>
    private static (long Floor, long Cap) Limits(NeedRecipient[] recipients, NeedBands bands)
    {
        long floor = 0, cap = 0;
        foreach (var r in recipients)
        {
            var last = r.LastYear!.Value.MinorUnits;
            long f = bands.Minimum?.MinorUnits ?? 0;
            var k = bands.Maximum?.MinorUnits ?? long.MaxValue;
            if (bands.NoReduction)
            {
                f = Math.Max(f, last);
            }

            if (bands.DampingPercent is { } p)
            {
                f = Math.Max(f, (long)decimal.Ceiling(last * (100 - p) / 100));
                k = Math.Min(k, (long)decimal.Floor(last * (100 + p) / 100));
            }

            if (f > k)
            {
                return (1, 0);
            }

            // A recipient with no need stays at its floor: the fund can reach only its floor.
            var reach = r.Indicators.Values.Any(v => v > 0) ? k : f;
            floor += f;
            cap = cap > long.MaxValue - reach ? long.MaxValue : cap + reach;
        }

        return (floor, Math.Min(cap, long.MaxValue / 2));
    }

    /// <summary>Webster with floors and caps, unit by unit: floors first, then each unit to the earliest (k − ½) ÷ need, ties to the lower index.</summary>
    private static long[] PennyByPenny(long fund, BigInteger[] needs, long[] floors, long[] caps)
    {
        var a = (long[])floors.Clone();
        for (var left = fund - floors.Sum(); left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (needs[i].IsZero || a[i] >= caps[i])
                {
                    continue;
                }

                if (best < 0 || ((2 * a[i]) + 1) * needs[best] < ((2 * a[best]) + 1) * needs[i])
                {
                    best = i;
                }
            }

            a[best]++;
        }

        return a;
    }

    private sealed class RecipientNeedComparer : IEqualityComparer<RecipientNeed>
    {
        public static RecipientNeedComparer Instance { get; } = new();

        public bool Equals(RecipientNeed? x, RecipientNeed? y) =>
            x is not null && y is not null && x.RecipientId == y.RecipientId && x.Allocated == y.Allocated && x.NeedShare == y.NeedShare && x.Bound == y.Bound;

        public int GetHashCode(RecipientNeed obj) => obj.RecipientId.GetHashCode(StringComparison.Ordinal);
    }
}
