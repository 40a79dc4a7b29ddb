using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Allocation;

public sealed partial class AllocatorTests
{

    [Fact]
    public void Allocate_Report2011_MeetsEveryCoreRequestAndFundsNoOverProgrammedActivity()
    {
        var result = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);

        Assert.Equal(32, result.Recipients.Length);
        Assert.All(result.Recipients, r => Assert.Equal(Money.Pounds(50_000m), r.CoreAllocated));
        Assert.Equal(Money.Pounds(1_600_000m), result.CoreAllocated);
        Assert.Equal(Money.Zero(Currency.Gbp), result.OverProgrammedAllocated);
        Assert.Equal(Money.Zero(Currency.Gbp), result.Unallocated);
        Assert.Equal(5, result.Activities.Count(a => a.IsOverProgrammed && a.Allocated.IsZero));
    }

    [Fact]
    public void Allocate_QueriedAmountsHeldBack_CoreLosesTheQueriesAndTheRestFundsOverProgramming()
    {
        var terms = Round2011.Terms with { HoldBackQueriedAmounts = true };

        var result = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), AllocationPolicy.Default);

        Assert.Equal(Money.Pounds(1_600_000m) - Round2011.AmountUnderQuery, result.CoreAllocated);
        Assert.Equal(Money.Pounds(75_000m), result.OverProgrammedAllocated);
        Assert.Equal(Round2011.AmountUnderQuery - Money.Pounds(75_000m), result.Unallocated);
        Assert.Equal(result.Fund, result.CoreAllocated + result.OverProgrammedAllocated + result.Unallocated);
    }

    [Fact]
    public void Allocate_IneligiblePlan_TakesNoPart()
    {
        var plans = Round2011.Plans.SetItem(0, Round2011.Plans[0] with { Year = Round2011.Year.Next });
        var report = RoundAssessor.Assess(Round2011.Terms, plans);

        var result = Allocator.Allocate(Round2011.Terms, report, AllocationPolicy.Default);

        Assert.Equal(PlanDecision.Ineligible, report.GetPlan(plans[0].Recipient.Id).Decision);
        Assert.DoesNotContain(result.Recipients, r => r.RecipientId == plans[0].Recipient.Id);
        Assert.Equal(Money.Pounds(1_550_000m), result.CoreAllocated);
    }

    [Fact]
    public void Allocate_ReportForAnotherYear_ThrowsNamingBothYears()
    {
        var error = Assert.Throws<ArgumentException>(() => Allocator.Allocate(Round2011.Terms with { Year = Round2011.Year.Next }, Round2011.Report, AllocationPolicy.Default));

        Assert.Contains("2011/12", error.Message, StringComparison.Ordinal);
        Assert.Contains("2012/13", error.Message, StringComparison.Ordinal);
    }
}
