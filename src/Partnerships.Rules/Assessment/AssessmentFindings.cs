using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// The stable codes of assessment findings and their English message templates: eligibility (<c>ELIG</c>),
/// priority fit (<c>FIT</c>) and value for money (<c>VFM</c>).
/// </summary>
/// <remarks>
/// A code never changes meaning and is never reused. Placeholders in braces name entries of
/// <see cref="Finding.Values"/>. This type is immutable and thread-safe.
/// </remarks>
public static class AssessmentFindings
{
    /// <summary>Eligibility criterion 1 fails: no activity of the plan fits any of the year's priorities, even arguably.</summary>
    public const string NoPriorityAddressed = "ELIG001";

    /// <summary>Eligibility criterion 1 is in doubt: activities fit the priorities only arguably; a query decides.</summary>
    public const string PrioritiesAddressedOnlyArguably = "ELIG002";

    /// <summary>Eligibility criterion 2 is in doubt: too much of the plan's cost sits in unit-cost outliers.</summary>
    public const string NotBroadlyValueForMoney = "ELIG003";

    /// <summary>Eligibility criterion 3 is in doubt: the equality impact section is blank; the recipient is asked to complete it.</summary>
    public const string EqualityImpactNotAddressed = "ELIG004";

    /// <summary>The core request (activities not marked over-programmed) exceeds the standard allocation.</summary>
    public const string CoreAboveStandardAllocation = "ELIG005";

    /// <summary>The plan has over-programmed activities but the year's terms do not invite them.</summary>
    public const string OverProgrammingNotInvited = "ELIG006";

    /// <summary>The plan bids beyond the standard allocation with over-programmed activity, as invited.</summary>
    public const string OverProgrammedBid = "ELIG007";

    /// <summary>The plan was submitted after the deadline (Europe/London time).</summary>
    public const string SubmittedLate = "ELIG008";

    /// <summary>The terms set a deadline but the plan has no submission time.</summary>
    public const string SubmissionTimeUnknown = "ELIG009";

    /// <summary>The activity fits a claimed priority only arguably (its theme needs a query).</summary>
    public const string ArguableFit = "FIT001";

    /// <summary>The activity fits none of the priorities it claims.</summary>
    public const string NoFit = "FIT002";

    /// <summary>The activity claims no priority.</summary>
    public const string NoPriorityClaimed = "FIT003";

    /// <summary>The unit cost is more than the threshold ratio times the peers' median.</summary>
    public const string HighRatioToMedian = "VFM001";

    /// <summary>The unit cost is above the peers' upper fence: upper quartile plus the fence times the interquartile range.</summary>
    public const string AboveUpperFence = "VFM002";

    /// <summary>Too few activities of the same type in other plans to judge the unit cost.</summary>
    public const string TooFewComparators = "VFM003";

    /// <summary>The activity has no measurable output, so it has no unit cost; noted, not failed.</summary>
    public const string NoMeasurableOutput = "VFM004";

    /// <summary>The unit cost is too large to compare exactly.</summary>
    public const string UnitCostOutOfRange = "VFM005";

    /// <summary>How a staff post's annual cost was built up.</summary>
    public const string StaffCostBuildUp = "COST001";

    /// <summary>How a part-year cost was derived from a full year.</summary>
    public const string PartYearCost = "COST002";

    /// <summary>Gets the definition of every assessment finding: code, severity, template and placeholders, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } =
    [
        new(NoPriorityAddressed, FindingSeverity.Failure, "No activity fits any of the priorities {priorities}."),
        new(PrioritiesAddressedOnlyArguably, FindingSeverity.Query, "No activity fits a priority directly; {arguable} fit only arguably and are queried."),
        new(NotBroadlyValueForMoney, FindingSeverity.Query, "{outlierCost} of {total} ({share}) is in unit-cost outliers, above the tolerated share {maximumShare}."),
        new(EqualityImpactNotAddressed, FindingSeverity.Query, "The equality impact section is blank; more information is requested."),
        new(CoreAboveStandardAllocation, FindingSeverity.Failure, "The core request {core} exceeds the standard allocation {standardAllocation}; mark the excess as over-programmed."),
        new(OverProgrammingNotInvited, FindingSeverity.Failure, "{overProgrammed} of over-programmed activity is bid, but over-programmed bids are not invited in {year}."),
        new(OverProgrammedBid, FindingSeverity.Information, "The plan bids {overProgrammed} of over-programmed activity beyond the standard allocation {standardAllocation}."),
        new(SubmittedLate, FindingSeverity.Failure, "Submitted {submitted}, after the deadline {deadline} ({zone})."),
        new(SubmissionTimeUnknown, FindingSeverity.Warning, "The plan has no submission time to check against the deadline {deadline} ({zone})."),
        new(ArguableFit, FindingSeverity.Query, "The {theme} activity fits {priorities} only arguably; {amount} is queried."),
        new(NoFit, FindingSeverity.Query, "The {theme} activity fits none of its claimed priorities {claimed}; {amount} is queried."),
        new(NoPriorityClaimed, FindingSeverity.Query, "The {theme} activity claims no priority; {amount} is queried."),
        new(HighRatioToMedian, FindingSeverity.Warning, "The unit cost {unitCost} per {unit} is {ratio}× the median {median} of {peers} peers, above {threshold}×."),
        new(AboveUpperFence, FindingSeverity.Warning, "The unit cost {unitCost} per {unit} is above the upper fence {upperFence} (Q1 {lowerQuartile}, Q3 {upperQuartile}, fence {fence}× IQR) of {peers} peers."),
        new(TooFewComparators, FindingSeverity.Information, "Only {peers} peers of type {theme} per {unit} in other plans, fewer than {minimumPeers}: no judgement."),
        new(NoMeasurableOutput, FindingSeverity.Information, "The {theme} activity has no measurable output, so no unit cost."),
        new(UnitCostOutOfRange, FindingSeverity.Information, "The unit cost of {amount} for {quantity} {unit} is beyond exact range; not compared."),
        new(StaffCostBuildUp, FindingSeverity.Information, "{title}: salary {salary} + employer NI {nationalInsurance} ({nationalInsuranceRate}) + pension {pension} ({pensionRate}) + running costs {runningCosts} = {perPost}; × {count} = {total}."),
        new(PartYearCost, FindingSeverity.Information, "Filled {monthsIntoYear} months into the year: {annual} × {monthsFunded}/12 = {partYear}."),
    ];

    private static readonly FrozenDictionary<string, FindingDefinition> ByCode = Definitions.ToFrozenDictionary(static d => d.Code, StringComparer.Ordinal);

    /// <summary>Makes a finding of one of these codes from its definition; the severity is the definition's, restated at the call for the reader.</summary>
    internal static Finding Make(string code, FindingSeverity severity, string? recipientId, string? activityId, Money? amount, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var definition = ByCode[code];
        System.Diagnostics.Debug.Assert(definition.Severity == severity, "The severity restated at the call is the definition's.");
        return definition.Make(recipientId, activityId, amount, values);
    }

    /// <summary>Makes a finding of one of these codes whose values an immutable record gives when they are first read.</summary>
    internal static Finding MakeFrom(string code, FindingSeverity severity, string? recipientId, string? activityId, IFindingValues values)
    {
        var definition = ByCode[code];
        System.Diagnostics.Debug.Assert(definition.Severity == severity, "The severity restated at the call is the definition's.");
        return definition.MakeFrom(recipientId, activityId, values);
    }
}
