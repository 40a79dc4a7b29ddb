using FluentValidation;

namespace Partnerships.Rules.Plans;

/// <summary>Validates a <see cref="Recipient"/>: its name is filled in (the id cannot be blank: a recipient refuses one).</summary>
/// <remarks>Code: <see cref="PlanFindings.RecipientNameBlank"/>.
/// A validator holds no state once built and is thread-safe.</remarks>
public sealed class RecipientValidator : AbstractValidator<Recipient>
{
    /// <summary>Initializes a new instance of the <see cref="RecipientValidator"/> class.</summary>
    public RecipientValidator()
    {
        RuleFor(r => r.Name).MustBeFilledIn(PlanFindings.RecipientNameBlank);
    }
}
