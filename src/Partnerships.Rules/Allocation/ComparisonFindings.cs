using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The codes and English message templates of the findings of a comparison of terms. A code never changes meaning and
/// is never reused; apps may key their own translated messages on it.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ComparisonFindings
{
    /// <summary><c>COMP001</c>: a recipient's allocation under the baseline and under the proposal, and why it moved.</summary>
    public const string Changed = "COMP001";

    internal static readonly FindingDefinition ChangedDefinition = new(Changed, FindingSeverity.Information, "From {baseline} under the baseline to {proposed} under the proposal: {reasons}.");

    /// <summary>Gets the definition of every finding of this kind, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } = [ChangedDefinition];

    internal static Finding Change(string recipientId, Money baseline, Money proposed, string reasons) =>
        ChangedDefinition.Make(recipientId, null, proposed - baseline, ("baseline", baseline), ("proposed", proposed), ("reasons", reasons));
}
