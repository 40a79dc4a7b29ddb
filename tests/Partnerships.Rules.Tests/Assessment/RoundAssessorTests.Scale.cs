using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Example;

namespace Partnerships.Rules.Tests.Assessment;

// A plan of very many activities of one type beside one other plan. Each activity's peer statistics, and in the
// allocator its activity, used to be found by a scan of the plan: over 10^11 steps here, minutes. Linear, it is seconds
// on a busy 2-core machine. No timing is asserted; a quadratic path simply does not finish.
public sealed class RoundAssessorScaleTests
{
    private const int Activities = 200_000;

    [Fact]
    public void AssessAndAllocate_OnePlanOfTwoHundredThousandActivitiesBesideAnother_CompletesAndComparesEveryActivity()
    {
        var big = new SpendPlan
        {
            Recipient = new Recipient("BIG", "Big"),
            Year = Round2011.Year,
            Activities = [.. Enumerable.Range(0, Activities).Select(i => Line("a" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), 1 + (i % 3)))],
            EqualityImpactStatement = "Addressed.",
            SubmittedAt = Round2011.Plans[0].SubmittedAt,
        };
        var small = big with { Recipient = new Recipient("SMALL", "Small"), Activities = [Line("s1", 2), Line("s2", 4)] };

        var report = RoundAssessor.Assess(Round2011.Terms, [big, small]);
        var allocation = Allocator.Allocate(Round2011.Terms, report, AllocationPolicy.Default);

        Assert.Equal(Activities + 2, report.UnitCosts.Length);
        var smallest = report.UnitCosts.First(c => c.RecipientId == "SMALL" && c.ActivityId == "s1");
        Assert.Equal(Activities, smallest.PeerCount);
        Assert.Equal(0.02m, smallest.PeerMedian);
        Assert.Equal(2, report.UnitCosts.First(c => c.RecipientId == "BIG").PeerCount);
        Assert.All(report.Plans, p => Assert.NotEqual(PlanDecision.Ineligible, p.Decision));
        Assert.Equal(report.Plans.Sum(p => p.CoreRequest!.Value.MinorUnits), allocation.Recipients.Sum(r => r.Allocated.MinorUnits));
    }

    private static Activity Line(string id, long pence) => new()
    {
        Id = id,
        Title = "Cadet places",
        Cost = Money.FromMinorUnits(pence, Currency.Gbp),
        ActivityType = Round2011.Cadets,
        ClaimedPriorities = [Round2011.ViolenceCode],
        Output = new OutputMeasure(1, "cadets"),
    };
}
