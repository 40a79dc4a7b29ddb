using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Json;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Json;

public sealed class PartnershipsJsonTests
{
    [Fact]
    public void Serialize_Money_IsAmountStringAndCode()
    {
        Assert.Equal("""{"amount":"1600000.00","currency":"GBP"}""", PartnershipsJson.Serialize(Money.Pounds(1_600_000m)));
        Assert.Equal("""{"amount":"-0.05","currency":"GBP"}""", PartnershipsJson.Serialize(Money.FromMinorUnits(-5, Currency.Gbp)));
    }

    [Theory]
    [InlineData(long.MaxValue, "GBP", 2)]
    [InlineData(long.MinValue, "GBP", 2)]
    [InlineData(0, "GBP", 2)]
    [InlineData(-123, "JPY", 0)]
    [InlineData(123456789, "KWD", 3)]
    public void Money_AnyAmount_RoundTripsExactly(long minorUnits, string code, int digits)
    {
        var money = Money.FromMinorUnits(minorUnits, code == "GBP" ? Currency.Gbp : Currency.Create(code, digits));

        var back = PartnershipsJson.Deserialize<Money>(PartnershipsJson.Serialize(money));

        Assert.Equal(money, back);
        Assert.Equal(money.Currency.MinorUnitDigits, back.Currency.MinorUnitDigits);
    }

    [Theory]
    [InlineData("""{"amount":1.5,"currency":"GBP"}""")]
    [InlineData("""{"amount":"1,000.00","currency":"GBP"}""")]
    [InlineData("""{"amount":"1e3","currency":"GBP"}""")]
    [InlineData("""{"amount":"1.00","currency":"gbp"}""")]
    [InlineData("""{"amount":"1.00"}""")]
    [InlineData("""{"currency":"GBP"}""")]
    [InlineData("""{"amount":".50","currency":"GBP"}""")]
    [InlineData("""{"amount":"5.","currency":"JPY"}""")]
    [InlineData("""{"amount":"-","currency":"JPY"}""")]
    [InlineData("""{"amount":"99999999999999999999.00","currency":"GBP"}""")]
    public void Deserialize_BadMoney_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Money>(json));
    }

    [Theory]
    [InlineData("""{"amount":"1.00"}""")]
    [InlineData("""{"currency":"GBP"}""")]
    public void Deserialize_MoneyWithoutAField_SaysBothAreNeeded(string json)
    {
        var error = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Money>(json));

        Assert.Contains("needs both \"amount\" and \"currency\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Pounds_ComeBackWithThePoundSign()
    {
        var money = PartnershipsJson.Deserialize<Money>("""{"amount":"12.50","currency":"GBP"}""");

        Assert.Equal("£", money.Currency.Symbol);
        Assert.Equal("£12.50", money.ToString());
    }

    [Fact]
    public void Serialize_Currency_RoundTripsWithSymbol()
    {
        var euro = Currency.Create("EUR", 2, "€");

        var json = PartnershipsJson.Serialize(euro);

        Assert.Equal("""{"code":"EUR","minorUnitDigits":2,"symbol":"\u20AC"}""", json);
        Assert.Equal("€", PartnershipsJson.Deserialize<Currency>(json).Symbol);
    }

    [Fact]
    public void Serialize_FinancialYear_IsLabelAndStart()
    {
        Assert.Equal("""{"label":"2011/12","start":"2011-04-01"}""", PartnershipsJson.Serialize(Round2011.Year));
    }

    [Fact]
    public void FinancialYear_OtherCalendars_RoundTrip()
    {
        foreach (var year in new[] { FinancialYearCalendar.UkTax.Year(2024), FinancialYearCalendar.CalendarYear.Year(2011), FinancialYearCalendar.UsFederal.Year(1999) })
        {
            Assert.Equal(year, PartnershipsJson.Deserialize<FinancialYear>(PartnershipsJson.Serialize(year)));
        }
    }

    [Fact]
    public void Deserialize_FinancialYearWithMismatchedLabel_Throws()
    {
        Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FinancialYear>("""{"label":"2012/13","start":"2011-04-01"}"""));
    }

    [Fact]
    public void FinancialQuarter_RoundTrips()
    {
        var quarter = Round2011.Year.Quarter(2);

        var json = PartnershipsJson.Serialize(quarter);

        Assert.Equal("""{"label":"2011/12 Q2","year":{"label":"2011/12","start":"2011-04-01"},"number":2}""", json);
        Assert.Equal(quarter, PartnershipsJson.Deserialize<FinancialQuarter>(json));
    }

    [Fact]
    public void NodaTimeValues_AreIsoStringsAndRoundTrip()
    {
        Assert.Equal("\"2011-04-01\"", PartnershipsJson.Serialize(new LocalDate(2011, 4, 1)));
        Assert.Equal("\"2011-03-31T17:00:00\"", PartnershipsJson.Serialize(Round2011.Deadline));
        Assert.Equal("\"2011-03-31T16:00:00.5Z\"", PartnershipsJson.Serialize(Instant.FromUtc(2011, 3, 31, 16, 0) + Duration.FromMilliseconds(500)));
        var instant = Instant.FromUnixTimeTicks(1_301_587_200_123_456_7);
        Assert.Equal(instant, PartnershipsJson.Deserialize<Instant>(PartnershipsJson.Serialize(instant)));
        Assert.Equal(Round2011.Deadline, PartnershipsJson.Deserialize<LocalDateTime>(PartnershipsJson.Serialize(Round2011.Deadline)));
        Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<LocalDate>("\"01/04/2011\""));
    }

    [Fact]
    public void SpendPlan_EveryField_RoundTrips()
    {
        var plan = Round2011.Plan("Westminster");
        plan = plan with { Activities = plan.Activities.SetItem(4, plan.Activities[4] with { MinimumViableAmount = Money.Pounds(5_000m) }) };

        var json = PartnershipsJson.Serialize(plan);
        var back = PartnershipsJson.Deserialize<SpendPlan>(json)!;

        Assert.Equal(json, PartnershipsJson.Serialize(back));
        Assert.Equal(plan.Recipient, back.Recipient);
        Assert.Equal(plan.Year, back.Year);
        Assert.Equal(plan.SubmittedAt, back.SubmittedAt);
        Assert.Equal(plan.EqualityImpactStatement, back.EqualityImpactStatement);
        Assert.Equal(plan.Activities.Length, back.Activities.Length);
        for (var i = 0; i < plan.Activities.Length; i++)
        {
            var (a, b) = (plan.Activities[i], back.Activities[i]);
            Assert.Equal(a with { ClaimedPriorities = [] }, b with { ClaimedPriorities = [] });
            Assert.Equal(a.ClaimedPriorities.ToArray(), b.ClaimedPriorities.ToArray());
        }

        Assert.Contains("\"cost\":{\"amount\":\"7500.00\",\"currency\":\"GBP\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"total\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FundTerms_RoundTrip()
    {
        var json = PartnershipsJson.Serialize(Round2011.Terms);
        var back = PartnershipsJson.Deserialize<FundTerms>(json)!;

        Assert.Equal(json, PartnershipsJson.Serialize(back));
        Assert.Equal(Round2011.Terms.Fund, back.Fund);
        Assert.Equal(Round2011.Terms.SubmissionDeadline, back.SubmissionDeadline);
        Assert.Equal(Round2011.Terms.OnCosts, back.OnCosts);
        Assert.Equal(Round2011.Terms.Priorities.Select(p => p.Code), back.Priorities.Select(p => p.Code));
        Assert.Equal(Round2011.Terms.Priorities[1].ArguableThemes.ToArray(), back.Priorities[1].ArguableThemes.ToArray());
    }

    [Fact]
    public void Finding_RoundTripsWithMessageForReaders()
    {
        var finding = Finding.Of("ELIG001", FindingSeverity.Failure, "No activity fits {priorities}.", ("priorities", "VAWG, VIOLENCE"))
            with { RecipientId = "BCU-X", ActivityId = null, Amount = Money.Pounds(3m) };

        var json = PartnershipsJson.Serialize(finding);

        Assert.Contains("\"message\":\"No activity fits VAWG, VIOLENCE.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\":\"Failure\"", json, StringComparison.Ordinal);
        Assert.Equal(finding, PartnershipsJson.Deserialize<Finding>(json));
    }

    [Theory]
    [InlineData("""{"severity":"Failure","messageTemplate":"x"}""")]
    [InlineData("""{"code":"ELIG001","messageTemplate":"x"}""")]
    [InlineData("""{"code":"ELIG001","severity":"Failure"}""")]
    public void Deserialize_FindingWithoutARequiredField_NamesThemAll(string json)
    {
        var error = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<Finding>(json));

        Assert.StartsWith("A finding needs \"code\", \"severity\" and \"messageTemplate\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAuditJson_Round2011_IsVersionedEnvelopeThatReadsBack()
    {
        var report = RoundAssessor.Assess(Round2011.Terms, Round2011.Plans);

        var json = PartnershipsJson.ToAuditJson(report, Instant.FromUtc(2011, 6, 13, 9, 0));
        var back = PartnershipsJson.Deserialize<AuditRecord<AssessmentReport>>(json)!;

        Assert.StartsWith($$"""{"schemaVersion":2,"kind":"assessment","library":"Partnerships.Rules","libraryVersion":"{{AuditRecord.LibraryVersion.Replace("+", "\\u002B", StringComparison.Ordinal)}}","inputsSha256":null,"recordedAt":"2011-06-13T09:00:00Z","payload":{""", json, StringComparison.Ordinal);
        Assert.Equal(AuditRecord.CurrentSchemaVersion, back.SchemaVersion);
        Assert.Equal(report.AmountUnderQuery, back.Payload.AmountUnderQuery);
        Assert.Equal(report.SpendByPriority.ToArray(), back.Payload.SpendByPriority.ToArray());
        Assert.Equal(report.Plans.SelectMany(p => p.Findings), back.Payload.Plans.SelectMany(p => p.Findings));
        Assert.Equal(report.Plans.Select(p => p.Decision), back.Payload.Plans.Select(p => p.Decision));
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back.Payload, back.RecordedAt));
        Assert.Contains("\"decision\":\"EligibleWithQueries\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreReadOnlyAndServeTheLibraryTypes()
    {
        Assert.True(PartnershipsJson.Options.IsReadOnly);
        Assert.Equal("""{"amount":"1.00","currency":"GBP"}""", JsonSerializer.Serialize(Money.Pounds(1m), PartnershipsJson.Options));
        Assert.Throws<NotSupportedException>(() => PartnershipsJson.Serialize(new Version(1, 0)));
    }

    [Fact]
    public void TypeInfoResolver_CombinesWithAnAppsOwn()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(PartnershipsJson.TypeInfoResolver, new DefaultJsonTypeInfoResolver()) };

        var value = ImmutableArray.Create(Money.Pounds(2m));

        Assert.Equal("""[{"amount":"2.00","currency":"GBP"}]""", JsonSerializer.Serialize(value, options));
        Assert.Equal(PartnershipsJson.Serialize(Round2011.Terms), JsonSerializer.Serialize(Round2011.Terms, options));
        Assert.Equal("""{"Major":1,"Minor":2}""", JsonSerializer.Serialize(new { Major = 1, Minor = 2 }, options));
    }
}
