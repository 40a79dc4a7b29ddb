using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Spend to date against the elapsed share of the year, decided exactly at the threshold.</summary>
public sealed class RateOfSpendTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);
    private static readonly ReviewPoint September = new(2, "September review");

    private static readonly FundTerms Terms = new()
    {
        Year = Year,
        Fund = Money.Pounds(20_000m),
        StandardAllocation = Money.Pounds(10_000m),
        Priorities = [],
        ReviewPoints = [September],
    };

    // 2011/12 has 366 days (29 February 2012); 1 April to 30 September is 183 of them: exactly half the year.
    private static FundPosition AfterQ2(decimal spentByA, decimal spentByB)
    {
        var position = FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m)), new("B", Money.Pounds(10_000m))]);
        foreach (var q in new[] { 1, 2 })
        {
            var quarter = Year.Quarter(q);
            position = QuarterlyMonitor.Record(position, quarter, [
                new SpendReturn("A", quarter, q == 2 ? Money.Pounds(spentByA) : Money.Zero(Currency.Gbp), Money.Pounds(10_000m)),
                new SpendReturn("B", quarter, q == 2 ? Money.Pounds(spentByB) : Money.Zero(Currency.Gbp), Money.Pounds(10_000m))]).Position;
        }

        return position;
    }

    [Fact]
    public void Check_ExactlyAtTheThreshold_IsNotBehindAndOnePennyLessIs()
    {
        var rows = RateOfSpend.Check(AfterQ2(2_500m, 2_499.99m), Terms, September);

        Assert.Equal(["A", "B"], rows.Select(r => r.RecipientId));
        Assert.False(rows[0].IsBehind);
        Assert.True(rows[1].IsBehind);
        Assert.Equal(0.5m, rows[0].ElapsedShare);
        Assert.Equal(0.25m, rows[0].SpentShare);
        Assert.Equal(Money.Pounds(5_000m), rows[0].Expected);
    }

    [Fact]
    public void Findings_RecipientBehind_IsOneCodedFindingWithItsFigures()
    {
        var finding = Assert.Single(RateOfSpend.Findings(AfterQ2(2_500m, 2_000m), Terms, September));

        Assert.Equal(MonitoringFindings.SpendBehindRate, finding.Code);
        Assert.Equal("B", finding.RecipientId);
        Assert.Equal("B has spent £2,000.00 of its allocation of £10,000.00 by the September review: 20.0% of it, against 50.0% of the year elapsed, behind by more than 25.0% points.", finding.Message);
    }

    [Fact]
    public void Hold_ReportsTheRateOfSpend()
    {
        var review = UnderspendReview.Hold(AfterQ2(2_500m, 2_000m), Terms, September);

        Assert.Equal(["B"], review.Findings.Where(f => f.Code == MonitoringFindings.SpendBehindRate).Select(f => f.RecipientId));
    }

    [Fact]
    public void Check_TermsSetTheThreshold()
    {
        var strict = Terms with { RateOfSpendThreshold = 0.1m };

        Assert.All(RateOfSpend.Check(AfterQ2(4_000m, 3_999m), strict, September), r => Assert.Equal(r.RecipientId == "B", r.IsBehind));
        Assert.Equal("RateOfSpendThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => Terms with { RateOfSpendThreshold = 1.01m }).ParamName);
    }

    [Theory]
    [InlineData(0L, 0L, 100, 100, "0", false)]                          // no allocation: not judged
    [InlineData(50L, 100L, 75, 100, "0.25", false)]                     // 0.75 − 0.5 = 0.25 exactly
    [InlineData(49L, 100L, 75, 100, "0.25", true)]
    [InlineData(0L, 100L, 0, 100, "0", false)]                          // nothing elapsed, nothing spent
    [InlineData(0L, 100L, 1, 100, "0", true)]                           // a threshold of zero: any lag
    [InlineData(0L, long.MaxValue, 366, 366, "1", false)]               // a threshold of one: never behind
    [InlineData(1L, long.MaxValue, 183, 366, "0.4999999999999999998", true)] // huge amounts and a fine threshold, still exact:
    [InlineData(1L, long.MaxValue, 183, 366, "0.4999999999999999999", false)] // behind by 0.5 − 1/(2^63 − 1) = 0.49999999999999999989…
    [InlineData(long.MaxValue / 2, long.MaxValue, 183, 366, "0.0000000000000000001", false)]
    public void IsBehind_ExactBoundaries(long spent, long allocation, int elapsed, int days, string threshold, bool behind)
    {
        Assert.Equal(behind, RateOfSpend.IsBehind(Money.FromMinorUnits(spent, Currency.Gbp), Money.FromMinorUnits(allocation, Currency.Gbp), elapsed, days, decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsBehind_HostileInput_NamesTheParameter()
    {
        var pound = Money.Pounds(1m);

        Assert.Equal("yearDays", Assert.Throws<ArgumentOutOfRangeException>(() => RateOfSpend.IsBehind(pound, pound, 1, 0, 0.25m)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => RateOfSpend.IsBehind(pound, pound, 1, 10, -0.1m)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => RateOfSpend.Check(AfterQ2(1m, 1m), Terms with { Fund = Money.Pounds(1m) }, September)).ParamName);
    }
}
