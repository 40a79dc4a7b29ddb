using FluentValidation;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Plans;

public sealed class RoundValidatorTests
{
    private static readonly SpendPlan[] BadRound =
    [
        PlanTestData.NegativeCost(), PlanTestData.DuplicateActivityId(), PlanTestData.UnknownPriority(),
        PlanTestData.ForeignCurrency(), PlanTestData.WrongYear(), PlanTestData.BlankEqualityStatement(),
        PlanTestData.Valid("Ealing"), PlanTestData.Valid("Ealing"),
    ];

    [Fact]
    public void Validate_SeedRound_OnlyTheTwoBlankEqualityStatementsFail()
    {
        Assert.True(new RoundValidator(Round2011.Terms, requireEqualityStatement: false).Validate(Round2011.Plans).IsValid);
        var errors = new RoundValidator(Round2011.Terms).Validate(Round2011.Plans).Errors;
        Assert.Equal(
            Round2011.BlankEqualityStatement.Select(Round2011.RecipientId),
            errors.Select(e => Assert.IsType<Finding>(e.CustomState).RecipientId));
        Assert.All(errors, e => Assert.Equal(PlanFindings.EqualityStatementBlank, e.ErrorCode));
    }

    [Fact]
    public void Validate_EachBadInput_ReportsEachStableCodeAtOnce()
    {
        var errors = new RoundValidator(Round2011.Terms).Validate(BadRound).Errors;

        Assert.Equal(
            new[]
            {
                PlanFindings.NegativeAmount, PlanFindings.DuplicateActivityId, PlanFindings.UnknownPriority, PlanFindings.ForeignCurrency,
                PlanFindings.WrongYear, PlanFindings.EqualityStatementBlank, PlanFindings.DuplicateRecipient, PlanFindings.DuplicateRecipient,
            }.Order(StringComparer.Ordinal),
            errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("Plans[", e.PropertyName, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.PropertyName == "Plans[0].Activities[0].Cost" && e.ErrorMessage.StartsWith("Plan 'BCU-BARNET', activity 'vawg-advocacy': Cost ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.PropertyName == "Plans[7].Recipient.Id" && e.ErrorMessage == "Plan 'BCU-EALING': The recipient 'BCU-EALING' (Recipient.Id) has more than one plan in the round.");
    }

    [Fact]
    public void ValidateAndThrow_BadRound_ThrowsOnceWithEveryFailure()
    {
        var error = Assert.Throws<ValidationException>(() => new RoundValidator(Round2011.Terms).ValidateAndThrow(BadRound));

        Assert.Equal(8, error.Errors.Count());
    }

    [Fact]
    public void Create_NullTerms_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RoundValidator(null!));
    }
}
