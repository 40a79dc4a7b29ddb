using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>One recipient's allocation under a baseline and a proposed set of terms, the difference, and the reasons.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RecipientChange
{
    /// <summary>Gets the id of the recipient.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the allocation under the baseline (zero when the recipient is only in the proposal).</summary>
    public required Money Baseline { get; init; }

    /// <summary>Gets the allocation under the proposal (zero when the recipient is only in the baseline).</summary>
    public required Money Proposed { get; init; }

    /// <summary>Gets the proposal less the baseline.</summary>
    public Money Difference => Proposed - Baseline;

    /// <summary>Gets the summary: <c>COMP001</c> with the baseline, the proposal and the reasons in words.</summary>
    public required Finding Reason { get; init; }

    /// <summary>Gets the recipient's findings under the baseline.</summary>
    public ImmutableArray<Finding> BaselineFindings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the recipient's findings under the proposal.</summary>
    public ImmutableArray<Finding> ProposedFindings { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(RecipientChange? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && Baseline == other.Baseline
        && Proposed == other.Proposed
        && Reason == other.Reason
        && ValueEquality.Equal(BaselineFindings, other.BaselineFindings)
        && ValueEquality.Equal(ProposedFindings, other.ProposedFindings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, Baseline, Proposed, Reason, ValueEquality.Hash(BaselineFindings), ValueEquality.Hash(ProposedFindings));
}
