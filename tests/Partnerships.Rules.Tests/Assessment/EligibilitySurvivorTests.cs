using Partnerships.Rules.Assessment;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class EligibilitySurvivorTests
{
    [Fact]
    public void BroadlyValueForMoney_NoOutliersAndANegativeTotal_HasNothingToSay()
    {
        // The public rule takes a plan as it comes: every activity at -£5 gives a negative total, and with no
        // outliers there is no share to query (nothing over half of anything).
        var camden = PlanTestData.Valid("Camden");
        var plan = camden with { Activities = [.. camden.Activities.Select(a => a with { Cost = Money.Pounds(-5m) })] };

        Assert.True(plan.Total.IsNegative);
        Assert.Empty(EligibilityRules.BroadlyValueForMoney(plan, [], Round2011.Terms));
    }

    [Fact]
    public void BroadlyValueForMoney_OutliersAndAZeroTotal_HasNothingToSay()
    {
        // A zero total gives no share to work out: no query rather than a division by zero. Camden's schools made an
        // outlier as in EligibilityRulesTests, its other costs set so the plan sums to nothing.
        var plans = Round2011.Plans.ToList();
        var camden = plans.FindIndex(p => p.Recipient.Id == Round2011.RecipientId("Camden"));
        plans[camden] = PlanTestData.WithActivity(plans[camden], 2, a => a with { Cost = Money.Pounds(40_000m) }); // schools at £80 a pupil
        var comparisons = ValueForMoney.Compare(plans, Round2011.Terms.ValueForMoney).Where(c => c.RecipientId == plans[camden].Recipient.Id).ToList();
        var plan = PlanTestData.WithActivity(plans[camden], 0, a => a with { Cost = a.Cost - plans[camden].Total });

        Assert.Contains(comparisons, c => c.IsOutlier);
        Assert.True(plan.Total.IsZero);
        Assert.Empty(EligibilityRules.BroadlyValueForMoney(plan, comparisons, Round2011.Terms));
    }
}
