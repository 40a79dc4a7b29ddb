using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Plans;

public sealed class PlanFindingTests
{
    [Fact]
    public void Validate_NoRecipient_FindingsNameAnEmptyRecipientId()
    {
        // A missing recipient has no id: both validators report it as the empty string, not null.
        var plan = PlanTestData.Valid() with { Recipient = null! };
        List<Finding>? fast = null;

        new FastSpendPlanValidator(Round2011.Terms).Validate(plan, ref fast);
        var fluent = new SpendPlanValidator(Round2011.Terms).Validate(plan).Errors;

        Assert.Equal(string.Empty, Assert.Single(fast!).RecipientId);
        Assert.Equal(string.Empty, Assert.IsType<Finding>(Assert.Single(fluent).CustomState).RecipientId);
    }

    [Fact]
    public void Validate_UnknownPriority_KnownOnesAreCommaSeparated()
    {
        var terms = Round2011.Terms with { Priorities = [new Priority("ASB", "Anti-social behaviour"), new Priority("VAWG", "Violence against women and girls")] };
        var plan = PlanTestData.WithActivity(PlanTestData.Valid(), 0, a => a with { ClaimedPriorities = ["BURGLARY"] });
        List<Finding>? fast = null;

        new FastSpendPlanValidator(terms).Validate(plan, ref fast);
        var fluent = new SpendPlanValidator(terms).Validate(plan).Errors;

        Assert.All(fast!.Where(f => f.Code == PlanFindings.UnknownPriority), f => Assert.Equal("ASB, VAWG", f.Values["known"]));
        Assert.Contains(fast!, f => f.Code == PlanFindings.UnknownPriority);
        Assert.Contains(fluent, e => e.ErrorCode == PlanFindings.UnknownPriority);
        Assert.All(fluent.Where(e => e.ErrorCode == PlanFindings.UnknownPriority), e => Assert.Equal("ASB, VAWG", Assert.IsType<Finding>(e.CustomState).Values["known"]));
    }

    [Fact]
    public void FastValidate_ManyActivitiesOutOfOrderWithARepeat_ReportsOnlyTheRepeat()
    {
        // 20 activities (more than are compared pairwise), ids z19 … z00 descending, then z07 again.
        var first = PlanTestData.Valid().Activities[0];
        var activities = Enumerable.Range(0, 20).Reverse().Select(i => first with { Id = FormattableString.Invariant($"z{i:00}") }).Append(first with { Id = "z07" });
        var plan = PlanTestData.Valid() with { Activities = [.. activities] };
        List<Finding>? fast = null;

        new FastSpendPlanValidator(Round2011.Terms).Validate(plan, ref fast);

        var duplicate = Assert.Single(fast!, f => f.Code == PlanFindings.DuplicateActivityId);
        Assert.Equal("z07", duplicate.ActivityId);
        Assert.Equal([duplicate], fast!.Where(f => f.Code == PlanFindings.DuplicateActivityId));
    }
}
