using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Monitoring;

namespace Partnerships.Rules.Tests.Json;

/// <summary>A null argument is an <see cref="ArgumentNullException"/> naming the parameter the caller passed.</summary>
public sealed class ArgumentTests
{
    [Theory]
    [InlineData("report", "report")]
    [InlineData("report+terms", "report")]
    [InlineData("report+terms", "terms")]
    [InlineData("allocation", "allocation")]
    [InlineData("allocation+plans", "allocation")]
    [InlineData("allocation+plans", "plans")]
    [InlineData("result", "result")]
    [InlineData("result+inputs", "result")]
    [InlineData("result+inputs", "before")]
    [InlineData("result+inputs", "returns")]
    [InlineData("review", "review")]
    [InlineData("review+inputs", "review")]
    [InlineData("review+inputs", "before")]
    [InlineData("review+inputs", "terms")]
    [InlineData("record", "record")]
    [InlineData("record+inputs", "record")]
    [InlineData("record+inputs", "position")]
    [InlineData("record+inputs", "terms")]
    [InlineData("record+inputs", "lastQuarterPayments")]
    [InlineData("scheme", "scheme")]
    [InlineData("terms", "terms")]
    [InlineData("plan", "plan")]
    [InlineData("plans", "plans")]
    [InlineData("position", "position")]
    [InlineData("nextYear", "nextYear")]
    public void ToAuditJson_NullArgument_ThrowsNamingIt(string overload, string parameter)
    {
        var e = Assert.Throws<ArgumentNullException>(() => Call(overload, parameter));

        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void Deserialize_NullJson_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PartnershipsJson.Deserialize<FundTerms>(null!));

        Assert.Equal("json", e.ParamName);
    }

    [Fact]
    public void ToAuditJson_RecordAndPositionBothNull_NamesTheFirstParameter()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PartnershipsJson.ToAuditJson((YearEndRecord)null!, null!, Round2011.Terms, Array.Empty<Payment>()));

        Assert.Equal("record", e.ParamName);
    }

    [Fact]
    public void FromAuditJson_NullJson_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PartnershipsJson.FromAuditJson<FundTerms>(null!));

        Assert.Equal("json", e.ParamName);
    }

    [Fact]
    public void FromAuditJson_NotAPayloadType_ThrowsSayingSo()
    {
        var e = Assert.Throws<NotSupportedException>(() => PartnershipsJson.FromAuditJson<Money>("{}"));

        Assert.Contains("is not the payload of an audit record", e.Message, StringComparison.Ordinal);
        Assert.Null(AuditRecord.KindOf(typeof(Money)));
    }

    [Fact]
    public void Create_NullPayload_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => AuditRecord.Create<FundTerms>(null!, null, null));

        Assert.Equal("payload", e.ParamName);
    }

    [Theory]
    [InlineData("Money")]
    [InlineData("Currency")]
    [InlineData("FinancialYear")]
    [InlineData("FinancialQuarter")]
    [InlineData("LocalDate")]
    [InlineData("Finding")]
    [InlineData("FundPosition")]
    [InlineData("FundScheme")]
    [InlineData("NeedFormula")]
    [InlineData("NeedRecipient")]
    [InlineData("QuarterResult")]
    [InlineData("Query")]
    [InlineData("RecipientAccount")]
    [InlineData("ReviewResult")]
    public void Write_NullWriter_ThrowsNamingIt(string type)
    {
        var e = Assert.Throws<ArgumentNullException>(() => Write(type, writer: null));

        Assert.Equal("writer", e.ParamName);
    }

    [Theory]
    [InlineData("Finding")]
    [InlineData("FundPosition")]
    [InlineData("FundScheme")]
    [InlineData("NeedFormula")]
    [InlineData("NeedRecipient")]
    [InlineData("QuarterResult")]
    [InlineData("Query")]
    [InlineData("RecipientAccount")]
    [InlineData("ReviewResult")]
    public void Write_NullValue_ThrowsNamingIt(string type)
    {
        using var writer = new Utf8JsonWriter(Stream.Null);

        var e = Assert.Throws<ArgumentNullException>(() => Write(type, writer));

        Assert.Equal("value", e.ParamName);
    }

    // The value is null (or the default of a value type): the writer is checked first, then the value.
    private static void Write(string type, Utf8JsonWriter? writer)
    {
        switch (type)
        {
            case "Money": Write(new MoneyJsonConverter(), writer, default); break;
            case "Currency": Write(new CurrencyJsonConverter(), writer, default); break;
            case "FinancialYear": Write(new FinancialYearJsonConverter(), writer, default); break;
            case "FinancialQuarter": Write(new FinancialQuarterJsonConverter(), writer, default); break;
            case "LocalDate": Write(new LocalDateJsonConverter(), writer, default); break;
            case "Finding": Write(new FindingJsonConverter(), writer, null); break;
            case "FundPosition": Write(new FundPositionJsonConverter(), writer, null); break;
            case "FundScheme": Write(new FundSchemeJsonConverter(), writer, null); break;
            case "NeedFormula": Write(new NeedFormulaJsonConverter(), writer, null); break;
            case "NeedRecipient": Write(new NeedRecipientJsonConverter(), writer, null); break;
            case "QuarterResult": Write(new QuarterResultJsonConverter(), writer, null); break;
            case "Query": Write(new QueryJsonConverter(), writer, null); break;
            case "RecipientAccount": Write(new RecipientAccountJsonConverter(), writer, null); break;
            default: Write(new ReviewResultJsonConverter(), writer, null); break;
        }
    }

    private static void Write<T>(JsonConverter<T> converter, Utf8JsonWriter? writer, T? value) =>
        converter.Write(writer!, value!, PartnershipsJson.Options);

    private static void Call(string overload, string nulled)
    {
        T Or<T>(string name, T value) where T : class => name == nulled ? null! : value;
        switch (overload)
        {
            case "report": PartnershipsJson.ToAuditJson((AssessmentReport)null!); break;
            case "report+terms": PartnershipsJson.ToAuditJson(Or("report", Round2011.Report), Or("terms", Round2011.Terms)); break;
            case "allocation": PartnershipsJson.ToAuditJson((AllocationResult)null!); break;
            case "allocation+plans":
                PartnershipsJson.ToAuditJson(Or("allocation", Allocator.Allocate(Round2011.Terms, Round2011.Plans, AllocationPolicy.Default)), Or<IEnumerable<SpendPlan>>("plans", Round2011.Plans));
                break;
            case "result": PartnershipsJson.ToAuditJson((QuarterResult)null!); break;
            case "result+inputs":
                var before = SmallFund.Opened();
                var q1 = SmallFund.Year.Quarter(1);
                SpendReturn[] returns = [new("A", q1, Money.Pounds(1_000m), Money.Pounds(10_000m))];
                PartnershipsJson.ToAuditJson(Or("result", QuarterlyMonitor.Record(before, q1, returns)), Or("before", before), Or<IEnumerable<SpendReturn>>("returns", returns));
                break;
            case "review": PartnershipsJson.ToAuditJson((ReviewResult)null!); break;
            case "review+inputs":
                var held = SmallFund.AfterQ2(forecastOfA: 5_000m);
                PartnershipsJson.ToAuditJson(Or("review", UnderspendReview.Hold(held, SmallFund.Terms, SmallFund.September)), Or("before", held), Or("terms", SmallFund.Terms));
                break;
            case "record": PartnershipsJson.ToAuditJson((YearEndRecord)null!); break;
            case "record+inputs":
                var q4 = YearEndTests.Year2011().Q4;
                var payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);
                PartnershipsJson.ToAuditJson(Or("record", YearEnd.Close(q4, Round2011.Terms, payday)), Or("position", q4.Position), Or("terms", Round2011.Terms), Or<IEnumerable<Payment>>("lastQuarterPayments", q4.Payments));
                break;
            case "scheme": PartnershipsJson.ToAuditJson((FundScheme)null!); break;
            case "terms": PartnershipsJson.ToAuditJson((FundTerms)null!); break;
            case "plan": PartnershipsJson.ToAuditJson((SpendPlan)null!); break;
            case "plans": PartnershipsJson.ToAuditJson((IEnumerable<SpendPlan>)null!); break;
            case "position": PartnershipsJson.ToAuditJson((FundPosition)null!); break;
            default: PartnershipsJson.ToAuditJson((NextYear)null!); break;
        }
    }
}
