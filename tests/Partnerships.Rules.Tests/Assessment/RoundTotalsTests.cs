using Partnerships.Rules.Assessment;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

// RoundTotals finds a priority by the very code string PriorityFit hands over; a code spelt in another case, or held
// in another string, is matched as the terms match codes, ignoring case.
public sealed class RoundTotalsTests
{
    [Theory]
    [InlineData("violence")]
    [InlineData("Violence")]
    [InlineData("VIOLENCE")] // the same text in another string: not found by identity
    public void Add_WholeCostToACodeSpeltOtherwise_CountsToThatPriority(string spelt)
    {
        var terms = Round2011.Terms;
        var totals = new RoundTotals(terms.Priorities, Money.Zero(terms.Currency));
        var activity = PlanTestData.Valid("Camden").Activities[0] with { Cost = Money.Pounds(300m), IsOverProgrammed = false };
        var code = new string(spelt.AsSpan()); // never the terms' own instance

        totals.StartPlan();
        totals.Add(activity, new ActivityFit(activity, PriorityFitLevel.Direct, [code], code));
        totals.KeepPlan(Money.Zero(terms.Currency), Money.Zero(terms.Currency));

        // VIOLENCE is the second of the terms' three priorities: £300 there, nothing elsewhere.
        Assert.Equal(["VAWG", "VIOLENCE", "REOFFENDING"], totals.ByPriority().Select(s => s.PriorityCode));
        Assert.Equal([0m, 300m, 0m], totals.ByPriority().Select(s => s.Amount.Amount));
        Assert.Equal(Money.Pounds(300m), totals.Assessed);
    }

    [Fact]
    public void Add_CodeTheTermsDoNotHave_ThrowsNamingIt()
    {
        var terms = Round2011.Terms;
        var totals = new RoundTotals(terms.Priorities, Money.Zero(terms.Currency));
        var activity = PlanTestData.Valid("Camden").Activities[0] with { IsOverProgrammed = false };
        totals.StartPlan();

        var thrown = Assert.Throws<KeyNotFoundException>(() => totals.Add(activity, new ActivityFit(activity, PriorityFitLevel.Direct, ["BURGLARY"], "BURGLARY")));

        Assert.Equal("The terms have no priority 'BURGLARY'.", thrown.Message);
    }
}
