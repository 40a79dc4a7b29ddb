using System.Numerics;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// Exact need shares: share_i = Σₖ wₖ·xᵢₖ ÷ Xₖ ÷ Σw, as integers N_i over one denominator D (Σᵢ N_i = D). Each
/// indicator's values are scaled to integers by its largest number of decimal places, each weight likewise; D is
/// Σw × lcm(Xₖ) and N_i = Σₖ wₖ·xᵢₖ·(lcm ÷ Xₖ). No floating point.
/// </summary>
internal sealed class NeedShares
{
    private NeedShares(BigInteger[] numerators, BigInteger denominator)
    {
        Numerators = numerators;
        Denominator = denominator;
    }

    /// <summary>Gets N_i, in the order of the recipients given.</summary>
    public BigInteger[] Numerators { get; }

    /// <summary>Gets D.</summary>
    public BigInteger Denominator { get; }

    /// <summary>Computes the shares; every recipient must give every indicator the formula weighs positively.</summary>
    /// <exception cref="ArgumentException">A recipient lacks a weighted indicator, or a weighted indicator totals zero.</exception>
    public static NeedShares Of(NeedFormula formula, IReadOnlyList<NeedRecipient> recipients, string parameterName)
    {
        var n = recipients.Count;
        var weighted = new List<(string Name, BigInteger Weight)>();
        var weightScale = 0;
        foreach (var weight in formula.Weights.Values)
        {
            weightScale = Math.Max(weightScale, weight.Scale);
        }

        foreach (var (name, weight) in formula.Weights)
        {
            if (weight > 0)
            {
                weighted.Add((name, Scaled(weight, weightScale)));
            }
        }

        var values = new BigInteger[weighted.Count][];
        var totals = new BigInteger[weighted.Count];
        var lcm = BigInteger.One;
        for (var k = 0; k < weighted.Count; k++)
        {
            var name = weighted[k].Name;
            var scale = 0;
            foreach (var recipient in recipients)
            {
                if (!recipient.Indicators.TryGetValue(name, out var value))
                {
                    throw new ArgumentException(FormattableString.Invariant($"'{recipient.Id}' has no value for the indicator '{name}', which the formula weighs."), parameterName);
                }

                scale = Math.Max(scale, value.Scale);
            }

            values[k] = new BigInteger[n];
            var total = BigInteger.Zero;
            for (var i = 0; i < n; i++)
            {
                values[k][i] = Scaled(recipients[i].Indicators[name], scale);
                total += values[k][i];
            }

            if (total.IsZero)
            {
                throw new ArgumentException(FormattableString.Invariant($"The indicator '{name}' is zero for every recipient, so no one has a share of it; give it weight zero."), parameterName);
            }

            totals[k] = total;
            lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, total) * total;
        }

        var numerators = new BigInteger[n];
        var weightTotal = BigInteger.Zero;
        for (var k = 0; k < weighted.Count; k++)
        {
            var factor = weighted[k].Weight * (lcm / totals[k]);
            weightTotal += weighted[k].Weight;
            for (var i = 0; i < n; i++)
            {
                numerators[i] += factor * values[k][i];
            }
        }

        // Σᵢ N_i = Σₖ wₖ·lcm = D.
        return new NeedShares(numerators, weightTotal * lcm);
    }

    /// <summary>A non-negative decimal times 10^scale, as an integer (its scale is at most <paramref name="scale"/>).</summary>
    internal static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        return mantissa * BigInteger.Pow(10, scale - value.Scale);
    }

    /// <summary>N ÷ D rounded half-even to <paramref name="places"/> decimal places.</summary>
    public static decimal ToDecimal(BigInteger numerator, BigInteger denominator, int places)
    {
        var power = BigInteger.Pow(10, places);
        var quotient = BigInteger.DivRem(numerator * power, denominator, out var remainder);
        var twice = 2 * remainder;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient++;
        }

        return (decimal)quotient / (decimal)power;
    }

    /// <summary>⌊a ÷ b + ½⌋ for non-negative a and positive b.</summary>
    public static BigInteger RoundHalfUp(BigInteger a, BigInteger b) => ((2 * a) + b) / (2 * b);
}
