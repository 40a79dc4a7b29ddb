using FluentValidation;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Tests.Plans;

public sealed class RuleExtensionTests
{
    private sealed record Grant(decimal Pounds, Money Amount);

    private sealed class GrantValidator : AbstractValidator<Grant>
    {
        public GrantValidator()
        {
            RuleFor(g => g.Pounds).MustBeWholeMinorUnits(Currency.Gbp);
            RuleFor(g => g.Amount).MustNotBeNegative().InCurrency(Currency.Gbp);
        }
    }

    [Theory]
    [InlineData(12.34, true)]
    [InlineData(12.345, false)]
    [InlineData(0, true)]
    public void MustBeWholeMinorUnits_Decimal_AcceptsOnlyWholePence(double pounds, bool valid)
    {
        var result = new GrantValidator().Validate(new Grant((decimal)pounds, Money.Pounds(1m)));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(PlanFindings.NotWholeMinorUnits, Assert.Single(result.Errors).ErrorCode);
        }
    }

    [Fact]
    public void InCurrency_OtherCurrency_ReportsForeignCurrency()
    {
        var result = new GrantValidator().Validate(new Grant(1m, Money.FromMinorUnits(5, Currency.Create("EUR", 2))));

        Assert.Equal(PlanFindings.ForeignCurrency, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Templates_EveryCode_IsDistinctAndHasATemplate()
    {
        var codes = typeof(PlanFindings).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(PlanFindings.Templates.ContainsKey(c), c));
    }
}
