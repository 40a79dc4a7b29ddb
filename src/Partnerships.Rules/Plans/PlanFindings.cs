using System.Collections.Immutable;

namespace Partnerships.Rules.Plans;

/// <summary>
/// The stable error codes of spend-plan validation (<c>PLAN001</c>…) and their English message templates.
/// </summary>
/// <remarks>
/// A code never changes meaning and is never reused. Validators set the code with <c>WithErrorCode</c>; the
/// message of a failure names the plan (recipient id), the activity id and the field, and then fills the template.
/// This type is immutable and thread-safe.
/// </remarks>
public static class PlanFindings
{
    /// <summary>The recipient is missing or its id is blank.</summary>
    public const string RecipientIdBlank = "PLAN001";

    /// <summary>The recipient's name is blank.</summary>
    public const string RecipientNameBlank = "PLAN002";

    /// <summary>An activity is missing or its id is blank.</summary>
    public const string ActivityIdBlank = "PLAN003";

    /// <summary>An activity's title is blank.</summary>
    public const string ActivityTitleBlank = "PLAN004";

    /// <summary>An activity's type is blank.</summary>
    public const string ActivityTypeBlank = "PLAN005";

    /// <summary>An amount is below zero.</summary>
    public const string NegativeAmount = "PLAN006";

    /// <summary>An amount is in a currency other than the fund's (or than the plan's first activity).</summary>
    public const string ForeignCurrency = "PLAN007";

    /// <summary>An activity's rank is below one.</summary>
    public const string RankBelowOne = "PLAN008";

    /// <summary>An output quantity is not positive.</summary>
    public const string OutputQuantityNotPositive = "PLAN009";

    /// <summary>An output's unit is blank.</summary>
    public const string OutputUnitBlank = "PLAN010";

    /// <summary>A minimum viable amount is more than the activity's cost.</summary>
    public const string MinimumViableAboveCost = "PLAN011";

    /// <summary>The plan has no activities.</summary>
    public const string NoActivities = "PLAN012";

    /// <summary>Two activities of one plan share an id.</summary>
    public const string DuplicateActivityId = "PLAN013";

    /// <summary>The equality impact statement is blank.</summary>
    public const string EqualityStatementBlank = "PLAN014";

    /// <summary>The plan is for a year other than the terms'.</summary>
    public const string WrongYear = "PLAN015";

    /// <summary>An activity claims a priority code the terms do not have.</summary>
    public const string UnknownPriority = "PLAN016";

    /// <summary>Two plans of one round come from the same recipient.</summary>
    public const string DuplicateRecipient = "PLAN017";

    /// <summary>The plan's total cost is beyond the range of whole minor units.</summary>
    public const string TotalOutOfRange = "PLAN018";

    /// <summary>An amount given as a decimal is finer than the currency's minor unit.</summary>
    public const string NotWholeMinorUnits = "PLAN019";

    /// <summary>Adding the plan would take the round's total cost beyond the range of whole minor units.</summary>
    public const string RoundTotalOutOfRange = "PLAN020";

    /// <summary>The plan's recipient is not one the terms know (<see cref="Schemes.FundTerms.Recipients"/>).</summary>
    public const string UnknownRecipient = "PLAN021";

    /// <summary>Gets the English message template of every code, by code.</summary>
    public static ImmutableSortedDictionary<string, string> Templates { get; } = new Dictionary<string, string>
    {
        [RecipientIdBlank] = "the recipient id must not be blank.",
        [RecipientNameBlank] = "the recipient name must not be blank.",
        [ActivityIdBlank] = "every activity needs an id.",
        [ActivityTitleBlank] = "the title must not be blank.",
        [ActivityTypeBlank] = "the activity type must not be blank.",
        [NegativeAmount] = "must not be negative; it is {PropertyValue}.",
        [ForeignCurrency] = "must be in {Currency}; it is {PropertyValue}.",
        [RankBelowOne] = "the rank must be 1 or more; it is {PropertyValue}.",
        [OutputQuantityNotPositive] = "the output quantity must be positive; it is {PropertyValue}.",
        [OutputUnitBlank] = "the output unit must not be blank.",
        [MinimumViableAboveCost] = "the minimum viable amount {PropertyValue} must not exceed the cost.",
        [NoActivities] = "the plan has no activities.",
        [DuplicateActivityId] = "the activity id '{PropertyValue}' is used more than once in the plan.",
        [EqualityStatementBlank] = "the equality impact section must be completed.",
        [WrongYear] = "the plan is for {PropertyValue} but the terms are for {Year}.",
        [UnknownPriority] = "'{PropertyValue}' is not a priority of the terms ({Known}).",
        [DuplicateRecipient] = "the recipient '{PropertyValue}' has more than one plan in the round.",
        [TotalOutOfRange] = "the plan's total cost is beyond the range of whole minor units.",
        [RoundTotalOutOfRange] = "the round's total cost with this plan is beyond the range of whole minor units.",
        [NotWholeMinorUnits] = "{PropertyValue} is finer than one minor unit of {Currency}.",
        [UnknownRecipient] = "'{PropertyValue}' is not a recipient the scheme knows.",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Gets the definition of every validation finding, by code: each a failure.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } = [.. Templates.Select(static t => new FindingDefinition(t.Key, FindingSeverity.Failure, t.Value))];
}
