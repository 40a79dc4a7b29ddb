using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests;

/// <summary>Hostile input to the year's monitoring: opening a position, recording a quarter, holding a review.</summary>
public sealed partial class HostileInputTests
{
    // Built on each use, not in static fields: the theories of this class read its static data at discovery, and
    // library code run then is outside any test for Stryker's coverage (docs/mutation.md).
    private static AllocationResult Allocation => Allocator.Allocate(Terms, Round2011.Report, AllocationPolicy.Default);

    private static FundPosition Opened => FundPosition.Open(Allocation, Round2011.Plans);
    private static ReviewPoint September => Terms.ReviewPoints.Single(r => r.AfterQuarter == 2);

    private static FundPosition AfterQ2()
    {
        var opened = Opened;
        var q1 = QuarterlyMonitor.Record(opened, Terms.Year.Quarter(1), Round2011.Returns(opened, 1));
        return QuarterlyMonitor.Record(q1.Position, Terms.Year.Quarter(2), Round2011.Returns(q1.Position, 2)).Position;
    }

    [Fact]
    public void Open_HostileArguments_AreRejectedNamingTheParameter()
    {
        var year = Terms.Year;
        var fund = Money.Pounds(100m);

        Rejects<ArgumentNullException>("allocation", () => FundPosition.Open(null!, Round2011.Plans));
        Rejects<ArgumentNullException>("plans", () => FundPosition.Open(Allocation, null!));
        Rejects<ArgumentNullException>("allocations", () => FundPosition.Open(year, fund, null!));
        Rejects<ArgumentOutOfRangeException>("fund", () => FundPosition.Open(year, Money.Pounds(-1m), []));
        Rejects<ArgumentException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create(ZeroWidth, Money.Pounds(1m))]));
        Rejects<ArgumentNullException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create((string)null!, Money.Pounds(1m))]));
        Rejects<ArgumentOutOfRangeException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create("A", Money.Pounds(-1m))]));
        Rejects<ArgumentException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create("A", Money.FromMinorUnits(long.MaxValue, Currency.Gbp))]));
        Rejects<ArgumentException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create("A", Money.FromMinorUnits(1, Euro))]));
        Rejects<ArgumentException>("allocations", () => FundPosition.Open(year, fund, [KeyValuePair.Create("A", Money.Pounds(1m)), KeyValuePair.Create("A", Money.Pounds(1m))]));
        Rejects<ArgumentNullException>("bids", () => FundPosition.Open(year, fund, [], [null!]));
        Assert.Throws<OverflowException>(() => FundPosition.Open(year, Money.FromMinorUnits(long.MaxValue, Currency.Gbp), [KeyValuePair.Create("A", Money.FromMinorUnits(long.MaxValue, Currency.Gbp)), KeyValuePair.Create("B", Money.Pounds(1m))]));
    }

    [Fact]
    public void Open_EmptyAndCaseDistinctAllocations_GiveDocumentedPositions()
    {
        var empty = FundPosition.Open(Terms.Year, Money.Pounds(100m), []);
        var cased = FundPosition.Open(Terms.Year, Money.Pounds(100m), [KeyValuePair.Create("bcu-a", Money.Pounds(1m)), KeyValuePair.Create("BCU-A", Money.Pounds(2m))]);

        Assert.Empty(empty.Accounts);
        Assert.Equal(Money.Pounds(100m), empty.Unallocated);
        Assert.Equal(2, cased.Accounts.Length);
        Assert.Equal(Money.Pounds(1m), cased.GetAccount("bcu-a").Allocation);
    }

    [Fact]
    public void Record_HostileArguments_AreRejectedAndThePositionIsUnchanged()
    {
        var opened = Opened;
        var before = FundPosition.Open(Allocation, Round2011.Plans);
        var q1 = Terms.Year.Quarter(1);
        var returns = Round2011.Returns(opened, 1).ToArray();

        Rejects<ArgumentNullException>("position", () => QuarterlyMonitor.Record(null!, q1, returns));
        Rejects<ArgumentNullException>("returns", () => QuarterlyMonitor.Record(opened, q1, null!));
        Rejects<ArgumentException>("quarter", () => QuarterlyMonitor.Record(opened, Terms.Year.Next.Quarter(1), returns));
        Rejects<ArgumentException>("quarter", () => QuarterlyMonitor.Record(opened, Terms.Year.Quarter(2), returns));
        Rejects<ArgumentNullException>("returns", () => QuarterlyMonitor.Record(opened, q1, [returns[0], null!]));
        Rejects<ArgumentException>("returns", () => QuarterlyMonitor.Record(opened, q1, [new SpendReturn(returns[0].RecipientId, q1, Money.FromMinorUnits(1, Euro), Money.FromMinorUnits(1, Euro))]));
        Assert.Equal(before, opened);
    }

    [Fact]
    public void Record_NoReturnsOrUnknownRecipients_GiveCodedFindings()
    {
        var none = QuarterlyMonitor.Record(Opened, Terms.Year.Quarter(1), []);
        var unknown = QuarterlyMonitor.Record(Opened, Terms.Year.Quarter(1), [new SpendReturn(LongId, Terms.Year.Quarter(1), Money.Pounds(1m), Money.Pounds(1m))]);

        Assert.Contains(none.Findings, f => f.Code == MonitoringFindings.ReturnMissing);
        Assert.Contains(unknown.Findings, f => f.Code == MonitoringFindings.ReturnUnknownRecipient && f.RecipientId == LongId);
    }

    [Fact]
    public void SpendReturn_HostileAmounts_AreRejectedNamingTheParameter()
    {
        var q1 = Terms.Year.Quarter(1);

        Rejects<ArgumentOutOfRangeException>("forecastOutturn", () => _ = new SpendReturn("A", q1, Money.Pounds(1m), Money.FromMinorUnits(long.MinValue, Currency.Gbp)));
        Rejects<ArgumentException>("forecastOutturn", () => _ = new SpendReturn("A", q1, Money.Pounds(1m), Money.FromMinorUnits(1, Euro)));
        Assert.Equal(long.MaxValue, new SpendReturn("A", q1, Money.FromMinorUnits(long.MaxValue, Currency.Gbp), Money.Pounds(0m)).Spent.MinorUnits);
    }

    [Fact]
    public void Hold_HostileArguments_AreRejectedAndThePositionIsUnchanged()
    {
        var position = AfterQ2();
        var before = AfterQ2();

        Rejects<ArgumentNullException>("position", () => UnderspendReview.Hold(null!, Terms, September));
        Rejects<ArgumentNullException>("terms", () => UnderspendReview.Hold(position, null!, September));
        Rejects<ArgumentNullException>("reviewPoint", () => UnderspendReview.Hold(position, Terms, null!));
        Rejects<ArgumentException>("reviewPoint", () => UnderspendReview.Hold(position, Terms, new ReviewPoint(4, "Year-end review")));
        Rejects<ArgumentException>("reviewPoint", () => UnderspendReview.Hold(Opened, Terms, September));
        Rejects<ArgumentException>("terms", () => UnderspendReview.Hold(position, Terms with { Year = Terms.Year.Next }, September));
        Rejects<ArgumentException>("terms", () => UnderspendReview.Hold(position, Terms with { Fund = Terms.Fund + Money.Pounds(1m) }, September));
        Rejects<ArgumentNullException>("furtherRound", () => UnderspendReview.Hold(position, Terms, September, [null!]));
        Assert.Equal(before, position);
    }

    [Fact]
    public void Hold_EmptyFurtherRound_IsTheSameAsNone()
    {
        var position = AfterQ2();

        Assert.Equal(UnderspendReview.Hold(position, Terms, September), UnderspendReview.Hold(position, Terms, September, []));
    }
}
