using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The weights of a resource allocation formula: how much each indicator (crime count, resident population, day-time
/// population, area, deprivation …) counts towards a recipient's need.
/// </summary>
/// <remarks>
/// <para>A recipient's need share is Σ weight × (its value of the indicator ÷ the indicator's total over all recipients),
/// divided by the sum of the weights, so the shares sum to one and weights may be given as percentages, fractions or
/// points alike. An indicator with weight zero is ignored. Arithmetic is exact (rationals over integers), never
/// floating point.</para>
/// <para>Indicators are named ordinally. This type is immutable and thread-safe; change it with <see cref="WithWeight"/>.</para>
/// </remarks>
public sealed record NeedFormula
{
    // The sum, checked once where the weights are made; derived from them, so equality compares only the weights.
    private readonly decimal totalWeight;

    private NeedFormula(ImmutableSortedDictionary<string, decimal> weights, decimal totalWeight)
    {
        Weights = weights;
        this.totalWeight = totalWeight;
    }

    /// <summary>Gets the weight of each indicator by name; none negative, at least one positive.</summary>
    public ImmutableSortedDictionary<string, decimal> Weights { get; }

    /// <summary>Makes a formula from indicator weights.</summary>
    /// <param name="weights">The indicator names and weights.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentException">A name is blank or repeats, or no weight is positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, or the weights add up to more than a <see cref="decimal"/> holds.</exception>
    public static NeedFormula Of(params ReadOnlySpan<(string Indicator, decimal Weight)> weights)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (indicator, weight) in weights)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(indicator, nameof(weights));
            if (weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weight, FormattableString.Invariant($"The weight of '{indicator}' is {weight}; it must not be negative."));
            }

            if (!builder.TryAdd(indicator, weight))
            {
                throw new ArgumentException(FormattableString.Invariant($"The indicator '{indicator}' is weighted twice."), nameof(weights));
            }
        }

        return Made(builder.ToImmutable(), nameof(weights));
    }

    /// <summary>Returns the formula with one indicator's weight set (added when new).</summary>
    /// <param name="indicator">The indicator name.</param>
    /// <param name="weight">Its weight; not negative.</param>
    /// <returns>The new formula.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is blank, or no weight would be positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, or the weights would add up to more than a <see cref="decimal"/> holds.</exception>
    public NeedFormula WithWeight(string indicator, decimal weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        return Made(Weights.SetItem(indicator, weight), nameof(weight));
    }

    /// <summary>Gets the sum of the weights.</summary>
    public decimal TotalWeight => totalWeight;

    private static NeedFormula Made(ImmutableSortedDictionary<string, decimal> weights, string parameterName)
    {
        decimal total = 0;
        foreach (var weight in weights.Values)
        {
            if (weight > decimal.MaxValue - total)
            {
                throw new ArgumentOutOfRangeException(parameterName, weight, FormattableString.Invariant($"The weights add up to more than {decimal.MaxValue}, the most a decimal holds."));
            }

            total += weight;
        }

        if (total == 0)
        {
            throw new ArgumentException("At least one indicator needs a positive weight.", parameterName);
        }

        return new NeedFormula(weights, total);
    }

    /// <inheritdoc />
    public bool Equals(NeedFormula? other) => other is not null && Weights.SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, weight) in Weights)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(weight);
        }

        return hash.ToHashCode();
    }
}
