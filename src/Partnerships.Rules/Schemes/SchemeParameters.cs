namespace Partnerships.Rules.Schemes;

/// <summary>The names of the parameters a scheme file declares, as written under <c>parameters</c>.</summary>
/// <remarks>
/// <see cref="Fund"/>, <see cref="StandardAllocation"/> and <see cref="Priorities"/> are required in every year the
/// scheme gives terms for; every other parameter takes the default of <see cref="FundTerms"/> in a year with no
/// value. Names are compared ordinally. This type is immutable and thread-safe.
/// </remarks>
public static class SchemeParameters
{
    /// <summary>The whole fund for the year (<see cref="FundTerms.Fund"/>): a number in major units.</summary>
    public const string Fund = "fund";

    /// <summary>The standard allocation per recipient (<see cref="FundTerms.StandardAllocation"/>): a number in major units.</summary>
    public const string StandardAllocation = "standardAllocation";

    /// <summary>The priorities and the activity types that fit each directly and arguably (<see cref="FundTerms.Priorities"/>).</summary>
    public const string Priorities = "priorities";

    /// <summary>Whether over-programmed bids are invited (<see cref="FundTerms.OverProgrammingInvited"/>).</summary>
    public const string OverProgrammingInvited = "overProgrammingInvited";

    /// <summary>Whether core requests are capped at the standard allocation (<see cref="FundTerms.CapCoreAtStandardAllocation"/>).</summary>
    public const string CapCoreAtStandardAllocation = "capCoreAtStandardAllocation";

    /// <summary>Whether amounts under query are held back (<see cref="FundTerms.HoldBackQueriedAmounts"/>).</summary>
    public const string HoldBackQueriedAmounts = "holdBackQueriedAmounts";

    /// <summary>Whether an under-spending recipient may be given more at a review (<see cref="FundTerms.UnderspendingRecipientsMayReceive"/>).</summary>
    public const string UnderspendingRecipientsMayReceive = "underspendingRecipientsMayReceive";

    /// <summary>The review points of the year (<see cref="FundTerms.ReviewPoints"/>).</summary>
    public const string ReviewPoints = "reviewPoints";

    /// <summary>The on-cost rates for staff posts (<see cref="FundTerms.OnCosts"/>).</summary>
    public const string OnCosts = "onCosts";

    /// <summary>The value-for-money thresholds (<see cref="FundTerms.ValueForMoney"/>).</summary>
    public const string ValueForMoney = "valueForMoney";

    /// <summary>The under-spend tolerated at a review (<see cref="FundTerms.UnderspendTolerance"/>); <c>null</c> for none.</summary>
    public const string UnderspendTolerance = "underspendTolerance";

    /// <summary>The deadline for spend plans, London local time (<see cref="FundTerms.SubmissionDeadline"/>); <c>null</c> for none.</summary>
    public const string SubmissionDeadline = "submissionDeadline";

    /// <summary>The working days a recipient has to answer a query (<see cref="FundTerms.QueryResponseWorkingDays"/>, <see cref="SchemeFile.QueryDueWorkingDays"/>).</summary>
    public const string QueryDueDays = "queryDueDays";
}
