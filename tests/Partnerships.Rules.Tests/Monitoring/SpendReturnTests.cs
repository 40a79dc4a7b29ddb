using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

public sealed class SpendReturnTests
{
    private static readonly FinancialQuarter Q1 = FinancialYearCalendar.UkGovernment.Year(2011).Quarter(1);

    private static Money Pounds(decimal amount) => Money.Pounds(amount);

    [Fact]
    public void ByActivity_Lines_GiveTheQuarterTotalAndAreKeptInActivityOrder()
    {
        var spendReturn = SpendReturn.ByActivity("BCU-A", Q1, [new("b", Pounds(300m)), new("a", Pounds(1_200.01m)) { Delivered = 40m }, new("c", Pounds(-50m))], Pounds(40_000m));

        Assert.Equal(Pounds(1_450.01m), spendReturn.Spent);
        Assert.Equal(["a", "b", "c"], spendReturn.Lines.Select(l => l.ActivityId));
        Assert.Equal(40m, spendReturn.Lines[0].Delivered);
    }

    [Fact]
    public void ByActivity_NoLines_IsAReturnOfNothing()
    {
        var spendReturn = SpendReturn.ByActivity("BCU-A", Q1, [], Pounds(1m));

        Assert.Equal(Money.Zero(Currency.Gbp), spendReturn.Spent);
        Assert.Empty(spendReturn.Lines);
    }

    [Fact]
    public void Lines_ThatDisagreeWithTheTotal_AreRefusedNamingLines()
    {
        var error = Assert.Throws<ArgumentException>(() => new SpendReturn("BCU-A", Q1, Pounds(100m), Pounds(1m)) { Lines = [new("a", Pounds(99.99m))] });

        Assert.Equal(nameof(SpendReturn.Lines), error.ParamName);
        Assert.Contains("£99.99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_ThatAgreeWithTheTotal_AreKept()
    {
        var spendReturn = new SpendReturn("BCU-A", Q1, Pounds(100m), Pounds(1m)) { Lines = [new("a", Pounds(60m)), new("b", Pounds(40m))] };

        Assert.Equal(spendReturn, SpendReturn.ByActivity("BCU-A", Q1, [new("b", Pounds(40m)), new("a", Pounds(60m))], Pounds(1m)));
    }

    [Fact]
    public void ByActivity_HostileLines_AreRejectedNamingTheParameterAndChangeNothing()
    {
        ActivitySpend[] lines = [new("b", Pounds(1m)), new("a", Pounds(2m))];
        var euro = Currency.Create("EUR", 2, "€");

        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => SpendReturn.ByActivity("BCU-A", Q1, null!, Pounds(1m))).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => SpendReturn.ByActivity("BCU-A", Q1, [lines[0], null!], Pounds(1m))).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => SpendReturn.ByActivity("BCU-A", Q1, [lines[0], lines[0]], Pounds(1m))).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => SpendReturn.ByActivity("BCU-A", Q1, [new("a", Money.FromMinorUnits(1, euro))], Pounds(1m))).ParamName);
        Assert.Equal("forecastOutturn", Assert.Throws<ArgumentOutOfRangeException>(() => SpendReturn.ByActivity("BCU-A", Q1, lines, Pounds(-1m))).ParamName);
        Assert.Equal("recipientId", Assert.Throws<ArgumentException>(() => SpendReturn.ByActivity(" ", Q1, lines, Pounds(1m))).ParamName);
        Assert.Throws<OverflowException>(() => SpendReturn.ByActivity("BCU-A", Q1, [new("a", Money.FromMinorUnits(long.MaxValue, Currency.Gbp)), new("b", Money.FromMinorUnits(1, Currency.Gbp))], Pounds(1m)));
        Assert.Equal(["b", "a"], lines.Select(l => l.ActivityId));
    }

    [Fact]
    public void ActivitySpend_HostileValues_AreRejectedNamingTheProperty()
    {
        Assert.Equal("ActivityId", Assert.Throws<ArgumentException>(() => new ActivitySpend("\u200B", Pounds(1m))).ParamName);
        Assert.Equal("ActivityId", Assert.Throws<ArgumentNullException>(() => new ActivitySpend(null!, Pounds(1m))).ParamName);
        Assert.Equal("Delivered", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivitySpend("a", Pounds(1m)) { Delivered = -0.5m }).ParamName);
    }
}
