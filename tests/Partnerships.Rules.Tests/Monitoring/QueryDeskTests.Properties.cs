using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>docs/design.md, invariants 1, 6, 7 and 8, over generated years of queries, quarters and reviews.</summary>
public sealed partial class QueryDeskTests
{
    [InvariantProperty(1)]
    public Property AnyStep_AllocationsReserveReturnedAndUnallocated_SumToTheFund()
    {
        return Prop.ForAll(QueryGenerators.Year.ToArbitrary(), year => EarnedOverflow.Or(EarnedOverflow.Amounts(year.Scenario), () =>
        {
            year.Run(after: (_, _, position, _) =>
            {
                Assert.Equal((Int128)position.Fund.MinorUnits, Total(position));
                Assert.Equal(position.Reserve.MinorUnits, position.Queries.Where(q => q.IsUnresolved).Sum(q => (Int128)q.Amount.MinorUnits));
                Assert.All(position.Accounts, a =>
                {
                    Assert.Equal((Int128)a.Allocation.MinorUnits, (Int128)a.InitialAllocation.MinorUnits - a.Reclaimed.MinorUnits + a.Granted.MinorUnits - a.Queried.MinorUnits);
                    Assert.True(a.Paid <= a.Allocation && a.Paid <= a.Spent, a.RecipientId); // invariant 7
                });
            });
            return true;
        }));
    }

    [InvariantProperty(6)]
    public Property Review_WithOpenQueries_NeverSpendsTheReserveAndPoolsWhatWasReturned()
    {
        return Prop.ForAll(QueryGenerators.Year.ToArbitrary(), year => EarnedOverflow.Or(EarnedOverflow.Amounts(year.Scenario), () =>
        {
            year.Run(after: (_, before, after, review) =>
            {
                if (review is null)
                {
                    return;
                }

                // Every unresolved query, and the money it holds, is exactly as it was.
                Assert.Equal(before.Reserve, after.Reserve);
                Assert.Equal(before.Queries.AsEnumerable(), after.Queries);
                Assert.True(after.Returned.IsZero);
                var reclaimed = review.Reclaims.Sum(r => (Int128)r.Amount.MinorUnits);
                Assert.Equal((Int128)review.Pool.MinorUnits, (Int128)before.Unallocated.MinorUnits + before.Returned.MinorUnits + reclaimed);
                Assert.Equal(before.Queries.Where(q => q.IsUnresolved), review.OpenQueries);
            });
            return true;
        }));
    }

    [InvariantProperty(8)]
    public Property AnyStep_PositionRestoredFromJson_ChangesNothing()
    {
        return Prop.ForAll(QueryGenerators.Year.ToArbitrary(), year => EarnedOverflow.Or(EarnedOverflow.Amounts(year.Scenario), () =>
        {
            var straight = year.Run();
            var restored = year.Run(between: position =>
            {
                var json = PartnershipsJson.Serialize(position);
                var back = PartnershipsJson.Deserialize<FundPosition>(json)!;
                Assert.Equal(position, back);
                Assert.Equal(json, PartnershipsJson.Serialize(back));
                return back;
            });
            Assert.Equal(straight, restored);
            Assert.Equal(PartnershipsJson.Serialize(straight), PartnershipsJson.Serialize(restored));
            return true;
        }));
    }

    private static Int128 Total(FundPosition position) =>
        position.Accounts.Sum(a => (Int128)a.Allocation.MinorUnits) + position.Reserve.MinorUnits + position.Returned.MinorUnits + position.Unallocated.MinorUnits;
}

file static class Int128Sums
{
    public static Int128 Sum<T>(this IEnumerable<T> items, Func<T, Int128> value) => items.Aggregate(Int128.Zero, (sum, item) => sum + value(item));
}
