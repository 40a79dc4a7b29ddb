using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Plans;

/// <summary>
/// The checks of <see cref="SpendPlanValidator"/> against terms (equality statement not required), written out by hand
/// for assessment: a valid plan costs a few comparisons per activity and allocates nothing, and an invalid one gives
/// the same findings as the FluentValidation path, which the tests hold it to (docs/design.md, invariant 11).
/// </summary>
/// <remarks>A rule added to <see cref="SpendPlanValidator"/>, <see cref="ActivityValidator"/>,
/// <see cref="RecipientValidator"/> or <see cref="OutputMeasureValidator"/> is added here too. Built once per round;
/// not thread-safe only in that it is not shared.</remarks>
internal sealed class FastSpendPlanValidator
{
    // Up to this many activities, duplicate ids are found by comparing pairs: no set to allocate.
    private const int PairwiseUpTo = 16;

    private readonly FundTerms terms;
    private readonly (string Name, object? Value)[] currency;
    private readonly (string Name, object? Value)[] year;
    private readonly (string Name, object? Value)[] known;
    private readonly HashSet<string>? recipients;

    public FastSpendPlanValidator(FundTerms terms)
    {
        this.terms = terms;
        currency = [("currency", terms.Currency.Code)];
        year = [("year", terms.Year.Label)];
        known = [("known", PlanFindings.KnownPriorities(terms))];
        recipients = terms.Recipients.IsEmpty ? null : terms.Recipients.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Adds the plan's failures to <paramref name="found"/>, made when the first one is.</summary>
    public void Validate(SpendPlan plan, ref List<Finding>? found)
    {
        var recipientId = plan.Recipient?.Id;
        if (plan.Recipient is not { } recipient)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.RecipientIdBlank, recipientId, null, nameof(SpendPlan.Recipient), null));
        }
        else
        {
            if (DomainGuards.IsBlankText(recipient.Name))
            {
                Add(ref found, PlanFindings.Make(PlanFindings.RecipientNameBlank, recipientId, null, "Recipient.Name", recipient.Name));
            }

            if (recipients is not null && recipient.Id is not null && !recipients.Contains(recipient.Id))
            {
                Add(ref found, PlanFindings.Make(PlanFindings.UnknownRecipient, recipientId, null, "Recipient.Id", recipient.Id));
            }
        }

        if (plan.Activities.IsEmpty)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.NoActivities, recipientId, null, nameof(SpendPlan.Activities), null));
        }
        else
        {
            Int128 total = 0;
            foreach (var activity in plan.Activities)
            {
                Validate(activity, recipientId, ref found);
                total += activity?.Cost.MinorUnits ?? 0;
            }

            DuplicateIds(plan, recipientId, ref found);
            if (total < long.MinValue || total > long.MaxValue)
            {
                Add(ref found, PlanFindings.Make(PlanFindings.TotalOutOfRange, recipientId, null, nameof(SpendPlan.Total), null));
            }
        }

        if (plan.Year != terms.Year)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.WrongYear, recipientId, null, nameof(SpendPlan.Year), plan.Year, year));
        }
    }

    private static void Add(ref List<Finding>? found, Finding finding) => (found ??= []).Add(finding);

    private static void DuplicateIds(SpendPlan plan, string? recipientId, ref List<Finding>? found)
    {
        var activities = plan.Activities;
        if (InIdOrder(activities))
        {
            return; // ids strictly increasing (as plans mostly come): none repeats, found in one comparison per activity
        }

        HashSet<string>? seen = activities.Length > PairwiseUpTo ? new(activities.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < activities.Length; i++)
        {
            var id = activities[i]?.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (seen is not null ? !seen.Add(id) : SeenBefore(activities, i, id))
            {
                Add(ref found, PlanFindings.Make(PlanFindings.DuplicateActivityId, recipientId, id, nameof(Activity.Id), id));
            }
        }
    }

    private static bool InIdOrder(System.Collections.Immutable.ImmutableArray<Activity> activities)
    {
        for (var i = 1; i < activities.Length; i++)
        {
            if (activities[i - 1]?.Id is not { } previous || activities[i]?.Id is not { } id || string.CompareOrdinal(previous, id) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SeenBefore(System.Collections.Immutable.ImmutableArray<Activity> activities, int i, string id)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(activities[j]?.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Validate(Activity? activity, string? recipientId, ref List<Finding>? found)
    {
        if (activity is null)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.ActivityIdBlank, recipientId, string.Empty, nameof(Activity.Id), null));
            return;
        }

        var id = activity.Id;

        if (DomainGuards.IsBlankText(activity.Title))
        {
            Add(ref found, PlanFindings.Make(PlanFindings.ActivityTitleBlank, recipientId, id, nameof(Activity.Title), activity.Title));
        }

        if (DomainGuards.IsBlankText(activity.ActivityType))
        {
            Add(ref found, PlanFindings.Make(PlanFindings.ActivityTypeBlank, recipientId, id, nameof(Activity.ActivityType), activity.ActivityType));
        }

        var cost = activity.Cost;
        if (cost.IsNegative)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.NegativeAmount, recipientId, id, nameof(Activity.Cost), cost));
        }

        if (activity.Rank < 1)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.RankBelowOne, recipientId, id, nameof(Activity.Rank), activity.Rank));
        }

        if (activity.Output is { } output)
        {
            if (!(output.Quantity > 0m))
            {
                Add(ref found, PlanFindings.Make(PlanFindings.OutputQuantityNotPositive, recipientId, id, "Output.Quantity", output.Quantity));
            }

            if (DomainGuards.IsBlankText(output.Unit))
            {
                Add(ref found, PlanFindings.Make(PlanFindings.OutputUnitBlank, recipientId, id, "Output.Unit", output.Unit));
            }
        }

        if (activity.MinimumViableAmount is { } minimum)
        {
            const string field = nameof(Activity.MinimumViableAmount);
            if (minimum.IsNegative)
            {
                Add(ref found, PlanFindings.Make(PlanFindings.NegativeAmount, recipientId, id, field, minimum));
            }

            if (minimum.Currency != cost.Currency)
            {
                Add(ref found, PlanFindings.Make(PlanFindings.ForeignCurrency, recipientId, id, field, minimum, ("currency", cost.Currency.Code)));
            }
            else if (minimum > cost)
            {
                Add(ref found, PlanFindings.Make(PlanFindings.MinimumViableAboveCost, recipientId, id, field, minimum, ("cost", cost)));
            }
        }

        if (cost.Currency != terms.Currency)
        {
            Add(ref found, PlanFindings.Make(PlanFindings.ForeignCurrency, recipientId, id, nameof(Activity.Cost), cost, currency));
        }

        var claimed = activity.ClaimedPriorities;
        for (var j = 0; j < claimed.Length; j++)
        {
            var code = claimed[j];
            if (code is null || terms.FindPriority(code) is null)
            {
                Add(ref found, PlanFindings.Make(PlanFindings.UnknownPriority, recipientId, id, FormattableString.Invariant($"{nameof(Activity.ClaimedPriorities)}[{j}]"), code, known));
            }
        }
    }
}
