using FluentValidation;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Tests.Plans;

public sealed class RuleExtensionGuardTests
{
    private sealed record Grant(decimal Pounds, Money Amount, string? Note);

    private sealed class CheckedGrant : AbstractValidator<Grant>
    {
        public CheckedGrant(string? noteCode = null)
        {
            RuleFor(g => g.Pounds).MustBeWholeMinorUnits(Currency.Gbp);
            RuleFor(g => g.Amount).MustNotBeNegative().InCurrency(Currency.Gbp);
            if (noteCode is not null)
            {
                RuleFor(g => g.Note).MustBeFilledIn(noteCode);
            }
        }
    }

    [Fact]
    public void Extensions_NullRuleBuilder_ThrowArgumentNullNamingIt()
    {
        // Our own guard, not a NullReferenceException from inside FluentValidation.
        Assert.Equal("ruleBuilder", Assert.Throws<ArgumentNullException>(() => PlanRuleExtensions.MustNotBeNegative<Grant>(null!)).ParamName);
        Assert.Equal("ruleBuilder", Assert.Throws<ArgumentNullException>(() => PlanRuleExtensions.InCurrency<Grant>(null!, Currency.Gbp)).ParamName);
        Assert.Equal("ruleBuilder", Assert.Throws<ArgumentNullException>(() => PlanRuleExtensions.MustBeWholeMinorUnits<Grant>(null!, Currency.Gbp)).ParamName);
        Assert.Equal("ruleBuilder", Assert.Throws<ArgumentNullException>(() => PlanRuleExtensions.MustBeFilledIn<Grant>(null!, PlanFindings.EqualityStatementBlank)).ParamName);
    }

    [Fact]
    public void MustBeWholeMinorUnits_TooLargeToCountInPence_IsRefused()
    {
        // decimal.MaxValue × 100 overflows decimal: it cannot be a whole number of pence.
        var failure = Assert.Single(new CheckedGrant().Validate(new Grant(decimal.MaxValue, Money.Pounds(1m), null)).Errors);

        Assert.Equal(PlanFindings.NotWholeMinorUnits, failure.ErrorCode);
    }

    [Fact]
    public void MustBeWholeMinorUnits_FinerThanAPenny_MessageNamesPropertyValueAndCurrency()
    {
        // The template "{value} ({field}) is finer than one minor unit of {currency}." in FluentValidation's terms.
        var failure = Assert.Single(new CheckedGrant().Validate(new Grant(12.345m, Money.Pounds(1m), null)).Errors);

        Assert.Equal("12.345 (Pounds) is finer than one minor unit of GBP.", failure.ErrorMessage);
    }

    [Fact]
    public void MustNotBeNegative_Negative_MessageNamesPropertyAndValue()
    {
        var failure = Assert.Single(new CheckedGrant().Validate(new Grant(1m, Money.Pounds(-5m), null)).Errors);

        Assert.Equal(PlanFindings.NegativeAmount, failure.ErrorCode);
        Assert.Equal("Amount must not be negative; it is -£5.00.", failure.ErrorMessage);
    }

    [Fact]
    public void InCurrency_Foreign_MessageNamesTheCurrencyRequired()
    {
        var failure = Assert.Single(new CheckedGrant().Validate(new Grant(1m, Money.FromMinorUnits(500, Currency.Create("EUR", 2, "€")), null)).Errors);

        Assert.Equal(PlanFindings.ForeignCurrency, failure.ErrorCode);
        Assert.StartsWith("Amount must be in GBP; it is ", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MustBeFilledIn_CodeWhoseTemplateNamesACurrency_LeavesThePlaceholderUnfilled()
    {
        // No currency is given to MustBeFilledIn, so "{currency}" stays as written rather than vanish.
        var failure = Assert.Single(new CheckedGrant(PlanFindings.ForeignCurrency).Validate(new Grant(1m, Money.Pounds(1m), " ")).Errors);

        Assert.Equal(PlanFindings.ForeignCurrency, failure.ErrorCode);
        Assert.Equal("Note must be in {currency}; it is  .", failure.ErrorMessage);
    }
}
