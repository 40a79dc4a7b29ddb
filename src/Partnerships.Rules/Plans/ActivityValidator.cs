using FluentValidation;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// Validates an <see cref="Activity"/>: title and type filled in (the id cannot be blank: an activity refuses one), a cost that is not negative, a rank of 1 or
/// more, a valid output, a minimum viable amount within the cost; against terms, also the fund's currency and
/// known priority codes.
/// </summary>
/// <remarks>A validator holds no state once built and is thread-safe.</remarks>
public sealed class ActivityValidator : AbstractValidator<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivityValidator"/> class.</summary>
    /// <param name="terms">The terms to check currency and priority codes against; neither is checked when <see langword="null"/>.</param>
    public ActivityValidator(FundTerms? terms = null)
    {
        RuleFor(a => a.Title).MustBeFilledIn(PlanFindings.ActivityTitleBlank);
        RuleFor(a => a.ActivityType).MustBeFilledIn(PlanFindings.ActivityTypeBlank);
        RuleFor(a => a.Cost).MustNotBeNegative();
        RuleFor(a => a.Rank).GreaterThanOrEqualTo(1)
            .WithErrorCode(PlanFindings.RankBelowOne)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.RankBelowOne));
        RuleFor(a => a.Output!).SetValidator(new OutputMeasureValidator()).When(a => a.Output is not null);
        When(a => a.MinimumViableAmount.HasValue, () =>
        {
            RuleFor(a => a.MinimumViableAmount!.Value).MustNotBeNegative().OverridePropertyName(nameof(Activity.MinimumViableAmount));
            RuleFor(a => a.MinimumViableAmount!.Value)
                .Must((a, minimum) => minimum.Currency == a.Cost.Currency)
                .WithErrorCode(PlanFindings.ForeignCurrency)
                .WithMessage((a, _) => PlanFindings.ForFluentValidation(PlanFindings.ForeignCurrency, a.Cost.Currency.Code))
                .WithState(a => PlanFindings.More(("currency", a.Cost.Currency.Code)))
                .Must((a, minimum) => minimum.Currency != a.Cost.Currency || minimum <= a.Cost)
                .WithErrorCode(PlanFindings.MinimumViableAboveCost)
                .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.MinimumViableAboveCost))
                .WithState(a => PlanFindings.More(("cost", a.Cost)))
                .OverridePropertyName(nameof(Activity.MinimumViableAmount));
        });

        if (terms is not null)
        {
            var currency = PlanFindings.More(("currency", terms.Currency.Code));
            RuleFor(a => a.Cost).InCurrency(terms.Currency).WithState(_ => currency);
            var known = PlanFindings.More(("known", PlanFindings.KnownPriorities(terms)));
            RuleForEach(a => a.ClaimedPriorities)
                .Must(code => code is not null && terms.FindPriority(code) is not null)
                .WithErrorCode(PlanFindings.UnknownPriority)
                .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.UnknownPriority).Replace("{known}", (string)known[0].Value!, StringComparison.Ordinal))
                .WithState(_ => known)
                .OverridePropertyName(nameof(Activity.ClaimedPriorities));
        }
    }
}
