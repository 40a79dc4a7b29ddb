using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

internal static class EarnedOverflow
{
    /// <summary>
    /// Overflow beyond <see cref="long"/> must be an exception, never a wrong answer, and only an input whose amounts
    /// together pass <see cref="long.MaxValue"/> (summed in 128 bits) may earn one: every total the review makes is a
    /// sum of some of them. An earned overflow is discarded and counted, so a generator that overflows in more than
    /// 10% of its cases fails the property; any other overflow fails it at once.
    /// </summary>
    public static Property Or(IEnumerable<long> amounts, Func<bool> property)
    {
        try
        {
            return property().ToProperty();
        }
        catch (OverflowException) when (amounts.Aggregate(Int128.Zero, (sum, v) => sum + v) > long.MaxValue)
        {
            return true.When(false);
        }
    }

    public static IEnumerable<long> Amounts(YearScenario scenario) =>
        new[] { scenario.Fund.MinorUnits }
            .Concat(scenario.Allocations.Select(a => a.Value.MinorUnits))
            .Concat(scenario.Bids.Select(b => b.Bid.Amount.MinorUnits))
            .Concat(scenario.FurtherRound.Select(b => b.Amount.MinorUnits))
            .Concat(scenario.Returns.SelectMany(q => q.SelectMany(r => new[] { r.Spent.MinorUnits, r.ForecastOutturn.MinorUnits })));

    public static IEnumerable<long> Amounts(FundPosition position) =>
        new[] { position.Fund.MinorUnits }
            .Concat(position.Accounts.SelectMany(a => new[] { a.Allocation.MinorUnits, a.Spent.MinorUnits, a.Paid.MinorUnits, a.ForecastOutturn?.MinorUnits ?? 0 }))
            .Concat(position.Bids.Select(b => b.Bid.Amount.MinorUnits));
}
