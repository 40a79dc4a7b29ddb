using System.Collections.Immutable;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// The round's totals over the plans not found ineligible, added up while each plan is assessed: a second pass over
/// every activity, fit and attribution of the round, once the plans were decided, read them back from all over memory
/// and was a tenth of an assessment's time.
/// </summary>
/// <remarks>A plan's amounts are held apart until its decision is known (<see cref="StartPlan"/>, <see cref="Add"/>,
/// <see cref="KeepPlan"/>). Amounts are never negative in a valid plan and the round's total is within range, so the
/// order of the sums changes nothing. Not thread-safe: one per assessment.</remarks>
internal sealed class RoundTotals(ImmutableArray<Priority> priorities, Money zero)
{
    private readonly Money none = zero;
    private readonly Money[] byPriority = Filled(priorities.Length, zero);
    private readonly Money[] planByPriority = Filled(priorities.Length, zero);
    private Money planAssessed = zero;
    private Money planUnattributed = zero;

    public Money UnderQuery { get; private set; } = zero;

    public Money Unattributed { get; private set; } = zero;

    public Money Assessed { get; private set; } = zero;

    public Money OverProgrammed { get; private set; } = zero;

    public void StartPlan()
    {
        planByPriority.AsSpan().Fill(none);
        planAssessed = none;
        planUnattributed = none;
    }

    /// <summary>Counts a core activity's cost as assessed, and as attributed to its priorities or unattributed.</summary>
    public void Add(Activity activity, ActivityFit fit)
    {
        if (activity.IsOverProgrammed)
        {
            return;
        }

        planAssessed += activity.Cost;
        if (fit.AttributedWholeTo is { } code)
        {
            planByPriority[PriorityIndex(code)] += activity.Cost; // read without making the part
            return;
        }

        if (fit.Attribution.IsEmpty)
        {
            planUnattributed += activity.Cost;
        }

        foreach (var part in fit.Attribution)
        {
            var at = PriorityIndex(part.PriorityCode);
            planByPriority[at] += part.Amount;
        }
    }

    /// <summary>Adds the plan begun last to the round's totals.</summary>
    public void KeepPlan(Money underQuery, Money overProgrammed)
    {
        UnderQuery += underQuery;
        OverProgrammed += overProgrammed;
        Assessed += planAssessed;
        Unattributed += planUnattributed;
        for (var i = 0; i < byPriority.Length; i++)
        {
            byPriority[i] += planByPriority[i];
        }
    }

    public ImmutableArray<PrioritySpend> ByPriority()
    {
        var spend = new PrioritySpend[priorities.Length];
        for (var i = 0; i < spend.Length; i++)
        {
            spend[i] = new PrioritySpend(priorities[i].Code, byPriority[i]);
        }

        return [.. spend];
    }

    private static Money[] Filled(int length, Money zero)
    {
        var array = new Money[length];
        array.AsSpan().Fill(zero);
        return array;
    }

    // The attribution names the terms' own code strings, so an identity check finds each; a code spelt otherwise is
    // matched as the terms match codes, ignoring case.
    private int PriorityIndex(string code)
    {
        for (var i = 0; i < priorities.Length; i++)
        {
            if (ReferenceEquals(priorities[i].Code, code))
            {
                return i;
            }
        }

        for (var i = 0; i < priorities.Length; i++)
        {
            if (string.Equals(priorities[i].Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new KeyNotFoundException(FormattableString.Invariant($"The terms have no priority '{code}'."));
    }
}
