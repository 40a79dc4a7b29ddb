using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>A small 2011/12 fund for hand-made cases: £40,000, three recipients of £10,000, one priority, a September review.</summary>
internal static class SmallFund
{
    public static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);

    public static readonly ReviewPoint September = new(2, "September review");

    public static readonly FundTerms Terms = new()
    {
        Year = Year,
        Fund = Money.Pounds(40_000m),
        StandardAllocation = Money.Pounds(10_000m),
        Priorities = [new Priority("P1", "Violence")],
        ReviewPoints = [September],
    };

    public static FundPosition Opened() => FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m)), new("B", Money.Pounds(10_000m)), new("C", Money.Pounds(10_000m))]);

    /// <summary>Records quarters 1 and 2: £1,000 spent a quarter by each, each forecasting its allocation but A, which forecasts <paramref name="forecastOfA"/>.</summary>
    public static FundPosition AfterQ2(FundPosition? position = null, decimal forecastOfA = 10_000m)
    {
        position ??= Opened();
        foreach (var q in new[] { 1, 2 })
        {
            var quarter = Year.Quarter(q);
            position = QuarterlyMonitor.Record(position, quarter, position.Accounts.Select(a => new SpendReturn(a.RecipientId, quarter, Money.Pounds(1_000m), a.RecipientId == "A" ? Money.Pounds(forecastOfA) : a.Allocation))).Position;
        }

        return position;
    }
}
