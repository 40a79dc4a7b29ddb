using System.Numerics;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The core of allocation by need: divides a fund among recipients in proportion to need, each clamped to its floor
/// and cap, by the Webster (Sainte-Laguë) divisor rule on the penny grid: unit k above a recipient's floor falls due at
/// the multiplier (k − ½) ÷ need, and the fund's units go to the earliest, ties to the lower index. So each award is
/// clamp(⌊λ·need + ½⌋, floor, cap) for one common multiplier λ (ties at λ itself split by index): its need share
/// rounded to the nearest unit. A divisor rule is monotone in the fund (a larger fund gives units in the same order,
/// only more of them) and the index is the only tie-break.
/// </summary>
/// <remarks>
/// Needs are exact integers (<see cref="BigInteger"/>); doubles only guess where λ lies, and every guess is checked
/// exactly before it is used, so a poor guess costs time, never a wrong award.
/// </remarks>
internal static class NeedDivision
{
    /// <summary>Divides <paramref name="fund"/>; the caller has checked Σ floors ≤ fund ≤ Σ caps and that some need is positive when fund &gt; Σ floors.</summary>
    /// <returns>
    /// The threshold of the last unit given, λ = P ÷ Q (zero when every recipient is at its floor), and of the next unit
    /// that would be given (Q zero: none), for telling which recipients a floor or a cap bound.
    /// </returns>
    internal static ((BigInteger P, BigInteger Q) Last, (BigInteger P, BigInteger Q) Next) Divide(long fund, BigInteger[] needs, long[] floors, long[] caps, long[] awards)
    {
        var n = needs.Length;
        long floorTotal = 0;
        for (var i = 0; i < n; i++)
        {
            awards[i] = floors[i];
            floorTotal += floors[i];
        }

        if (fund == floorTotal)
        {
            return ((BigInteger.Zero, BigInteger.One), Next(needs, scaled: null, caps, awards));
        }

        // Doubles to guess λ: needs scaled to at most 2⁶⁰, so a double λ_d means λ = λ_d ÷ 2^shift.
        var most = BigInteger.Zero;
        foreach (var need in needs)
        {
            most = BigInteger.Max(most, need);
        }

        var shift = (int)Math.Max(0, most.GetBitLength() - 60);
        var scaled = new double[n];
        for (var i = 0; i < n; i++)
        {
            scaled[i] = Math.ScaleB((double)needs[i], -shift); // within a few units in the last place: a guide only
        }

        var guess = Solve(fund, scaled, floors, caps);
        var margin = (n + 4.0) / fund;
        (BigInteger P, BigInteger Q) low, high;
        long givenLow;
        while (true)
        {
            var lowGuess = Math.Max(0, guess * (1 - margin));
            low = Exact(lowGuess, shift);
            givenLow = Count(low, lowGuess, scaled, needs, floors, caps, awards);
            if (givenLow < fund)
            {
                break;
            }

            margin *= 8;
            if (margin >= 1)
            {
                low = (BigInteger.Zero, BigInteger.One);
                givenLow = Count(low, 0, scaled, needs, floors, caps, awards);
                break;
            }
        }

        var upper = new long[n];
        var factor = 1 + ((n + 4.0) / fund);
        long givenHigh;
        while (true)
        {
            high = Exact(guess * factor, shift);
            givenHigh = Count(high, guess * factor, scaled, needs, floors, caps, upper);
            if (givenHigh >= fund)
            {
                break;
            }

            factor *= 8;
        }

        // Units with threshold ≤ low are given (awards now); those in (low, high] are candidates; pick the earliest.
        var items = new Unit[givenHigh - givenLow];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var k = awards[i] + 1; k <= upper[i]; k++)
            {
                items[count++] = new Unit(i, k, ((2.0 * k) - 1) / (2 * scaled[i]));
            }
        }

        var picked = (int)(fund - givenLow);
        SelectEarliest(items, picked, needs);
        var last = items[0];
        for (var c = 0; c < picked; c++)
        {
            awards[items[c].Index]++;
            if (Earlier(last, items[c], needs))
            {
                last = items[c];
            }
        }

        // λ is the threshold of the last unit given: (2k − 1) ÷ (2·need).
        var lastGiven = picked == 0 ? low : (new BigInteger((2 * last.Number) - 1), 2 * needs[last.Index]);
        return (lastGiven, Next(needs, scaled, caps, awards));
    }

    /// <summary>The earliest threshold (2a + 1) ÷ (2·need) of a unit not given, over recipients with need below their cap; Q zero when none.</summary>
    private static (BigInteger P, BigInteger Q) Next(BigInteger[] needs, double[]? scaled, long[] caps, long[] awards)
    {
        (BigInteger P, BigInteger Q) next = (BigInteger.One, BigInteger.Zero);
        var nextKey = double.PositiveInfinity;
        for (var i = 0; i < needs.Length; i++)
        {
            if (needs[i].IsZero || awards[i] >= caps[i])
            {
                continue;
            }

            // The double key rules a unit out when clearly later; the integers decide the rest.
            var key = scaled is null ? 0 : ((2.0 * awards[i]) + 1) / (2 * scaled[i]);
            if (key > nextKey * (1 + 1e-12))
            {
                continue;
            }

            var p = new BigInteger((2 * awards[i]) + 1);
            var q = 2 * needs[i];
            if (next.Q.IsZero || p * next.Q < next.P * q)
            {
                next = (p, q);
                nextKey = Math.Min(nextKey, key);
            }
        }

        return next;
    }

    /// <summary>
    /// Units each recipient holds at λ = P ÷ Q (λ_d as a double): clamp(⌊λ·need + ½⌋, floor, cap); their total. The
    /// double λ_d·sᵢ decides unless it lies within a relative 10⁻¹² of a rounding boundary; then the integers do.
    /// </summary>
    internal static long Count((BigInteger P, BigInteger Q) lambda, double lambdaDouble, double[] scaled, BigInteger[] needs, long[] floors, long[] caps, long[] counts)
    {
        long total = 0;
        var twoQ = 2 * lambda.Q;
        for (var i = 0; i < needs.Length; i++)
        {
            long units;
            var y = (lambdaDouble * scaled[i]) + 0.5;
            var nearest = Math.Round(y);
            if (needs[i].IsZero || lambda.P.IsZero)
            {
                units = floors[i];
            }
            else if (Math.Abs(y - nearest) > (y * 1e-12) + 1e-9)
            {
                // Only below about 5·10¹¹ (past that the tolerance exceeds ½), so the floor fits a long.
                units = Math.Clamp((long)Math.Floor(y), floors[i], caps[i]);
            }
            else if (y > caps[i] * 1.000001)
            {
                units = caps[i];
            }
            else
            {
                var raw = ((2 * lambda.P * needs[i]) + lambda.Q) / twoQ;
                units = raw >= caps[i] ? caps[i] : Math.Max(floors[i], (long)raw);
            }

            counts[i] = units;
            total = checked(total + units);
        }

        return total;
    }

    /// <summary>The double λ_d as the exact rational λ_d ÷ 2^shift.</summary>
    internal static (BigInteger P, BigInteger Q) Exact(double value, int shift)
    {
        if (value <= 0 || double.IsNaN(value))
        {
            return (BigInteger.Zero, BigInteger.One);
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var power = exponent - 1075 - shift; // value = mantissa × 2^(exponent − 1075)
        return power >= 0
            ? (new BigInteger(mantissa) << power, BigInteger.One)
            : (new BigInteger(mantissa), BigInteger.One << -power);
    }

    /// <summary>λ_d with Σ clamp(λ_d·sᵢ, floor, cap) ≈ fund, by bisection in doubles (a guess only).</summary>
    private static double Solve(long fund, double[] scaled, long[] floors, long[] caps)
    {
        double low = 0, high = 1;
        for (var round = 0; round < 2100 && Sum(high, scaled, floors, caps) < fund; round++)
        {
            high *= 2;
        }

        for (var round = 0; round < 80 && high - low > high * 1e-15; round++)
        {
            var middle = (low + high) / 2;
            if (Sum(middle, scaled, floors, caps) < fund)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    private static double Sum(double lambda, double[] scaled, long[] floors, long[] caps)
    {
        double total = 0;
        for (var i = 0; i < scaled.Length; i++)
        {
            total += Math.Clamp(lambda * scaled[i], floors[i], caps[i]);
        }

        return total;
    }

    /// <summary>
    /// Whether unit a falls due before unit b: (2kₐ − 1) ÷ needₐ &lt; (2k_b − 1) ÷ need_b, ties to the lower index. The
    /// double keys (relative error below 10⁻¹⁵) decide when they differ by more than a relative 10⁻¹²; else the integers.
    /// </summary>
    private static bool Earlier(in Unit a, in Unit b, BigInteger[] needs)
    {
        if (a.Key < b.Key * (1 - 1e-12))
        {
            return true;
        }

        if (a.Key > b.Key * (1 + 1e-12))
        {
            return false;
        }

        var cmp = (((2 * a.Number) - 1) * needs[b.Index]).CompareTo(((2 * b.Number) - 1) * needs[a.Index]);
        return cmp != 0 ? cmp < 0 : a.Index < b.Index;
    }

    /// <summary>Moves the <paramref name="k"/> earliest units to the front (quickselect; keys are distinct).</summary>
    private static void SelectEarliest(Unit[] items, int k, BigInteger[] needs)
    {
        if (k <= 0 || k >= items.Length)
        {
            return;
        }

        var target = k - 1;
        int lo = 0, hi = items.Length - 1;
        var random = new Xorshift(items.Length);
        while (lo < hi)
        {
            var pivot = items[lo + random.Below(hi - lo + 1)];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (Earlier(in items[i], in pivot, needs))
                {
                    i++;
                }

                while (Earlier(in pivot, in items[j], needs))
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                hi = j;
            }
            else if (target >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Unit number <see cref="Number"/> of recipient <see cref="Index"/>, with its threshold as a double for fast comparison.</summary>
    private readonly record struct Unit(int Index, long Number, double Key);
}
