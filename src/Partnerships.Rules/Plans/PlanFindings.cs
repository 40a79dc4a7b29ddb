using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// The stable error codes of spend-plan validation (<c>PLAN001</c>…) and their English message templates.
/// </summary>
/// <remarks>
/// A code never changes meaning and is never reused. Validators set the code with <c>WithErrorCode</c>; each failure
/// of the plan validators carries its <see cref="Finding"/> (code, template, values) in its <c>CustomState</c>, and its
/// message names the plan (recipient id) and the activity, then fills the template.
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
    /// <remarks>
    /// Placeholders name the values of the finding (<see cref="Finding.Values"/>): <c>{field}</c> the field, relative to
    /// the activity or the plan (<c>Cost</c>, <c>Output.Quantity</c>, <c>ClaimedPriorities[0]</c>); <c>{value}</c> the
    /// offending value; <c>{currency}</c> the currency code expected; <c>{year}</c> the terms' year; <c>{known}</c> the
    /// terms' priority codes; <c>{cost}</c> the activity's cost. The plan's recipient and the activity are the finding's
    /// <see cref="Finding.RecipientId"/> and <see cref="Finding.ActivityId"/>.
    /// </remarks>
    public static ImmutableSortedDictionary<string, string> Templates { get; } = new Dictionary<string, string>
    {
        [RecipientIdBlank] = "The recipient id ({field}) must not be blank.",
        [RecipientNameBlank] = "The recipient name ({field}) must not be blank.",
        [ActivityIdBlank] = "Every activity needs an id ({field}).",
        [ActivityTitleBlank] = "The activity title ({field}) must not be blank.",
        [ActivityTypeBlank] = "The activity type ({field}) must not be blank.",
        [NegativeAmount] = "{field} must not be negative; it is {value}.",
        [ForeignCurrency] = "{field} must be in {currency}; it is {value}.",
        [RankBelowOne] = "The rank ({field}) must be 1 or more; it is {value}.",
        [OutputQuantityNotPositive] = "The output quantity ({field}) must be positive; it is {value}.",
        [OutputUnitBlank] = "The output unit ({field}) must not be blank.",
        [MinimumViableAboveCost] = "The minimum viable amount {value} ({field}) must not exceed the cost {cost}.",
        [NoActivities] = "The plan has no activities ({field}).",
        [DuplicateActivityId] = "The activity id '{value}' ({field}) is used more than once in the plan.",
        [EqualityStatementBlank] = "The equality impact section ({field}) must be completed.",
        [WrongYear] = "The plan is for {value} ({field}) but the terms are for {year}.",
        [UnknownPriority] = "'{value}' ({field}) is not a priority of the terms ({known}).",
        [DuplicateRecipient] = "The recipient '{value}' ({field}) has more than one plan in the round.",
        [TotalOutOfRange] = "The plan's total cost ({field}) is beyond the range of whole minor units.",
        [RoundTotalOutOfRange] = "The round's total cost with this plan ({field} {value}) is beyond the range of whole minor units.",
        [NotWholeMinorUnits] = "{value} ({field}) is finer than one minor unit of {currency}.",
        [UnknownRecipient] = "'{value}' ({field}) is not a recipient the scheme knows.",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Gets the definition of every validation finding, by code: each a failure.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } = [.. Templates.Select(static t => new FindingDefinition(t.Key, FindingSeverity.Failure, t.Value))];

    // Codes whose template shows the offending value.
    private static readonly FrozenSet<string> WithValue = Templates.Where(t => t.Value.Contains("{value}", StringComparison.Ordinal)).Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Makes the finding of a plan validation failure: its code's template, the field, and the offending value when the template shows it.</summary>
    /// <param name="code">The <see cref="PlanFindings"/> code.</param>
    /// <param name="recipientId">The plan's recipient id; blank becomes empty.</param>
    /// <param name="activityId">The activity's id, or <see langword="null"/> for the plan as a whole.</param>
    /// <param name="field">The field, relative to the activity or the plan.</param>
    /// <param name="value">The offending value; left out when the template does not show it.</param>
    /// <param name="more">Further values the template names (<c>currency</c>, <c>year</c>, <c>known</c>, <c>cost</c>).</param>
    internal static Finding Make(string code, string? recipientId, string? activityId, string field, object? value, params ReadOnlySpan<(string Name, object? Value)> more)
    {
        var withValue = WithValue.Contains(code);
        var values = new (string Name, object? Value)[1 + (withValue ? 1 : 0) + more.Length];
        values[0] = ("field", field);
        if (withValue)
        {
            values[1] = ("value", value);
        }

        more.CopyTo(values.AsSpan(values.Length - more.Length));
        return Finding.About(string.IsNullOrWhiteSpace(recipientId) ? string.Empty : recipientId, activityId, null, code, FindingSeverity.Failure, Templates[code], values);
    }

    /// <summary>The message of a validation failure: the plan and activity named, then the finding's message.</summary>
    internal static string Describe(Finding finding) => finding.ActivityId is null
        ? string.Create(CultureInfo.InvariantCulture, $"Plan '{finding.RecipientId}': {finding.Message}")
        : string.Create(CultureInfo.InvariantCulture, $"Plan '{finding.RecipientId}', activity '{finding.ActivityId}': {finding.Message}");

    /// <summary>The template of a code in FluentValidation's placeholders, for rules used outside the plan validators.</summary>
    internal static string ForFluentValidation(string code, string? currency = null)
    {
        var template = Templates[code].Replace("{field}", "{PropertyName}", StringComparison.Ordinal).Replace("{value}", "{PropertyValue}", StringComparison.Ordinal);
        return currency is null ? template : template.Replace("{currency}", currency, StringComparison.Ordinal);
    }

    /// <summary>Further values of a failure, carried in a rule's state until the failure is located.</summary>
    internal static (string Name, object? Value)[] More(params (string Name, object? Value)[] values) => values;

    /// <summary>The terms' priority codes as the <c>{known}</c> value shows them.</summary>
    internal static string KnownPriorities(FundTerms terms) => string.Join(", ", terms.Priorities.Select(p => p.Code));
}
