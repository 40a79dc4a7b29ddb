using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The codes and English message templates of the findings of an allocation by need. A code never changes meaning and
/// is never reused; apps may key their own translated messages on it.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class NeedFindings
{
    /// <summary><c>NEED001</c>: a recipient's need share and what the formula alone would give it.</summary>
    public const string NeedShare = "NEED001";

    /// <summary><c>NEED002</c>: a recipient was raised to its floor: the formula would have given less.</summary>
    public const string RaisedToFloor = "NEED002";

    /// <summary><c>NEED003</c>: a recipient was held at its cap: the formula would have given more.</summary>
    public const string HeldAtCap = "NEED003";

    internal static readonly FindingDefinition NeedShareDefinition = new(NeedShare, FindingSeverity.Information, "A need share of {needShare} gives {unclamped} of the fund by formula; allocated {allocated}.");
    internal static readonly FindingDefinition RaisedToFloorDefinition = new(RaisedToFloor, FindingSeverity.Information, "Raised to its floor of {floor} ({reason}); the formula alone gives {unclamped}.");
    internal static readonly FindingDefinition HeldAtCapDefinition = new(HeldAtCap, FindingSeverity.Information, "Held at its cap of {cap} ({reason}); the formula alone gives {unclamped}.");

    /// <summary>Gets the definition of every finding of this kind, by code.</summary>
    public static ImmutableArray<FindingDefinition> Definitions { get; } = [HeldAtCapDefinition, NeedShareDefinition, RaisedToFloorDefinition];

    internal static Finding Share(string recipientId, decimal needShare, Money unclamped, Money allocated) =>
        NeedShareDefinition.Make(recipientId, null, allocated, ("needShare", needShare), ("unclamped", unclamped), ("allocated", allocated));

    internal static Finding Floor(string recipientId, Money floor, Money unclamped, string reason) =>
        RaisedToFloorDefinition.Make(recipientId, null, floor - unclamped, ("floor", floor), ("reason", reason), ("unclamped", unclamped));

    internal static Finding Cap(string recipientId, Money cap, Money unclamped, string reason) =>
        HeldAtCapDefinition.Make(recipientId, null, unclamped - cap, ("cap", cap), ("reason", reason), ("unclamped", unclamped));
}
