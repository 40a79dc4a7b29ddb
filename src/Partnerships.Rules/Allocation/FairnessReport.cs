using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// How evenly an allocation serves an indicator: each recipient's amount per unit of it, and the dispersion of those
/// rates across recipients (max ÷ min, coefficient of variation, Gini).
/// </summary>
/// <remarks>
/// <para>Dispersion is over the recipients whose indicator is positive. <see cref="MaxToMin"/> is computed exactly from
/// the rates as rationals, then rounded; <see cref="CoefficientOfVariation"/> (population standard deviation ÷ mean) and
/// <see cref="Gini"/> are computed in <see cref="decimal"/> from each rate to 28 significant digits, the square root by
/// Newton's iteration in decimal; all three are rounded half-even to 6 decimal places. A measure is
/// <see langword="null"/> when it is undefined (no rated recipient, a zero mean, a zero minimum for max ÷ min).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FairnessReport
{
    /// <summary>Gets the indicator's name.</summary>
    public required string Indicator { get; init; }

    /// <summary>Gets how many units of the indicator a rate is per (1 for £ per crime, 1,000 for £ per 1,000 residents).</summary>
    public required decimal Per { get; init; }

    /// <summary>Gets each recipient's rate, by recipient id.</summary>
    public required ImmutableArray<RecipientRate> Rates { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the highest rate divided by the lowest, if defined.</summary>
    public required decimal? MaxToMin { get; init; }

    /// <summary>Gets the coefficient of variation of the rates (0 when all are equal), if defined.</summary>
    public required decimal? CoefficientOfVariation { get; init; }

    /// <summary>Gets the Gini coefficient of the rates (0 when all are equal, towards 1 when one recipient has it all), if defined.</summary>
    public required decimal? Gini { get; init; }

    /// <inheritdoc />
    public bool Equals(FairnessReport? other) =>
        other is not null
        && Indicator == other.Indicator
        && Per == other.Per
        && ValueEquality.Equal(Rates, other.Rates)
        && MaxToMin == other.MaxToMin
        && CoefficientOfVariation == other.CoefficientOfVariation
        && Gini == other.Gini;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Per, ValueEquality.Hash(Rates), MaxToMin, CoefficientOfVariation, Gini);
}
