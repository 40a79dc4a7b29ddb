using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>One step of a generated back office: which kind of call, which query or account it picks, how much, how many days later.</summary>
public sealed record QueryStep(int Kind, int Pick, long Size, int Days)
{
    public const int Raise = 0, Answer = 1, Accept = 2, Reattribute = 3, Reject = 4, Withdraw = 5, Record = 6, Review = 7;

    public override string ToString() => $"{Kind}:{Pick}/{Size}+{Days}d";
}

/// <summary>A generated year with a sequence of query steps, quarters and reviews in it.</summary>
public sealed record QueryYear(YearScenario Scenario, ImmutableArray<QueryStep> Steps)
{
    public override string ToString() => $"{Scenario}; steps [{string.Join(" ", Steps)}]";

    /// <summary>
    /// Runs the steps from the opened position, each step a valid call picked from what the position allows (a step with
    /// nothing to act on is skipped), calling <paramref name="after"/> with the position before and the outcome of each.
    /// </summary>
    public FundPosition Run(Func<FundPosition, FundPosition>? between = null, Action<QueryStep, FundPosition, FundPosition, ReviewResult?>? after = null)
    {
        var position = Scenario.Open();
        var day = YearScenario.Year.Start;
        foreach (var step in Steps)
        {
            day = day.PlusDays(step.Days);
            var next = Apply(position, step, day, out var review);
            after?.Invoke(step, position, next, review);
            position = between is null ? next : between(next);
        }

        return position;
    }

    private FundPosition Apply(FundPosition position, QueryStep step, LocalDate day, out ReviewResult? review)
    {
        review = null;
        var terms = Scenario.Terms;
        switch (step.Kind)
        {
            case QueryStep.Raise:
                var free = position.Accounts.Where(a => a.Allocation > a.Paid).ToArray();
                if (free.Length == 0)
                {
                    return position;
                }

                var account = free[step.Pick % free.Length];
                var room = (account.Allocation - account.Paid).MinorUnits;
                var amount = Money.FromMinorUnits(1 + (step.Size % room), account.Allocation.Currency);
                return QueryDesk.Raise(position, terms, "Q" + position.Queries.Length, account.RecipientId, "act" + (step.Pick % 3), amount, "FIT001", day);
            case QueryStep.Answer:
                return Pick(position, step, q => q.State == QueryState.Open, id => QueryDesk.Answer(position, id, day));
            case QueryStep.Accept:
                return Pick(position, step, q => q.State == QueryState.Answered, id => QueryDesk.Accept(position, id, day));
            case QueryStep.Reattribute:
                return terms.Priorities.IsEmpty
                    ? Pick(position, step, q => q.State == QueryState.Answered, id => QueryDesk.Reject(position, id, day))
                    : Pick(position, step, q => q.State == QueryState.Answered, id => QueryDesk.Reattribute(position, terms, id, terms.Priorities[0].Code, day));
            case QueryStep.Reject:
                return Pick(position, step, q => q.State == QueryState.Answered, id => QueryDesk.Reject(position, id, day));
            case QueryStep.Withdraw:
                return Pick(position, step, q => q.IsUnresolved, id => QueryDesk.Withdraw(position, id, day));
            case QueryStep.Record:
                var quarter = (position.LastQuarterRecorded?.Number ?? 0) + 1;
                return quarter > 4 ? position : Scenario.Record(position, quarter).Position;
            default:
                if ((position.LastQuarterRecorded?.Number ?? 0) < 2)
                {
                    return position;
                }

                review = UnderspendReview.Hold(position, terms, YearScenario.September);
                return review.Position;
        }
    }

    private static FundPosition Pick(FundPosition position, QueryStep step, Func<Query, bool> fits, Func<string, FundPosition> move)
    {
        var candidates = position.Queries.Where(fits).ToArray();
        return candidates.Length == 0 ? position : move(candidates[step.Pick % candidates.Length].Id);
    }
}

internal static class QueryGenerators
{
    public static Gen<QueryStep> Step { get; } =
        from kind in Gen.Frequency((4, Gen.Constant(QueryStep.Raise)), (2, Gen.Constant(QueryStep.Answer)), (1, Gen.Constant(QueryStep.Accept)), (1, Gen.Constant(QueryStep.Reattribute)),
            (1, Gen.Constant(QueryStep.Reject)), (1, Gen.Constant(QueryStep.Withdraw)), (2, Gen.Constant(QueryStep.Record)), (1, Gen.Constant(QueryStep.Review)))
        from pick in Gen.Choose(0, 1000)
        from size in MonitoringGenerators.Amount
        from days in Gen.Choose(0, 40)
        select new QueryStep(kind, pick, size, days);

    public static Gen<QueryYear> Year { get; } =
        from scenario in MonitoringGenerators.Scenario
        from count in Gen.Choose(0, 24)
        from steps in Gen.ArrayOf(Step, count)
        select new QueryYear(scenario with { Terms = scenario.Terms with { Priorities = [new Priority("P1", "Priority one")] } }, [.. steps]);
}
