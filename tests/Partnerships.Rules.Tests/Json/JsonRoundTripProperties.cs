using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// docs/design.md, invariant 8: a value written to JSON and read back is equal to the original, and is written again
/// byte for byte the same; over generated terms, plans and positions with ugly amounts.
/// </summary>
public sealed class JsonRoundTripProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly Gen<FundPosition> Positions =
        from scenario in MonitoringGenerators.Scenario
        from steps in Gen.Choose(0, 3)
        from scheme in Gen.Elements<string?>(null, "MPA Partnership Fund", "É")
        select Step(scenario, steps, scheme);

    private static readonly Gen<FundTerms> Terms =
        from scenario in MonitoringGenerators.Scenario
        from invited in Gen.Elements(true, false)
        from holdBack in Gen.Elements(true, false)
        from scheme in Gen.Elements<string?>(null, "MPA Partnership Fund")
        from rates in Gen.Elements(StaffOnCostRates.Report2003, new StaffOnCostRates(0m, 1m) { Rounding = MidpointRounding.ToEven })
        select scenario.Terms with
        {
            SchemeName = scheme,
            OverProgrammingInvited = invited,
            HoldBackQueriedAmounts = holdBack,
            StandardAllocation = Money.FromMinorUnits(scenario.Fund.MinorUnits / 7, Currency.Gbp),
            Priorities = [new Priority("VAWG", "Violence against women and girls") { DirectThemes = ["a", "b"], ArguableThemes = ["c"] }],
            OnCosts = rates,
            SubmissionDeadline = scenario.Fund.MinorUnits % 2 == 0 ? null : new NodaTime.LocalDateTime(2011, 3, 31, 17, 0),
        };

    private static readonly Gen<SpendPlan> Plans =
        from amounts in Gen.NonEmptyListOf(MonitoringGenerators.Amount)
        from statement in Gen.Elements<string?>(null, "", "Addressed.", "£ \"quoted\" \u2028")
        from quantity in Gen.Elements(1m, 0.5m, 0.0000000000000000000000000001m, 79228162514264337593543950335m)
        select new SpendPlan
        {
            Recipient = new Recipient("R", "Recipient"),
            Year = YearScenario.Year,
            EqualityImpactStatement = statement,
            Activities = [.. amounts.Select((a, i) => new Activity
            {
                Id = "A" + i,
                Title = "t",
                Cost = Money.FromMinorUnits(a, Currency.Gbp),
                ActivityType = "general",
                ClaimedPriorities = i % 2 == 0 ? [] : ["VAWG"],
                Output = i % 3 == 0 ? null : new OutputMeasure(quantity, "people"),
                IsOverProgrammed = i % 2 == 1,
                Rank = 1 + (i % 3),
                MinimumViableAmount = i % 4 == 1 ? Money.FromMinorUnits(a / 2, Currency.Gbp) : null,
            })],
        };

    [InvariantProperty(8)]
    public Property RoundTrip_AnyPosition_IsEqualAndWritesTheSameBytes() =>
        Prop.ForAll(Positions.ToArbitrary(), RoundTrips);

    [InvariantProperty(8)]
    public Property RoundTrip_AnyTerms_IsEqualAndWritesTheSameBytes() =>
        Prop.ForAll(Terms.ToArbitrary(), RoundTrips);

    [InvariantProperty(8)]
    public Property RoundTrip_AnyPlan_IsEqualAndWritesTheSameBytes() =>
        Prop.ForAll(Plans.ToArbitrary(), RoundTrips);

    private static bool RoundTrips<T>(T value)
    {
        var json = PartnershipsJson.Serialize(value);
        var back = PartnershipsJson.Deserialize<T>(json);
        Assert.Equal(value, back);
        Assert.Equal(json, PartnershipsJson.Serialize(back));
        return true;
    }

    private static FundPosition Step(YearScenario scenario, int steps, string? scheme)
    {
        var position = FundPosition.Open(YearScenario.Year, scenario.Fund, scenario.Allocations, scenario.Bids, schemeName: scheme);
        try
        {
            for (var quarter = 1; quarter <= Math.Min(steps, 2); quarter++)
            {
                position = scenario.Record(position, quarter).Position;
            }

            return steps == 3 ? UnderspendReview.Hold(position, scenario.Terms with { SchemeName = scheme }, YearScenario.September, scenario.FurtherRound).Position : position;
        }
        catch (OverflowException)
        {
            return position;
        }
    }
}
