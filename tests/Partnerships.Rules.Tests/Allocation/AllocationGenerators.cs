using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>One division problem: claims (in tie-break order), weights, an estate and a step to a larger estate.</summary>
public sealed record DivisionCase(ShortfallRule Rule, long[] Claims, long[] Weights, long Estate, long Step)
{
    public long Total => Claims.Sum();

    public override string ToString() => FormattableString.Invariant(
        $"{Rule} estate={Estate} step={Step} claims=[{string.Join(", ", Claims)}] weights=[{string.Join(", ", Weights)}]");
}

/// <summary>FsCheck generators with the ugly cases: zero and one claimant, ties, zero claims, estates below one penny per claimant, huge amounts.</summary>
internal static class AllocationGenerators
{

    public static Gen<ShortfallRule> AnyRule { get; } =
        Gen.Elements(ShortfallRule.Proportional, ShortfallRule.ConstrainedEqualAwards, ShortfallRule.ConstrainedEqualLosses, ShortfallRule.Weighted);

    /// <summary>Amounts in pence: tiny, typical (up to £50,000), a few tied values, and large (up to about £21bn).</summary>
    public static Gen<long> Amount { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 12).Select(x => (long)x)),
        (3, Gen.Choose(0, 5_000_000).Select(x => (long)x)),
        (2, Gen.Elements(0L, 1L, 7L, 5_000_000L)),
        (1, Gen.Choose(0, int.MaxValue).Select(x => x * 1_000L)));

    public static Gen<long[]> Claims { get; } =
        Gen.Frequency((1, Gen.Choose(0, 1)), (4, Gen.Choose(2, 12)), (1, Gen.Choose(13, 60)))
            .SelectMany(n => Gen.ArrayOf(Amount, n));

    public static Gen<DivisionCase> DivisionCases { get; } =
        from rule in AnyRule
        from claims in Claims
        from weights in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 5)), (1, Gen.Choose(1, 1_000_000))), claims.Length)
        from estate in Estate(claims)
        from step in Gen.Frequency((3, Gen.Choose(1, 3)), (2, Gen.Choose(1, 1000)), (1, Gen.Choose(1, int.MaxValue)))
        select new DivisionCase(rule, claims, weights.Select(w => (long)w).ToArray(), estate, step);

    /// <summary>Claims near the top of <see cref="long"/>: totals that overflow, and totals just within range.</summary>
    public static Gen<DivisionCase> HugeCases { get; } =
        from rule in AnyRule
        from n in Gen.Choose(1, 6)
        from offsets in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        from within in Gen.Elements(true, false)
        from fraction in Gen.Choose(0, 1000)
        let claims = offsets.Select(o => (within ? long.MaxValue / n : long.MaxValue / 2) - o).ToArray()
        let total = within ? claims.Sum() : long.MaxValue
        select new DivisionCase(rule, claims, claims.Select(c => c / 3 + 1).ToArray(), (long)((Int128)total * fraction / 1000), 1);

    /// <summary>An estate: below one penny per claimant, anywhere up to the total, or beyond it.</summary>
    public static Gen<long> Estate(long[] claims)
    {
        var total = claims.Sum();
        return Gen.Frequency(
            (1, Gen.Choose(0, claims.Length + 1).Select(x => (long)x)),
            (4, Gen.Choose(0, 1000).Select(f => (long)((Int128)total * f / 1000))),
            (1, Gen.Choose(0, 1000).Select(x => total + x)),
            (1, Gen.Constant(total)));
    }

    public static long[] DivideAll(ShortfallRule rule, long estate, long[] claims, long[] weights)
    {
        var awards = new long[claims.Length];
        ClaimsDivision.Divide(rule, estate, claims, weights, awards);
        return awards;
    }
}

/// <summary>One allocation problem: terms, plans, standings, policy, a seed to shuffle with and a step to a larger fund.</summary>
public sealed record AllocationCase(
    global::Partnerships.Rules.Schemes.FundTerms Terms,
    global::Partnerships.Rules.Plans.SpendPlan[] Plans,
    ActivityStanding[] Standings,
    AllocationPolicy Policy,
    int Seed,
    long Step)
{
    public override string ToString() => FormattableString.Invariant(
        $"fund={Terms.Fund.MinorUnits} standard={Terms.StandardAllocation.MinorUnits} cap={Terms.CapCoreAtStandardAllocation} invited={Terms.OverProgrammingInvited} holdBack={Terms.HoldBackQueriedAmounts} policy=({Policy.ShortfallRule},{Policy.OverProgrammingRule},{Policy.OverProgrammingOrder}) step={Step} plans=[{string.Join("; ", Plans.Select(p => p.Recipient.Id + ":" + string.Join(",", p.Activities.Select(a => FormattableString.Invariant($"{a.Id}{(a.IsOverProgrammed ? "*" : "")}={a.Cost.MinorUnits}r{a.Rank}m{a.MinimumViableAmount?.MinorUnits}")))))}] standings=[{string.Join(",", Standings.Select(s => FormattableString.Invariant($"{s.RecipientId}/{s.ActivityId}:q{s.QueriedAmount?.MinorUnits}s{s.Score}")))}]");
}

internal static class AllocationCaseGenerators
{
    private static readonly Gen<long> Cost = Gen.Frequency(
        (3, Gen.Choose(0, 20).Select(x => (long)x)),
        (3, Gen.Choose(0, 6_000_000).Select(x => (long)x)),
        (2, Gen.Elements(0L, 1L, 2_500_000L, 5_000_000L)));

    private static Gen<global::Partnerships.Rules.Plans.Activity> Activity(int index) =>
        from cost in Cost
        from over in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from rank in Gen.Choose(1, 3)
        from minimum in Gen.Frequency((2, Gen.Constant<long?>(null)), (1, Gen.Choose(0, 1000).Select(f => (long?)(cost * f / 1000))))
        select AllocationFixtures.Core("a" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), cost, rank) with
        {
            IsOverProgrammed = over,
            MinimumViableAmount = minimum is { } m ? AllocationFixtures.Pence(m) : null,
        };

    private static Gen<global::Partnerships.Rules.Plans.SpendPlan> Plan(int index) =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 4)))
        from activities in Gen.CollectToArray(Enumerable.Range(0, count), Activity)
        select AllocationFixtures.Plan("R" + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture), activities);

    private static Gen<ActivityStanding> Standing(global::Partnerships.Rules.Plans.SpendPlan plan, global::Partnerships.Rules.Plans.Activity activity) =>
        from queried in Gen.Frequency((2, Gen.Constant(0L)), (1, Gen.Choose(0, 1000).Select(f => activity.Cost.MinorUnits * f / 1000)))
        from score in Gen.Choose(0, 3)
        select new ActivityStanding(plan.Recipient.Id, activity.Id) { QueriedAmount = AllocationFixtures.Pence(queried), Score = score };

    public static Gen<AllocationCase> Cases { get; } =
        from recipients in Gen.Frequency((1, Gen.Choose(0, 1)), (5, Gen.Choose(2, 12)), (1, Gen.Choose(13, 40)))
        from plans in Gen.CollectToArray(Enumerable.Range(0, recipients), Plan)
        from standings in Gen.CollectToArray(plans.SelectMany(p => p.Activities.Select(a => (p, a))), pa => Standing(pa.p, pa.a))
        from standard in Gen.Elements(0L, 1L, 2_500_000L, 5_000_000L, 100_000_000L)
        from cap in Gen.Elements(true, false)
        from invited in Gen.Elements(true, false)
        from holdBack in Gen.Elements(true, false)
        let core = plans.Sum(p => Math.Min(p.Activities.Where(a => !a.IsOverProgrammed).Sum(a => a.Cost.MinorUnits), cap ? standard : long.MaxValue))
        let all = plans.Sum(p => p.Activities.Sum(a => a.Cost.MinorUnits))
        from fund in Gen.Frequency(
            (1, Gen.Choose(0, recipients + 1).Select(x => (long)x)),
            (3, Gen.Choose(0, 1000).Select(f => core * f / 1000)),
            (2, Gen.Choose(0, 1000).Select(f => core + ((all - core) * f / 1000))),
            (1, Gen.Constant(all + 7)))
        from rule in AllocationGenerators.AnyRule
        from overRule in Gen.Elements(OverProgrammingRule.StrictOrder, OverProgrammingRule.FirstFit)
        from order in Gen.Elements(OverProgrammingOrder.Score, OverProgrammingOrder.ScorePerPound)
        from weights in Gen.ArrayOf(Gen.Choose(1, 1000), recipients)
        from seed in Gen.Choose(0, int.MaxValue)
        from step in Gen.Frequency((2, Gen.Choose(1, 3)), (2, Gen.Choose(1, 5_000_000)))
        select new AllocationCase(
            AllocationFixtures.Terms(fund, standard, cap, invited, holdBack),
            plans,
            standings,
            new AllocationPolicy
            {
                ShortfallRule = rule,
                OverProgrammingRule = overRule,
                OverProgrammingOrder = order,
                FormulaWeights = plans.Select((p, i) => (p.Recipient.Id, (long)weights[i])).ToImmutableDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal),
            },
            seed,
            step);
}
