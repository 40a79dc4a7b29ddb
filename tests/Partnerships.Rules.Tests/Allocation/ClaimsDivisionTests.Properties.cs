using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationGenerators;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class ClaimsDivisionTests
{
    private delegate long[] DivideFunc(ShortfallRule rule, long estate, long[] claims, long[] weights);

    [Fact]
    public void Divide_AnyCase_ConservesTheEstateToThePenny()
    {
        Check.One(Thousand, Prop.ForAll(DivisionCases.ToArbitrary(), c =>
        {
            var awards = new long[c.Claims.Length];
            var undivided = ClaimsDivision.Divide(c.Rule, c.Estate, c.Claims, c.Weights, awards);
            return awards.Sum() + undivided == c.Estate && undivided == Math.Max(0, c.Estate - c.Total);
        }));
    }

    [Fact]
    public void Divide_AnyCase_KeepsEachAwardBetweenZeroAndItsClaim()
    {
        Check.One(Thousand, Prop.ForAll(DivisionCases.ToArbitrary(), c =>
        {
            var awards = DivideAll(c.Rule, c.Estate, c.Claims, c.Weights);
            return awards.Select((a, i) => a >= 0 && a <= c.Claims[i]).All(ok => ok);
        }));
    }

    [Fact]
    public void Divide_EstateCoversEveryClaim_MeetsEachInFull()
    {
        var covered = DivisionCases.Select(c => c with { Estate = c.Total + (c.Estate % 7) });
        Check.One(Thousand, Prop.ForAll(covered.ToArbitrary(), c =>
            DivideAll(c.Rule, c.Estate, c.Claims, c.Weights).SequenceEqual(c.Claims)));
    }

    [Fact]
    public void Divide_MoreMoney_NeverGivesAnyClaimantLess()
    {
        Check.One(Thousand, Monotone(DivisionCases, DivideAll));
    }

    [Fact]
    public void LargestRemainder_MoreMoney_FailsTheMonotonicityProperty()
    {
        // The property has teeth: Hamilton's method (largest remainder) breaks it, as the Alabama paradox says it
        // must. Small claims make the paradox common enough that 1,000 cases always find it.
        var small = from claims in Gen.Choose(2, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 12).Select(x => (long)x), n))
                    from estate in Gen.Choose(0, (int)claims.Sum())
                    select new DivisionCase(ShortfallRule.Proportional, claims, claims, estate, 1);

        Assert.ThrowsAny<Exception>(() => Check.One(Thousand, Monotone(small, (_, estate, claims, _) => ReferenceDivision.LargestRemainder(estate, claims))));
        Check.One(Thousand, Monotone(small, DivideAll));
    }

    [Fact]
    public void Divide_SmallCases_MatchesThePennyByPennyDefinition()
    {
        var small = from rule in AnyRule
                    from claims in Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 30).Select(x => (long)x), n))
                    from weights in Gen.ArrayOf(Gen.Choose(1, 6).Select(x => (long)x), claims.Length)
                    from estate in Estate(claims)
                    select new DivisionCase(rule, claims, weights, estate, 1);
        Check.One(Thousand, Prop.ForAll(small.ToArbitrary(), c =>
            DivideAll(c.Rule, c.Estate, c.Claims, c.Weights).SequenceEqual(ReferenceDivision.PennyByPenny(c.Rule, c.Estate, c.Claims, c.Weights))));
    }

    [Fact]
    public void Divide_AmountsNearLongLimits_IsExactOrThrowsOverflow()
    {
        Check.One(Thousand, Prop.ForAll(HugeCases.ToArbitrary(), c =>
        {
            var awards = new long[c.Claims.Length];
            long undivided;
            try
            {
                undivided = ClaimsDivision.Divide(c.Rule, c.Estate, c.Claims, c.Weights, awards);
            }
            catch (OverflowException)
            {
                // Only a total beyond long may overflow.
                return (Int128)c.Claims.Select(x => (Int128)x).Aggregate((a, b) => a + b) > long.MaxValue
                    || c.Weights.Select(x => (Int128)x).Aggregate((a, b) => a + b) > long.MaxValue;
            }

            var sum = awards.Select(x => (Int128)x).Aggregate((Int128)0, (a, b) => a + b);
            return sum + undivided == c.Estate && awards.Select((a, i) => a >= 0 && a <= c.Claims[i]).All(ok => ok);
        }));
    }

    private static Property Monotone(Gen<DivisionCase> cases, DivideFunc divide) =>
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var larger = c.Estate > long.MaxValue - c.Step ? long.MaxValue : c.Estate + c.Step;
            var before = divide(c.Rule, c.Estate, c.Claims, c.Weights);
            var after = divide(c.Rule, larger, c.Claims, c.Weights);
            return before.Select((a, i) => after[i] >= a).All(ok => ok);
        });
}
