using Partnerships.Rules.Assessment;
using Partnerships.Rules.Tests.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class PriorityFitSurvivorTests
{
    [Fact]
    public void Assess_NoPriorityClaimedWithCodesShared_FitsNothingAndAttributesNothing()
    {
        // The path RoundAssessor takes (codes alone shared): no claim is no fit, and no part of the cost attributed.
        var activity = PlanTestData.Valid("Camden").Activities[0] with { ClaimedPriorities = [] };

        var fit = PriorityFit.Assess(activity, Round2011.Terms, PriorityFit.CodesAlone(Round2011.Terms));

        Assert.Equal(PriorityFitLevel.None, fit.Level);
        Assert.Empty(fit.FittingPriorities);
        Assert.Empty(fit.Attribution);
        Assert.Null(fit.AttributedWholeTo);
    }
}
