using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;

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
}
