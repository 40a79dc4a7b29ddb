using System.Collections.Immutable;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The allocation of a year's fund: per recipient and per activity the amount and the reasons, what stays
/// unallocated, and the terms and policy that produced it.
/// </summary>
/// <remarks>
/// <para>Conservation holds to the minor unit: the recipients' allocations plus <see cref="Unallocated"/> equal
/// <see cref="Fund"/>. Recipients are listed by id and activities by recipient id then activity id, ordinally, so the
/// same inputs in any order give an equal result.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AllocationResult
{
    /// <summary>Gets the terms the allocation ran under.</summary>
    public required FundTerms Terms { get; init; }

    /// <summary>Gets the policy the allocation ran under.</summary>
    public required AllocationPolicy Policy { get; init; }

    /// <summary>Gets the fund that was allocated: <see cref="FundTerms.Fund"/>.</summary>
    public Money Fund => Terms.Fund;

    /// <summary>Gets each recipient's allocation, by recipient id.</summary>
    public required ImmutableArray<RecipientAllocation> Recipients { get; init => field = value.OrEmpty(); }

    /// <summary>Gets each activity's allocation, by recipient id then activity id.</summary>
    public required ImmutableArray<ActivityAllocation> Activities { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the total of the core allocations.</summary>
    public required Money CoreAllocated { get; init; }

    /// <summary>Gets the total allocated to over-programmed activities.</summary>
    public required Money OverProgrammedAllocated { get; init; }

    /// <summary>Gets what stays unallocated: the fund less every allocation.</summary>
    public required Money Unallocated { get; init; }

    /// <summary>Gets a value indicating whether the core claims exceeded the fund, so the shortfall rule divided it.</summary>
    public required bool ShortfallApplied { get; init; }

    /// <summary>Gets the findings about the allocation as a whole (shortfall, money left unallocated).</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Returns the over-programmed activities not yet funded in full, as bids for what they still lack, ready for a
    /// reallocation under the same rules (<see cref="OverProgrammingStage.Fund(Money, IEnumerable{OverProgrammedBid}, AllocationPolicy)"/>
    /// with <see cref="Policy"/>). None when the terms do not invite over-programmed bids.
    /// </summary>
    /// <param name="plans">The plans that were allocated, to read each activity's rank and minimum viable amount.</param>
    /// <returns>The bids, by recipient id then activity id. A bid that was funded in part asks for the rest, with no minimum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is <see langword="null"/>.</exception>
    public ImmutableArray<OverProgrammedBid> UnfundedBids(IEnumerable<Plans.SpendPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (!Terms.OverProgrammingInvited)
        {
            return [];
        }

        var byId = new Dictionary<(string, string), Plans.Activity>();
        foreach (var plan in plans)
        {
            foreach (var activity in plan.Activities)
            {
                byId[(plan.Recipient.Id, activity.Id)] = activity;
            }
        }

        var bids = ImmutableArray.CreateBuilder<OverProgrammedBid>();
        foreach (var line in Activities)
        {
            if (!line.IsOverProgrammed || line.Allocated >= line.Requested)
            {
                continue;
            }

            byId.TryGetValue((line.RecipientId, line.ActivityId), out var activity);
            var minimum = line.Allocated.IsZero ? activity?.MinimumViableAmount : Money.Zero(line.Allocated.Currency);
            bids.Add(new OverProgrammedBid(line.RecipientId, line.ActivityId, line.Requested - line.Allocated)
            {
                MinimumViableAmount = minimum is { } m ? Money.Min(m, line.Requested) : null,
                Score = line.Score,
                Rank = activity?.Rank ?? 1,
            });
        }

        return bids.ToImmutable();
    }

    /// <summary>Returns a value indicating whether another result holds equal values: recipients, activities and findings compared in order.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(AllocationResult? other) =>
        other is not null
        && Terms == other.Terms
        && Policy == other.Policy
        && ValueEquality.Equal(Recipients, other.Recipients)
        && ValueEquality.Equal(Activities, other.Activities)
        && CoreAllocated == other.CoreAllocated
        && OverProgrammedAllocated == other.OverProgrammedAllocated
        && Unallocated == other.Unallocated
        && ShortfallApplied == other.ShortfallApplied
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms, Policy, ValueEquality.Hash(Recipients), ValueEquality.Hash(Activities), CoreAllocated, OverProgrammedAllocated, Unallocated, HashCode.Combine(ShortfallApplied, ValueEquality.Hash(Findings)));
}
