using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>The terms choose whether a review reclaims only the under-spend beyond the tolerance or all of it once past.</summary>
public sealed partial class UnderspendReviewTests
{
    [Theory]
    [InlineData(UnderspendReclaim.ExcessOnly, 8_000, 1_000, MonitoringFindings.UnderspendReclaimed)]
    [InlineData(UnderspendReclaim.WholeUnderspend, 8_000, 2_000, MonitoringFindings.UnderspendReclaimedInWhole)]
    [InlineData(UnderspendReclaim.ExcessOnly, 8_999.99, 0.01, MonitoringFindings.UnderspendReclaimed)]
    [InlineData(UnderspendReclaim.WholeUnderspend, 8_999.99, 1_000.01, MonitoringFindings.UnderspendReclaimedInWhole)]
    public void Hold_ReclaimMode_ReclaimsTheExcessOrTheWhole(UnderspendReclaim mode, double forecast, double reclaimed, string code)
    {
        var position = AfterQ2(10_000m, [("A", 10_000m, 1_000m, (decimal)forecast)]);
        var terms = Terms(Money.Pounds(10_000m), new UnderspendTolerance(Money.Pounds(1_000m), 0.05m)) with { UnderspendReclaim = mode };

        var review = UnderspendReview.Hold(position, terms, September);

        var reclaim = Assert.Single(review.Reclaims);
        Assert.Equal(Money.Pounds((decimal)reclaimed), reclaim.Amount);
        Assert.Equal(Money.Pounds(1_000m), reclaim.Tolerance);
        Assert.Equal(Money.Pounds(10_000m) - Money.Pounds((decimal)reclaimed), review.Position.GetAccount("A").Allocation);
        Assert.Contains(review.Findings, f => f.Code == code && f.RecipientId == "A");
    }

    [Theory]
    [InlineData(UnderspendReclaim.ExcessOnly)]
    [InlineData(UnderspendReclaim.WholeUnderspend)]
    public void Hold_UnderspendWithinTheTolerance_IsKeptWhateverTheMode(UnderspendReclaim mode)
    {
        var position = AfterQ2(10_000m, [("A", 10_000m, 1_000m, 9_000m)]);
        var terms = Terms(Money.Pounds(10_000m), new UnderspendTolerance(Money.Pounds(1_000m), 0.05m)) with { UnderspendReclaim = mode };

        var review = UnderspendReview.Hold(position, terms, September);

        Assert.Empty(review.Reclaims);
        Assert.Contains(review.Findings, f => f.Code == MonitoringFindings.UnderspendTolerated);
        Assert.Equal(UnderspendReclaim.ExcessOnly, Terms(Money.Pounds(1m)).UnderspendReclaim);
    }
}
