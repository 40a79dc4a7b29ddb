using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Plans;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class PriorityFitGuardTests
{
    [Fact]
    public void Assess_NullArgument_ThrowsNamingIt()
    {
        var activity = PlanTestData.Valid().Activities[0];

        Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => PriorityFit.Assess(null!, Round2011.Terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => PriorityFit.Assess(activity, null!)).ParamName);
    }

    [Fact]
    public void Attribute_NoPriorities_IsEmptyAndNullThrows()
    {
        Assert.Empty(PriorityFit.Attribute(Money.Pounds(10m), Array.Empty<Priority>()));
        Assert.Equal("priorities", Assert.Throws<ArgumentNullException>(() => PriorityFit.Attribute(Money.Pounds(10m), null!)).ParamName);
    }

    [Fact]
    public void Attribute_ThreePriorities_SplitsExactlyEarlierTakingThePennies()
    {
        // £10.00 in three: 334p, 333p, 333p.
        var parts = PriorityFit.Attribute(Money.Pounds(10m), [Round2011.Vawg, Round2011.Violence, Round2011.Reoffending]);

        Assert.Equal(
            [(Round2011.VawgCode, 334L), (Round2011.ViolenceCode, 333L), (Round2011.ReoffendingCode, 333L)],
            parts.Select(p => (p.PriorityCode, p.Amount.MinorUnits)));
    }
}
