namespace Partnerships.Rules.Assessment;

/// <summary>
/// Whether a unit cost's ratio to the median, as <see cref="UnitCostComparison.RatioToMedian"/> has it, is above a
/// threshold, deciding with doubles where they decide: a round judges 8·10^4 unit costs, and a decimal division each
/// (of 28 digits by 28) was a twentieth of an assessment's time. The ratio itself is worked out only when read.
/// </summary>
/// <remarks>
/// A double of a decimal is within 2^-52 of it, relatively, and so is the quotient of two doubles of the quotient; the
/// decimal quotient is within 10^-28 of the exact one. A double estimate more than 2^-30 (relatively) away from the
/// threshold is therefore on the same side of it as the decimal ratio. Closer, and whenever a value is not positive,
/// the threshold is tiny or the quotient nears the decimal's range, the ratio is worked out exactly.
/// </remarks>
internal static class RatioThreshold
{
    private const double Margin = 1.0 / (1L << 30);

    /// <summary>Whether <c>UnitCostComparison.Ratio(unitCost, median) &gt; threshold</c>: false when there is no ratio.</summary>
    public static bool IsAbove(decimal unitCost, decimal median, decimal threshold)
    {
        if (unitCost > 0 && median > 0 && threshold >= 0.000001m)
        {
            var estimate = (double)unitCost / (double)median;
            var limit = (double)threshold;
            if (estimate < 1e20)
            {
                if (estimate > limit * (1 + Margin))
                {
                    return true;
                }

                if (estimate < limit * (1 - Margin))
                {
                    return false;
                }
            }
        }

        return UnitCostComparison.Ratio(unitCost, median) > threshold;
    }
}
