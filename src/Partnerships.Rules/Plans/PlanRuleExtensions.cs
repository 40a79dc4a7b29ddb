using Ardalis.GuardClauses;
using FluentValidation;

namespace Partnerships.Rules.Plans;

/// <summary>
/// Checks on amounts that callers may reuse in their own FluentValidation validators, each with its stable
/// <see cref="PlanFindings"/> code.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PlanRuleExtensions
{
    /// <summary>Checks that an amount is zero or more (<see cref="PlanFindings.NegativeAmount"/>).</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, to chain on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is <see langword="null"/>.</exception>
    public static IRuleBuilderOptions<T, Money> MustNotBeNegative<T>(this IRuleBuilder<T, Money> ruleBuilder)
    {
        Guard.Against.Null(ruleBuilder);
        return ruleBuilder.Must(static money => !money.IsNegative)
            .WithErrorCode(PlanFindings.NegativeAmount)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.NegativeAmount));
    }

    /// <summary>Checks that an amount is in the given currency (<see cref="PlanFindings.ForeignCurrency"/>).</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="currency">The currency every amount must be in, such as the fund's.</param>
    /// <returns>The rule builder options, to chain on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is <see langword="null"/>.</exception>
    public static IRuleBuilderOptions<T, Money> InCurrency<T>(this IRuleBuilder<T, Money> ruleBuilder, Currency currency)
    {
        Guard.Against.Null(ruleBuilder);
        return ruleBuilder.Must(money => money.Currency == currency)
            .WithErrorCode(PlanFindings.ForeignCurrency)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.ForeignCurrency, currency.Code));
    }

    /// <summary>
    /// Checks that an amount typed as a decimal of major units (pounds) is a whole number of minor units (pence),
    /// so it converts to <see cref="Money"/> without rounding (<see cref="PlanFindings.NotWholeMinorUnits"/>).
    /// </summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="currency">The currency whose minor unit counts.</param>
    /// <returns>The rule builder options, to chain on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is <see langword="null"/>.</exception>
    public static IRuleBuilderOptions<T, decimal> MustBeWholeMinorUnits<T>(this IRuleBuilder<T, decimal> ruleBuilder, Currency currency)
    {
        Guard.Against.Null(ruleBuilder);
        var perMajor = currency.MinorUnitsPerMajorUnit;
        return ruleBuilder.Must(amount => IsWhole(amount, perMajor))
            .WithErrorCode(PlanFindings.NotWholeMinorUnits)
            .WithMessage(PlanFindings.ForFluentValidation(PlanFindings.NotWholeMinorUnits, currency.Code));
    }

    /// <summary>Checks that a text is filled in, with the given code: not null, empty, or only white space and invisible
    /// characters (Unicode format and control characters such as U+200B zero width space).</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="code">The <see cref="PlanFindings"/> code to report, whose template becomes the message.</param>
    /// <returns>The rule builder options, to chain on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not a <see cref="PlanFindings"/> code.</exception>
    public static IRuleBuilderOptions<T, string?> MustBeFilledIn<T>(this IRuleBuilder<T, string?> ruleBuilder, string code)
    {
        Guard.Against.Null(ruleBuilder);
        return ruleBuilder.Must(static text => !DomainGuards.IsBlankText(text))
            .WithErrorCode(code)
            .WithMessage(PlanFindings.ForFluentValidation(code));
    }

    private static bool IsWhole(decimal amount, long perMajor)
    {
        try
        {
            var scaled = amount * perMajor;
            return scaled == decimal.Truncate(scaled);
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
