using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>A re-attributed query moves its spend between priorities, penny-exact, and the total stays £1.6m.</summary>
public sealed class QuerySpendTests
{
    [Fact]
    public void ByPriority_Round2011HackneyReattributedToVawg_MovesItsTwentyThousandFromTheTwoItClaimed()
    {
        var terms = Round2011.Terms;
        var opened = FundPosition.Open(Allocator.Allocate(terms, Round2011.Report, AllocationPolicy.Default), Round2011.Plans);
        var id = Round2011.RecipientId("Hackney") + "/queried";
        var position = QueryDesk.RaiseFromAssessment(opened, terms, Round2011.Report, new LocalDate(2011, 4, 15));
        position = QueryDesk.Answer(position, id, new LocalDate(2011, 4, 28));
        Assert.Equal(Round2011.Report.SpendByPriority.AsEnumerable(), QuerySpend.ByPriority(Round2011.Report, position)); // nothing moved yet

        position = QueryDesk.Reattribute(position, terms, id, Round2011.VawgCode, new LocalDate(2011, 5, 5));
        var spend = QuerySpend.ByPriority(Round2011.Report, position).ToDictionary(s => s.PriorityCode, s => s.Amount);

        Assert.Equal(Round2011.SpendOnVawg + Money.Pounds(20_000m), spend[Round2011.VawgCode]);
        Assert.Equal(Round2011.SpendOnViolence - Money.Pounds(10_000m), spend[Round2011.ViolenceCode]);
        Assert.Equal(Round2011.SpendOnReoffending - Money.Pounds(10_000m), spend[Round2011.ReoffendingCode]);
        Assert.Equal(Money.Pounds(1_600_000m), spend.Values.Aggregate(Money.Zero(Currency.Gbp), (sum, m) => sum + m));
        Assert.Equal(Money.Pounds(50_000m), position.GetAccount(Round2011.RecipientId("Hackney")).Allocation);
    }

    [Fact]
    public void ByPriority_ActivityOfNoCost_TakesTheQueryFromUnattributedSpend()
    {
        // An activity that costs nothing has an attribution of zeros: nothing to take from, so the priority it is
        // re-attributed to gains the query's amount and no other priority changes.
        var camden = Round2011.RecipientId("Camden");
        var plans = Round2011.Plans.Select(p => p.Recipient.Id != camden ? p : p with { Activities = p.Activities.SetItem(0, p.Activities[0] with { Cost = Money.Zero(Currency.Gbp) }) }).ToArray();
        var report = RoundAssessor.Assess(Round2011.Terms, plans);
        var activity = plans.Single(p => p.Recipient.Id == camden).Activities[0].Id;
        Assert.All(report.GetPlan(camden).Fits.Single(f => f.ActivityId == activity).Attribution, a => Assert.True(a.Amount.IsZero));
        var position = Reattributed(report, plans, camden, activity);

        var spend = QuerySpend.ByPriority(report, position);

        var expected = report.SpendByPriority.Select(s => s.PriorityCode == Round2011.VawgCode ? s with { Amount = s.Amount + Money.Pounds(100m) } : s);
        Assert.Equal(expected, spend);
    }

    [Fact]
    public void ByPriority_ActivityOfOnePenceOverTwoPriorities_TakesTheQueryFromThePriorityGivenThePenny()
    {
        // A penny split over two priorities gives one of them nothing: the query comes wholly from the other.
        var hackney = Round2011.RecipientId("Hackney");
        var twoPriorities = Round2011.Report.GetPlan(hackney).Fits.First(f => f.Attribution.Length == 2).ActivityId;
        var plans = Round2011.Plans.Select(p => p.Recipient.Id != hackney ? p : p with { Activities = [.. p.Activities.Select(a => a.Id == twoPriorities ? a with { Cost = Money.Pounds(0.01m) } : a)] }).ToArray();
        var report = RoundAssessor.Assess(Round2011.Terms, plans);
        var attribution = report.GetPlan(hackney).Fits.Single(f => f.ActivityId == twoPriorities).Attribution;
        var given = Assert.Single(attribution, a => !a.Amount.IsZero).PriorityCode;
        Assert.Single(attribution, a => a.Amount.IsZero);
        var position = Reattributed(report, plans, hackney, twoPriorities);

        var spend = QuerySpend.ByPriority(report, position);

        var expected = report.SpendByPriority.Select(s =>
            s.PriorityCode == Round2011.VawgCode ? s with { Amount = s.Amount + Money.Pounds(100m) }
            : s.PriorityCode == given ? s with { Amount = s.Amount - Money.Pounds(100m) }
            : s);
        Assert.Equal(expected, spend);
    }

    [Fact]
    public void ByPriority_QueryOfAnActivityTheReportDidNotAssess_IsRefusedNamingIt()
    {
        var camden = Round2011.RecipientId("Camden");
        var position = Reattributed(Round2011.Report, Round2011.Plans, camden, "not-in-the-plan");

        var error = Assert.Throws<ArgumentException>(() => QuerySpend.ByPriority(Round2011.Report, position));

        Assert.Equal("report", error.ParamName);
        Assert.StartsWith($"The report did not assess activity 'not-in-the-plan' of '{camden}', which query 'Q1' names.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByPriority_PriorityTheReportDoesNotHold_ComesLast()
    {
        // Terms of the same scheme, year and fund may add a priority the report was not assessed under: the query
        // moves to it, and it follows the report's own priorities.
        var terms = Round2011.Terms with { Priorities = [.. Round2011.Terms.Priorities, new Priority("NEW", "Added in year")] };
        var camden = Round2011.RecipientId("Camden");
        var activity = Round2011.Report.GetPlan(camden).Fits.First(f => f.Attribution.Length == 1);
        var position = Reattributed(Round2011.Report, Round2011.Plans, camden, activity.ActivityId, terms, "NEW");

        var spend = QuerySpend.ByPriority(Round2011.Report, position);

        var from = activity.Attribution[0].PriorityCode;
        var expected = Round2011.Report.SpendByPriority.Select(s => s.PriorityCode == from ? s with { Amount = s.Amount - Money.Pounds(100m) } : s).Append(new PrioritySpend("NEW", Money.Pounds(100m)));
        Assert.Equal(expected, spend);
    }

    [Fact]
    public void ByPriority_ReportOfAnotherYear_IsRefusedNamingBoth()
    {
        var position = FundPosition.Open(Round2011.Terms.Year.Next, Round2011.Terms.Fund, []);

        var error = Assert.Throws<ArgumentException>(() => QuerySpend.ByPriority(Round2011.Report, position));

        Assert.Equal(("report", "The report is of 2011/12; the position of 2012/13."), (error.ParamName, error.Message.Split(" (Parameter")[0]));
    }

    /// <summary>A position opened from the report, with one £100 query on the activity re-attributed to VAWG (or <paramref name="to"/>).</summary>
    private static FundPosition Reattributed(AssessmentReport report, IEnumerable<SpendPlan> plans, string recipientId, string activityId, FundTerms? terms = null, string? to = null)
    {
        terms ??= Round2011.Terms;
        var position = FundPosition.Open(Allocator.Allocate(terms, report, AllocationPolicy.Default), plans);
        position = QueryDesk.Raise(position, terms, "Q1", recipientId, activityId, Money.Pounds(100m), "FIT001", new LocalDate(2011, 4, 15));
        position = QueryDesk.Answer(position, "Q1", new LocalDate(2011, 4, 28));
        return QueryDesk.Reattribute(position, terms, "Q1", to ?? Round2011.VawgCode, new LocalDate(2011, 5, 5));
    }
}
