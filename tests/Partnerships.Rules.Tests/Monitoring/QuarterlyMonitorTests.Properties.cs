using FsCheck;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>docs/design.md, invariant 7, over generated years, with the September review in the middle.</summary>
public sealed partial class QuarterlyMonitorTests
{
    [InvariantProperty(7)]
    public Property Record_AnyYear_CumulativePaymentsNeverExceedSpendOrAllocation(YearScenario scenario)
    {
        return EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var position = scenario.Open();
            var paid = new Dictionary<string, Int128>(StringComparer.Ordinal);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var result = scenario.Record(position, quarter);
                foreach (var payment in result.Payments)
                {
                    Assert.True(payment.Amount.MinorUnits > 0);
                    paid[payment.RecipientId] = paid.GetValueOrDefault(payment.RecipientId) + payment.Amount.MinorUnits;
                }

                position = result.Position;
                Assert.All(position.Accounts, a => Assert.Equal(paid.GetValueOrDefault(a.RecipientId), a.Paid.MinorUnits));
                Assert.All(position.Accounts, a => Assert.True(a.Paid <= Money.Min(a.Spent, a.Allocation), a.ToString()));

                if (quarter == 2)
                {
                    position = scenario.Review(position).Position;
                    Assert.All(position.Accounts, a => Assert.True(a.Paid <= Money.Min(a.Spent, a.Allocation), a.ToString()));
                }
            }

            return true;
        });
    }
}
