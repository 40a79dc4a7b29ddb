using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Assessment;

/// <summary>How one activity fits the year's priorities, and how its cost is attributed to them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Level">How well it fits.</param>
/// <param name="FittingPriorities">The claimed priority codes it fits at <paramref name="Level"/>, in the terms' order; empty for <see cref="PriorityFitLevel.None"/>.</param>
/// <param name="Attribution">Its cost split across its claimed priorities (see <see cref="PriorityFit.Attribute"/>); empty when it claims none.</param>
public sealed record ActivityFit(string ActivityId, PriorityFitLevel Level, ImmutableArray<string> FittingPriorities, ImmutableArray<PrioritySpend> Attribution) : IFindingValues
{
    // The attribution: its parts (PrioritySpend[]), or, from PriorityFit, the code of the one priority the activity's
    // whole cost goes to, the part made when first read. A national round fits 10^5 activities, nearly all of one
    // claim each, and the array and part per activity were a sixth of its report, which outlives the young generation.
    private object attribution = ImmutableCollectionsMarshal.AsArray(Attribution.OrEmpty())!;

    // The activity fitted, when PriorityFit made the fit: its cost is the one part's amount, and with its theme the fit
    // gives the values of the findings made about the activity (FIT, VFM004), without an object per finding.
    private readonly Activity? activity;

    /// <summary>Makes the fit of an activity, attributed to its claimed priorities as <paramref name="attribution"/> says:
    /// its parts, or the code of the one priority its whole cost goes to.</summary>
    internal ActivityFit(Activity activity, PriorityFitLevel level, ImmutableArray<string> fittingPriorities, object attribution)
        : this(activity.Id, level, fittingPriorities, default)
    {
        System.Diagnostics.Debug.Assert(attribution is string or PrioritySpend[], "Parts, or the code of one priority.");
        this.activity = activity;
        this.attribution = attribution;
    }

    /// <summary>Gets the claimed priority codes the activity fits at <see cref="Level"/>, in the terms' order.</summary>
    public ImmutableArray<string> FittingPriorities { get; init => field = value.OrEmpty(); } = FittingPriorities.OrEmpty();

    /// <summary>Gets the activity's cost split across its claimed priorities; empty when it claims none.</summary>
    public ImmutableArray<PrioritySpend> Attribution
    {
        get => ImmutableCollectionsMarshal.AsImmutableArray(attribution as PrioritySpend[] ?? (PrioritySpend[])(attribution = new[] { new PrioritySpend((string)attribution, activity!.Cost) })); // a race makes an equal array twice
        init => attribution = ImmutableCollectionsMarshal.AsArray(value.OrEmpty())!;
    }

    /// <summary>Gets a value indicating whether the activity needs a query: it fits only arguably or not at all.</summary>
    public bool IsQueried => Level != PriorityFitLevel.Direct;

    /// <summary>Gets the code of the one priority the whole cost goes to, while the attribution is held as that code; else null.</summary>
    internal string? AttributedWholeTo => attribution as string;

    /// <summary>Returns a value indicating whether another fit holds equal values: the priorities and attribution compared in order.</summary>
    /// <param name="other">The fit to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(ActivityFit? other) =>
        other is not null
        && ActivityId == other.ActivityId
        && Level == other.Level
        && ValueEquality.Equal(FittingPriorities, other.FittingPriorities)
        && ValueEquality.Equal(Attribution, other.Attribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ActivityId, Level, ValueEquality.Hash(FittingPriorities), ValueEquality.Hash(Attribution));

    // Findings about the activity: a query on its fit (FIT001–FIT003), whose cost goes under query, and a note of no
    // measurable output (VFM004). Each gives what AssessmentFindings.Make would have been given.
    Money? IFindingValues.Amount => null;

    KeyValuePair<string, object>[] IFindingValues.Values() => [];

    Money? IFindingValues.AmountFor(string code) => code == AssessmentFindings.NoMeasurableOutput ? null : activity!.Cost;

    KeyValuePair<string, object>[] IFindingValues.ValuesFor(string code) => code switch
    {
        AssessmentFindings.ArguableFit => Finding.Sorted(
            [("theme", activity!.ActivityType), ("priorities", string.Join(", ", FittingPriorities)), ("amount", activity.Cost)]),
        AssessmentFindings.NoFit => Finding.Sorted(
            [("theme", activity!.ActivityType), ("claimed", ClaimedCodes()), ("amount", activity.Cost)]),
        AssessmentFindings.NoPriorityClaimed => Finding.Sorted([("theme", activity!.ActivityType), ("amount", activity.Cost)]),
        _ => Finding.Sorted([("theme", activity!.ActivityType)]),
    };

    // The claimed known priorities in the terms' order are those the cost is attributed to, in the same order.
    private string ClaimedCodes() => attribution as string ?? string.Join(", ", Attribution.Select(static a => a.PriorityCode));
}
