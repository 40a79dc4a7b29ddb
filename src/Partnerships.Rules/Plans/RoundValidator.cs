using FluentValidation;
using FluentValidation.Results;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// Validates every spend plan of a bidding round against the year's terms in one call, and that no recipient
/// submits twice: right year, the fund's currency, known priority codes, unique activity ids, unique recipients,
/// costs that are not negative, completed equality statements.
/// </summary>
/// <remarks>
/// <para>Every problem of every plan is reported at once, each with its <see cref="PlanFindings"/> code and a
/// message naming the plan, the activity and the field; property paths start <c>Plans[i]</c>, the plan's position
/// in the round. <c>ValidateAndThrow</c> throws one <see cref="ValidationException"/> holding them all.</para>
/// <para>A validator holds no state once built and is thread-safe.</para>
/// </remarks>
public sealed class RoundValidator : AbstractValidator<IReadOnlyList<SpendPlan>>
{
    private const string Plans = "Plans";

    /// <summary>Initializes a new instance of the <see cref="RoundValidator"/> class.</summary>
    /// <param name="terms">The terms of the year the round bids for.</param>
    /// <param name="requireEqualityStatement">Whether a blank equality impact statement is a failure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <see langword="null"/>.</exception>
    public RoundValidator(FundTerms terms, bool requireEqualityStatement = true)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms;
        RuleForEach(round => round).NotNull()
            .WithErrorCode(PlanFindings.RecipientIdBlank)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.RecipientIdBlank))
            .SetValidator(new SpendPlanValidator(terms, requireEqualityStatement))
            .OverridePropertyName(Plans);
        RuleFor(round => round).Custom(ReportDuplicateRecipients);
    }

    /// <summary>Gets the terms the round is validated against.</summary>
    public FundTerms Terms { get; }

    /// <summary>Finds, for each plan, whether another plan of the round comes from the same recipient.</summary>
    /// <param name="plans">The plans of the round.</param>
    /// <returns>One flag per plan, in order: <see langword="true"/> when its recipient id is shared with another plan.</returns>
    internal static bool[] SharedRecipients(IReadOnlyList<SpendPlan?> plans)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan?.Recipient?.Id is { } id)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var shared = new bool[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            shared[i] = plans[i]?.Recipient?.Id is { } id && counts[id] > 1;
        }

        return shared;
    }

    /// <summary>Makes the failure reported for a plan whose recipient has another plan in the round.</summary>
    internal static ValidationFailure DuplicateRecipientFailure(string propertyPath, string recipientId)
    {
        var failure = new ValidationFailure(
            propertyPath,
            PlanFindings.Templates[PlanFindings.DuplicateRecipient],
            recipientId)
        {
            ErrorCode = PlanFindings.DuplicateRecipient,
        };
        SpendPlanValidator.Locate(failure, recipientId, null, nameof(SpendPlan.Recipient) + "." + nameof(Recipient.Id));
        return failure;
    }

    private static void ReportDuplicateRecipients(IReadOnlyList<SpendPlan> round, ValidationContext<IReadOnlyList<SpendPlan>> context)
    {
        var shared = SharedRecipients(round);
        for (var i = 0; i < shared.Length; i++)
        {
            if (shared[i])
            {
                context.AddFailure(DuplicateRecipientFailure(FormattableString.Invariant($"{Plans}[{i}].{nameof(SpendPlan.Recipient)}.{nameof(Recipient.Id)}"), round[i].Recipient.Id));
            }
        }
    }
}
