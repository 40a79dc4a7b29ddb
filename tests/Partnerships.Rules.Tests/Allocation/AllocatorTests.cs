using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

public sealed class AllocatorTests
{
    [Fact]
    public void Allocate_StartOf2011_12_MeetsEveryCoreRequestAndFundsNoOverProgramming()
    {
        var result = Allocator.Allocate(Terms2011, Plans2011(), AllocationPolicy.Default);

        Assert.Equal(32, result.Recipients.Length);
        Assert.All(result.Recipients, r => Assert.Equal(Money.Pounds(50_000m), r.CoreAllocated));
        Assert.All(result.Recipients, r => Assert.Contains(r.Findings, f => f.Code == AllocationFindings.CoreMetInFull));
        Assert.Equal(Money.Pounds(1_600_000m), result.CoreAllocated);
        Assert.Equal(Money.Pounds(0m), result.OverProgrammedAllocated);
        Assert.Equal(Money.Pounds(0m), result.Unallocated);
        Assert.False(result.ShortfallApplied);
        var overProgrammed = result.Activities.Where(a => a.IsOverProgrammed).ToList();
        Assert.Equal(5, overProgrammed.Count);
        Assert.All(overProgrammed, a => Assert.True(a.Allocated.IsZero));
        Assert.Single(overProgrammed, a => a.Findings.Single().Code == AllocationFindings.OverProgrammedDidNotFit);
        Assert.Equal(4, overProgrammed.Count(a => a.Findings.Single().Code == AllocationFindings.OverProgrammedNotReached));
        Assert.Equal(5, result.UnfundedBids(Plans2011()).Length);
    }
}
