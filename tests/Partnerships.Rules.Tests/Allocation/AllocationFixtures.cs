using System.Collections.Immutable;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>Terms and plans for allocation tests: the 2011/12 Partnership Fund year and small builders.</summary>
internal static class AllocationFixtures
{
    public static FinancialYear Year2011 { get; } = FinancialYearCalendar.UkGovernment.Year(2011);

    /// <summary>2011/12: £1.6m, £50,000 per unit, over-programmed bids invited, queried amounts held back.</summary>
    public static FundTerms Terms2011 { get; } = new()
    {
        Year = Year2011,
        Fund = Money.Pounds(1_600_000m),
        StandardAllocation = Money.Pounds(50_000m),
        Priorities =
        [
            new Priority("VAWG", "Violence against women and girls"),
            new Priority("VIOLENCE", "Reducing violence"),
            new Priority("REOFFENDING", "Reducing reoffending"),
        ],
        OverProgrammingInvited = true,
        HoldBackQueriedAmounts = true,
    };

    public static FundTerms Terms(long fund, long standard, bool cap = true, bool invited = true, bool holdBack = true) => Terms2011 with
    {
        Fund = Pence(fund),
        StandardAllocation = Pence(standard),
        CapCoreAtStandardAllocation = cap,
        OverProgrammingInvited = invited,
        HoldBackQueriedAmounts = holdBack,
    };

    public static Money Pence(long pence) => Money.FromMinorUnits(pence, Currency.Gbp);

    public static Activity Core(string id, long pence, int rank = 1) =>
        new() { Id = id, Title = id, Cost = Pence(pence), ActivityType = "general", Rank = rank };

    public static Activity Over(string id, long pence, int rank = 1, long? minimum = null) =>
        new() { Id = id, Title = id, Cost = Pence(pence), ActivityType = "general", IsOverProgrammed = true, Rank = rank, MinimumViableAmount = minimum is { } m ? Pence(m) : null };

    public static SpendPlan Plan(string recipientId, params Activity[] activities) => new()
    {
        Recipient = new Recipient(recipientId, recipientId),
        Year = Year2011,
        Activities = [.. activities],
        EqualityImpactStatement = "Completed.",
    };

    /// <summary>The 32 borough command units of 2011/12, each bidding £50,000 of core activity; five also bid above £50k.</summary>
    public static ImmutableArray<SpendPlan> Plans2011()
    {
        var plans = ImmutableArray.CreateBuilder<SpendPlan>(32);
        for (var unit = 1; unit <= 32; unit++)
        {
            var id = FormattableString.Invariant($"BCU-{unit:00}");
            plans.Add(unit <= 5
                ? Plan(id, Core("core-1", 3_000_000), Core("core-2", 2_000_000), Over("extra", 1_500_000 * unit))
                : Plan(id, Core("core-1", 5_000_000)));
        }

        return plans.MoveToImmutable();
    }
}
