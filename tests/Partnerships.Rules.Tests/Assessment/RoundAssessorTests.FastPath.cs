using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Json;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

// docs/design.md, invariant 11: the hand-written validation of assessment gives byte-identical findings to the public
// FluentValidation validators it stands in for.
public sealed partial class RoundAssessorTests
{
    private static readonly Currency Euro = Currency.Create("EUR", 2, "€");

    // One thing wrong with a plan, or with one of its activities (at a generated index). The library may refuse to
    // build some of these once its values guard themselves; then the plan stays as it was (see Damage).
    private static readonly Func<SpendPlan, int, SpendPlan>[] PlanDamage =
    [
        (p, _) => p with { Recipient = null! },
        (p, _) => p with { Recipient = new Recipient(" ", "r") },
        (p, _) => p with { Recipient = new Recipient(p.Recipient.Id, "") },
        (p, _) => p with { Activities = [] },
        (p, _) => p with { Activities = default },
        (p, _) => p with { Year = Round2011.Year.Previous },
        (p, i) => p with { Activities = p.Activities.SetItem(i % p.Activities.Length, null!) },
        (p, i) => p with { Activities = p.Activities.Add(p.Activities[i % p.Activities.Length]) },
        (p, i) => Change(p, i, a => a with { Cost = Money.FromMinorUnits(long.MaxValue - i, Currency.Gbp) }),
        (p, i) => Change(p, i, a => a with { Id = "" }),
        (p, i) => Change(p, i, a => a with { Id = null! }),
        (p, i) => Change(p, i, a => a with { Title = "\t" }),
        (p, i) => Change(p, i, a => a with { ActivityType = null! }),
        (p, i) => Change(p, i, a => a with { Cost = Money.FromMinorUnits(-1 - i, Currency.Gbp) }),
        (p, i) => Change(p, i, a => a with { Cost = Money.FromMinorUnits(i, Euro) }),
        (p, i) => Change(p, i, a => a with { Rank = 1 - i }),
        (p, i) => Change(p, i, a => a with { Output = new OutputMeasure(-i, i % 2 == 0 ? "" : "pupils") }),
        (p, i) => Change(p, i, a => a with { Output = new OutputMeasure(i + 1, " ") }),
        (p, i) => Change(p, i, a => a with { MinimumViableAmount = Money.FromMinorUnits(-i - 1, Currency.Gbp) }),
        (p, i) => Change(p, i, a => a with { MinimumViableAmount = Money.FromMinorUnits(i, Euro) }),
        (p, i) => Change(p, i, a => a with { Cost = Money.FromMinorUnits(i, a.Cost.Currency), MinimumViableAmount = Money.FromMinorUnits(i + 1, a.Cost.Currency) }),
        (p, i) => Change(p, i, a => a with { ClaimedPriorities = ["BURGLARY", a.ClaimedPriorities.IsDefaultOrEmpty ? "x" : a.ClaimedPriorities[0], null!] }),
        (p, i) => Change(p, i, a => a with { ClaimedPriorities = default, Cost = Money.FromMinorUnits(-i, Euro), Title = "" }),
    ];

    // Properties, not fields: they build on generators of the other part of this class, whose fields may not be set yet.
    private static Gen<SpendPlan> DamagedPlans =>
        from plan in Plans
        from damages in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, PlanDamage.Length - 1), Gen.Choose(0, 7)), n))
        select damages.Aggregate(plan, (p, d) => Damage(p, PlanDamage[d.Item1], d.Item2));

    // Rounds of mostly damaged plans; two plans of one recipient now and then.
    private static Gen<SpendPlan[]> DamagedRounds =>
        from count in Gen.Choose(1, 8)
        from plans in Gen.ArrayOf(Gen.Frequency((1, Plans), (2, DamagedPlans)), count)
        from twin in Gen.Choose(0, 3)
        select plans.Select((p, i) => p.Recipient is null ? p : p with { Recipient = new Recipient("R" + (twin == 0 ? i / 2 : i).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), p.Recipient.Name) }).ToArray();

    private static readonly Partnerships.Rules.Schemes.FundTerms TermsKnowingSomeRecipients = Round2011.Terms with
    {
        Recipients = [.. Enumerable.Range(0, 5).Select(i => new Partnerships.Rules.Schemes.SchemeRecipient("R" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "Unit " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
    };

    // Rounds of an odd number of plans run under terms that know only some recipients (PLAN021).
    private static Partnerships.Rules.Schemes.FundTerms TermsFor(SpendPlan[] plans) => plans.Length % 2 == 0 ? Round2011.Terms : TermsKnowingSomeRecipients;

    /// <summary>docs/design.md, invariant 11: the fast path's findings are the FluentValidation path's, code, values, order and
    /// bytes. 1,000 rounds, not the deep run's 100,000: each case assesses a round twice and writes both (about 25 minutes).</summary>
    [Property]
    public Property Assess_AnyRoundValidOrNot_FindingsAreThoseOfTheFluentValidationPath() =>
        Prop.ForAll(DamagedRounds.ToArbitrary(), plans =>
        {
            var terms = TermsFor(plans);
            var fast = RoundAssessor.Assess(terms, plans);
            var plain = RoundAssessor.AssessWithFluentValidation(terms, plans);
            return fast.Plans.Select(p => p.Findings).SequenceEqual(plain.Plans.Select(p => p.Findings), FindingsComparer.Instance)
                && PartnershipsJson.ToAuditJson(fast) == PartnershipsJson.ToAuditJson(plain);
        });

    [Fact]
    public void DamagedRounds_ReachEveryRuleTheAssessmentRuns()
    {
        // The differential property proves nothing about a rule its generator never breaks: 1,000 rounds from the same
        // generator must hold over 1,000 invalid plans and every code assessment raises (all but the equality statement,
        // which it queries, and the decimal-amount and round-total rules, which are for callers' own validators).
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var invalidPlans = 0;
        foreach (var plans in DamagedRounds.Sample(1_000))
        {
            foreach (var assessment in RoundAssessor.Assess(TermsFor(plans), plans).Plans.Where(p => !p.IsValid))
            {
                invalidPlans++;
                codes.UnionWith(assessment.Findings.Select(f => f.Code));
            }
        }

        Assert.True(invalidPlans > 1_000, $"only {invalidPlans} invalid plans");
        var expected = typeof(PlanFindings).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Except([PlanFindings.EqualityStatementBlank, PlanFindings.NotWholeMinorUnits, PlanFindings.RoundTotalOutOfRange]);
        Assert.Empty(expected.Except(codes));
    }

    /// <summary>The linear unit-cost comparison against the quadratic reference; records written out, so a unit cost of
    /// 2.50 and one of 2.5 differ (JSON writes the decimal's scale).</summary>
    [Property]
    public Property Compare_AnyRound_SameComparisonsAsTheQuadraticReference() =>
        Prop.ForAll(Rounds.ToArbitrary(), plans =>
            ValueForMoney.Compare(plans, Round2011.Terms.ValueForMoney).Select(c => c.ToString())
                .SequenceEqual(ReferenceValueForMoney.Compare(plans, Round2011.Terms.ValueForMoney).Select(c => c.ToString()), StringComparer.Ordinal));

    [Fact]
    public void Assess_InvalidPlans_EveryPlanFindingFillsEveryPlaceholderOfItsCodesTemplate()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, PlanDamage.Select((damage, i) => Damage(Round2011.Plans[i % Round2011.Plans.Length], damage, i)));

        var findings = report.Plans.SelectMany(p => p.Findings).Where(f => f.Code.StartsWith("PLAN", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count >= PlanDamage.Length, $"only {findings.Count} findings");
        Assert.All(findings, f =>
        {
            Assert.Equal(PlanFindings.Templates[f.Code], f.MessageTemplate);
            Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal);
            Assert.True(f.Values.ContainsKey("field"), f.Code);
        });
    }

    private static SpendPlan Change(SpendPlan plan, int index, Func<Activity, Activity> change)
    {
        var at = index % plan.Activities.Length;
        return plan.Activities[at] is { } activity ? plan with { Activities = plan.Activities.SetItem(at, change(activity)) } : plan;
    }

    // A damage the library refuses to build (a guarded constructor) leaves the plan as it was.
    private static SpendPlan Damage(SpendPlan plan, Func<SpendPlan, int, SpendPlan> damage, int index)
    {
        if (plan.Recipient is null || plan.Activities.IsDefaultOrEmpty)
        {
            return plan;
        }

        try
        {
            return damage(plan, index);
        }
        catch (ArgumentException)
        {
            return plan;
        }
    }

    private sealed class FindingsComparer : IEqualityComparer<System.Collections.Immutable.ImmutableArray<Finding>>
    {
        public static readonly FindingsComparer Instance = new();

        public bool Equals(System.Collections.Immutable.ImmutableArray<Finding> x, System.Collections.Immutable.ImmutableArray<Finding> y) =>
            x.SequenceEqual(y) && x.Select(f => f.Message).SequenceEqual(y.Select(f => f.Message), StringComparer.Ordinal);

        public int GetHashCode(System.Collections.Immutable.ImmutableArray<Finding> obj) => obj.Length;
    }
}
