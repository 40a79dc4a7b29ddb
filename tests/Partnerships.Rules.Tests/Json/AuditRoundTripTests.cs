using System.Collections.Immutable;
using System.Text.Json;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>Every result of the 2011/12 year written to its audit record and read back equal (docs/design.md, invariant 8).</summary>
public sealed class AuditRoundTripTests
{
    private static readonly FinancialYear Year = Round2011.Year;

    private static readonly FundTerms Terms = Round2011.Scheme.TermsFor(Year);

    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    private static readonly ReviewPoint September = Terms.ReviewPoints.Single(r => r.AfterQuarter == 2);

    [Fact]
    public void FromAuditJson_Scheme_ReadsBackTheSameTermsNameAndCalendar()
    {
        var json = PartnershipsJson.ToAuditJson(Round2011.Scheme);

        var back = PartnershipsJson.FromAuditJson<FundScheme>(json).Payload;

        Assert.Equal(Round2011.Scheme, back);
        Assert.Equal(Round2011.Scheme.Name, back.Name);
        Assert.Equal(Round2011.Scheme.Calendar, back.Calendar);
        Assert.Equal(Round2011.Scheme.Terms, back.Terms);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back));
    }

    [Fact]
    public void FromAuditJson_TermsAndPlans_AreEqual()
    {
        AssertRoundTrip(Terms, PartnershipsJson.ToAuditJson);
        AssertRoundTrip(Round2011.Plan("Westminster"), PartnershipsJson.ToAuditJson);

        var plans = PartnershipsJson.FromAuditJson<ImmutableArray<SpendPlan>>(PartnershipsJson.ToAuditJson(Round2011.Plans)).Payload;
        Assert.Equal<SpendPlan>(Round2011.Plans, plans);
    }

    [Fact]
    public void FromAuditJson_AssessmentReport_KeepsItsPlans()
    {
        var report = RoundAssessor.Assess(Terms, Round2011.Plans);

        var json = PartnershipsJson.ToAuditJson(report, Terms);
        var back = PartnershipsJson.FromAuditJson<AssessmentReport>(json).Payload;

        Assert.Equal(Round2011.Plans.OrderBy(p => p.Recipient.Id, StringComparer.Ordinal), back.Plans.Select(p => p.Plan));
        Assert.Equal(report, back);
        Assert.Equal(json, PartnershipsJson.ToAuditJson(back, Terms));
    }

    [Fact]
    public void FromAuditJson_EveryResultOfTheYear_IsEqual()
    {
        var year = Run(restore: false);

        AssertRoundTrip(year.Allocation, a => PartnershipsJson.ToAuditJson(a, Round2011.Plans));
        AssertRoundTrip(year.Opened, PartnershipsJson.ToAuditJson);
        AssertRoundTrip(year.Q2, PartnershipsJson.ToAuditJson);
        AssertRoundTrip(year.Review, PartnershipsJson.ToAuditJson);
        AssertRoundTrip(year.Q4, PartnershipsJson.ToAuditJson);
        AssertRoundTrip(year.Q4.Position, PartnershipsJson.ToAuditJson);
    }

    [Fact]
    public void Record_OnARestoredPosition_GivesTheSameResultAsOnTheOriginal()
    {
        var year = Run(restore: false);
        var restored = PartnershipsJson.FromAuditJson<FundPosition>(PartnershipsJson.ToAuditJson(year.Q2.Position)).Payload;

        Assert.Equal(year.Q2.Position, restored);
        Assert.Equal(
            UnderspendReview.Hold(year.Q2.Position, Terms, September),
            UnderspendReview.Hold(restored, Terms, September));
        var q3 = Year.Quarter(3);
        Assert.Equal(
            QuarterlyMonitor.Record(year.Review.Position, q3, Round2011.Returns(year.Review.Position, 3)),
            QuarterlyMonitor.Record(Restore(year.Review.Position), q3, Round2011.Returns(year.Review.Position, 3)));
    }

    [Fact]
    public void Year2011_WithThePositionSavedAndRestoredBeforeEveryStep_EndsWithByteIdenticalRecords()
    {
        var straight = Run(restore: false);
        var restored = Run(restore: true);

        Assert.Equal<string>(straight.Records, restored.Records);
        Assert.Equal(7, straight.Records.Length);
        Assert.All(straight.Records, r => Assert.Matches("\"inputsSha256\":\"[0-9A-F]{64}\"", r));
    }

    [Fact]
    public void ToAuditJson_Envelope_CarriesVersionsAndAHashOfTheInputs()
    {
        var report = RoundAssessor.Assess(Terms, Round2011.Plans);

        using var document = JsonDocument.Parse(PartnershipsJson.ToAuditJson(report, Terms));
        var root = document.RootElement;

        Assert.Equal(
            ["schemaVersion", "kind", "library", "libraryVersion", "inputsSha256", "recordedAt", "payload"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(AuditRecord.AssessmentKind, root.GetProperty("kind").GetString());
        Assert.Equal(AuditRecord.LibraryVersion, root.GetProperty("libraryVersion").GetString());
        Assert.StartsWith("0.1.0", AuditRecord.LibraryVersion, StringComparison.Ordinal);
        var hash = root.GetProperty("inputsSha256").GetString();
        Assert.Equal(Hash(PartnershipsJson.ToAuditJson(RoundAssessor.Assess(Terms, Round2011.Plans.Reverse()), Terms)), hash);
        Assert.NotEqual(Hash(PartnershipsJson.ToAuditJson(report, Terms with { HoldBackQueriedAmounts = true })), hash);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(PartnershipsJson.ToAuditJson(report)).RootElement.GetProperty("inputsSha256").ValueKind);

        static string? Hash(string json) => JsonDocument.Parse(json).RootElement.GetProperty("inputsSha256").GetString();
    }

    [Fact]
    public void ToAuditJson_TermsOrPosition_HashesThePayloadItself()
    {
        var json = PartnershipsJson.ToAuditJson(Terms);
        var payload = JsonDocument.Parse(json).RootElement.GetProperty("payload").GetRawText();

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload)));

        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetProperty("inputsSha256").GetString());
    }

    [Fact]
    public void Hold_APositionUnderAnotherSchemesTermsOfTheSameFundAndYear_ThrowsNamingBoth()
    {
        var position = Run(restore: false).Q2.Position;
        var other = FundScheme.Create("Another Fund").WithTerms(Round2011.Terms).TermsFor(Year);

        var e = Assert.Throws<ArgumentException>(() => UnderspendReview.Hold(position, other, September));

        Assert.Equal("terms", e.ParamName);
        Assert.Contains("'Another Fund'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'MPA Partnership Fund'", e.Message, StringComparison.Ordinal);
        Assert.Equal(Round2011.SchemeName, position.SchemeName);
    }

    [Fact]
    public void FromAuditJson_AnotherKind_ThrowsNamingBoth()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundPosition>(PartnershipsJson.ToAuditJson(Terms)));

        Assert.Equal("$.kind", e.Path);
        Assert.Contains("\"terms\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"position\"", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs the year straight through, afresh each time: a cached run would be covered, for Stryker, only by the first test to ask.</summary>
    internal static YearRun StraightYear() => Run(restore: false);

    private static void AssertRoundTrip<T>(T value, Func<T, NodaTime.Instant?, string> write)
    {
        var json = write(value, null);
        var back = PartnershipsJson.FromAuditJson<T>(json).Payload;
        Assert.Equal(value, back);
        Assert.Equal(json, write(back, null));
        Assert.Equal(PartnershipsJson.Serialize(value), PartnershipsJson.Serialize(PartnershipsJson.Deserialize<T>(PartnershipsJson.Serialize(value))));
    }

    private static void AssertRoundTrip<T>(T value, Func<T, string> write) => AssertRoundTrip(value, (v, _) => write(v));

    private static FundPosition Restore(FundPosition position) =>
        PartnershipsJson.FromAuditJson<FundPosition>(PartnershipsJson.ToAuditJson(position)).Payload;

    /// <summary>The flow of the example program, the position optionally written and read back before every step.</summary>
    private static YearRun Run(bool restore)
    {
        FundPosition Carry(FundPosition p) => restore ? Restore(p) : p;

        var report = RoundAssessor.Assess(Terms, Round2011.Plans);
        var allocation = Allocator.Allocate(Terms, report, AllocationPolicy.Default);
        var opened = FundPosition.Open(allocation, Round2011.Plans);
        var records = ImmutableArray.CreateBuilder<string>();
        records.Add(PartnershipsJson.ToAuditJson(report, Terms));
        records.Add(PartnershipsJson.ToAuditJson(allocation, Round2011.Plans));
        QuarterResult Quarter(FundPosition before, int number)
        {
            before = Carry(before);
            var returns = Round2011.Returns(before, number).ToArray();
            var result = QuarterlyMonitor.Record(before, Year.Quarter(number), returns, paymentDate: Payday.PaymentDate);
            records.Add(PartnershipsJson.ToAuditJson(result, before, returns));
            return result;
        }

        var q1 = Quarter(opened, 1);
        var q2 = Quarter(q1.Position, 2);
        var beforeReview = Carry(q2.Position);
        var review = UnderspendReview.Hold(beforeReview, Terms, September);
        records.Add(PartnershipsJson.ToAuditJson(review, beforeReview, Terms));
        var q3 = Quarter(review.Position, 3);
        var q4 = Quarter(q3.Position, 4);
        return new YearRun(allocation, opened, q2, review, q4, records.ToImmutable());
    }

    internal sealed record YearRun(AllocationResult Allocation, FundPosition Opened, QuarterResult Q2, ReviewResult Review, QuarterResult Q4, ImmutableArray<string> Records);
}
