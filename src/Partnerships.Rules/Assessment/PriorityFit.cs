using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// Priority fit: whether an activity's theme (<see cref="Activity.ActivityType"/>) fits the priorities it claims
/// directly, only arguably (a query), or not at all, and how its cost is attributed to priorities.
/// </summary>
/// <remarks>
/// <para>Themes and priority codes are compared ordinally ignoring case. Only claimed priorities count: an
/// activity does not fit a priority it does not claim.</para>
/// <para>Attribution rule (penny-exact): an activity's cost is split equally between the distinct priorities
/// it claims, taken in the order of <see cref="FundTerms.Priorities"/>, with <see cref="Money.Split(int)"/>, so
/// the parts sum to the cost exactly and any minor units left over go one each to the earlier priorities. The
/// recipient's claim stands while a query is open, so queried activities are attributed too. An activity that
/// claims no known priority is attributed to none (it is counted as unattributed spend).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PriorityFit
{
    // Terms of up to this many priorities are fitted with the claims on the stack.
    private const int MaxOnStack = 64;

    /// <summary>Assesses how an activity fits the priorities of the terms it claims.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="terms">The year's terms.</param>
    /// <returns>The fit, with the cost attributed to the claimed priorities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> or <paramref name="terms"/> is <see langword="null"/>.</exception>
    public static ActivityFit Assess(Activity activity, FundTerms terms) => Assess(activity, terms, alone: null);

    /// <summary>Each priority's code alone, as the fitting priorities of an activity that fits only that one: made once
    /// per round and shared by its fits, not an array per activity.</summary>
    internal static ImmutableArray<string>[] CodesAlone(FundTerms terms)
    {
        var alone = new ImmutableArray<string>[terms.Priorities.Length];
        for (var i = 0; i < alone.Length; i++)
        {
            alone[i] = [terms.Priorities[i].Code];
        }

        return alone;
    }

    /// <summary>Fits as <see cref="Assess(Activity, FundTerms)"/> does, sharing <paramref name="alone"/>, from
    /// <see cref="CodesAlone"/> of the same terms, when given.</summary>
    internal static ActivityFit Assess(Activity activity, FundTerms terms, ImmutableArray<string>[]? alone)
    {
        Guard.Against.Null(activity);
        Guard.Against.Null(terms);
        var priorities = terms.Priorities;
        if (priorities.Length > MaxOnStack)
        {
            return AssessClaimed(activity, Claimed(activity, terms));
        }

        // The claimed priorities as positions in the terms, on the stack: assessment fits every activity of a round,
        // and a list per activity was a tenth of what it allocated.
        Span<int> claimed = stackalloc int[priorities.Length];
        var count = 0;
        for (var i = 0; i < priorities.Length; i++)
        {
            if (Has(activity.ClaimedPriorities, priorities[i].Code))
            {
                claimed[count++] = i;
            }
        }

        claimed = claimed[..count];
        Span<PriorityFitLevel> levels = stackalloc PriorityFitLevel[count];
        int direct = 0, arguable = 0;
        for (var c = 0; c < count; c++)
        {
            levels[c] = Level(priorities[claimed[c]], activity.ActivityType);
            direct += levels[c] == PriorityFitLevel.Direct ? 1 : 0;
            arguable += levels[c] == PriorityFitLevel.Arguable ? 1 : 0;
        }

        var (level, fitting) = direct > 0 ? (PriorityFitLevel.Direct, direct) : arguable > 0 ? (PriorityFitLevel.Arguable, arguable) : (PriorityFitLevel.None, 0);
        var codes = ImmutableArray<string>.Empty;
        if (fitting == 1 && alone is not null)
        {
            var c = 0;
            while (levels[c] != level)
            {
                c++;
            }

            codes = alone[claimed[c]];
        }
        else if (fitting > 0)
        {
            var array = new string[fitting];
            var at = 0;
            for (var c = 0; c < count; c++)
            {
                if (levels[c] == level)
                {
                    array[at++] = priorities[claimed[c]].Code;
                }
            }

            codes = ImmutableCollectionsMarshal.AsImmutableArray(array);
        }

        return new ActivityFit(activity, level, codes, AttributeClaimed(activity.Cost, priorities, claimed));
    }

    /// <summary>Fits as <see cref="Assess(Activity, FundTerms)"/> does, from the claimed priorities in a list: the first
    /// way of fitting, kept for terms of more priorities than the stack takes, and for the tests to hold the other to.</summary>
    internal static ActivityFit AssessClaimed(Activity activity, List<Priority> claimed)
    {
        ImmutableArray<string>.Builder? direct = null, arguable = null; // made only when a priority fits
        foreach (var priority in claimed)
        {
            if (Has(priority.DirectThemes, activity.ActivityType))
            {
                (direct ??= ImmutableArray.CreateBuilder<string>(claimed.Count)).Add(priority.Code);
            }
            else if (Has(priority.ArguableThemes, activity.ActivityType))
            {
                (arguable ??= ImmutableArray.CreateBuilder<string>(claimed.Count)).Add(priority.Code);
            }
        }

        var (level, fitting) = direct is not null ? (PriorityFitLevel.Direct, direct.DrainToImmutable())
            : arguable is not null ? (PriorityFitLevel.Arguable, arguable.DrainToImmutable())
            : (PriorityFitLevel.None, ImmutableArray<string>.Empty);
        return new ActivityFit(activity, level, fitting, ImmutableCollectionsMarshal.AsArray(Attribute(activity.Cost, claimed))!);
    }

    /// <summary>Splits an amount equally and exactly between priorities, earlier priorities taking any minor units left over.</summary>
    /// <param name="cost">The amount to attribute.</param>
    /// <param name="priorities">The priorities, in the terms' order; none gives an empty attribution.</param>
    /// <returns>One part per priority, summing exactly to <paramref name="cost"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priorities"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<PrioritySpend> Attribute(Money cost, IReadOnlyList<Priority> priorities)
    {
        Guard.Against.Null(priorities);
        if (priorities.Count == 0)
        {
            return [];
        }

        if (priorities.Count == 1)
        {
            return [new PrioritySpend(priorities[0].Code, cost)];
        }

        var parts = cost.Split(priorities.Count);
        var builder = ImmutableArray.CreateBuilder<PrioritySpend>(priorities.Count);
        for (var i = 0; i < priorities.Count; i++)
        {
            builder.Add(new PrioritySpend(priorities[i].Code, parts[i]));
        }

        return builder.MoveToImmutable();
    }

    // Attribute, on the positions in the terms of the claimed priorities: the parts, or the code of the one priority
    // the whole cost goes to (ActivityFit makes that part when it is read).
    private static object AttributeClaimed(Money cost, ImmutableArray<Priority> priorities, ReadOnlySpan<int> claimed)
    {
        if (claimed.Length == 0)
        {
            return Array.Empty<PrioritySpend>();
        }

        if (claimed.Length == 1)
        {
            return priorities[claimed[0]].Code;
        }

        var parts = cost.Split(claimed.Length);
        var spend = new PrioritySpend[claimed.Length];
        for (var i = 0; i < claimed.Length; i++)
        {
            spend[i] = new PrioritySpend(priorities[claimed[i]].Code, parts[i]);
        }

        return spend;
    }

    private static PriorityFitLevel Level(Priority priority, string theme) =>
        Has(priority.DirectThemes, theme) ? PriorityFitLevel.Direct : Has(priority.ArguableThemes, theme) ? PriorityFitLevel.Arguable : PriorityFitLevel.None;

    /// <summary>Gets the distinct known priorities an activity claims, in the terms' order.</summary>
    internal static List<Priority> Claimed(Activity activity, FundTerms terms)
    {
        var claimed = new List<Priority>(terms.Priorities.Length);
        foreach (var priority in terms.Priorities)
        {
            if (Has(activity.ClaimedPriorities, priority.Code))
            {
                claimed.Add(priority);
            }
        }

        return claimed;
    }

    // Codes and themes alike are compared ordinally, ignoring case.
    private static bool Has(ImmutableArray<string> items, string item)
    {
        foreach (var candidate in items)
        {
            if (string.Equals(candidate, item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
