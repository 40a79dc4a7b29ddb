using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class FinancialQuarterTests
{
    private static readonly FinancialYear Year201112 = FinancialYearCalendar.UkGovernment.Year(2011);

    [Fact]
    public void Quarter2_Of201112_IsJulyToSeptember()
    {
        var quarter = Year201112.Quarter(2);

        Assert.Equal(new LocalDate(2011, 7, 1), quarter.Start);
        Assert.Equal(new LocalDate(2011, 9, 30), quarter.End);
        Assert.Equal(new LocalDate(2011, 9, 30), quarter.ReviewDate);
        Assert.Equal("2011/12 Q2", quarter.ToString());
        Assert.Equal(new DateInterval(quarter.Start, quarter.End), quarter.ToDateInterval());
    }

    [Fact]
    public void NextAndPrevious_CrossTheYear()
    {
        Assert.Equal(Year201112.Next.Quarter(1), Year201112.Quarter(4).Next);
        Assert.Equal(Year201112.Previous.Quarter(4), Year201112.Quarter(1).Previous);
        Assert.Equal(Year201112.Quarter(3), Year201112.Quarter(2).Next);
        Assert.Equal(Year201112.Quarter(1), Year201112.Quarter(2).Previous);
    }

    [Theory]
    [InlineData("2011/12 Q2")]
    [InlineData("FY2011-12 q2")]
    [InlineData(" 2011/2012  Q2 ")]
    public void Parse_LabelOrCommonSpelling_ReadsTheQuarter(string text)
    {
        Assert.Equal(Year201112.Quarter(2), FinancialQuarter.Parse(text, FinancialYearCalendar.UkGovernment));
        Assert.True(FinancialQuarter.TryParse(text, FinancialYearCalendar.UkGovernment, out var quarter));
        Assert.Equal(Year201112.Quarter(2), quarter);
    }

    [Theory]
    [InlineData("2011/12 Q5", "quarter 5 is outside 1 to 4")]
    [InlineData("2011/12 Q0", "quarter 0 is outside 1 to 4")]
    [InlineData("2011/13 Q1", "13 does not follow 2011")]
    [InlineData("2011/12Q1", "write it as 2011/12 Q2")]
    [InlineData("2011/12 Q12", "write it as")]
    [InlineData("Q1", "write it as")]
    [InlineData("", "write it as")]
    public void Parse_NotAQuarter_ThrowsFormatExceptionNamingTheText(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => FinancialQuarter.Parse(text, FinancialYearCalendar.UkGovernment));

        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.False(FinancialQuarter.TryParse(text, FinancialYearCalendar.UkGovernment, out _));
    }

    [Fact]
    public void ParseOfLabel_EveryQuarter1900To2200_RoundTrips()
    {
        for (var startYear = 1900; startYear <= 2200; startYear++)
        {
            for (var number = 1; number <= 4; number++)
            {
                var quarter = FinancialYearCalendar.UkTax.Year(startYear).Quarter(number);
                Assert.Equal(quarter, FinancialQuarter.Parse(quarter.Label, FinancialYearCalendar.UkTax));
            }
        }
    }

    [Fact]
    public void Constructor_QuarterFive_ThrowsNamingTheNumber()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialQuarter(Year201112, 5));

        Assert.Equal("number", ex.ParamName);
        Assert.Equal(5, ex.ActualValue);
    }

    [Fact]
    public void Equality_ByYearAndNumber_FollowsTheContract()
    {
        TestHelper.TestEqualsStruct(
            Year201112.Quarter(2),
            new FinancialQuarter(FinancialYear.Parse("2011/12"), 2),
            Year201112.Quarter(3),
            Year201112.Next.Quarter(2),
            FinancialYearCalendar.UkTax.Year(2011).Quarter(2));
        TestHelper.TestCompareToStruct(Year201112.Quarter(4), Year201112.Quarter(4), Year201112.Next.Quarter(1));
    }

    [Fact]
    public void Default_IsQuarterOneOfTheDefaultYear()
    {
        Assert.Equal(1, default(FinancialQuarter).Number);
        Assert.Equal(new LocalDate(1, 3, 31), default(FinancialQuarter).End);
    }
}
