using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The choices an allocation makes that the fund's terms leave open: how a shortfall is divided, how over-programmed
/// bids are ordered, and what happens to a bid that does not fit.
/// </summary>
/// <remarks>
/// Keep the policy with the result: a reallocation later in the year runs "under the same rules" by passing the same
/// policy to <see cref="OverProgrammingStage.Fund(Money, IEnumerable{OverProgrammedBid}, AllocationPolicy)"/>.
/// Change a policy with a <c>with</c> expression. This type is immutable and thread-safe.
/// </remarks>
public sealed record AllocationPolicy
{
    /// <summary>Gets the default policy: proportional shortfall, over-programmed bids by score in strict order.</summary>
    public static AllocationPolicy Default { get; } = new();

    /// <summary>Gets how core claims are divided when the fund cannot meet them all.</summary>
    public ShortfallRule ShortfallRule { get; init; } = ShortfallRule.Proportional;

    /// <summary>Gets what happens to an over-programmed bid that does not fit in the money left.</summary>
    public OverProgrammingRule OverProgrammingRule { get; init; } = OverProgrammingRule.StrictOrder;

    /// <summary>Gets the key that orders over-programmed bids before rank and id.</summary>
    public OverProgrammingOrder OverProgrammingOrder { get; init; } = OverProgrammingOrder.Score;

    /// <summary>
    /// Gets the formula weight of each recipient by recipient id (population, crime count …), used only by
    /// <see cref="ShortfallRule.Weighted"/>; every recipient with a core claim then needs a positive weight. Keys are
    /// compared ordinally whatever comparer the dictionary set had; <see langword="null"/> is taken as none. Equality
    /// compares the weights by recipient id, in any order.
    /// </summary>
    public ImmutableDictionary<string, long> FormulaWeights { get; init => field = (value ?? ImmutableDictionary<string, long>.Empty).WithComparers(StringComparer.Ordinal); } = ImmutableDictionary.Create<string, long>(StringComparer.Ordinal);

    /// <summary>Gets the need formula, used only by <see cref="ShortfallRule.ByNeed"/>.</summary>
    public NeedFormula? NeedFormula { get; init; }

    /// <summary>
    /// Gets each recipient's need indicators, used only by <see cref="ShortfallRule.ByNeed"/>; every recipient with a core
    /// claim then needs one, with a value for every indicator the formula weighs.
    /// </summary>
    public ImmutableArray<NeedRecipient> NeedIndicators { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns a value indicating whether another policy holds equal values: the formula weights compared by recipient id (ordinal) and weight, in any order; the need indicators in order.</summary>
    /// <param name="other">The policy to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(AllocationPolicy? other) =>
        other is not null
        && ShortfallRule == other.ShortfallRule
        && OverProgrammingRule == other.OverProgrammingRule
        && OverProgrammingOrder == other.OverProgrammingOrder
        && ValueEquality.Equal(FormulaWeights, other.FormulaWeights)
        && NeedFormula == other.NeedFormula
        && ValueEquality.Equal(NeedIndicators, other.NeedIndicators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ShortfallRule, OverProgrammingRule, OverProgrammingOrder, ValueEquality.Hash(FormulaWeights), NeedFormula, ValueEquality.Hash(NeedIndicators));
}
