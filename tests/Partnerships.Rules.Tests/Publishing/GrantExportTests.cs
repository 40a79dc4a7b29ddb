using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Publishing;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Tests.Scenarios;

namespace Partnerships.Rules.Tests.Publishing;

public sealed class GrantExportTests
{
    private static readonly ScenarioResult Year2011 = ScenarioFiles.Run(ScenarioFiles.Folder, "2011-12.scenario.json");

    private static readonly GrantExportOptions Options = new()
    {
        GrantIdPrefix = "360G-mpa",
        Funder = new GivingOrganization("GB-GOR-PC000123", "Metropolitan Police Authority"),
        AwardDate = new LocalDate(2011, 6, 13),
        ProgrammeTitle = "MPA Partnership Fund",
        DateModified = Instant.FromUtc(2012, 4, 30, 12, 0),
    };

    [Fact]
    public void ToJson_MonitoredYear_MeetsTheStandardsRules()
    {
        var json = GrantExport.ToJson(Year2011, Options);

        Assert.Empty(ThreeSixtyGivingRules.Check(json));
    }

    [Fact]
    public void ToJson_MonitoredYear_OneGrantPerUnitWithItsFinalAllocationAndPayments()
    {
        using var document = JsonDocument.Parse(GrantExport.ToJson(Year2011, Options));
        var grants = document.RootElement.GetProperty("grants").EnumerateArray().ToList();

        Assert.Equal(32, grants.Count);
        Assert.Equal(1_590_500m, grants.Sum(g => g.GetProperty("amountAwarded").GetDecimal())); // £1.6m less the £9,500 left unallocated
        Assert.Equal(1_581_500m, grants.Sum(g => g.GetProperty("amountDisbursed").GetDecimal()));
        Assert.All(grants, g => Assert.Equal(
            g.GetProperty("amountDisbursed").GetDecimal(),
            g.GetProperty("disbursementTransaction").EnumerateArray().Sum(t => t.GetProperty("value").GetDecimal())));

        var camden = grants.Single(g => g.GetProperty("id").GetString() == "360G-mpa-2011-12-BCU-CAMDEN");
        Assert.Equal(42_500m, camden.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal(50_000m, camden.GetProperty("amountAppliedFor").GetDecimal());
        Assert.Equal("E09000007", camden.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString());
        Assert.Equal(["VAWG", "VIOLENCE", "REOFFENDING"], camden.GetProperty("classifications").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("2011-04-01", camden.GetProperty("plannedDates")[0].GetProperty("startDate").GetString());
        Assert.Equal("2012-03-31", camden.GetProperty("plannedDates")[0].GetProperty("endDate").GetString());
        Assert.Equal("360G-mpa-BCU-CAMDEN", camden.GetProperty("recipientOrganization")[0].GetProperty("id").GetString());
        Assert.Equal("Camden BCU", camden.GetProperty("recipientOrganization")[0].GetProperty("name").GetString());
        Assert.Equal(4, camden.GetProperty("disbursementTransaction").GetArrayLength());
        Assert.Equal("2011-06-13", camden.GetProperty("awardDate").GetString());
        Assert.Equal("GBP", camden.GetProperty("currency").GetString());
        Assert.Equal("MPA Partnership Fund 2011/12: Camden BCU", camden.GetProperty("title").GetString());
        Assert.Equal("12", camden.GetProperty("plannedDates")[0].GetProperty("duration").GetString());
        Assert.Equal("2012-04-30T12:00:00Z", camden.GetProperty("dateModified").GetString());

        var location = camden.GetProperty("beneficiaryLocation")[0];
        Assert.Equal(("Camden", "GB", "LAD"), (location.GetProperty("name").GetString(), location.GetProperty("countryCode").GetString(), location.GetProperty("geoCodeType").GetString()));
        var funder = camden.GetProperty("fundingOrganization")[0];
        Assert.Equal(("GB-GOR-PC000123", "Metropolitan Police Authority"), (funder.GetProperty("id").GetString(), funder.GetProperty("name").GetString()));
        var programme = camden.GetProperty("grantProgramme")[0];
        Assert.Equal(("360G-mpa-2011-12", "MPA Partnership Fund 2011/12"), (programme.GetProperty("code").GetString(), programme.GetProperty("title").GetString()));
        Assert.All(camden.GetProperty("classifications").EnumerateArray(), c => Assert.Equal("360G-mpa-priorities-2011-12", c.GetProperty("vocabulary").GetString()));
    }

    [Fact]
    public void ToJson_EveryBoroughLocated_EachGssCodeOnce()
    {
        using var document = JsonDocument.Parse(GrantExport.ToJson(Year2011, Options));

        var codes = document.RootElement.GetProperty("grants").EnumerateArray().Select(g => g.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString()).ToList();

        Assert.Equal(32, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^E090000(0[2-9]|[12][0-9]|3[0-3])$", c));
    }

    [Fact]
    public void ToJson_AllocationOnly_AwardsTheStartOfYearAllocationsWithNoDisbursements()
    {
        var allocation = Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);

        var json = GrantExport.ToJson(allocation, Round2011.Plans, Options with { DateModified = null, RecipientOrganizationId = id => "GB-MPS-" + id });

        using var document = JsonDocument.Parse(json);
        var grants = document.RootElement.GetProperty("grants").EnumerateArray().ToList();
        Assert.Empty(ThreeSixtyGivingRules.Check(json));
        Assert.All(grants, g => Assert.Equal(50_000m, g.GetProperty("amountAwarded").GetDecimal()));
        Assert.All(grants, g => Assert.False(g.TryGetProperty("disbursementTransaction", out _)));
        Assert.All(grants, g => Assert.StartsWith("GB-MPS-BCU-", g.GetProperty("recipientOrganization")[0].GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenGrant_IsCaughtByTheRules()
    {
        var broken = """{ "version": "1", "grants": [ { "id": "mpa-1", "title": 3, "currency": "pounds", "amountAwarded": "50000", "awardDate": "13/06/2011", "recipientOrganization": [], "fundingOrganization": [ { "id": "X" } ], "colour": "red" } ] }""";

        var errors = ThreeSixtyGivingRules.Check(broken);

        Assert.Equal(
            [
                "$.version: major.minor, such as 1.4",
                "$.grants[0].description: required",
                "$.grants[0].colour: not a field of the standard",
                "$.grants[0].id: a grant identifier starts with the funder's 360G- prefix",
                "$.grants[0].title: a string",
                "$.grants[0].currency: an ISO 4217 code",
                "$.grants[0].amountAwarded: a number",
                "$.grants[0].awardDate: a date, YYYY-MM-DD or a full date-time",
                "$.grants[0].recipientOrganization: at least 1 item(s)",
                "$.grants[0].fundingOrganization[0].name: required",
            ],
            errors);
    }

    [Theory]
    [InlineData("mpa")]
    [InlineData("360G-")]
    [InlineData("")]
    public void ToJson_PrefixNot360G_ThrowsNamingTheOptions(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => GrantExport.ToJson(Year2011, Options with { GrantIdPrefix = prefix }));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void ToJson_ScenarioThatDidNotRun_ThrowsArgumentException()
    {
        var failed = ScenarioRunner.Run("{}");

        var error = Assert.Throws<ArgumentException>(() => GrantExport.ToJson(failed, Options));

        Assert.Equal("run", error.ParamName);
    }

    [Fact]
    public void LondonBoroughs_ThirtyThreeCodesInOrder_FoundByNameOrId()
    {
        Assert.Equal(Enumerable.Range(1, 33).Select(i => $"E09{i:D6}"), LondonBoroughs.All.Select(b => b.GssCode));
        Assert.Equal("E09000020", LondonBoroughs.Find("BCU-KENSINGTON-AND-CHELSEA")?.GssCode);
        Assert.Equal("E09000033", LondonBoroughs.Find("Westminster BCU")?.GssCode);
        Assert.Equal("E09000001", LondonBoroughs.Find("City of London Police")?.GssCode);
        Assert.Null(LondonBoroughs.Find("Atlantis BCU"));
    }

    [Fact]
    public void ToJson_LocationGivenByTheApp_OverridesTheBoroughFound()
    {
        var options = Options with { BeneficiaryLocations = ImmutableDictionary<string, LocalAuthority>.Empty.Add("BCU-CAMDEN", new LocalAuthority("E09000001", "City of London")) };

        using var document = JsonDocument.Parse(GrantExport.ToJson(Year2011, options));

        var camden = document.RootElement.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("id").GetString()!.EndsWith("BCU-CAMDEN", StringComparison.Ordinal));
        Assert.Equal("E09000001", camden.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString());
    }
}
