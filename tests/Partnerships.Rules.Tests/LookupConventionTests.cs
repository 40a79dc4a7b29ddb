using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests;

/// <summary>One lookup convention across the results: <c>Find…</c> returns null, <c>Get…</c> throws naming the key.</summary>
public sealed class LookupConventionTests
{
    private const string Missing = "NO-SUCH-ID";
    private static readonly AllocationResult Allocation = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);
    private static readonly FundPosition Position = FundPosition.Open(Allocation, Round2011.Plans);
    private static readonly string Camden = Round2011.RecipientId("Camden");

    [Fact]
    public void AssessmentReport_PlanLookups_FollowTheConvention()
    {
        Assert.Equal(Camden, Round2011.Report.GetPlan(Camden).RecipientId);
        Assert.Same(Round2011.Report.GetPlan(Camden), Round2011.Report.FindPlan(Camden));
        Assert.Null(Round2011.Report.FindPlan(Missing));
        Assert.Null(Round2011.Report.FindPlan(Camden.ToLowerInvariant())); // ids are ordinal
        AssertNotFound(() => Round2011.Report.GetPlan(Missing));
    }

    [Fact]
    public void AssessmentReport_SpendLookups_FollowTheConvention()
    {
        Assert.Equal(Round2011.SpendOnVawg, Round2011.Report.GetSpendOn(Round2011.VawgCode.ToLowerInvariant())); // codes ignore case
        Assert.Null(Round2011.Report.FindSpendOn(Missing));
        AssertNotFound(() => Round2011.Report.GetSpendOn(Missing));
    }

    [Fact]
    public void FundTerms_PriorityLookups_FollowTheConvention()
    {
        Assert.Same(Round2011.Vawg, Round2011.Terms.GetPriority(Round2011.VawgCode));
        Assert.Null(Round2011.Terms.FindPriority(Missing));
        AssertNotFound(() => Round2011.Terms.GetPriority(Missing));
    }

    [Fact]
    public void FundPosition_AccountLookups_FollowTheConvention()
    {
        Assert.Equal(Camden, Position.GetAccount(Camden).RecipientId);
        Assert.Null(Position.FindAccount(Missing));
        AssertNotFound(() => Position.GetAccount(Missing));
    }

    [Fact]
    public void AllocationResult_Lookups_FollowTheConventionAndFindEveryLine()
    {
        Assert.All(Allocation.Recipients, r => Assert.Same(r, Allocation.GetRecipient(r.RecipientId)));
        Assert.All(Allocation.Activities, a => Assert.Same(a, Allocation.GetActivity(a.RecipientId, a.ActivityId)));
        Assert.Null(Allocation.FindRecipient(Missing));
        Assert.Null(Allocation.FindActivity(Camden, Missing));
        AssertNotFound(() => Allocation.GetRecipient(Missing));
        AssertNotFound(() => Allocation.GetActivity(Camden, Missing));
    }

    [Fact]
    public void Lookups_NullKey_ThrowArgumentNullExceptionNamingTheKey()
    {
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => Round2011.Report.FindPlan(null!)).ParamName);
        Assert.Equal("priorityCode", Assert.Throws<ArgumentNullException>(() => Round2011.Report.GetSpendOn(null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Round2011.Terms.GetPriority(null!)).ParamName);
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => Position.GetAccount(null!)).ParamName);
        Assert.Equal("activityId", Assert.Throws<ArgumentNullException>(() => Allocation.FindActivity(Camden, null!)).ParamName);
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => Allocation.FindActivity(null!, "x")).ParamName);
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => Allocation.FindRecipient(null!)).ParamName);
        Assert.Equal("recipientId", Assert.Throws<ArgumentNullException>(() => Allocation.GetRecipient(null!)).ParamName);
    }

    private static void AssertNotFound(Func<object> lookup)
    {
        var error = Assert.Throws<KeyNotFoundException>(lookup);
        Assert.Contains($"'{Missing}'", error.Message, StringComparison.Ordinal);
    }
}
