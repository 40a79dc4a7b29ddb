using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class PriorityFitTests
{
    private static Activity Of(string type, params string[] claimed) => new()
    {
        Id = "a1",
        Title = "t",
        Cost = Money.FromMinorUnits(100, Currency.Gbp),
        ActivityType = type,
        ClaimedPriorities = [.. claimed],
    };

    [Fact]
    public void Assess_DirectTheme_FitsDirectly()
    {
        var fit = PriorityFit.Assess(Of(Round2011.Cadets, Round2011.ViolenceCode), Round2011.Terms);

        Assert.Equal(PriorityFitLevel.Direct, fit.Level);
        Assert.Equal(new[] { Round2011.ViolenceCode }, fit.FittingPriorities.ToArray());
        Assert.False(fit.IsQueried);
    }

    [Fact]
    public void Assess_ArguableTheme_IsQueried()
    {
        var fit = PriorityFit.Assess(Of(Round2011.AntiSocialBehaviour, Round2011.ViolenceCode, Round2011.ReoffendingCode), Round2011.Terms);

        Assert.Equal(PriorityFitLevel.Arguable, fit.Level);
        Assert.Equal(new[] { Round2011.ViolenceCode }, fit.FittingPriorities.ToArray());
        Assert.True(fit.IsQueried);
    }

    [Fact]
    public void Assess_DirectThemeOfAnUnclaimedPriority_DoesNotFit()
    {
        var fit = PriorityFit.Assess(Of(Round2011.Cadets, Round2011.VawgCode), Round2011.Terms);

        Assert.Equal(PriorityFitLevel.None, fit.Level);
        Assert.Empty(fit.FittingPriorities);
    }

    [Fact]
    public void Assess_ThemeAndCodeCase_AreIgnored()
    {
        Assert.Equal(PriorityFitLevel.Direct, PriorityFit.Assess(Of("VOLUNTEER Police Cadets", "violence"), Round2011.Terms).Level);
    }

    [Fact]
    public void Assess_ThreeClaimsOnAHundredPence_SplitsThirtyFourThirtyThreeThirtyThreeInTermsOrder()
    {
        var fit = PriorityFit.Assess(Of(Round2011.CommunityGrants, Round2011.ReoffendingCode, Round2011.VawgCode, Round2011.ViolenceCode, "vawg"), Round2011.Terms);

        Assert.Equal([Round2011.VawgCode, Round2011.ViolenceCode, Round2011.ReoffendingCode], fit.Attribution.Select(a => a.PriorityCode));
        Assert.Equal([34L, 33L, 33L], fit.Attribution.Select(a => a.Amount.MinorUnits));
    }

    [Fact]
    public void Assess_NoClaims_AttributesNothing()
    {
        var fit = PriorityFit.Assess(Of(Round2011.Cadets), Round2011.Terms);

        Assert.Equal(PriorityFitLevel.None, fit.Level);
        Assert.Empty(fit.Attribution);
    }

    // The claims kept on the stack give what the claims in a list gave (and still give for terms of very many
    // priorities): level, fitting codes in the terms' order, and the attribution, to the penny; with the codes the
    // assessment of a round shares or without.
    [Property]
    public Property Assess_AnyActivity_SameFitAsFromTheClaimedList() =>
        Prop.ForAll(RoundAssessorTests.Activities.ToArbitrary(), activity =>
        {
            var fromList = PriorityFit.AssessClaimed(activity, PriorityFit.Claimed(activity, Round2011.Terms));
            return PriorityFit.Assess(activity, Round2011.Terms) == fromList
                && PriorityFit.Assess(activity, Round2011.Terms, PriorityFit.CodesAlone(Round2011.Terms)) == fromList;
        });

    // A fit holds a one-priority attribution as the code and makes the part when read: nothing of that may show.
    [Property]
    public Property Assess_AnyActivity_EqualsTheFitRebuiltFromItsProperties() =>
        Prop.ForAll(RoundAssessorTests.Activities.ToArbitrary(), activity =>
        {
            var fit = PriorityFit.Assess(activity, Round2011.Terms);
            var hash = PriorityFit.Assess(activity, Round2011.Terms).GetHashCode();
            var rebuilt = new ActivityFit(fit.ActivityId, fit.Level, fit.FittingPriorities, fit.Attribution);
            return fit.Equals(rebuilt) && rebuilt.Equals(fit) && hash == rebuilt.GetHashCode() && fit.ToString() == rebuilt.ToString()
                && fit.Attribution.SequenceEqual(PriorityFit.Attribute(activity.Cost, PriorityFit.Claimed(activity, Round2011.Terms)))
                && (fit with { Attribution = [] }).Attribution.IsEmpty && fit.Attribution.Sum(a => a.Amount.MinorUnits) == (fit.Attribution.IsEmpty ? 0 : activity.Cost.MinorUnits);
        });

    [Fact]
    public void Assess_TermsOfMorePrioritiesThanTheStackTakes_FitsFromTheList()
    {
        var terms = Round2011.Terms with
        {
            Priorities = [.. Round2011.Terms.Priorities, .. Enumerable.Range(0, 70).Select(i => new Partnerships.Rules.Schemes.Priority("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Priority " + i) { DirectThemes = [Round2011.Cadets] })],
        };

        var fit = PriorityFit.Assess(Of(Round2011.Cadets, "P69", Round2011.ViolenceCode, "p3"), terms);

        Assert.Equal(PriorityFitLevel.Direct, fit.Level);
        Assert.Equal(new[] { Round2011.ViolenceCode, "P3", "P69" }, fit.FittingPriorities.ToArray());
        Assert.Equal(new long[] { 34, 33, 33 }, fit.Attribution.Select(a => a.Amount.MinorUnits).ToArray());
    }
}
