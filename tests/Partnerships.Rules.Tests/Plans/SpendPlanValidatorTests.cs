using FluentValidation;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Plans;

public sealed class SpendPlanValidatorTests
{
    private static readonly SpendPlanValidator Validator = new(Round2011.Terms);

    [Fact]
    public void Validate_SeedPlan_IsValid()
    {
        Assert.True(Validator.Validate(PlanTestData.Valid()).IsValid);
    }

    [Theory]
    [InlineData(nameof(PlanTestData.NegativeCost), PlanFindings.NegativeAmount, "vawg-advocacy", "Cost")]
    [InlineData(nameof(PlanTestData.DuplicateActivityId), PlanFindings.DuplicateActivityId, "vawg-advocacy", "Id")]
    [InlineData(nameof(PlanTestData.UnknownPriority), PlanFindings.UnknownPriority, "cadets", "ClaimedPriorities[0]")]
    [InlineData(nameof(PlanTestData.ForeignCurrency), PlanFindings.ForeignCurrency, "queried", "Cost")]
    [InlineData(nameof(PlanTestData.WrongYear), PlanFindings.WrongYear, null, "Year")]
    [InlineData(nameof(PlanTestData.BlankEqualityStatement), PlanFindings.EqualityStatementBlank, null, "EqualityImpactStatement")]
    public void Validate_OneThingWrong_ReportsItsOwnCodeAndFindingNamingPlanActivityAndField(string which, string code, string? activityId, string field)
    {
        var plan = (SpendPlan)typeof(PlanTestData).GetMethod(which)!.Invoke(null, null)!;

        var failure = Assert.Single(Validator.Validate(plan).Errors);

        Assert.Equal(code, failure.ErrorCode);
        var finding = Assert.IsType<Finding>(failure.CustomState);
        Assert.Equal(code, finding.Code);
        Assert.Equal(FindingSeverity.Failure, finding.Severity);
        Assert.Equal(PlanFindings.Templates[code], finding.MessageTemplate);
        Assert.Equal(plan.Recipient.Id, finding.RecipientId);
        Assert.Equal(activityId, finding.ActivityId);
        Assert.Equal(field, finding.Values["field"]);
        Assert.StartsWith($"Plan '{plan.Recipient.Id}'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.EndsWith(finding.Message, failure.ErrorMessage, StringComparison.Ordinal);
        if (activityId is not null)
        {
            Assert.Contains($"activity '{activityId}'", failure.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_NegativeCost_MessageShowsTheValue()
    {
        var failure = Assert.Single(Validator.Validate(PlanTestData.NegativeCost()).Errors);

        Assert.Equal("Plan 'BCU-BARNET', activity 'vawg-advocacy': Cost must not be negative; it is -£5.00.", failure.ErrorMessage);
        var finding = Assert.IsType<Finding>(failure.CustomState);
        Assert.Equal("{field} must not be negative; it is {value}.", finding.MessageTemplate);
        Assert.Equal(new Dictionary<string, string> { ["field"] = "Cost", ["value"] = "-£5.00" }, finding.Values);
    }

    [Fact]
    public void Validate_UnknownPriority_FindingCarriesTheCodeAndTheKnownOnes()
    {
        var finding = Assert.IsType<Finding>(Assert.Single(Validator.Validate(PlanTestData.UnknownPriority()).Errors).CustomState);

        Assert.Equal(["field", "known", "value"], finding.Values.Keys);
        Assert.Equal("ClaimedPriorities[0]", finding.Values["field"]);
        Assert.Equal(string.Join(", ", Round2011.Terms.Priorities.Select(p => p.Code)), finding.Values["known"]);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongYear_FindingCarriesBothYears()
    {
        var finding = Assert.IsType<Finding>(Assert.Single(Validator.Validate(PlanTestData.WrongYear()).Errors).CustomState);

        Assert.Equal(Round2011.Terms.Year.Label, finding.Values["year"]);
        Assert.NotEqual(finding.Values["year"], finding.Values["value"]);
        Assert.Null(finding.ActivityId);
    }

    [Fact]
    public void Validate_EverythingWrongAtOnce_ReportsEveryProblem()
    {
        var plan = PlanTestData.WithActivity(PlanTestData.WithActivity(PlanTestData.WrongYear(), 0, a => a with { Cost = Money.Pounds(-1m), Rank = 0, Title = " " }), 1, a => a with { Id = "vawg-advocacy", Output = new OutputMeasure(0, "") })
            with { EqualityImpactStatement = "" };

        var codes = Validator.Validate(plan).Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal);

        Assert.Equal(
            [PlanFindings.ActivityTitleBlank, PlanFindings.NegativeAmount, PlanFindings.RankBelowOne, PlanFindings.OutputQuantityNotPositive,
             PlanFindings.OutputUnitBlank, PlanFindings.DuplicateActivityId, PlanFindings.EqualityStatementBlank, PlanFindings.WrongYear],
            codes);
    }

    [Fact]
    public void ValidateAndThrow_BadPlan_ThrowsValidationExceptionWithLocatedMessages()
    {
        var error = Assert.Throws<ValidationException>(() => Validator.ValidateAndThrow(PlanTestData.NegativeCost()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(PlanFindings.NegativeAmount, failure.ErrorCode);
        Assert.Contains("Plan 'BCU-BARNET', activity 'vawg-advocacy': Cost must not be negative", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(PlanTestData.UnknownPriority))]
    [InlineData(nameof(PlanTestData.ForeignCurrency))]
    public void ValidateAndThrow_FindingWithValuesOfItsRule_ThrowsTheFindingsValidateGives(string plan)
    {
        // The exception is raised after Validate has located each failure; locating it again would lose the values
        // its rule added (the known priorities, the currency expected).
        var bad = (SpendPlan)typeof(PlanTestData).GetMethod(plan)!.Invoke(null, null)!;
        var validated = Validator.Validate(bad).Errors;

        var error = Assert.Throws<ValidationException>(() => Validator.ValidateAndThrow(bad));

        Assert.Equal(validated.Select(f => f.CustomState), error.Errors.Select(f => f.CustomState));
        Assert.Equal(validated.Select(f => f.ErrorMessage), error.Errors.Select(f => f.ErrorMessage));
    }

    [Fact]
    public void Validate_NoTerms_ChecksActivitiesShareTheFirstCurrency()
    {
        var failure = Assert.Single(new SpendPlanValidator().Validate(PlanTestData.ForeignCurrency()).Errors);

        Assert.Equal(PlanFindings.ForeignCurrency, failure.ErrorCode);
        Assert.Contains("must be in GBP", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoActivitiesOrDefaultArray_IsReportedNotThrown()
    {
        Assert.Equal(PlanFindings.NoActivities, Assert.Single(Validator.Validate(PlanTestData.Valid() with { Activities = [] }).Errors).ErrorCode);
        Assert.Equal(PlanFindings.NoActivities, Assert.Single(Validator.Validate(PlanTestData.Valid() with { Activities = default }).Errors).ErrorCode);
    }

    [Fact]
    public void Validate_TotalBeyondLongRange_IsReported()
    {
        var huge = PlanTestData.WithActivity(PlanTestData.WithActivity(PlanTestData.Valid(), 0, a => a with { Cost = Money.FromMinorUnits(long.MaxValue, Currency.Gbp) }), 1, a => a with { Cost = Money.FromMinorUnits(long.MaxValue, Currency.Gbp) });

        Assert.Equal(PlanFindings.TotalOutOfRange, Assert.Single(Validator.Validate(huge).Errors).ErrorCode);
    }

    [Fact]
    public void Validate_NullActivityOrRecipient_IsReportedAsABlankIdByBothValidators()
    {
        // Ids themselves cannot be blank (Activity and Recipient refuse one): only a missing activity or recipient is.
        var valid = PlanTestData.Valid();
        List<Finding>? fast = null;

        new FastSpendPlanValidator(Round2011.Terms).Validate(valid with { Activities = [valid.Activities[0], null!] }, ref fast);
        new FastSpendPlanValidator(Round2011.Terms).Validate(valid with { Recipient = null! }, ref fast);

        Assert.Equal([PlanFindings.ActivityIdBlank, PlanFindings.RecipientIdBlank], fast!.Select(f => f.Code));
        Assert.Equal(PlanFindings.ActivityIdBlank, Assert.Single(Validator.Validate(valid with { Activities = [valid.Activities[0], null!] }).Errors).ErrorCode);
        Assert.Throws<ArgumentException>(() => valid.Activities[0] with { Id = " " });
        Assert.Throws<ArgumentException>(() => valid.Recipient with { Id = " " });
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public void Validate_TotalOfLongMinValueAndMore_IsOutOfRangeOnlyPastIt(long secondPence, bool outOfRange)
    {
        // Negative costs are findings of their own; the total of exactly long.MinValue pence still fits a Money.
        var first = PlanTestData.Valid().Activities[0];
        var plan = PlanTestData.Valid() with
        {
            Activities = [first with { Cost = Money.FromMinorUnits(long.MinValue, Currency.Gbp) }, first with { Id = first.Id + "-2", Cost = Money.FromMinorUnits(secondPence, Currency.Gbp) }],
        };
        List<Finding>? fast = null;

        new FastSpendPlanValidator(Round2011.Terms).Validate(plan, ref fast);
        var fluent = Validator.Validate(plan).Errors.Select(e => e.ErrorCode).ToList();

        Assert.Equal(outOfRange, fluent.Contains(PlanFindings.TotalOutOfRange));
        Assert.Equal(outOfRange, fast!.Any(f => f.Code == PlanFindings.TotalOutOfRange));
        Assert.Contains(PlanFindings.NegativeAmount, fluent);
    }

    [Fact]
    public void Validate_MinimumViableAboveCost_IsReported()
    {
        var plan = PlanTestData.WithActivity(PlanTestData.Valid(), 0, a => a with { MinimumViableAmount = a.Cost + Money.Pounds(1m) });

        Assert.Equal(PlanFindings.MinimumViableAboveCost, Assert.Single(Validator.Validate(plan).Errors).ErrorCode);
    }
}
