using System.Collections.Immutable;
using NodaTime;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Example;

/// <summary>
/// The 2011/12 Partnership Fund round rebuilt from the seed report (004): 32 borough command units bidding
/// £50,000 each for a £1.6m fund, three priorities, fourteen boroughs with activities queried on the four themes
/// (£270,000 in all), five boroughs bidding beyond £50,000 with over-programmed activity.
/// </summary>
/// <remarks>
/// The report gives totals, not plans, so the plans are built to reproduce its figures exactly:
/// spend by priority VAWG £470,000, violence £570,000, reoffending £560,000 (footnote 1); queries £270,000 across
/// 14 boroughs (¶2); over-programmed bids from Ealing, Islington, Kensington &amp; Chelsea, Lewisham and Westminster
/// (¶4, footnote 2); the volunteer police cadet scheme in every bid, one of them (Haringey) at 2.5× the others'
/// unit cost (¶1 flags cadets for a closer look); two boroughs without an equality statement ("a small number").
/// Every plan is on time. Shared by the example and the tests (which compile this file too).
/// </remarks>
public static class Round2011
{
    public const string VawgCode = "VAWG";
    public const string ViolenceCode = "VIOLENCE";
    public const string ReoffendingCode = "REOFFENDING";

    public const string AntiSocialBehaviour = "anti-social behaviour";
    public const string Burglary = "burglary / neighbourhood watch";
    public const string Communications = "communications";
    public const string CommunityGrants = "community grants";

    public const string DomesticViolenceAdvocacy = "domestic violence advocacy";
    public const string SexualViolenceServices = "sexual violence services";
    public const string Cadets = "volunteer police cadets";
    public const string SchoolsAntiViolence = "schools anti-violence";
    public const string YouthDiversion = "youth diversion";
    public const string WeaponsAwareness = "weapons awareness";
    public const string OffenderManagement = "offender management";
    public const string FamilyIntervention = "family intervention";

    /// <summary>The 32 London boroughs with a borough command unit, alphabetical.</summary>
    public static ImmutableArray<string> Boroughs { get; } =
    [
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing",
        "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon",
        "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
        "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
    ];

    public static FinancialYear Year { get; } = FinancialYearCalendar.UkGovernment.Year(2011);

    public static Priority Vawg { get; } = new(VawgCode, "Violence against women and girls")
    {
        DirectThemes = [DomesticViolenceAdvocacy, SexualViolenceServices],
        ArguableThemes = [Communications, CommunityGrants],
    };

    public static Priority Violence { get; } = new(ViolenceCode, "Reducing violence")
    {
        DirectThemes = [Cadets, SchoolsAntiViolence, YouthDiversion, WeaponsAwareness, FamilyIntervention],
        ArguableThemes = [AntiSocialBehaviour, Communications, CommunityGrants],
    };

    public static Priority Reoffending { get; } = new(ReoffendingCode, "Reducing reoffending")
    {
        DirectThemes = [OffenderManagement, FamilyIntervention],
        ArguableThemes = [Burglary, Communications, CommunityGrants],
    };

    /// <summary>Plans were due by 17:00 London time on 31 March 2011 (BST had begun on 27 March): 16:00 UTC.</summary>
    public static LocalDateTime Deadline { get; } = new(2011, 3, 31, 17, 0);

    public const string SchemeName = "MPA Partnership Fund";

    public static FundTerms Terms { get; } = new()
    {
        SchemeName = SchemeName,
        Year = Year,
        Fund = Money.Pounds(1_600_000m),
        StandardAllocation = Money.Pounds(50_000m),
        Priorities = [Vawg, Violence, Reoffending],
        OverProgrammingInvited = true,
        ReviewPoints = [new ReviewPoint(1, "June review"), new ReviewPoint(2, "September review"), new ReviewPoint(3, "December review")],
        SubmissionDeadline = Deadline,

        // The report sets no figure; £1,000 or 5% of the allocation, whichever is more, stands in.
        UnderspendTolerance = new UnderspendTolerance(Money.Pounds(1_000m), 0.05m),
    };

    public static FundScheme Scheme { get; } = FundScheme.Create(SchemeName).WithTerms(Terms);

    public static string RecipientId(string borough) => "BCU-" + borough.ToUpperInvariant().Replace(' ', '-');

    /// <summary>The ten boroughs whose £20,000 queried activity claims violence and reoffending, and its theme.</summary>
    public static ImmutableDictionary<string, string> QueriedTwentyThousand { get; } = new Dictionary<string, string>
    {
        ["Barking and Dagenham"] = AntiSocialBehaviour,
        ["Bromley"] = Burglary,
        ["Croydon"] = CommunityGrants,
        ["Enfield"] = AntiSocialBehaviour,
        ["Hackney"] = Burglary,
        ["Havering"] = CommunityGrants,
        ["Hounslow"] = AntiSocialBehaviour,
        ["Lambeth"] = Burglary,
        ["Redbridge"] = CommunityGrants,
        ["Southwark"] = AntiSocialBehaviour,
    }.ToImmutableDictionary();

    /// <summary>The four boroughs whose £17,500 communications line claims reoffending.</summary>
    public static ImmutableArray<string> QueriedCommunications { get; } = ["Brent", "Greenwich", "Newham", "Waltham Forest"];

    public static ImmutableArray<string> QueriedBoroughs { get; } = [.. QueriedTwentyThousand.Keys.Concat(QueriedCommunications).Order(StringComparer.Ordinal)];

    public static Money AmountUnderQuery { get; } = Money.Pounds(270_000m);

    /// <summary>Footnote 2 of the report; each bids one over-programmed activity.</summary>
    public static ImmutableDictionary<string, Money> OverProgrammed { get; } = new Dictionary<string, Money>
    {
        ["Ealing"] = Money.Pounds(12_000m),
        ["Islington"] = Money.Pounds(15_000m),
        ["Kensington and Chelsea"] = Money.Pounds(20_000m),
        ["Lewisham"] = Money.Pounds(8_000m),
        ["Westminster"] = Money.Pounds(20_000m),
    }.ToImmutableDictionary();

    public static ImmutableArray<string> BlankEqualityStatement { get; } = ["Bexley", "Sutton"];

    public const string CadetOutlier = "Haringey";

    public static Money SpendOnVawg { get; } = Money.Pounds(470_000m);

    public static Money SpendOnViolence { get; } = Money.Pounds(570_000m);

    public static Money SpendOnReoffending { get; } = Money.Pounds(560_000m);

    public static ImmutableArray<SpendPlan> Plans { get; } = [.. Boroughs.Select(Plan)];

    /// <summary>The round assessed once: every plan eligible, 14 with queries on £270,000, 2 with equality queries.</summary>
    public static AssessmentReport Report { get; } = RoundAssessor.Assess(Terms, Plans);

    /// <summary>Builds one borough's plan. Even positions bid VAWG £15,000 and violence £17,500; odd ones £14,375 and £18,125; all reoffending £17,500.</summary>
    public static SpendPlan Plan(string borough)
    {
        var even = Boroughs.IndexOf(borough) % 2 == 0;
        var activities = ImmutableArray.CreateBuilder<Activity>();
        activities.Add(Line("vawg-advocacy", "Independent domestic violence advocacy", even ? 15_000m : 14_375m, DomesticViolenceAdvocacy, [VawgCode], null));
        activities.Add(Line("cadets", "Volunteer police cadet unit", 7_500m, Cadets, [ViolenceCode], new OutputMeasure(borough == CadetOutlier ? 10 : 25, "cadets")));

        if (QueriedTwentyThousand.TryGetValue(borough, out var theme))
        {
            activities.Add(Line("queried", "Local " + theme + " initiative", 20_000m, theme, [ViolenceCode, ReoffendingCode], null));
            activities.Add(Line("offenders", "Integrated offender management", 7_500m, OffenderManagement, [ReoffendingCode], new OutputMeasure(15, "offenders")));
        }
        else
        {
            activities.Add(Line("schools", "Schools anti-violence workshops", even ? 10_000m : 10_625m, SchoolsAntiViolence, [ViolenceCode], new OutputMeasure(500, "pupils")));
            activities.Add(QueriedCommunications.Contains(borough)
                ? Line("queried", "Partnership communications", 17_500m, Communications, [ReoffendingCode], null)
                : Line("offenders", "Integrated offender management", 17_500m, OffenderManagement, [ReoffendingCode], new OutputMeasure(35, "offenders")));
        }

        if (OverProgrammed.TryGetValue(borough, out var extra))
        {
            activities.Add(borough switch
            {
                "Ealing" => Line("over-programmed", "Youth diversion programme", extra.Amount, YouthDiversion, [ViolenceCode], new OutputMeasure(40, "young people")),
                "Islington" => Line("over-programmed", "Offender management extension", extra.Amount, OffenderManagement, [ReoffendingCode], new OutputMeasure(30, "offenders")),
                "Lewisham" => Line("over-programmed", "Weapons awareness campaign", extra.Amount, WeaponsAwareness, [ViolenceCode], null),
                _ => Line("over-programmed", "Jointly commissioned sexual violence advocacy", extra.Amount, SexualViolenceServices, [VawgCode], new OutputMeasure(80, "victims")),
            } with { IsOverProgrammed = true, Rank = 2 });
        }

        return new SpendPlan
        {
            Recipient = new Recipient(RecipientId(borough), borough + " BCU"),
            Year = Year,
            Activities = activities.ToImmutable(),
            EqualityImpactStatement = BlankEqualityStatement.Contains(borough) ? "  " : "Focused on women and girls and on young people, who are disproportionately victims.",
            SubmittedAt = Instant.FromUtc(2011, 3, 28, 9, 0) + Duration.FromMinutes(Boroughs.IndexOf(borough) * 37),
        };
    }

    private static Activity Line(string id, string title, decimal pounds, string type, ImmutableArray<string> priorities, OutputMeasure? output) => new()
    {
        Id = id,
        Title = title,
        Cost = Money.Pounds(pounds),
        ActivityType = type,
        ClaimedPriorities = priorities,
        Output = output,
    };

    /// <summary>The units that forecast under-spend at quarter 2, and their forecasts; every other unit forecasts its allocation.</summary>
    public static ImmutableDictionary<string, Money> Quarter2Forecasts { get; } = new Dictionary<string, Money>
    {
        [RecipientId("Camden")] = Money.Pounds(40_000m),
        [RecipientId("Sutton")] = Money.Pounds(35_000m),
        [RecipientId("Harrow")] = Money.Pounds(46_000m),
        [RecipientId("Bexley")] = Money.Pounds(48_500m),
    }.ToImmutableDictionary();

    /// <summary>
    /// Spend returns for a quarter: £10,000 spent by every unit in quarter 1 and £12,000 in quarter 2, with the forecasts
    /// of <see cref="Quarter2Forecasts"/>; in quarters 3 and 4 each unit spends the rest of its forecast in two halves.
    /// </summary>
    public static IEnumerable<SpendReturn> Returns(FundPosition position, int quarter)
    {
        var q = Year.Quarter(quarter);
        foreach (var account in position.Accounts)
        {
            var forecast = quarter == 2 && Quarter2Forecasts.TryGetValue(account.RecipientId, out var low) ? low : account.ForecastOutturn ?? account.Allocation;
            var spent = quarter switch
            {
                1 => Money.Pounds(10_000m),
                2 => Money.Pounds(12_000m),
                _ => (forecast - Money.Pounds(22_000m)).Split(2)[quarter - 3],
            };
            yield return new SpendReturn(account.RecipientId, q, spent, forecast);
        }
    }
}
