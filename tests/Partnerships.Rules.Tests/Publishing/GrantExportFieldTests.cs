using System.Text.Json;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Publishing;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Tests.Scenarios;

namespace Partnerships.Rules.Tests.Publishing;

/// <summary>The grant's fields that depend on the plan, the options and the payments, one variation at a time on Camden.</summary>
public sealed class GrantExportFieldTests
{
    private const string Camden = "BCU-CAMDEN";

    // "MPA Partnership Fund" (20) + " 2011/12" (8) + ": " (2): the title before the recipient's name.
    private const string TitlePrefix = "MPA Partnership Fund 2011/12: ";

    private static readonly GrantExportOptions Options = new()
    {
        GrantIdPrefix = "360G-mpa",
        Funder = new GivingOrganization("GB-GOR-PC000123", "Metropolitan Police Authority"),
        AwardDate = new LocalDate(2011, 6, 13),
        ProgrammeTitle = "MPA Partnership Fund",
    };

    private static AllocationResult Allocation() => Allocator.Allocate(Round2011.Terms, Round2011.Report, AllocationPolicy.Default);

    private static SpendPlan CamdenPlan() => Round2011.Plans.Single(p => p.Recipient.Id == Camden);

    // Camden's grant when its plan is replaced (or left out when null).
    private static JsonElement CamdenGrant(SpendPlan? camden, GrantExportOptions? options = null, IEnumerable<Payment>? payments = null)
    {
        var plans = Round2011.Plans.Where(p => p.Recipient.Id != Camden).ToList();
        if (camden is not null)
        {
            plans.Add(camden);
        }

        var json = GrantExport.ToJson(Allocation(), plans, options ?? Options, payments);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "360G-mpa-2011-12-" + Camden).Clone();
    }

    [Fact]
    public void ToJson_NullArguments_ThrowNamingTheArgument()
    {
        var allocation = Allocation();

        Assert.Equal("allocation", Assert.Throws<ArgumentNullException>(() => GrantExport.ToJson((AllocationResult)null!, Round2011.Plans, Options)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => GrantExport.ToJson(allocation, null!, Options)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => GrantExport.ToJson(allocation, Round2011.Plans, null!)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => GrantExport.ToJson(allocation, [.. Round2011.Plans, null!], Options)).ParamName);
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => GrantExport.ToJson((ScenarioResult)null!, Options)).ParamName);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ToJson_RunMissingItsAllocationOrAssessment_ThrowsNamingTheRun(bool allocationMissing)
    {
        var run = ScenarioFiles.Run(ScenarioFiles.Folder, "2011-12.scenario.json");
        var broken = allocationMissing ? run with { Allocation = null } : run with { Assessment = null };

        var error = Assert.Throws<ArgumentException>(() => GrantExport.ToJson(broken, Options));

        Assert.Equal("run", error.ParamName);
    }

    [Theory]
    [InlineData(" ", "Metropolitan Police Authority", "MPA Partnership Fund")]
    [InlineData("GB-GOR-PC000123", "", "MPA Partnership Fund")]
    [InlineData("GB-GOR-PC000123", "Metropolitan Police Authority", " ")]
    public void ToJson_BlankFunderOrTitle_ThrowsNamingTheOptions(string funderId, string funderName, string title)
    {
        var options = Options with { Funder = new GivingOrganization(funderId, funderName), ProgrammeTitle = title };

        var error = Assert.Throws<ArgumentException>(() => GrantExport.ToJson(Allocation(), Round2011.Plans, options));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("The funder's id and name and the programme title must not be blank.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Package_IsIndentedUnescapedAndNamesTheStandardsVersion()
    {
        var json = GrantExport.ToJson(Allocation(), Round2011.Plans, Options with { ProgrammeTitle = "MPA & Partners' Fund" });

        using var document = JsonDocument.Parse(json);
        Assert.Equal("1.4", document.RootElement.GetProperty("version").GetString());
        Assert.StartsWith("{\n  \"version\": \"1.4\",\n  \"grants\": [", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"title\": \"MPA & Partners' Fund 2011/12: Camden BCU\"", json, StringComparison.Ordinal); // & and ' not written as \u0026, \u0027
    }

    [Fact]
    public void ToJson_RecipientWithoutPlan_NamedByItsIdWithNoRequestNorClassifications()
    {
        var grant = CamdenGrant(null);

        Assert.Equal(TitlePrefix + Camden, grant.GetProperty("title").GetString());
        Assert.Equal("MPA Partnership Fund 2011/12.", grant.GetProperty("description").GetString());
        Assert.Equal(Camden, grant.GetProperty("recipientOrganization")[0].GetProperty("name").GetString());
        Assert.False(grant.TryGetProperty("amountAppliedFor", out _));
        Assert.False(grant.TryGetProperty("classifications", out _));
        Assert.Equal("E09000007", grant.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString()); // Camden, from the id
    }

    [Fact]
    public void ToJson_PlanWithNoActivities_NoRequestNorClassificationsAndAShortDescription()
    {
        var grant = CamdenGrant(CamdenPlan() with { Activities = [] });

        Assert.Equal("MPA Partnership Fund 2011/12.", grant.GetProperty("description").GetString());
        Assert.False(grant.TryGetProperty("amountAppliedFor", out _));
        Assert.False(grant.TryGetProperty("classifications", out _));
    }

    [Fact]
    public void ToJson_Description_IsTheProgrammeYearAndTheActivityTitlesInOrder()
    {
        var plan = CamdenPlan();

        var grant = CamdenGrant(plan);

        Assert.True(plan.Activities.Length > 1); // so the separator is exercised
        Assert.Equal("MPA Partnership Fund 2011/12: " + string.Join("; ", plan.Activities.Select(a => a.Title)) + ".", grant.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData(110, false)] // 30 + 110 = 140 characters: kept whole
    [InlineData(111, true)] // 141: cut to 139 and an ellipsis
    [InlineData(200, true)]
    public void ToJson_LongRecipientName_TitleCutTo140Characters(int nameLength, bool cut)
    {
        var name = new string('N', nameLength);

        var grant = CamdenGrant(CamdenPlan() with { Recipient = new Recipient(Camden, name) });

        var full = TitlePrefix + name;
        var expected = cut ? full[..139] + "…" : full;
        Assert.Equal(expected, grant.GetProperty("title").GetString());
        Assert.True(expected.Length <= 140);
    }

    [Theory]
    [InlineData("Islington BCU", "E09000019")] // the name's borough comes before the id's
    [InlineData("North Central Unit", "E09000007")] // no borough in the name: the id's, Camden
    public void ToJson_BoroughInNameOrId_TheNameFirst(string name, string gssCode)
    {
        var grant = CamdenGrant(CamdenPlan() with { Recipient = new Recipient(Camden, name) });

        Assert.Equal(gssCode, grant.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString());
    }

    [Fact]
    public void ToJson_ProgrammeCodeGiven_IsTheProgrammesCode()
    {
        var grant = CamdenGrant(CamdenPlan(), Options with { ProgrammeCode = "MPA-PF" });

        Assert.Equal("MPA-PF", grant.GetProperty("grantProgramme")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void ToJson_PlanClaimingOnePriority_ClassifiedByThatPriorityAlone()
    {
        var plan = CamdenPlan();
        var reoffending = plan with { Activities = [.. plan.Activities.Select(a => a with { ClaimedPriorities = [Round2011.ReoffendingCode] })] };

        var grant = CamdenGrant(reoffending);

        var classification = Assert.Single(grant.GetProperty("classifications").EnumerateArray());
        Assert.Equal("360G-mpa-priorities-2011-12", classification.GetProperty("vocabulary").GetString());
        Assert.Equal(Round2011.ReoffendingCode, classification.GetProperty("code").GetString());
        Assert.Equal(Round2011.Reoffending.Name, classification.GetProperty("title").GetString());
    }

    [Fact]
    public void ToJson_Payments_OneDisbursementEachWithItsIdDateCurrencyAndDescription()
    {
        var year = Round2011.Year;
        Payment[] payments =
        [
            new(Camden, year.Quarter(1), Money.Pounds(10_000m)) { PaymentDate = new LocalDate(2011, 7, 15) },
            new(Camden, year.Quarter(2), Money.Pounds(12_500m)), // no date: the quarter's end
            new(Camden, year.Quarter(3), Money.Pounds(0m)), // nothing paid: no transaction
        ];

        var grant = CamdenGrant(CamdenPlan(), payments: payments);

        Assert.Equal(22_500m, grant.GetProperty("amountDisbursed").GetDecimal());
        var transactions = grant.GetProperty("disbursementTransaction").EnumerateArray().ToList();
        Assert.Equal(2, transactions.Count);
        Assert.Equal(
            ("360G-mpa-2011-12-BCU-CAMDEN-2011-12-Q1", "2011-07-15", "GBP", 10_000m, "Payment in arrears for 2011/12 Q1"),
            Fields(transactions[0]));
        Assert.Equal(
            ("360G-mpa-2011-12-BCU-CAMDEN-2011-12-Q2", "2011-09-30", "GBP", 12_500m, "Payment in arrears for 2011/12 Q2"),
            Fields(transactions[1]));

        static (string?, string?, string?, decimal, string?) Fields(JsonElement t) =>
            (t.GetProperty("id").GetString(), t.GetProperty("transactionDate").GetString(), t.GetProperty("currency").GetString(),
             t.GetProperty("value").GetDecimal(), t.GetProperty("description").GetString());
    }

    [Fact]
    public void LondonBoroughs_Find_NullThrowsAndTheLongestNameWins()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => LondonBoroughs.Find(null!)).ParamName);

        // Barnet (E09000003) is met first in GSS order; Tower Hamlets (E09000030) is the longer name.
        Assert.Equal("E09000030", LondonBoroughs.Find("Barnet and Tower Hamlets")?.GssCode);
    }
}
