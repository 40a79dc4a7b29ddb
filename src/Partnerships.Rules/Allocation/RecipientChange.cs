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
    public ImmutableArray<Finding> BaselineFindings { get; init; } = [];

    /// <summary>Gets the recipient's findings under the proposal.</summary>
    public ImmutableArray<Finding> ProposedFindings { get; init; } = [];
}
