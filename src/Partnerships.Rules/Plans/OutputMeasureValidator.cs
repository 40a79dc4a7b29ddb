using FluentValidation;

namespace Partnerships.Rules.Plans;

/// <summary>Validates an <see cref="OutputMeasure"/>: a positive quantity of a named unit.</summary>
/// <remarks>Codes: <see cref="PlanFindings.OutputQuantityNotPositive"/>, <see cref="PlanFindings.OutputUnitBlank"/>.
/// A validator holds no state once built and is thread-safe.</remarks>
public sealed class OutputMeasureValidator : AbstractValidator<OutputMeasure>
{
    /// <summary>Initializes a new instance of the <see cref="OutputMeasureValidator"/> class.</summary>
    public OutputMeasureValidator()
    {
        RuleFor(o => o.Quantity).GreaterThan(0m)
            .WithErrorCode(PlanFindings.OutputQuantityNotPositive)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.OutputQuantityNotPositive));
        RuleFor(o => o.Unit).MustBeFilledIn(PlanFindings.OutputUnitBlank);
    }
}
