using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Json;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed partial class RoundAssessorTests
{
    private static readonly string[] Themes =
    [
        Round2011.Cadets, "VOLUNTEER POLICE CADETS", Round2011.SchoolsAntiViolence, Round2011.OffenderManagement, Round2011.DomesticViolenceAdvocacy,
        Round2011.FamilyIntervention, Round2011.AntiSocialBehaviour, Round2011.Communications, Round2011.CommunityGrants, "knitting",
    ];

    private static readonly string[] Codes = [Round2011.VawgCode, Round2011.ViolenceCode, Round2011.ReoffendingCode, "vawg"];

    // Ugly costs: zero, a penny, amounts that do not split evenly, and amounts so big that a plan or the round overflows.
    private static readonly Gen<long> Costs = Gen.Frequency(
        (6, Gen.Choose(0, 5_000_000).Select(i => (long)i)),
        (1, Gen.Elements(0L, 1L, 2L, 100L)),
        (1, Gen.Elements(long.MaxValue / 2, long.MaxValue / 7, long.MaxValue - 1, 1_000_000_000_000_000L)));

    private static readonly Gen<OutputMeasure?> Outputs = Gen.Frequency(
        (2, Gen.Constant<OutputMeasure?>(null)),
        (5, Gen.Zip(
                Gen.Elements(1m, 3m, 7m, 0.5m, 25m, 1_000_000m, 0.0000000000000000000000000001m),
                Gen.Elements("cadets", "Cadets", "pupils"))
            .Select(t => (OutputMeasure?)new OutputMeasure(t.Item1, t.Item2))));

    internal static readonly Gen<Activity> Activities =
        from cost in Costs
        from theme in Gen.Elements(Themes)
        from claimed in Gen.SubListOf(Codes)
        from output in Outputs
        from overProgrammed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from rank in Gen.Choose(1, 3)
        select new Activity
        {
            Id = "x",
            Title = theme,
            Cost = Money.FromMinorUnits(cost, Currency.Gbp),
            ActivityType = theme,
            ClaimedPriorities = [.. claimed],
            Output = output,
            IsOverProgrammed = overProgrammed,
            Rank = rank,
        };

    private static readonly Gen<SpendPlan> Plans =
        from activities in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Activities, n))
        from equality in Gen.Elements<string?>(null, "", "Addressed.", "Women and girls; young people.")
        from minutes in Gen.Choose(-60 * 24 * 3, 60)
        from hasTime in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new SpendPlan
        {
            Recipient = new Recipient("R", "r"),
            Year = Round2011.Year,
            Activities = [.. activities.Select((a, i) => a with { Id = "A" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) })],
            EqualityImpactStatement = equality,
            SubmittedAt = hasTime ? Instant.FromUtc(2011, 3, 31, 16, 0) + Duration.FromMinutes(minutes) : null,
        };

    internal static readonly Gen<SpendPlan[]> Rounds = Gen.Frequency(
        (1, Gen.Constant(Array.Empty<SpendPlan>())),
        (10, Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(Plans, n))))
        .Select(plans => plans.Select((p, i) => p with { Recipient = new Recipient("R" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "Recipient " + i) }).ToArray());

    private static readonly Arbitrary<(SpendPlan[] Plans, int Seed)> RoundsWithSeed =
        Gen.Zip(Rounds, Gen.Choose(0, int.MaxValue)).Select(t => (t.Item1, t.Item2)).ToArbitrary();

    [Property]
    public Property Assess_AnyGeneratedRound_NeverThrowsAndReportsEveryPlan()
    {
        return Prop.ForAll(Rounds.ToArbitrary(), plans =>
        {
            var report = RoundAssessor.Assess(Round2011.Terms, plans);
            return report.Plans.Length == plans.Length
                && report.Plans.All(p => p.Findings.All(f => f.RecipientId == p.RecipientId))
                && PartnershipsJson.ToAuditJson(report).Length > 0;
        });
    }

    [InvariantProperty(4)]
    public Property Assess_PlansAndActivitiesInAnyOrder_GiveTheSameReport()
    {
        return Prop.ForAll(RoundsWithSeed, input =>
        {
            var random = new Random(input.Seed);
            var shuffled = input.Plans
                .Select(p => p with { Activities = [.. p.Activities.OrderBy(_ => random.Next())] })
                .OrderBy(_ => random.Next())
                .ToArray();

            // The report keeps each plan as submitted, activities in their order; the outcome is the rest.
            static string Outcome(AssessmentReport report) =>
                PartnershipsJson.ToAuditJson(report with { Plans = [.. report.Plans.Select(p => p with { Plan = null })] });
            return Outcome(RoundAssessor.Assess(Round2011.Terms, input.Plans)) == Outcome(RoundAssessor.Assess(Round2011.Terms, shuffled));
        });
    }

    // Invariant 1 for the assessed spend: attributed and unattributed spend sum to it exactly.
    [InvariantProperty(1)]
    public Property Assess_AnyGeneratedRound_SpendByPrioritySumsExactlyToAssessedSpend()
    {
        return Prop.ForAll(Rounds.ToArbitrary(), plans =>
        {
            var report = RoundAssessor.Assess(Round2011.Terms, plans);
            var attributed = report.SpendByPriority.Aggregate(report.UnattributedSpend, (sum, s) => sum + s.Amount);
            var cores = report.Plans.Where(p => p.Decision != PlanDecision.Ineligible).Aggregate(Money.Zero(Currency.Gbp), (sum, p) => sum + p.CoreRequest!.Value);
            var fitsMatch = report.Plans.Where(p => p.IsValid).All(p => p.Fits.All(f =>
                f.Attribution.IsEmpty || f.Attribution.Aggregate(Money.Zero(Currency.Gbp), (s, a) => s + a.Amount) == p.Plan!.Activities.Single(a => a.Id == f.ActivityId).Cost));
            return attributed == report.AssessedSpend && cores == report.AssessedSpend && fitsMatch;
        });
    }

    [Property]
    public Property Assess_AnyGeneratedRound_PeersAreTheSameTypeAndUnitInOtherPlans()
    {
        return Prop.ForAll(Rounds.ToArbitrary(), plans =>
        {
            var report = RoundAssessor.Assess(Round2011.Terms, plans);
            var measurable = report.Plans.Where(p => p.IsValid)
                .SelectMany(p => p.Plan!.Activities.Where(a => a.Output is not null).Select(a => (p.RecipientId, a)))
                .ToList();
            return report.UnitCosts.All(c => c.PeerCount == measurable.Count(m =>
                m.RecipientId != c.RecipientId
                && string.Equals(m.a.ActivityType, c.ActivityType, StringComparison.OrdinalIgnoreCase)
                && string.Equals(m.a.Output!.Unit, c.Unit, StringComparison.OrdinalIgnoreCase)
                && report.UnitCosts.Any(u => u.RecipientId == m.RecipientId && u.ActivityId == m.a.Id)));
        });
    }
}
