using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>docs/design.md, invariants 1, 4 and 6, over generated years.</summary>
public sealed partial class UnderspendReviewTests
{
    [InvariantProperty(6)]
    public Property Hold_AnyYear_NobodyDropsBelowSpentOrPaidAndTheFundIsConserved()
    {
        return Prop.ForAll(MonitoringGenerators.Scenario.ToArbitrary(), scenario => EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var before = scenario.AfterQ2();
            var review = scenario.Review(before);
            var after = review.Position;
            var reclaimed = Sum(review.Reclaims.Select(r => r.Amount.MinorUnits));
            var granted = Sum(review.Grants.Select(g => g.Amount.MinorUnits));
            Assert.All(before.Accounts, b => Assert.True(NeverBelowSpentOrPaid(b, after.FindAccount(b.RecipientId)!), b.RecipientId));
            Assert.All(after.Accounts, a => Assert.Equal(a.Allocation.MinorUnits, (Int128)a.InitialAllocation.MinorUnits - a.Reclaimed.MinorUnits + a.Granted.MinorUnits));
            Assert.Equal(scenario.Fund.MinorUnits, Sum(after.Accounts.Select(a => a.Allocation.MinorUnits)) + after.Unallocated.MinorUnits);
            Assert.Equal(review.Pool.MinorUnits, before.Unallocated.MinorUnits + reclaimed);
            Assert.Equal(review.Pool.MinorUnits, granted + review.Unallocated.MinorUnits);
            Assert.All(review.Reclaims, r => Assert.True(r.Amount.MinorUnits > 0));
            Assert.All(review.Grants, g => Assert.True(g.Amount.MinorUnits > 0 && g.Amount <= g.Outstanding));
            return true;
        }));
    }

    [InvariantProperty(6)]
    public Property Hold_NoUnderspendAndNothingUnallocated_ChangesNothing()
    {
        return Prop.ForAll(MonitoringGenerators.NoUnderspend.ToArbitrary(), scenario => EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var before = scenario.AfterQ2();
            var review = scenario.Review(before);
            Assert.Empty(review.Reclaims);
            Assert.Empty(review.Grants);
            Assert.Same(before, review.Position);
            return true;
        }));
    }

    [InvariantProperty(6)]
    public Property Hold_NoUnderspendAfterAnyAllocation_ReallocatesNothingUnderTheSameRules()
    {
        return Prop.ForAll(MonitoringGenerators.AllocatedWithNoUnderspend.ToArbitrary(), year => EarnedOverflow.Or(EarnedOverflow.Amounts(year.Position), () =>
        {
            var review = UnderspendReview.Hold(year.Position, year.Terms, YearScenario.September);
            Assert.Empty(review.Reclaims);
            Assert.Empty(review.Grants);
            Assert.Same(year.Position, review.Position);
            return true;
        }));
    }

    [InvariantProperty(6)]
    public Property Hold_AnyYearReviewedTwice_ChangesNothingTheSecondTime()
    {
        return Prop.ForAll(MonitoringGenerators.Scenario.ToArbitrary(), scenario => EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var first = scenario.Review(scenario.AfterQ2());
            var second = scenario.Review(first.Position);
            Assert.Empty(second.Reclaims);
            Assert.Empty(second.Grants);
            Assert.Equal(first.Position, second.Position);
            return true;
        }));
    }

    [InvariantProperty(4)]
    public Property Hold_BidsAndReturnsInAnyOrder_GiveTheSameResult()
    {
        return Prop.ForAll(MonitoringGenerators.Scenario.ToArbitrary(), scenario => EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var reversed = scenario with
            {
                Allocations = [.. scenario.Allocations.Reverse()],
                Bids = [.. scenario.Bids.Reverse()],
                FurtherRound = [.. scenario.FurtherRound.Reverse()],
                Returns = [.. scenario.Returns.Select(q => q.Reverse().ToImmutableArray())],
            };
            var forward = scenario.Review(scenario.AfterQ2());
            var backward = reversed.Review(reversed.AfterQ2());
            return forward == backward;
        }));
    }

    private static bool NeverBelowSpentOrPaid(RecipientAccount before, RecipientAccount after) =>
        after.Allocation >= before.Allocation || after.Allocation >= Money.Max(before.Spent, before.Paid);

    private static Int128 Sum(IEnumerable<long> values) => values.Aggregate(Int128.Zero, (sum, v) => sum + v);
}
