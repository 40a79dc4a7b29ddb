using Partnerships.Rules.Assessment;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class StaffCostingTests
{
    private static readonly StaffOnCostRates Rates = StaffOnCostRates.Report2003;
    private static readonly StaffPost PolicyDevelopment = new("CDRP Policy Development Officer", Money.Pounds(33_500m), Money.Pounds(1_500m));
    private static readonly StaffPost Consultation = new("CDRP Consultation Officer", Money.Pounds(29_000m), Money.Pounds(1_500m));
    private static readonly StaffPost PolicySupport = new("CDRP Policy Support Officer", Money.Pounds(29_000m), Money.Pounds(1_500m)) { Count = 4 };

    [Theory]
    [InlineData("CDRP Policy Development Officer", 33_500, 3_182_50, 4_522_50, 42_705_00)]
    [InlineData("CDRP Consultation Officer", 29_000, 2_755_00, 3_915_00, 37_170_00)]
    public void Cost_OfficerOfAppendixFive_IsItsBuildUp(string post, int salaryPounds, long nationalInsurancePence, long pensionPence, long perPostPence)
    {
        var cost = StaffCosting.Cost(new StaffPost(post, Money.Pounds(salaryPounds), Money.Pounds(1_500m)), Rates);

        Assert.Equal(Money.FromMinorUnits(nationalInsurancePence, Currency.Gbp), cost.EmployerNationalInsurance);
        Assert.Equal(Money.FromMinorUnits(pensionPence, Currency.Gbp), cost.Pension);
        Assert.Equal(Money.FromMinorUnits(perPostPence, Currency.Gbp), cost.PerPost);
    }

    [Fact]
    public void YearTotal_SixPostTeam_Is228555AndNineMonthsIs171416Point25()
    {
        var support = StaffCosting.Cost(PolicySupport, Rates);
        var year = StaffCosting.YearTotal([StaffCosting.Cost(PolicyDevelopment, Rates), StaffCosting.Cost(Consultation, Rates), support]);

        Assert.Equal(Money.Pounds(148_680m), support.Total);
        Assert.Equal(Money.Pounds(228_555.00m), year);
        Assert.Equal(Money.Pounds(171_416.25m), StaffCosting.PartYear(year, monthsIntoYear: 3));
    }

    [Theory]
    [InlineData(0, 12_000_00)]
    [InlineData(12, 0)]
    [InlineData(11, 1_000_00)]
    public void PartYear_WholeMonths_IsTwelfthsOfTheYear(int monthsIn, long expectedPence)
    {
        Assert.Equal(expectedPence, StaffCosting.PartYear(Money.Pounds(12_000m), monthsIn).MinorUnits);
    }

    [Fact]
    public void PartYear_ElevenMonthsInOfOnePound_RoundsOnce()
    {
        Assert.Equal(8, StaffCosting.PartYear(Money.Pounds(1m), 11).MinorUnits); // 100/12 = 8.33p
        Assert.Equal(-8, StaffCosting.PartYear(Money.Pounds(-1m), 11).MinorUnits);
    }

    [Fact]
    public void PartYear_MonthsOutsideTheYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.PartYear(Money.Pounds(1m), 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.PartYear(Money.Pounds(1m), -1));
    }

    [Fact]
    public void Cost_NegativeSalary_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.Cost(PolicyDevelopment with { Salary = Money.Pounds(-1m) }, Rates));
        Assert.Equal("post.Salary", error.ParamName);
    }

    [Fact]
    public void Explain_PolicyDevelopmentOfficer_ShowsEveryFigureAndRate()
    {
        var finding = StaffCosting.Explain(StaffCosting.Cost(PolicyDevelopment, Rates), Rates);

        Assert.Equal(AssessmentFindings.StaffCostBuildUp, finding.Code);
        Assert.Equal(
            "CDRP Policy Development Officer: salary £33,500.00 + employer NI £3,182.50 (0.095) + pension £4,522.50 (0.135) + running costs £1,500.00 = £42,705.00; × 1 = £42,705.00.",
            finding.Message);
    }

    [Fact]
    public void ExplainPartYear_ThreeMonthsIn_ShowsNineTwelfths()
    {
        var finding = StaffCosting.ExplainPartYear(Money.Pounds(228_555m), 3);

        Assert.Equal("Filled 3 months into the year: £228,555.00 × 9/12 = £171,416.25.", finding.Message);
        Assert.Equal(Money.Pounds(171_416.25m), finding.Amount);
    }

    [Fact]
    public void Cost_NegativeRunningCostsOrCount_ThrowsNamingTheField()
    {
        Assert.Equal("post.RunningCosts", Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.Cost(PolicyDevelopment with { RunningCosts = Money.Pounds(-1m) }, Rates)).ParamName);
        Assert.Equal("post.Count", Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.Cost(PolicyDevelopment with { Count = -1 }, Rates)).ParamName);
    }

    [Fact]
    public void PublicMethods_NullArgument_ThrowNamingIt()
    {
        var cost = StaffCosting.Cost(PolicyDevelopment, Rates);

        Assert.Equal("post", Assert.Throws<ArgumentNullException>(() => StaffCosting.Cost(null!, Rates)).ParamName);
        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => StaffCosting.Cost(PolicyDevelopment, null!)).ParamName);
        Assert.Equal("cost", Assert.Throws<ArgumentNullException>(() => StaffCosting.Explain(null!, Rates)).ParamName);
        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => StaffCosting.Explain(cost, null!)).ParamName);
        Assert.Equal("costs", Assert.Throws<ArgumentNullException>(() => StaffCosting.YearTotal(null!)).ParamName);
    }

    [Fact]
    public void YearTotal_NoPosts_ThrowsNamingTheCosts()
    {
        var error = Assert.Throws<ArgumentException>(() => StaffCosting.YearTotal([]));

        Assert.Equal("costs", error.ParamName);
        Assert.StartsWith("There are no posts to total.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartYear_UndefinedRounding_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StaffCosting.PartYear(Money.Pounds(1m), 3, (MidpointRounding)99));

        Assert.Equal("rounding", error.ParamName);
        Assert.StartsWith("Not a defined MidpointRounding rule.", error.Message, StringComparison.Ordinal);
    }
}
