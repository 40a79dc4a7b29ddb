using FluentValidation;

namespace Partnerships.Rules.Plans;

/// <summary>Validates a <see cref="Recipient"/>: its id and name are filled in.</summary>
/// <remarks>Codes: <see cref="PlanFindings.RecipientIdBlank"/>, <see cref="PlanFindings.RecipientNameBlank"/>.
/// A validator holds no state once built and is thread-safe.</remarks>
public sealed class RecipientValidator : AbstractValidator<Recipient>
{
    /// <summary>Initializes a new instance of the <see cref="RecipientValidator"/> class.</summary>
    public RecipientValidator()
    {
        RuleFor(r => r.Id).MustBeFilledIn(PlanFindings.RecipientIdBlank);
        RuleFor(r => r.Name).MustBeFilledIn(PlanFindings.RecipientNameBlank);
    }
}
