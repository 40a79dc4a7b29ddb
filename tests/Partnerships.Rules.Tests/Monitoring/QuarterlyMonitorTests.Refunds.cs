using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>docs/design.md, invariant 7, over generated years whose returns include refunds and returns by activity.</summary>
public sealed partial class QuarterlyMonitorTests
{
    /// <summary>
    /// A payment never takes payments to date above min(spend to date, allocation); a refund may leave payments above it
    /// (an over-payment) only by lowering spend, and then nothing is paid until spend passes the payments again; the
    /// September review never reclaims below what was spent or paid.
    /// </summary>
    [InvariantProperty(7)]
    public Property Record_YearWithRefunds_PaymentsNeverExceedSpendOrAllocation() =>
        Prop.ForAll(ReturnGenerators.WithRefunds.ToArbitrary(), scenario => EarnedOverflow.Or(ReturnGenerators.Amounts(scenario), () =>
        {
            var position = scenario.Open();
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var result = scenario.Record(position, quarter);
                Assert.All(result.Payments, p => Assert.True(p.Amount.MinorUnits > 0, p.ToString()));
                foreach (var after in result.Position.Accounts)
                {
                    var before = position.GetAccount(after.RecipientId);
                    var due = Money.Min(after.Spent, after.Allocation);
                    Assert.False(after.Spent.IsNegative, after.ToString());
                    Assert.True(after.Paid >= before.Paid, after.ToString());
                    Assert.True(after.Paid == before.Paid || after.Paid <= due, after.ToString());
                    Assert.Equal(after.Paid - Money.Min(after.Paid, due), after.Overpaid);
                    Assert.True(after.Overpaid.IsZero || after.Returns.Any(r => r.Spent.IsNegative), after.ToString());
                }

                position = result.Position;
                if (quarter == 2)
                {
                    position = scenario.Review(position).Position;
                    Assert.All(position.Accounts, a => Assert.True(a.Allocation >= Money.Max(Money.Min(a.Spent, a.Allocation), a.Paid), a.ToString()));
                }
            }

            return true;
        }));
}
