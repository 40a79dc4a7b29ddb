using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

/// <summary>Compares terms field by field (arrays by their items), leaving out the recipients and sources a scheme file adds.</summary>
internal static class SchemeAssert
{
    public static void SameTerms(FundTerms expected, FundTerms actual)
    {
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Fund, actual.Fund);
        Assert.Equal(expected.StandardAllocation, actual.StandardAllocation);
        Assert.Equal(expected.Priorities.Select(Describe), actual.Priorities.Select(Describe));
        Assert.Equal(expected.OverProgrammingInvited, actual.OverProgrammingInvited);
        Assert.Equal(expected.CapCoreAtStandardAllocation, actual.CapCoreAtStandardAllocation);
        Assert.Equal(expected.HoldBackQueriedAmounts, actual.HoldBackQueriedAmounts);
        Assert.Equal(expected.ReviewPoints.AsEnumerable(), actual.ReviewPoints.AsEnumerable());
        Assert.Equal(expected.OnCosts, actual.OnCosts);
        Assert.Equal(expected.ValueForMoney, actual.ValueForMoney);
        Assert.Equal(expected.UnderspendTolerance, actual.UnderspendTolerance);
        Assert.Equal(expected.UnderspendingRecipientsMayReceive, actual.UnderspendingRecipientsMayReceive);
        Assert.Equal(expected.SubmissionDeadline, actual.SubmissionDeadline);
    }

    private static string Describe(Priority p) => p.Code + "|" + p.Name + "|" + string.Join(";", p.DirectThemes) + "|" + string.Join(";", p.ArguableThemes);
}
