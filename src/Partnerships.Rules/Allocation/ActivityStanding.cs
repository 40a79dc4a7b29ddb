using Ardalis.GuardClauses;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// How one activity stands after assessment, as far as allocation cares: the amount under query and the score that
/// places an over-programmed activity in the funding order.
/// </summary>
/// <remarks>
/// Pass standings to <see cref="Allocator.Allocate(Schemes.FundTerms, IEnumerable{Plans.SpendPlan}, AllocationPolicy, IEnumerable{ActivityStanding}?)"/>;
/// an activity without one has nothing under query and score zero. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RecipientId">The id of the recipient whose plan holds the activity.</param>
/// <param name="ActivityId">The id of the activity within that plan.</param>
/// <exception cref="ArgumentException">An id is blank or not well-formed UTF-16.</exception>
public sealed record ActivityStanding(string RecipientId, string ActivityId)
{
    /// <summary>Gets the id of the recipient whose plan holds the activity; never blank.</summary>
    public string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); } = Guard.Against.BlankId(RecipientId, nameof(RecipientId));

    /// <summary>Gets the id of the activity within that plan; never blank.</summary>
    public string ActivityId { get; init => field = Guard.Against.BlankId(value, nameof(ActivityId)); } = Guard.Against.BlankId(ActivityId, nameof(ActivityId));

    /// <summary>
    /// Gets the amount of the activity's cost under query, between zero and the cost; held back from allocation when
    /// the terms say <see cref="Schemes.FundTerms.HoldBackQueriedAmounts"/>, otherwise only reported.
    /// </summary>
    public Money? QueriedAmount { get; init; }

    /// <summary>Gets the assessment score, higher first; not negative. Orders over-programmed activities.</summary>
    public int Score { get; init; }
}
