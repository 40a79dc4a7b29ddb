using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests;

/// <summary>Values that cannot be built invalid: ids, review points, rates, amounts and currencies.</summary>
public sealed partial class HostileInputTests
{
    [Theory]
    [MemberData(nameof(BlankIds))]
    public void Ids_BlankOrIllFormed_CannotBeBuilt(int index)
    {
        var id = Blank[index];
        var recipient = new Recipient("BCU-A", "A");
        if (id is null)
        {
            Rejects<ArgumentNullException>("Id", () => _ = new Recipient(id!, "A"));
            Rejects<ArgumentNullException>("Id", () => _ = recipient with { Id = id! });
            Rejects<ArgumentNullException>("Id", () => _ = Line(id!, 1));
            Rejects<ArgumentNullException>("Code", () => _ = new Priority(id!, "P"));
            Rejects<ArgumentNullException>("RecipientId", () => _ = new OverProgrammedBid(id!, "x", Money.Pounds(1m)));
            Rejects<ArgumentNullException>("ActivityId", () => _ = new Grant("A", id!, Money.Pounds(1m), Money.Pounds(1m)));
            Rejects<ArgumentNullException>("RecipientId", () => _ = new Payment(id!, Terms.Year.Quarter(1), Money.Pounds(1m)));
            Rejects<ArgumentNullException>("recipientId", () => _ = new SpendReturn(id!, Terms.Year.Quarter(1), Money.Pounds(1m), Money.Pounds(1m)));
        }
        else
        {
            Rejects<ArgumentException>("Id", () => _ = new Recipient(id, "A"));
            Rejects<ArgumentException>("Id", () => _ = recipient with { Id = id });
            Rejects<ArgumentException>("Id", () => _ = Line(id, 1));
            Rejects<ArgumentException>("Code", () => _ = new Priority(id, "P"));
            Rejects<ArgumentException>("RecipientId", () => _ = new OverProgrammedBid(id, "x", Money.Pounds(1m)));
            Rejects<ArgumentException>("ActivityId", () => _ = new Grant("A", id, Money.Pounds(1m), Money.Pounds(1m)));
            Rejects<ArgumentException>("RecipientId", () => _ = new Reclaim(id, Money.Pounds(1m), Money.Pounds(1m), Money.Pounds(1m), Money.Pounds(1m), Money.Pounds(1m)));
            Rejects<ArgumentException>("RecipientId", () => _ = new Payment(id, Terms.Year.Quarter(1), Money.Pounds(1m)));
            Rejects<ArgumentException>("recipientId", () => _ = new SpendReturn(id, Terms.Year.Quarter(1), Money.Pounds(1m), Money.Pounds(1m)));
            Rejects<ArgumentException>("ActivityId", () => _ = new ActivityStanding("A", id));
        }

        Assert.Equal(new Recipient("BCU-A", "A"), recipient);
    }

    [Fact]
    public void Ids_MessageQuotesTheValueSafely()
    {
        var error = Assert.Throws<ArgumentException>(() => new Recipient(LoneHighSurrogate, "A"));

        Assert.Contains("'BCU-\\uD800'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Parameter 'Id')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_LongSurrogatePairsAndCaseOrNormalisation_AreAcceptedAndDistinct()
    {
        // Documented: no length limit; ids are compared ordinally, so case and Unicode normalisation make different ids.
        Assert.Equal(LongId, new Recipient(LongId, "A").Id);
        Assert.Equal("BCU-\uD83D\uDE00", new Recipient("BCU-\uD83D\uDE00", "A").Id);
        Assert.NotEqual(new Recipient("BCU-A", "A"), new Recipient("bcu-a", "A"));
        Assert.NotEqual(new Recipient("CAF\u00C9", "A"), new Recipient("CAFE\u0301", "A"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(int.MinValue)]
    public void ReviewPoint_QuarterOutsideTheYear_CannotBeBuilt(int quarter)
    {
        var september = new ReviewPoint(2, "September review");

        Rejects<ArgumentOutOfRangeException>("AfterQuarter", () => _ = new ReviewPoint(quarter, "Review"));
        Rejects<ArgumentOutOfRangeException>("AfterQuarter", () => _ = september with { AfterQuarter = quarter });
        Rejects<ArgumentException>("Name", () => _ = new ReviewPoint(2, ZeroWidth));
        Assert.Equal(new ReviewPoint(2, "September review"), september);
    }

    [Fact]
    public void RatesAndTolerances_OutsideTheirRange_CannotBeBuilt()
    {
        Rejects<ArgumentOutOfRangeException>("Floor", () => _ = new UnderspendTolerance(Money.Pounds(-0.01m), 0.05m));
        Rejects<ArgumentOutOfRangeException>("Percentage", () => _ = new UnderspendTolerance(Money.Pounds(1m), -0.01m));
        Rejects<ArgumentOutOfRangeException>("Percentage", () => _ = new UnderspendTolerance(Money.Pounds(1m), 1.01m));
        Rejects<ArgumentOutOfRangeException>("EmployerNationalInsurance", () => _ = new StaffOnCostRates(1.5m, 0.1m));
        Rejects<ArgumentOutOfRangeException>("Pension", () => _ = StaffOnCostRates.Report2003 with { Pension = -0.1m });
        Rejects<ArgumentOutOfRangeException>("MinimumPeers", () => _ = new ValueForMoneyThresholds { MinimumPeers = 0 });
        Rejects<ArgumentOutOfRangeException>("MaximumOutlierShare", () => _ = new ValueForMoneyThresholds { MaximumOutlierShare = 2m });
        Rejects<ArgumentOutOfRangeException>("InterquartileFence", () => _ = new ValueForMoneyThresholds { InterquartileFence = -1m });
        Rejects<ArgumentOutOfRangeException>("Amount", () => _ = new OverProgrammedBid("A", "x", Money.Pounds(-1m)));
    }

    [Fact]
    public void FundTerms_NegativeAmounts_CannotBeBuilt()
    {
        Rejects<ArgumentOutOfRangeException>("Fund", () => _ = Terms with { Fund = Money.Pounds(-1m) });
        Rejects<ArgumentOutOfRangeException>("StandardAllocation", () => _ = Terms with { StandardAllocation = Money.FromMinorUnits(long.MinValue, Currency.Gbp) });
        Assert.Equal(Money.FromMinorUnits(long.MaxValue, Currency.Gbp), (Terms with { Fund = Money.FromMinorUnits(long.MaxValue, Currency.Gbp) }).Fund);
    }

    [Fact]
    public void FundTerms_TwoCurrencies_CannotBeBuiltInEitherOrder()
    {
        var euros = Money.FromMinorUnits(100, Euro);

        Rejects<ArgumentException>("StandardAllocation", () => _ = new FundTerms { Year = Terms.Year, Fund = Money.Pounds(1m), StandardAllocation = euros, Priorities = [] });
        Rejects<ArgumentException>("Fund", () => _ = new FundTerms { Year = Terms.Year, StandardAllocation = euros, Fund = Money.Pounds(1m), Priorities = [] });
        Rejects<ArgumentException>("Fund", () => _ = Terms with { Fund = euros });
        Rejects<ArgumentException>("UnderspendTolerance", () => _ = Terms with { UnderspendTolerance = new UnderspendTolerance(euros, 0.05m) });
        Rejects<ArgumentException>("Fund", () => _ = new FundTerms { Year = Terms.Year, UnderspendTolerance = new UnderspendTolerance(euros, 0m), Fund = Money.Pounds(1m), StandardAllocation = Money.Pounds(1m), Priorities = [] });
        Assert.Equal(Currency.Gbp, Terms.Currency);
    }

    [Fact]
    public void FundTerms_DefaultNullAndRepeatedCollections_AreNormalisedOrRejected()
    {
        var terms = Terms with { Priorities = default, ReviewPoints = default };

        Assert.Empty(terms.Priorities);
        Assert.Empty(terms.ReviewPoints);
        Rejects<ArgumentNullException>("Priorities", () => _ = Terms with { Priorities = [Round2011.Vawg, null!] });
        Rejects<ArgumentException>("Priorities", () => _ = Terms with { Priorities = [Round2011.Vawg, new Priority(Round2011.VawgCode.ToLowerInvariant(), "Again")] });
        Rejects<ArgumentException>("ReviewPoints", () => _ = Terms with { ReviewPoints = [new ReviewPoint(2, "One"), new ReviewPoint(2, "Two")] });
        Rejects<ArgumentNullException>("ReviewPoints", () => _ = Terms with { ReviewPoints = [new ReviewPoint(2, "One"), null!] });
        Rejects<ArgumentOutOfRangeException>("UnderspendReclaim", () => _ = Terms with { UnderspendReclaim = (UnderspendReclaim)9 });
        Rejects<ArgumentNullException>("OnCosts", () => _ = Terms with { OnCosts = null! });
        Rejects<ArgumentNullException>("ValueForMoney", () => _ = Terms with { ValueForMoney = null! });
    }

    [Fact]
    public void FundTerms_UndefinedUnderspendReclaim_SaysWhatIsWrongAndKeepsTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = Terms with { UnderspendReclaim = (UnderspendReclaim)9 });

        Assert.StartsWith("Not a defined way to reclaim under-spend.", error.Message, StringComparison.Ordinal);
        Assert.Equal((UnderspendReclaim)9, error.ActualValue);
    }

    [Fact]
    public void AllocationPolicy_NullOrCaseInsensitiveWeights_AreNormalised()
    {
        var policy = new AllocationPolicy { FormulaWeights = null! };

        Assert.Empty(policy.FormulaWeights);
        Assert.Equal(AllocationPolicy.Default, policy);
    }

    [Fact]
    public void FundScheme_HostileArguments_AreRejectedNamingTheParameter()
    {
        var scheme = Round2011.Scheme;
        var before = FundScheme.Create(scheme.Name).WithTerms(Terms);

        Rejects<ArgumentNullException>("name", () => FundScheme.Create(null!));
        Rejects<ArgumentException>("name", () => FundScheme.Create(ZeroWidth));
        Rejects<ArgumentNullException>("terms", () => scheme.WithTerms(null!));
        Rejects<ArgumentException>("terms", () => scheme.WithTerms(Terms with { Year = FinancialYearCalendar.UkTax.Year(2011) }));
        Assert.Throws<KeyNotFoundException>(() => scheme.TermsFor(Terms.Year.Previous));
        Assert.Throws<KeyNotFoundException>(() => scheme.TermsFor(FinancialYearCalendar.UkTax.Year(2011)));
        Assert.Equal(before, scheme);
        Assert.Equal(scheme.TermsFor(Terms.Year.PlusYears(20)), Terms with { Year = Terms.Year.PlusYears(20) }); // carried forward
    }

    [Fact]
    public void Money_HostileAmounts_GiveDocumentedResults()
    {
        Assert.Equal(long.MaxValue, Money.FromMinorUnits(long.MaxValue, Currency.Gbp).MinorUnits);
        Assert.True(Money.Pounds(-1m).IsNegative); // money may be negative: a difference, a correction
        Assert.Throws<OverflowException>(() => Money.FromMajorUnits(decimal.MaxValue, Currency.Gbp));
        Assert.Throws<OverflowException>(() => Money.FromMinorUnits(long.MaxValue, Currency.Gbp) + Money.Pounds(0.01m));
        Rejects<ArgumentException>("amount", () => Money.FromMajorUnits(0.001m, Currency.Gbp));
        Rejects<ArgumentException>("code", () => Currency.Create(string.Empty, 2));
        Rejects<ArgumentNullException>("code", () => Currency.Create(null!, 2));
    }
}
