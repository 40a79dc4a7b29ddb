using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>The same recipients allocated under two sets of terms: what changed in the terms, and per recipient what it did.</summary>
/// <remarks>Recipients are listed by id, ordinally. This type is immutable and thread-safe.</remarks>
public sealed record TermsComparison
{
    /// <summary>Gets what differs between the baseline and the proposal, in words ("fund £1,440,000.00 → £1,500,000.00").</summary>
    public required ImmutableArray<string> TermChanges { get; init => field = value.OrEmpty(); }

    /// <summary>Gets each recipient's change, by id.</summary>
    public required ImmutableArray<RecipientChange> Recipients { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the total allocated under the baseline.</summary>
    public required Money BaselineTotal { get; init; }

    /// <summary>Gets the total allocated under the proposal.</summary>
    public required Money ProposedTotal { get; init; }

    /// <inheritdoc />
    public bool Equals(TermsComparison? other) =>
        other is not null
        && ValueEquality.Equal(TermChanges, other.TermChanges)
        && ValueEquality.Equal(Recipients, other.Recipients)
        && BaselineTotal == other.BaselineTotal
        && ProposedTotal == other.ProposedTotal;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.Hash(TermChanges), ValueEquality.Hash(Recipients), BaselineTotal, ProposedTotal);
}
