using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Actual spend from the returns recorded: by activity, by priority, and the unit costs achieved against those planned.
/// </summary>
/// <remarks>
/// <para>By priority, each activity's actual spend is split as the assessment splits its planned cost
/// (<see cref="PriorityFit.Attribute"/>): equally between the distinct priorities of the terms it claims, in the terms'
/// order, the minor units left over going one each to the earlier priorities, so the parts sum to the activity's spend
/// exactly. Unit costs run <see cref="ValueForMoney.Compare(IEnumerable{SpendPlan}, ValueForMoneyThresholds)"/> twice: on the
/// plans, and on the actuals (each measurable activity's spend to date and outputs delivered).</para>
/// <para>Linear in the returns' lines, plus the sorts of the value-for-money comparison. Inputs are not changed. This type is
/// stateless and thread-safe.</para>
/// </remarks>
public static class ActualSpend
{
    /// <summary>Sums a recipient's returns by activity.</summary>
    /// <param name="account">The recipient's account.</param>
    /// <returns>Spend and outputs delivered per activity, and the spend of returns given as one figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">An activity's spend or outputs sum beyond range.</exception>
    public static SpendByActivity ByActivity(RecipientAccount account)
    {
        Guard.Against.Null(account);
        var currency = account.Allocation.Currency;
        var notByActivity = Money.Zero(currency);
        var count = 0;
        foreach (var spendReturn in account.Returns)
        {
            count += spendReturn.Lines.Length;
            if (spendReturn.Lines.IsEmpty)
            {
                notByActivity += spendReturn.Spent;
            }
        }

        // Every line of the year sorted by activity id (each return's lines already are), then each run of one id summed.
        var lines = new ActivitySpend[count];
        var at = 0;
        foreach (var spendReturn in account.Returns)
        {
            spendReturn.Lines.CopyTo(lines, at);
            at += spendReturn.Lines.Length;
        }

        if (count != (account.Returns.IsEmpty ? 0 : account.Returns[0].Lines.Length))
        {
            Array.Sort(lines, static (a, b) => string.CompareOrdinal(a.ActivityId, b.ActivityId));
        }

        var activities = ImmutableArray.CreateBuilder<ActivitySpend>(count);
        for (var i = 0; i < count;)
        {
            var id = lines[i].ActivityId;
            var spent = lines[i].Spent;
            var delivered = lines[i].Delivered;
            var end = i + 1;
            for (; end < count && string.Equals(lines[end].ActivityId, id, StringComparison.Ordinal); end++)
            {
                spent += lines[end].Spent;
                delivered = lines[end].Delivered is { } units ? (delivered ?? 0m) + units : delivered;
            }

            activities.Add(end == i + 1 ? lines[i] : new ActivitySpend(id, spent) { Delivered = delivered });
            i = end;
        }

        return new SpendByActivity(account.RecipientId, activities.Count == count ? activities.MoveToImmutable() : activities.ToImmutable(), notByActivity);
    }

    /// <summary>Attributes a recipient's actual spend to date to the priorities its plan's activities claim.</summary>
    /// <param name="account">The recipient's account.</param>
    /// <param name="plan">The recipient's plan, whose activities say which priorities they claim.</param>
    /// <param name="terms">The year's terms, whose priorities are attributed to, in their order.</param>
    /// <returns>Spend per priority of the terms, and the spend attributed to none.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan is another recipient's, or the terms' fund is in another currency from the account.</exception>
    /// <exception cref="OverflowException">A sum is beyond the range of <see cref="long"/> minor units.</exception>
    public static SpendByPriority ByPriority(RecipientAccount account, SpendPlan plan, FundTerms terms)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(plan);
        Guard.Against.Null(terms);
        if (plan.Recipient?.Id != account.RecipientId)
        {
            throw new ArgumentException(FormattableString.Invariant($"The plan is of '{plan.Recipient?.Id}'; the account is of '{account.RecipientId}'."), nameof(plan));
        }

        Guard.Against.ForeignCurrency(account.Allocation, terms.Fund, nameof(terms));
        var currency = account.Allocation.Currency;
        var index = new Dictionary<string, int>(terms.Priorities.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < terms.Priorities.Length; i++)
        {
            index[terms.Priorities[i].Code] = i;
        }

        var planned = new Dictionary<string, Activity>(plan.Activities.Length, StringComparer.Ordinal);
        foreach (var activity in plan.Activities)
        {
            if (activity is not null)
            {
                planned.TryAdd(activity.Id, activity);
            }
        }

        var sums = new Money[terms.Priorities.Length];
        sums.AsSpan().Fill(Money.Zero(currency));
        var byActivity = ByActivity(account);
        var unattributed = byActivity.NotByActivity;
        foreach (var line in byActivity.Activities)
        {
            var parts = planned.TryGetValue(line.ActivityId, out var activity) ? PriorityFit.Attribute(line.Spent, PriorityFit.Claimed(activity, terms)) : [];
            if (parts.IsEmpty)
            {
                unattributed += line.Spent;
                continue;
            }

            foreach (var part in parts)
            {
                sums[index[part.PriorityCode]] += part.Amount;
            }
        }

        var priorities = ImmutableArray.CreateBuilder<PrioritySpend>(sums.Length);
        for (var i = 0; i < sums.Length; i++)
        {
            priorities.Add(new PrioritySpend(terms.Priorities[i].Code, sums[i]));
        }

        return new SpendByPriority(account.RecipientId, priorities.MoveToImmutable(), unattributed);
    }

    /// <summary>Compares every measurable activity's planned unit cost with the one it achieved, each against its peers.</summary>
    /// <param name="position">The position, whose accounts hold the returns by activity.</param>
    /// <param name="plans">The plans of the year, one per recipient.</param>
    /// <param name="thresholds">The value-for-money thresholds, such as <see cref="FundTerms.ValueForMoney"/>.</param>
    /// <returns>One comparison per measurable activity of the plans, in the order of <see cref="ValueForMoney.Compare(IEnumerable{SpendPlan}, ValueForMoneyThresholds)"/>
    /// on the plans; the achieved side compares actual spend and outputs delivered with the other recipients' actuals.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">An activity's spend or outputs sum beyond range.</exception>
    public static ImmutableArray<UnitCostOutturn> UnitCosts(FundPosition position, IEnumerable<SpendPlan> plans, ValueForMoneyThresholds thresholds)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(plans);
        Guard.Against.Null(thresholds);
        var list = plans as IReadOnlyList<SpendPlan> ?? plans.ToList();
        var planned = ValueForMoney.Compare(list, thresholds);
        var actuals = new List<SpendPlan>(list.Count);
        foreach (var plan in list)
        {
            if (plan?.Recipient is { } recipient && position.FindAccount(recipient.Id) is { } account)
            {
                actuals.Add(plan with { Activities = Achieved(plan, ByActivity(account)) });
            }
        }

        var achieved = new Dictionary<(string, string), UnitCostComparison>();
        foreach (var comparison in ValueForMoney.Compare(actuals, thresholds))
        {
            achieved.TryAdd((comparison.RecipientId, comparison.ActivityId), comparison);
        }

        var result = ImmutableArray.CreateBuilder<UnitCostOutturn>(planned.Length);
        foreach (var comparison in planned)
        {
            result.Add(new UnitCostOutturn(comparison.RecipientId, comparison.ActivityId, comparison, achieved.GetValueOrDefault((comparison.RecipientId, comparison.ActivityId))));
        }

        return result.MoveToImmutable();
    }

    // The plan's measurable activities as they turned out: the spend to date as the cost, the outputs delivered as the output.
    private static ImmutableArray<Activity> Achieved(SpendPlan plan, SpendByActivity actual)
    {
        var builder = ImmutableArray.CreateBuilder<Activity>();
        foreach (var activity in plan.Activities)
        {
            if (activity?.Output is not { } output)
            {
                continue;
            }

            var at = SortedSearch.FirstIndexOf(actual.Activities, activity.Id, static (a, id) => string.CompareOrdinal(a.ActivityId, id));
            if (at >= 0 && actual.Activities[at] is { Delivered: > 0m } line && !line.Spent.IsNegative)
            {
                builder.Add(activity with { Cost = line.Spent, Output = output with { Quantity = line.Delivered.Value } });
            }
        }

        return builder.ToImmutable();
    }
}
