using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// Validates a <see cref="SpendPlan"/>: its recipient, every activity, unique activity ids, one currency, a total
/// within range, a completed equality impact statement; against terms, also the year, the fund's currency,
/// known priority codes and, when the terms list recipients, a known recipient.
/// </summary>
/// <remarks>
/// <para>Every failure is reported at once. Each carries a <see cref="PlanFindings"/> code, a
/// <see cref="PlanFailureLocation"/> in its <c>CustomState</c>, and a message that names the plan (recipient id),
/// the activity id and the field: <c>Plan 'BCU-EALING', activity 'EAL-3', field 'Cost': must not be negative; it is -£5.00.</c></para>
/// <para>A validator holds no state once built and is thread-safe.</para>
/// </remarks>
public sealed class SpendPlanValidator : AbstractValidator<SpendPlan>
{
    private const string ActivitiesPrefix = nameof(SpendPlan.Activities) + "[";

    /// <summary>Initializes a new instance of the <see cref="SpendPlanValidator"/> class.</summary>
    /// <param name="terms">The terms to check the year, currency and priority codes against; when <see langword="null"/>
    /// only the plan's own consistency is checked (every activity in the currency of the first).</param>
    /// <param name="requireEqualityStatement">Whether a blank equality impact statement is a failure
    /// (<see cref="PlanFindings.EqualityStatementBlank"/>); assessment turns it into a query instead.</param>
    public SpendPlanValidator(FundTerms? terms = null, bool requireEqualityStatement = true)
    {
        RuleFor(p => p.Recipient).NotNull()
            .WithErrorCode(PlanFindings.RecipientIdBlank)
            .WithMessage(PlanFindings.Templates[PlanFindings.RecipientIdBlank])
            .SetValidator(new RecipientValidator());

        RuleFor(p => p.Activities).Must(a => !a.IsDefaultOrEmpty)
            .WithErrorCode(PlanFindings.NoActivities)
            .WithMessage(PlanFindings.Templates[PlanFindings.NoActivities]);

        var activityValidator = new ActivityValidator(terms);
        RuleForEach(p => Activities(p)).NotNull()
            .WithErrorCode(PlanFindings.ActivityIdBlank)
            .WithMessage(PlanFindings.Templates[PlanFindings.ActivityIdBlank])
            .SetValidator(activityValidator)
            .OverridePropertyName(nameof(SpendPlan.Activities));

        if (terms is null)
        {
            RuleForEach(p => Activities(p))
                .Must((p, a) => a is null || a.Cost.Currency == p.Activities[0]!.Cost.Currency)
                .WithErrorCode(PlanFindings.ForeignCurrency)
                .WithMessage((p, _) => PlanFindings.Templates[PlanFindings.ForeignCurrency].Replace("{Currency}", p.Activities[0]!.Cost.Currency.Code, StringComparison.Ordinal))
                .OverridePropertyName(nameof(SpendPlan.Activities));
        }
        else
        {
            RuleFor(p => p.Year).Must(year => year == terms.Year)
                .WithErrorCode(PlanFindings.WrongYear)
                .WithMessage(PlanFindings.Templates[PlanFindings.WrongYear].Replace("{Year}", terms.Year.Label, StringComparison.Ordinal));

            if (!terms.Recipients.IsDefaultOrEmpty)
            {
                var known = terms.Recipients.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);
                RuleFor(p => p.Recipient.Id).Must(known.Contains).When(p => p.Recipient?.Id is not null)
                    .WithErrorCode(PlanFindings.UnknownRecipient)
                    .WithMessage(PlanFindings.Templates[PlanFindings.UnknownRecipient]);
            }
        }

        RuleFor(p => p).Custom(ReportDuplicateActivityIds);
        RuleFor(p => p).Must(TotalFits)
            .WithErrorCode(PlanFindings.TotalOutOfRange)
            .WithMessage(PlanFindings.Templates[PlanFindings.TotalOutOfRange])
            .OverridePropertyName(nameof(SpendPlan.Total));

        if (requireEqualityStatement)
        {
            RuleFor(p => p.EqualityImpactStatement).MustBeFilledIn(PlanFindings.EqualityStatementBlank);
        }
    }

    /// <inheritdoc />
    public override ValidationResult Validate(ValidationContext<SpendPlan> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = base.Validate(context);
        Locate(context, result.Errors);
        return result;
    }

    /// <inheritdoc />
    protected override void RaiseValidationException(ValidationContext<SpendPlan> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        Locate(context, result.Errors);
        base.RaiseValidationException(context, result);
    }

    /// <summary>Names the plan, the activity and the field in the message of a failure and in its custom state.</summary>
    internal static void Locate(ValidationFailure failure, string? recipientId, string? activityId, string field)
    {
        var recipient = string.IsNullOrWhiteSpace(recipientId) ? string.Empty : recipientId;
        var location = new PlanFailureLocation(recipient, activityId, field, failure.ErrorMessage);
        failure.CustomState = location;
        failure.ErrorMessage = activityId is null
            ? string.Create(CultureInfo.InvariantCulture, $"Plan '{recipient}', field '{field}': {failure.ErrorMessage}")
            : string.Create(CultureInfo.InvariantCulture, $"Plan '{recipient}', activity '{activityId}', field '{field}': {failure.ErrorMessage}");
    }

    private static ImmutableArray<Activity> Activities(SpendPlan plan) =>
        plan.Activities.IsDefault ? ImmutableArray<Activity>.Empty : plan.Activities;

    private static void Locate(ValidationContext<SpendPlan> context, IList<ValidationFailure> failures)
    {
        var plan = context.InstanceToValidate;
        var chain = context.PropertyChain.ToString();
        var prefix = chain.Length == 0 ? string.Empty : chain + ".";
        foreach (var failure in failures)
        {
            if (failure.CustomState is PlanFailureLocation || !failure.PropertyName.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = failure.PropertyName[prefix.Length..];
            string? activityId = null;
            var field = path;
            if (path.StartsWith(ActivitiesPrefix, StringComparison.Ordinal))
            {
                var close = path.IndexOf(']', StringComparison.Ordinal);
                if (close > 0 && int.TryParse(path.AsSpan(ActivitiesPrefix.Length, close - ActivitiesPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < plan.Activities.Length)
                {
                    activityId = plan.Activities[index]?.Id ?? string.Empty;
                    field = close + 2 <= path.Length ? path[Math.Min(close + 2, path.Length)..] : string.Empty;
                    if (field.Length == 0)
                    {
                        field = nameof(Activity.Id);
                    }
                }
            }

            Locate(failure, plan.Recipient?.Id, activityId, field);
        }
    }

    private static void ReportDuplicateActivityIds(SpendPlan plan, ValidationContext<SpendPlan> context)
    {
        if (plan.Activities.IsDefaultOrEmpty)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Activities.Length; i++)
        {
            var id = plan.Activities[i]?.Id;
            if (!string.IsNullOrWhiteSpace(id) && !seen.Add(id))
            {
                context.AddFailure(new ValidationFailure(
                    context.PropertyChain.BuildPropertyPath(FormattableString.Invariant($"{nameof(SpendPlan.Activities)}[{i}].{nameof(Activity.Id)}")),
                    PlanFindings.Templates[PlanFindings.DuplicateActivityId].Replace("{PropertyValue}", id, StringComparison.Ordinal),
                    id)
                {
                    ErrorCode = PlanFindings.DuplicateActivityId,
                });
            }
        }
    }

    private static bool TotalFits(SpendPlan plan)
    {
        if (plan.Activities.IsDefaultOrEmpty)
        {
            return true;
        }

        Int128 total = 0;
        foreach (var activity in plan.Activities)
        {
            total += activity?.Cost.MinorUnits ?? 0;
        }

        return total >= long.MinValue && total <= long.MaxValue;
    }
}
