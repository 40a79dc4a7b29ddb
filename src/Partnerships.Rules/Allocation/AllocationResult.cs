using System.Collections.Immutable;
using Ardalis.GuardClauses;
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

    /// <summary>Finds a recipient's allocation.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The allocation, or <see langword="null"/> when the recipient had no plan allocated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    public RecipientAllocation? FindRecipient(string recipientId)
    {
        Guard.Against.Null(recipientId);
        var index = SortedSearch.FirstIndexOf(Recipients, recipientId, static (r, id) => string.CompareOrdinal(r.RecipientId, id));
        return index >= 0 ? Recipients[index] : null;
    }

    /// <summary>Gets a recipient's allocation.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The recipient had no plan allocated.</exception>
    public RecipientAllocation GetRecipient(string recipientId) =>
        FindRecipient(recipientId) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The allocation has no recipient '{recipientId}'."));

    /// <summary>Finds an activity's allocation.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <param name="activityId">The activity id, compared ordinally.</param>
    /// <returns>The allocation, or <see langword="null"/> when the allocation has no such activity.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    public ActivityAllocation? FindActivity(string recipientId, string activityId)
    {
        Guard.Against.Null(recipientId);
        Guard.Against.Null(activityId);
        var index = SortedSearch.FirstIndexOf(Activities, (recipientId, activityId), static (a, key) =>
            string.CompareOrdinal(a.RecipientId, key.recipientId) is var order && order != 0 ? order : string.CompareOrdinal(a.ActivityId, key.activityId));
        return index >= 0 ? Activities[index] : null;
    }

    /// <summary>Gets an activity's allocation.</summary>
    /// <param name="recipientId">The recipient id, compared ordinally.</param>
    /// <param name="activityId">The activity id, compared ordinally.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The allocation has no such activity.</exception>
    public ActivityAllocation GetActivity(string recipientId, string activityId) =>
        FindActivity(recipientId, activityId) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The allocation has no activity '{activityId}' of recipient '{recipientId}'."));

    /// <summary>
    /// Returns the over-programmed activities not yet funded in full, as bids for what they still lack, ready for a
    /// reallocation under the same rules (<see cref="OverProgrammingStage.Fund(Money, IEnumerable{OverProgrammedBid}, AllocationPolicy)"/>
    /// with <see cref="Policy"/>). None when the terms do not invite over-programmed bids.
    /// </summary>
    /// <param name="plans">The plans that were allocated, to read each activity's rank and minimum viable amount.</param>
    /// <returns>The bids, by recipient id then activity id. A bid that was funded in part asks for the rest, with no minimum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> or a plan is <see langword="null"/>.</exception>
    public ImmutableArray<OverProgrammedBid> UnfundedBids(IEnumerable<Plans.SpendPlan> plans)
    {
        Guard.Against.Null(plans);
        if (!Terms.OverProgrammingInvited)
        {
            return [];
        }

        var byId = new Dictionary<(string, string), Plans.Activity>();
        foreach (var plan in plans)
        {
            Guard.Against.Null(plan, nameof(plans));
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
