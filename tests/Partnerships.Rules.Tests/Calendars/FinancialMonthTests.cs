using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

public sealed class FinancialMonthTests
{
    private static readonly FinancialYear Year201112 = FinancialYearCalendar.UkGovernment.Year(2011);

    [Fact]
    public void Month1_Of201112_IsApril()
    {
        var month = Year201112.Month(1);

        Assert.Equal(new LocalDate(2011, 4, 1), month.Start);
        Assert.Equal(new LocalDate(2011, 4, 30), month.End);
        Assert.Equal(Year201112.Quarter(1), month.Quarter);
        Assert.Equal("2011/12 M01", month.ToString());
        Assert.Equal(30, month.ToDateInterval().Length);
    }

    [Fact]
    public void Month11_Of201112_IsFebruaryOfALeapYear()
    {
        var month = Year201112.Month(11);

        Assert.Equal(new LocalDate(2012, 2, 29), month.End);
        Assert.True(month.Contains(new LocalDate(2012, 2, 29)));
        Assert.False(month.Contains(new LocalDate(2012, 3, 1)));
        Assert.Equal(Year201112.Quarter(4), month.Quarter);
    }

    [Fact]
    public void NextAndPrevious_CrossTheYear()
    {
        Assert.Equal(Year201112.Next.Month(1), Year201112.Month(12).Next);
        Assert.Equal(Year201112.Previous.Month(12), Year201112.Month(1).Previous);
        Assert.Equal(Year201112.Month(6), Year201112.Month(5).Next);
    }

    [Fact]
    public void Constructor_ThirteenthMonth_ThrowsNamingTheNumber()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialMonth(Year201112, 13));

        Assert.Equal("number", ex.ParamName);
        Assert.Equal(13, ex.ActualValue);
    }

    [Fact]
    public void Equality_ByYearAndNumber_FollowsTheContract()
    {
        TestHelper.TestEqualsStruct(Year201112.Month(3), new FinancialMonth(Year201112, 3), Year201112.Month(4), Year201112.Next.Month(3));
        TestHelper.TestCompareToStruct(Year201112.Month(12), Year201112.Month(12), Year201112.Next.Month(1));
    }
}
