using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// Validates a <see cref="SpendPlan"/>: its recipient, every activity, unique activity ids, one currency, a total
/// within range, a completed equality impact statement; against terms, also the year, the fund's currency and
/// known priority codes and, when the terms list recipients, a known recipient.
/// </summary>
/// <remarks>
/// <para>Every failure is reported at once. Each carries a <see cref="PlanFindings"/> code, the <see cref="Finding"/>
/// it stands for in its <c>CustomState</c> (recipient and activity ids, the field and the offending value as values, the
/// code's template), and a message that names the plan (recipient id) and the activity, then the finding's message:
/// <c>Plan 'BCU-EALING', activity 'EAL-3': Cost must not be negative; it is -£5.00.</c></para>
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
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.RecipientIdBlank))
            .SetValidator(new RecipientValidator());

        RuleFor(p => p.Activities).Must(a => !a.IsEmpty)
            .WithErrorCode(PlanFindings.NoActivities)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.NoActivities));

        var activityValidator = new ActivityValidator(terms);
        RuleForEach(p => p.Activities).NotNull()
            .WithErrorCode(PlanFindings.ActivityIdBlank)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.ActivityIdBlank))
            .SetValidator(activityValidator)
            .OverridePropertyName(nameof(SpendPlan.Activities));

        if (terms is null)
        {
            RuleForEach(p => p.Activities)
                .Must((p, a) => a is null || a.Cost.Currency == p.Activities[0]!.Cost.Currency)
                .WithErrorCode(PlanFindings.ForeignCurrency)
                .WithMessage((p, _) => PlanFindings.ForFluentValidation(PlanFindings.ForeignCurrency, p.Activities[0]!.Cost.Currency.Code))
                .WithState(p => PlanFindings.More(("currency", p.Activities[0]!.Cost.Currency.Code)))
                .OverridePropertyName(nameof(SpendPlan.Activities));
        }
        else
        {
            var year = PlanFindings.More(("year", terms.Year.Label));
            RuleFor(p => p.Year).Must(year => year == terms.Year)
                .WithErrorCode(PlanFindings.WrongYear)
                .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.WrongYear).Replace("{year}", terms.Year.Label, StringComparison.Ordinal))
                .WithState(_ => year);

            if (!terms.Recipients.IsEmpty)
            {
                var known = terms.Recipients.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);
                RuleFor(p => p.Recipient.Id).Must(known.Contains).When(p => p.Recipient?.Id is not null)
                    .WithErrorCode(PlanFindings.UnknownRecipient)
                    .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.UnknownRecipient));
            }
        }

        RuleFor(p => p).Custom(ReportDuplicateActivityIds);
        RuleFor(p => p).Must(TotalFits)
            .WithErrorCode(PlanFindings.TotalOutOfRange)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.TotalOutOfRange))
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

    /// <summary>
    /// Puts in a failure's custom state the finding it stands for (the plan, the activity, the field, the offending
    /// value and the values its rule added as state), and names the plan and the activity in its message.
    /// </summary>
    internal static void Locate(ValidationFailure failure, string? recipientId, string? activityId, string field)
    {
        var finding = PlanFindings.Make(failure.ErrorCode, recipientId, activityId, field, failure.AttemptedValue, failure.CustomState as (string Name, object? Value)[] ?? []);
        failure.CustomState = finding;
        failure.ErrorMessage = PlanFindings.Describe(finding);
    }

    private static void Locate(ValidationContext<SpendPlan> context, IList<ValidationFailure> failures)
    {
        var plan = context.InstanceToValidate;
        var chain = context.PropertyChain.ToString();
        var prefix = chain.Length == 0 ? string.Empty : chain + ".";
        foreach (var failure in failures)
        {
            if (failure.CustomState is Finding || !failure.PropertyName.StartsWith(prefix, StringComparison.Ordinal))
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
                    field = close + 2 < path.Length ? path[(close + 2)..] : nameof(Activity.Id); // "Activities[3]" is the activity itself
                }
            }

            Locate(failure, plan.Recipient?.Id, activityId, field);
        }
    }

    private static void ReportDuplicateActivityIds(SpendPlan plan, ValidationContext<SpendPlan> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Activities.Length; i++)
        {
            var id = plan.Activities[i]?.Id;
            if (!string.IsNullOrWhiteSpace(id) && !seen.Add(id))
            {
                context.AddFailure(new ValidationFailure(
                    context.PropertyChain.BuildPropertyPath(FormattableString.Invariant($"{nameof(SpendPlan.Activities)}[{i}].{nameof(Activity.Id)}")),
                    PlanFindings.Templates[PlanFindings.DuplicateActivityId],
                    id)
                {
                    ErrorCode = PlanFindings.DuplicateActivityId,
                });
            }
        }
    }

    private static bool TotalFits(SpendPlan plan)
    {
        Int128 total = 0;
        foreach (var activity in plan.Activities)
        {
            total += activity?.Cost.MinorUnits ?? 0;
        }

        return total >= long.MinValue && total <= long.MaxValue;
    }
}
