using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;
using static Partnerships.Rules.Tests.Monitoring.SmallFund;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>
/// Every argument check of the monitoring API, one case each: the exact exception and the parameter it names. Written
/// from the mutation run of 1 December (docs/mutation.md), where removing any one of these checks changed no test.
/// </summary>
public sealed class MonitoringGuardTests
{
    private static readonly LocalDate Raised = new(2011, 4, 14);
    private static readonly Currency Euro = Currency.Create("EUR", 2);

    // Names only: each case builds its arguments when it runs (no library code at test discovery).
    public static TheoryData<string, Type, string> Calls => new()
    {
        { "DueDate, null terms", typeof(ArgumentNullException), "terms" },
        { "Raise, null position", typeof(ArgumentNullException), "position" },
        { "Raise, null terms", typeof(ArgumentNullException), "terms" },
        { "Raise, blank query id", typeof(ArgumentException), "queryId" },
        { "Raise, blank recipient id", typeof(ArgumentException), "recipientId" },
        { "Raise, blank activity id", typeof(ArgumentException), "activityId" },
        { "Reattribute, null position", typeof(ArgumentNullException), "position" },
        { "Reattribute, terms of another year", typeof(ArgumentException), "terms" },
        { "Reattribute, null priority", typeof(ArgumentNullException), "priorityCode" },
        { "Overdue, null position", typeof(ArgumentNullException), "position" },
        { "FindQuery, null id", typeof(ArgumentNullException), "queryId" },
        { "RateOfSpend.Check, null position", typeof(ArgumentNullException), "position" },
        { "RateOfSpend.Check, null review point", typeof(ArgumentNullException), "reviewPoint" },
        { "IsBehind, negative spend", typeof(ArgumentOutOfRangeException), "spent" },
        { "IsBehind, negative allocation", typeof(ArgumentOutOfRangeException), "allocation" },
        { "IsBehind, negative days elapsed", typeof(ArgumentOutOfRangeException), "elapsedDays" },
        { "FurtherRound.Bids, null report", typeof(ArgumentNullException), "report" },
        { "FurtherRound.Open, null position", typeof(ArgumentNullException), "position" },
        { "FurtherRound.Open, null terms", typeof(ArgumentNullException), "terms" },
        { "FurtherRound.Open, null review point", typeof(ArgumentNullException), "reviewPoint" },
        { "FurtherRound.Open, null plans", typeof(ArgumentNullException), "plans" },
        { "QuerySpend.ByPriority, null report", typeof(ArgumentNullException), "report" },
        { "QuerySpend.ByPriority, null position", typeof(ArgumentNullException), "position" },
        { "UnitCosts, null thresholds", typeof(ArgumentNullException), "thresholds" },
        { "SpendReturn.ByActivity, a null line", typeof(ArgumentNullException), "lines" },
        { "SpendReturn.ByActivity, a line in another currency", typeof(ArgumentException), "lines" },
        { "Lines, a null line", typeof(ArgumentNullException), "Lines" },
        { "Lines, a line in another currency", typeof(ArgumentException), "Lines" },
        { "ByPriority, an account in another currency from the terms", typeof(ArgumentException), "terms" },
        { "Open, a held bid given less than nothing", typeof(ArgumentException), "bids" },
        { "Open, a held bid given more than it asks", typeof(ArgumentException), "bids" },
        { "Open, a held bid given euros", typeof(ArgumentException), "bids" },
        { "Open, a held bid whose minimum exceeds it", typeof(ArgumentException), "bids" },
        { "Hold, a bid in euros with a minimum in pounds", typeof(ArgumentException), "furtherRound" },
        { "Hold, a bid in pounds with a minimum in euros", typeof(ArgumentException), "furtherRound" },
        { "Hold, a bid whose minimum exceeds it", typeof(ArgumentException), "furtherRound" },
        { "Hold, a bid with a negative minimum", typeof(ArgumentException), "furtherRound" },
        { "Hold, a bid with a negative score", typeof(ArgumentException), "furtherRound" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Call_BadArgument_ThrowsTheExactExceptionNamingIt(string call, Type exception, string parameter)
    {
        var position = Opened();
        var copy = Opened();
        var pound = Money.Pounds(1m);
        var bid = new OverProgrammedBid("A", "a9", Money.Pounds(100m));
        Action act = call switch
        {
            "DueDate, null terms" => () => QueryDesk.DueDate(null!, Raised),
            "Raise, null position" => () => QueryDesk.Raise(null!, Terms, "Q1", "A", "a", pound, "FIT001", Raised),
            "Raise, null terms" => () => QueryDesk.Raise(position, null!, "Q1", "A", "a", pound, "FIT001", Raised),
            "Raise, blank query id" => () => QueryDesk.Raise(position, Terms, " ", "A", "a", pound, "FIT001", Raised),
            "Raise, blank recipient id" => () => QueryDesk.Raise(position, Terms, "Q1", " ", "a", pound, "FIT001", Raised),
            "Raise, blank activity id" => () => QueryDesk.Raise(position, Terms, "Q1", "A", " ", pound, "FIT001", Raised),
            "Reattribute, null position" => () => QueryDesk.Reattribute(null!, Terms, "Q1", "P1", Raised),
            "Reattribute, terms of another year" => () => QueryDesk.Reattribute(WithQuery(), Terms with { Year = Year.Next }, "Q1", "P1", Raised),
            "Reattribute, null priority" => () => QueryDesk.Reattribute(WithQuery(), Terms, "Q1", null!, Raised),
            "Overdue, null position" => () => QueryDesk.Overdue(null!, Raised),
            "FindQuery, null id" => () => position.FindQuery(null!),
            "RateOfSpend.Check, null position" => () => RateOfSpend.Check(null!, Terms, September),
            "RateOfSpend.Check, null review point" => () => RateOfSpend.Check(position, Terms, null!),
            "IsBehind, negative spend" => () => RateOfSpend.IsBehind(-pound, pound, 1, 10, 0.25m),
            "IsBehind, negative allocation" => () => RateOfSpend.IsBehind(pound, -pound, 1, 10, 0.25m),
            "IsBehind, negative days elapsed" => () => RateOfSpend.IsBehind(pound, pound, -1, 10, 0.25m),
            "FurtherRound.Bids, null report" => () => FurtherRound.Bids(null!),
            "FurtherRound.Open, null position" => () => FurtherRound.Open(null!, Terms, September, []),
            "FurtherRound.Open, null terms" => () => FurtherRound.Open(AfterQ2(), null!, September, []),
            "FurtherRound.Open, null review point" => () => FurtherRound.Open(AfterQ2(), Terms, null!, []),
            "FurtherRound.Open, null plans" => () => FurtherRound.Open(AfterQ2(), Terms, September, null!),
            "QuerySpend.ByPriority, null report" => () => QuerySpend.ByPriority(null!, position),
            "QuerySpend.ByPriority, null position" => () => QuerySpend.ByPriority(Round2011.Report, null!),
            "UnitCosts, null thresholds" => () => ActualSpend.UnitCosts(position, [], null!),
            "SpendReturn.ByActivity, a null line" => () => SpendReturn.ByActivity("A", Year.Quarter(1), [new ActivitySpend("a", pound), null!], pound),
            "SpendReturn.ByActivity, a line in another currency" => () => SpendReturn.ByActivity("A", Year.Quarter(1), [new ActivitySpend("a", pound), new ActivitySpend("b", Money.FromMinorUnits(100, Euro))], pound),
            "Lines, a null line" => () => _ = new SpendReturn("A", Year.Quarter(1), pound, pound) { Lines = [new ActivitySpend("a", pound), null!] },
            "Lines, a line in another currency" => () => _ = new SpendReturn("A", Year.Quarter(1), pound, pound) { Lines = [new ActivitySpend("a", pound), new ActivitySpend("b", Money.FromMinorUnits(0, Euro))] },
            "ByPriority, an account in another currency from the terms" => () => ActualSpend.ByPriority(
                FundPosition.Open(Year, Money.FromMinorUnits(100, Euro), [new(Round2011.RecipientId("Camden"), Money.FromMinorUnits(100, Euro))]).Accounts[0], Round2011.Plan("Camden"), Round2011.Terms),
            "Open, a held bid given less than nothing" => () => OpenWith(new HeldBid(bid, -pound)),
            "Open, a held bid given more than it asks" => () => OpenWith(new HeldBid(bid, Money.Pounds(100.01m))),
            "Open, a held bid given euros" => () => OpenWith(new HeldBid(bid, Money.FromMinorUnits(100, Euro))),
            "Open, a held bid whose minimum exceeds it" => () => OpenWith(new HeldBid(bid with { MinimumViableAmount = Money.Pounds(100.01m) }, Money.Zero(Currency.Gbp))),
            "Hold, a bid in euros with a minimum in pounds" => () => HoldWith(bid with { Amount = Money.FromMinorUnits(10_000, Euro), MinimumViableAmount = pound }),
            "Hold, a bid in pounds with a minimum in euros" => () => HoldWith(bid with { MinimumViableAmount = Money.FromMinorUnits(100, Euro) }),
            "Hold, a bid whose minimum exceeds it" => () => HoldWith(bid with { MinimumViableAmount = Money.Pounds(100.01m) }),
            "Hold, a bid with a negative minimum" => () => HoldWith(bid with { MinimumViableAmount = -pound }),
            _ => () => HoldWith(bid with { Score = -1 }),
        };

        var error = Assert.Throws(exception, act);

        Assert.Equal(parameter, ((ArgumentException)error).ParamName);
        Assert.Equal(copy, position);
    }

    [Fact]
    public void Raise_TermsOfAnotherYear_SaysWhatEachIs()
    {
        var terms = Terms with { Year = Year.Next };

        var error = Assert.Throws<ArgumentException>(() => QueryDesk.Raise(Opened(), terms, "Q1", "A", "a", Money.Pounds(1m), "FIT001", Raised));

        Assert.Equal("The terms are of the scheme '(none)' for 2012/13 with a fund of £40,000.00; the position is of '(none)' for 2011/12 with a fund of £40,000.00.", error.Message.Split(" (Parameter")[0]);
    }

    [Theory]
    [InlineData("S", null, "The terms are of the scheme 'S' for 2011/12 with a fund of £40,000.00; the position is of '(none)' for 2011/12 with a fund of £40,000.00.")]
    [InlineData(null, "S", "The terms are of the scheme '(none)' for 2011/12 with a fund of £40,000.00; the position is of 'S' for 2011/12 with a fund of £40,000.00.")]
    public void Raise_TermsOfAnotherScheme_NamesTheSchemeOnEitherSide(string? ofTerms, string? ofPosition, string message)
    {
        var position = FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m))], schemeName: ofPosition);

        var error = Assert.Throws<ArgumentException>(() => QueryDesk.Raise(position, Terms with { SchemeName = ofTerms }, "Q1", "A", "a", Money.Pounds(1m), "FIT001", Raised));

        Assert.Equal(("terms", message), (error.ParamName, error.Message.Split(" (Parameter")[0]));
    }

    [Fact]
    public void Raise_BlankRecipientAndAForeignAmount_NamesTheRecipientFirst()
    {
        // The arguments are checked in order, so the error is the same whatever else is wrong.
        var error = Assert.Throws<ArgumentException>(() => QueryDesk.Raise(Opened(), Terms, "Q1", " ", "a", Money.FromMajorUnits(1m, Euro), "FIT001", Raised));

        Assert.Equal("recipientId", error.ParamName);
    }

    [Fact]
    public void Hold_TermsWithAnotherFundOnly_SaysBothFunds()
    {
        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(AfterQ2(), Terms with { Fund = Money.Pounds(50_000m) }, September));

        Assert.Equal("terms", error.ParamName);
        Assert.StartsWith("The terms are for 2011/12 with a fund of £50,000.00; the position is for 2011/12 with a fund of £40,000.00.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Other", null, "The terms are of the scheme 'Other'; the position is of the scheme '(none)'.")]
    [InlineData(null, "S", "The terms are of the scheme '(none)'; the position is of the scheme 'S'.")]
    public void Hold_TermsOfAnotherScheme_NamesTheSchemeOnEitherSide(string? ofTerms, string? ofPosition, string message)
    {
        var position = AfterQ2(FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m))], schemeName: ofPosition));

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(position, Terms with { SchemeName = ofTerms }, September));

        Assert.Equal(("terms", message), (error.ParamName, error.Message.Split(" (Parameter")[0]));
    }

    [Fact]
    public void Hold_FurtherRoundBidGivenTwice_IsRefusedNamingIt()
    {
        var bid = new OverProgrammedBid("B", "b1", Money.Pounds(100m));

        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(AfterQ2(), Terms, September, [bid, bid]));

        Assert.Equal(("furtherRound", "The further-round bid B/b1 is given twice."), (error.ParamName, error.Message.Split(" (Parameter")[0]));
    }

    [Fact]
    public void FurtherRoundOpen_TermsOfAnotherYear_IsRefusedBeforeThePlansAreAssessed()
    {
        var error = Assert.Throws<ArgumentException>(() => FurtherRound.Open(AfterQ2(), Terms with { Year = Year.Next }, September, []));

        Assert.Equal("terms", error.ParamName);
        Assert.StartsWith("The terms are for 2012/13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_ReviewPointNotInTheTerms_ListsTheTermsPoints()
    {
        var march = new ReviewPoint(3, "December review");

        var none = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(AfterQ2(), Terms with { ReviewPoints = [] }, September));
        var other = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(AfterQ2(), Terms with { ReviewPoints = [march, September] }, new ReviewPoint(1, "June review")));

        Assert.StartsWith("The September review after quarter 2 is not a review point of the terms for 2011/12; they hold none.", none.Message, StringComparison.Ordinal);
        Assert.StartsWith("The June review after quarter 1 is not a review point of the terms for 2011/12; they hold December review, September review.", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_BeforeItsQuarterIsRecorded_SaysWhatThePositionHasRecorded()
    {
        var error = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(Opened(), Terms, September));

        Assert.Equal("reviewPoint", error.ParamName);
        Assert.StartsWith("The September review follows quarter 2; the position has recorded no quarter.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.2147483648", 7_702L, false)] // mantissa 2³¹: its low word reads as a negative int; behind by 0.21474…
    [InlineData("0.2147483648", 7_701L, true)]  // behind by 0.21477…
    [InlineData("0.9223372036854775808", 0L, false)] // mantissa 2⁶³: the middle word's top bit
    public void IsBehind_ThresholdWithTheTopBitOfAWordSet_IsDecidedNotAnOverflow(string threshold, long spent, bool behind)
    {
        // Spent of an allocation of 27,000 by the half year (183 of 366 days): behind by 0.5 − spent ÷ 27,000.
        var result = RateOfSpend.IsBehind(Money.FromMinorUnits(spent, Currency.Gbp), Money.FromMinorUnits(27_000, Currency.Gbp), 183, 366, decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(behind, result);
    }

    [Fact]
    public void IsBehind_ThresholdWithTwentyEightDigits_UsesEveryDigit()
    {
        // 0.4999999999999999999999999999 has a mantissa past 2⁶⁴: its top 32 bits must count. Behind by
        // 0.5 − 1/(2⁶³ − 1) ≈ 0.49999999999999999989, less than the threshold.
        var threshold = 0.4999999999999999999999999999m;

        Assert.False(RateOfSpend.IsBehind(Money.FromMinorUnits(1, Currency.Gbp), Money.FromMinorUnits(long.MaxValue, Currency.Gbp), 183, 366, threshold));
        Assert.True(RateOfSpend.IsBehind(Money.FromMinorUnits(1, Currency.Gbp), Money.FromMinorUnits(long.MaxValue, Currency.Gbp), 183, 366, 0.4999999999999999998000000001m));
    }

    private static FundPosition WithQuery() => QueryDesk.Raise(Opened(), Terms, "Q1", "A", "a", Money.Pounds(1_000m), "FIT001", Raised);

    private static FundPosition OpenWith(HeldBid bid) =>
        FundPosition.Open(Year, Terms.Fund, [new("A", Money.Pounds(10_000m))], [bid]);

    private static ReviewResult HoldWith(OverProgrammedBid bid) => UnderspendReview.Hold(AfterQ2(), Terms, September, [bid]);
}
