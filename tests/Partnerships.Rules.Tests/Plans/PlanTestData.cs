using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Plans;

/// <summary>Plans with one thing wrong each, built from a valid 2011/12 plan.</summary>
internal static class PlanTestData
{
    public static SpendPlan Valid(string borough = "Camden") => Round2011.Plan(borough);

    public static SpendPlan WithActivity(SpendPlan plan, int index, Func<Activity, Activity> change) =>
        plan with { Activities = plan.Activities.SetItem(index, change(plan.Activities[index])) };

    public static SpendPlan NegativeCost() => WithActivity(Valid("Barnet"), 0, a => a with { Cost = Money.Pounds(-5m) });

    public static SpendPlan DuplicateActivityId() => WithActivity(Valid("Harrow"), 1, a => a with { Id = "vawg-advocacy" });

    public static SpendPlan UnknownPriority() => WithActivity(Valid("Brent"), 1, a => a with { ClaimedPriorities = ["BURGLARY"] });

    public static SpendPlan ForeignCurrency() => WithActivity(Valid("Bromley"), 2, a => a with { Cost = Money.FromMinorUnits(1_000_000, Currency.Create("EUR", 2, "€")) });

    public static SpendPlan WrongYear() => Valid("Camden") with { Year = Round2011.Year.Previous };

    public static SpendPlan BlankEqualityStatement() => Valid("Croydon") with { EqualityImpactStatement = null };
}
