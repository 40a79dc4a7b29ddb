using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>The close over generated years with refunds, returns by activity and the September review.</summary>
public sealed partial class YearEndTests
{
    private static (YearEndRecord Record, QuarterResult Last) CloseYear(YearScenario scenario)
    {
        var position = scenario.Open();
        QuarterResult last = null!;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            last = scenario.Record(position, quarter);
            position = quarter == 2 ? scenario.Review(last.Position).Position : last.Position;
        }

        return (YearEnd.Close(last, scenario.Terms), last);
    }

    /// <summary>docs/design.md, invariant 1, at the close: fund = paid in the year + paid after it − recoveries + lapsed + unallocated,
    /// to the minor unit, for the whole fund and for each recipient; every line explained by a finding of the catalogue.</summary>
    [InvariantProperty(1)]
    public Property Close_AnyYear_ReconcilesToThePenny() =>
        Prop.ForAll(ReturnGenerators.WithRefunds.ToArbitrary(), scenario => EarnedOverflow.Or(ReturnGenerators.Amounts(scenario), () =>
        {
            var (record, last) = CloseYear(scenario);
            var zero = Money.Zero(Currency.Gbp);

            Assert.Equal(scenario.Fund, record.PaidInYear + record.PaidAfterYearEnd - record.Recoveries + record.Lapsed + record.Unallocated);
            Assert.Equal(last.Position.Unallocated, record.Unallocated);
            foreach (var r in record.Recipients)
            {
                var due = Money.Min(r.Spent, r.Allocation);
                Assert.Equal(due, r.PaidInYear + r.PaidAfterYearEnd - r.Recovery);
                Assert.Equal(r.Allocation, due + r.Lapsed);
                Assert.False(r.PaidInYear.IsNegative || r.PaidAfterYearEnd.IsNegative || r.Recovery.IsNegative || r.Lapsed.IsNegative, r.ToString());
                Assert.Equal(r.Spent, r.Activities.Aggregate(r.NotByActivity, (sum, a) => sum + a.Spent));
                Assert.Single(record.Findings, f => f.Code == MonitoringFindings.Outturn && f.RecipientId == r.RecipientId);
                Assert.Equal(r.Lapsed.IsZero ? 0 : 1, record.Findings.Count(f => f.Code == MonitoringFindings.AllocationLapsed && f.RecipientId == r.RecipientId && f.Amount == r.Lapsed));
                Assert.Equal(r.Recovery.IsZero ? 0 : 1, record.Findings.Count(f => f.Code == MonitoringFindings.OverpaymentRecovery && f.RecipientId == r.RecipientId && f.Amount == r.Recovery));
            }

            Assert.Equal(record.PaidAfterYearEnd.IsZero ? 0 : 1, record.Findings.Count(f => f.Code == MonitoringFindings.PaymentAfterYearEnd));
            Assert.Equal(record.Unallocated.IsZero ? 0 : 1, record.Findings.Count(f => f.Code == MonitoringFindings.UnallocatedAtYearEnd));
            Assert.Single(record.Findings, f => f.Code == MonitoringFindings.YearReconciled);
            Assert.All(record.Findings, f => Assert.Contains(f.Code, MonitoringFindings.Definitions.Select(d => d.Code)));
            Assert.Equal(zero, record.Recipients.Aggregate(zero, (sum, r) => sum + r.Lapsed) - record.Lapsed);
            return true;
        }));

    /// <summary>The close is a pure function of the position: closing twice, or closing a copy, gives equal records and changes nothing.</summary>
    [FsCheck.Xunit.Property]
    public Property Close_AnyYear_IsIdempotent() =>
        Prop.ForAll(ReturnGenerators.WithRefunds.ToArbitrary(), scenario => EarnedOverflow.Or(ReturnGenerators.Amounts(scenario), () =>
        {
            var (record, last) = CloseYear(scenario);
            var copy = last.Position;

            var again = YearEnd.Close(last.Position, scenario.Terms, last.Payments);

            Assert.Equal(record, again);
            Assert.Equal(record.GetHashCode(), again.GetHashCode());
            Assert.Equal(copy, last.Position);
            return true;
        }));
}
