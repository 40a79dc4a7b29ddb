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

        var values = new long[weighted.Count][];
        var wide = new BigInteger[]?[weighted.Count]; // only for an indicator whose scaled values do not fit a long
        var totals = new BigInteger[weighted.Count];
        var lcm = BigInteger.One;
        var raw = new decimal[n];
        for (var k = 0; k < weighted.Count; k++)
        {
            var name = weighted[k].Name;
            var scale = 0;
            for (var i = 0; i < n; i++)
            {
                if (!recipients[i].Indicators.TryGetValue(name, out raw[i]))
                {
                    throw new ArgumentException(FormattableString.Invariant($"'{recipients[i].Id}' has no value for the indicator '{name}', which the formula weighs."), parameterName);
                }

                scale = Math.Max(scale, raw[i].Scale);
            }

            values[k] = new long[n];
            var total = BigInteger.Zero;
            long small = 0;
            var fits = true;
            for (var i = 0; i < n && fits; i++)
            {
                fits = TryScaled(raw[i], scale, out values[k][i]) && small <= long.MaxValue - values[k][i];
                small += fits ? values[k][i] : 0;
            }

            if (fits)
            {
                total = small;
            }
            else
            {
                var column = new BigInteger[n];
                for (var i = 0; i < n; i++)
                {
                    column[i] = Scaled(raw[i], scale);
                    total += column[i];
                }

                wide[k] = column;
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
        foreach (var (_, weight) in weighted)
        {
            weightTotal += weight;
        }

        var factors = new BigInteger[weighted.Count];
        var narrow = weightTotal * lcm < (BigInteger.One << 126);
        for (var k = 0; k < weighted.Count; k++)
        {
            factors[k] = weighted[k].Weight * (lcm / totals[k]);
            narrow &= wide[k] is null;
        }

        if (narrow)
        {
            // Every Nᵢ ≤ D < 2¹²⁶: 128-bit integers, no allocation per term.
            var sums = new Int128[n];
            for (var k = 0; k < weighted.Count; k++)
            {
                var factor = (Int128)factors[k];
                var column = values[k];
                for (var i = 0; i < n; i++)
                {
                    sums[i] += factor * column[i];
                }
            }

            for (var i = 0; i < n; i++)
            {
                numerators[i] = sums[i];
            }
        }
        else
        {
            for (var k = 0; k < weighted.Count; k++)
            {
                for (var i = 0; i < n; i++)
                {
                    numerators[i] += wide[k] is { } column ? factors[k] * column[i] : factors[k] * values[k][i];
                }
            }
        }

        // Σᵢ N_i = Σₖ wₖ·lcm = D.
        return new NeedShares(numerators, weightTotal * lcm);
    }

    /// <summary>A non-negative decimal times 10^scale as a long, when it fits.</summary>
    private static bool TryScaled(decimal value, int scale, out long result)
    {
        result = 0;
        var shift = scale - value.Scale;
        if (shift > 18)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            return false;
        }

        var mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
        var power = Powers[shift];
        if (mantissa > long.MaxValue / power)
        {
            return false;
        }

        result = mantissa * power;
        return true;
    }

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>A non-negative decimal times 10^scale, as an integer (its scale is at most <paramref name="scale"/>).</summary>
    internal static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        return mantissa * BigInteger.Pow(10, scale - value.Scale);
    }

    /// <summary>N ÷ D rounded half-even to <paramref name="places"/> decimal places (0 to 28, a decimal's most).</summary>
    public static decimal ToDecimal(BigInteger numerator, BigInteger denominator, int places)
    {
        var power = PowersOfTen[places];
        var quotient = BigInteger.DivRem(numerator * power, denominator, out var remainder);
        var twice = 2 * remainder;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient++;
        }

        return (decimal)quotient / (decimal)power;
    }

    private static readonly BigInteger[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(p => BigInteger.Pow(10, p))];

    /// <summary>⌊a ÷ b + ½⌋ for non-negative a and positive b.</summary>
    public static BigInteger RoundHalfUp(BigInteger a, BigInteger b) => ((2 * a) + b) / (2 * b);
}
