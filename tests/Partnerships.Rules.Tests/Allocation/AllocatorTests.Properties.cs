using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class AllocatorTests
{
    [InvariantProperty(1)]
    public bool Allocate_AnyCase_ConservesTheFundToThePenny(AllocationCase c)
    {
        var result = Allocate(c);
        return result.Recipients.Sum(r => r.Allocated.MinorUnits) + result.Unallocated.MinorUnits == c.Terms.Fund.MinorUnits
            && result.Activities.Sum(a => a.Allocated.MinorUnits) + result.Unallocated.MinorUnits == c.Terms.Fund.MinorUnits
            && result.CoreAllocated.MinorUnits + result.OverProgrammedAllocated.MinorUnits + result.Unallocated.MinorUnits == c.Terms.Fund.MinorUnits;
    }

    [InvariantProperty(2)]
    public bool Allocate_AnyCase_KeepsAllocationsWithinRequestsAndTheStandardAllocation(AllocationCase c)
    {
        var result = Allocate(c);
        var standard = c.Terms.StandardAllocation.MinorUnits;
        return result.Activities.All(a => a.Allocated.MinorUnits >= 0 && a.Allocated <= a.Requested && a.Requested <= a.Cost)
            && result.Recipients.All(r => r.CoreAllocated.MinorUnits >= 0 && r.CoreAllocated <= r.CoreClaim && r.CoreClaim <= r.CoreRequest
                && (!c.Terms.CapCoreAtStandardAllocation || r.CoreClaim.MinorUnits <= standard))
            && (c.Terms.OverProgrammingInvited || result.OverProgrammedAllocated.IsZero);
    }

    [InvariantProperty(3)]
    public bool Allocate_FundCoversEveryCoreClaim_MeetsEachInFull(AllocationCase c)
    {
        var claims = Allocate(c).Recipients.Sum(r => r.CoreClaim.MinorUnits);
        var result = Allocate(c with { Terms = c.Terms with { Fund = AllocationFixtures.Pence(claims + (c.Step % 3)) } });
        return result.Recipients.All(r => r.CoreAllocated == r.CoreClaim) && !result.ShortfallApplied;
    }

    [InvariantProperty(4)]
    public bool Allocate_PlansActivitiesAndStandingsShuffled_GivesTheSameResult(AllocationCase c)
    {
        var random = new Random(c.Seed);
        var plans = c.Plans.Select(p => p with { Activities = [.. p.Activities.OrderBy(_ => random.Next())] }).OrderBy(_ => random.Next()).ToArray();
        var standings = c.Standings.OrderBy(_ => random.Next()).ToArray();
        return Allocate(c) == Allocate(c with { Plans = plans, Standings = standings });
    }

    [InvariantProperty(5)]
    public bool Allocate_LargerFund_NeverGivesAnyRecipientLessCore(AllocationCase c)
    {
        var before = Allocate(c);
        var after = Allocate(c with { Terms = c.Terms with { Fund = c.Terms.Fund + AllocationFixtures.Pence(c.Step) } });
        return before.Recipients.Zip(after.Recipients).All(pair => pair.Second.CoreAllocated >= pair.First.CoreAllocated);
    }

    [InvariantProperty(5)]
    public bool Allocate_LargerFundUnderStrictOrder_NeverGivesAnyActivityLess(AllocationCase c)
    {
        var strict = c with { Policy = c.Policy with { OverProgrammingRule = OverProgrammingRule.StrictOrder } };
        var before = Allocate(strict);
        var after = Allocate(strict with { Terms = strict.Terms with { Fund = strict.Terms.Fund + AllocationFixtures.Pence(c.Step) } });
        return before.Activities.Zip(after.Activities).All(pair => pair.Second.Allocated >= pair.First.Allocated);
    }

    private static AllocationResult Allocate(AllocationCase c) => Allocator.Allocate(c.Terms, c.Plans, c.Policy, c.Standings);
}
