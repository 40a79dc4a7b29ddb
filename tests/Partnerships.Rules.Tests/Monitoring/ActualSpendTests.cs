using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

public sealed class ActualSpendTests
{
    private static readonly FinancialYear Year = FinancialYearCalendar.UkGovernment.Year(2011);

    private static readonly FundTerms Terms = new()
    {
        Year = Year,
        Fund = Money.Pounds(1_000m),
        StandardAllocation = Money.Pounds(500m),
        Priorities = [new Priority("P1", "One"), new Priority("P2", "Two"), new Priority("P3", "Three")],
    };

    private static Activity Activity(string id, params string[] priorities) => new()
    {
        Id = id,
        Title = id,
        Cost = Money.Pounds(100m),
        ActivityType = "cadets",
        ClaimedPriorities = [.. priorities],
        Output = new OutputMeasure(10m, "cadets"),
    };

    private static SpendPlan Plan(string recipient, params Activity[] activities) =>
        new() { Recipient = new Recipient(recipient, recipient), Year = Year, Activities = [.. activities] };

    private static RecipientAccount Recorded(string recipient, params SpendReturn[] returns)
    {
        var position = FundPosition.Open(Year, Money.Pounds(1_000m), [KeyValuePair.Create(recipient, Money.Pounds(1_000m))]);
        for (var q = 1; q <= 4; q++)
        {
            position = QuarterlyMonitor.Record(position, Year.Quarter(q), returns.Where(r => r.Quarter.Number == q)).Position;
        }

        return position.GetAccount(recipient);
    }

    [Fact]
    public void ByActivity_SumsTheLinesOverTheQuartersAndKeepsReturnsOfOneFigureApart()
    {
        var account = Recorded(
            "A",
            SpendReturn.ByActivity("A", Year.Quarter(1), [new("x", Money.Pounds(10m)) { Delivered = 3m }, new("y", Money.Pounds(5m))], Money.Pounds(100m)),
            new SpendReturn("A", Year.Quarter(2), Money.Pounds(7m), Money.Pounds(100m)),
            SpendReturn.ByActivity("A", Year.Quarter(3), [new("x", Money.Pounds(-4m)) { Delivered = 2m }], Money.Pounds(100m)));

        var actual = ActualSpend.ByActivity(account);

        Assert.Equal([new ActivitySpend("x", Money.Pounds(6m)) { Delivered = 5m }, new ActivitySpend("y", Money.Pounds(5m))], actual.Activities.AsEnumerable());
        Assert.Equal(Money.Pounds(7m), actual.NotByActivity);
        Assert.Equal(account.Spent, actual.Activities.Aggregate(actual.NotByActivity, (s, a) => s + a.Spent));
    }

    [Fact]
    public void ByPriority_ActivityClaimingThreePriorities_SplitsThePenniesAsTheAssessmentDoes()
    {
        var plan = Plan("A", Activity("x", "P3", "P1", "P2"), Activity("y", "P2"), Activity("z"));
        var account = Recorded("A", SpendReturn.ByActivity("A", Year.Quarter(1), [new("x", Money.FromMinorUnits(100, Currency.Gbp)), new("y", Money.FromMinorUnits(7, Currency.Gbp)), new("z", Money.FromMinorUnits(5, Currency.Gbp)), new("unplanned", Money.FromMinorUnits(3, Currency.Gbp))], Money.Pounds(1m)));

        var actual = ActualSpend.ByPriority(account, plan, Terms);

        Assert.Equal(["P1", "P2", "P3"], actual.Priorities.Select(p => p.PriorityCode));
        Assert.Equal([34L, 33 + 7, 33], actual.Priorities.Select(p => p.Amount.MinorUnits));
        Assert.Equal(Money.FromMinorUnits(8, Currency.Gbp), actual.Unattributed);
    }

    private static readonly Gen<(long Spent, string[] Claims)[]> Lines =
        from count in Gen.Choose(1, 6)
        from lines in Gen.ArrayOf(
            from spent in Gen.Frequency((4, Gen.Choose(-1_000, 100_000).Select(i => (long)i)), (1, Gen.Elements(0L, 1L, 2L, long.MaxValue / 8)))
            from claims in Gen.SubListOf<string>(["P1", "P2", "P3", "p2", "NONE"])
            select (spent, claims.ToArray()),
            count)
        select lines;

    /// <summary>Spend by priority is penny-exact: the parts of each activity are the assessment's split of its actual spend
    /// (<see cref="PriorityFit.Attribute"/>), and all parts with the unattributed spend sum to spend to date.</summary>
    [FsCheck.Xunit.Property]
    public Property ByPriority_AnySpend_IsPennyExactAndSplitAsTheAssessmentSplits() =>
        Prop.ForAll(Lines.ToArbitrary(), lines =>
        {
            var activities = lines.Select((l, i) => Activity("a" + i, l.Claims)).ToArray();
            var spendReturn = SpendReturn.ByActivity("A", Year.Quarter(1), lines.Select((l, i) => new ActivitySpend("a" + i, Money.FromMinorUnits(l.Spent, Currency.Gbp))), Money.Pounds(1m));
            var position = FundPosition.Open(Year, Money.Pounds(1_000m), [KeyValuePair.Create("A", Money.Pounds(1_000m))]);
            var account = QuarterlyMonitor.Record(position, Year.Quarter(1), [spendReturn]).Position.GetAccount("A");
            if (spendReturn.Spent.IsNegative)
            {
                return account.Returns.IsEmpty; // a refund beyond spend to date is set aside
            }

            var actual = ActualSpend.ByPriority(account, Plan("A", activities), Terms);

            var expected = new long[3];
            var unattributed = 0L;
            for (var i = 0; i < activities.Length; i++)
            {
                var split = PriorityFit.Assess(activities[i] with { Cost = Money.FromMinorUnits(lines[i].Spent, Currency.Gbp) }, Terms).Attribution;
                if (split.IsEmpty)
                {
                    unattributed += lines[i].Spent;
                    continue;
                }

                Assert.Equal(lines[i].Spent, split.Sum(p => p.Amount.MinorUnits));
                foreach (var part in split)
                {
                    expected[Terms.Priorities.IndexOf(Terms.GetPriority(part.PriorityCode))] += part.Amount.MinorUnits;
                }
            }

            Assert.Equal(expected, actual.Priorities.Select(p => p.Amount.MinorUnits));
            Assert.Equal(unattributed, actual.Unattributed.MinorUnits);
            return actual.Priorities.Aggregate(actual.Unattributed, (sum, p) => sum + p.Amount) == account.Spent;
        });

    [Fact]
    public void UnitCosts_DeliveredOutputs_AreComparedWithThePeersActualsBesideThePlan()
    {
        var plans = new[] { "A", "B", "C", "D", "E" }.Select(id => Plan(id, Activity(id + "-cadets", "P1"))).ToImmutableArray();
        var position = FundPosition.Open(Year, Money.Pounds(1_000m), plans.Select(p => KeyValuePair.Create(p.Recipient.Id, Money.Pounds(200m))));
        var returns = plans.Select((p, i) => SpendReturn.ByActivity(p.Recipient.Id, Year.Quarter(1), [new(p.Recipient.Id + "-cadets", Money.Pounds(100m)) { Delivered = i == 4 ? 2m : 10m }], Money.Pounds(100m)));
        var recorded = QuarterlyMonitor.Record(position, Year.Quarter(1), returns.Where(r => r.RecipientId != "D")).Position;

        var unitCosts = ActualSpend.UnitCosts(recorded, plans, Terms.ValueForMoney);

        Assert.Equal(5, unitCosts.Length);
        Assert.All(unitCosts, u => Assert.Equal(10m, u.Planned.UnitCost));
        Assert.Null(unitCosts.Single(u => u.RecipientId == "D").Achieved);
        var e = unitCosts.Single(u => u.RecipientId == "E").Achieved!;
        Assert.Equal(50m, e.UnitCost);
        Assert.Equal(10m, e.PeerMedian);
        Assert.True(e.IsOutlier);
        Assert.Equal(ValueForMoney.Compare(plans, Terms.ValueForMoney), unitCosts.Select(u => u.Planned));
    }

    [Fact]
    public void Queries_HostileArguments_AreRejectedNamingTheParameterAndChangeNothing()
    {
        var account = Recorded("A", new SpendReturn("A", Year.Quarter(1), Money.Pounds(1m), Money.Pounds(1m)));
        var plan = Plan("A", Activity("x", "P1"));
        var position = FundPosition.Open(Year, Money.Pounds(1m), []);

        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => ActualSpend.ByActivity(null!)).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => ActualSpend.ByPriority(null!, plan, Terms)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => ActualSpend.ByPriority(account, null!, Terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => ActualSpend.ByPriority(account, plan, null!)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => ActualSpend.ByPriority(account, Plan("B"), Terms)).ParamName);
        Assert.Equal("position", Assert.Throws<ArgumentNullException>(() => ActualSpend.UnitCosts(null!, [plan], Terms.ValueForMoney)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => ActualSpend.UnitCosts(position, null!, Terms.ValueForMoney)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => ActualSpend.UnitCosts(position, [plan], null!)).ParamName);
        Assert.Equal(Plan("A", Activity("x", "P1")), plan);
    }
}
