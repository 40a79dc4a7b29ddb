using System.Collections.Immutable;
using System.Numerics;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The fairness ratios a committee judges a formula by: for any allocation and any indicator, the amount per unit of
/// the indicator for each recipient (£ per crime, £ per 1,000 residents, £ per km²) and how much those rates vary.
/// </summary>
/// <remarks>See <see cref="FairnessReport"/> for how each figure is rounded. This type is stateless and thread-safe.</remarks>
public static class FairnessRatios
{
    /// <summary>Measures an allocation by need against one of its recipients' indicators.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="recipients">The recipients, with the indicator; each recipient of the allocation must be among them.</param>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="per">Units of the indicator per rate (1, 1,000 …); positive.</param>
    /// <returns>The rates and their dispersion.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A recipient of the allocation is missing or lacks the indicator.</exception>
    public static FairnessReport Of(NeedAllocation allocation, IEnumerable<NeedRecipient> recipients, string indicator, decimal per = 1)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            if (recipient is not null && recipient.Indicators.TryGetValue(indicator, out var value))
            {
                values[recipient.Id] = value;
            }
        }

        return Of(allocation.Amounts(), values, indicator, per);
    }

    /// <summary>Measures any allocation against an indicator.</summary>
    /// <param name="allocations">Each recipient's allocation, by id; one currency.</param>
    /// <param name="indicatorValues">Each recipient's value of the indicator, by id; none negative.</param>
    /// <param name="indicator">The indicator's name.</param>
    /// <param name="per">Units of the indicator per rate (1, 1,000 …); positive.</param>
    /// <returns>The rates, by recipient id, and their dispersion.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not positive, or a value or allocation is negative.</exception>
    /// <exception cref="ArgumentException">A recipient has no indicator value, or the allocations are in more than one currency.</exception>
    public static FairnessReport Of(IReadOnlyDictionary<string, Money> allocations, IReadOnlyDictionary<string, decimal> indicatorValues, string indicator, decimal per = 1)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(indicatorValues);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(per);
        var ids = allocations.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var rates = ImmutableArray.CreateBuilder<RecipientRate>(ids.Length);
        var exact = new List<(BigInteger Num, BigInteger Den)>();
        var approximate = new List<decimal>();
        Currency? currency = null;
        foreach (var id in ids)
        {
            var amount = allocations[id];
            if (currency is { } c && c != amount.Currency)
            {
                throw new ArgumentException(FormattableString.Invariant($"'{id}' is allocated in {amount.Currency.Code}, others in {c.Code}."), nameof(allocations));
            }

            currency = amount.Currency;
            if (!indicatorValues.TryGetValue(id, out var value))
            {
                throw new ArgumentException(FormattableString.Invariant($"'{id}' has no value for '{indicator}'."), nameof(indicatorValues));
            }

            if (value < 0 || amount.IsNegative)
            {
                throw new ArgumentOutOfRangeException(nameof(indicatorValues), value, FormattableString.Invariant($"'{id}' has {indicator} of {value} and an allocation of {amount}; neither may be negative."));
            }

            decimal? rate = null;
            if (value > 0)
            {
                // rate = minor × per ÷ (value × minor units per major unit), as integers over one scale.
                var scale = Math.Max(value.Scale, per.Scale);
                var num = amount.MinorUnits * Integer(per, scale);
                var den = Integer(value, scale) * amount.Currency.MinorUnitsPerMajorUnit;
                exact.Add((num, den));
                approximate.Add(Approximate(num, den));
                rate = ToDecimal(num, den, 4);
            }

            rates.Add(new RecipientRate { RecipientId = id, Allocated = amount, IndicatorValue = value, AmountPerUnit = rate });
        }

        return new FairnessReport
        {
            Indicator = indicator,
            Per = per,
            Rates = rates.MoveToImmutable(),
            MaxToMin = MaxToMin(exact),
            CoefficientOfVariation = CoefficientOfVariation(approximate),
            Gini = Gini(approximate),
        };
    }

    private static decimal? MaxToMin(List<(BigInteger Num, BigInteger Den)> rates)
    {
        if (rates.Count == 0)
        {
            return null;
        }

        var (max, min) = (rates[0], rates[0]);
        foreach (var rate in rates)
        {
            if (rate.Num * max.Den > max.Num * rate.Den)
            {
                max = rate;
            }

            if (rate.Num * min.Den < min.Num * rate.Den)
            {
                min = rate;
            }
        }

        return min.Num.IsZero ? null : ToDecimal(max.Num * min.Den, max.Den * min.Num, 6);
    }

    private static decimal? CoefficientOfVariation(List<decimal> rates)
    {
        var mean = Mean(rates);
        if (mean is not { } m || m == 0)
        {
            return null;
        }

        // On rates ÷ mean (about 1 each), so the squares stay well inside decimal's range.
        decimal squares = 0;
        foreach (var rate in rates)
        {
            var d = (rate / m) - 1;
            squares += d * d;
        }

        return Math.Round(SquareRoot(squares / rates.Count), 6, MidpointRounding.ToEven);
    }

    private static decimal? Gini(List<decimal> rates)
    {
        var mean = Mean(rates);
        if (mean is not { } m || m == 0)
        {
            return null;
        }

        // G = Σᵢ (2i − n − 1)·xᵢ ÷ (n²·mean) over the rates in ascending order, i from 1.
        var sorted = rates.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        decimal sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += ((2 * (i + 1)) - n - 1) * (sorted[i] / m);
        }

        return Math.Round(sum / n / n, 6, MidpointRounding.ToEven);
    }

    private static decimal? Mean(List<decimal> rates)
    {
        if (rates.Count == 0)
        {
            return null;
        }

        decimal total = 0;
        foreach (var rate in rates)
        {
            total += rate / rates.Count;
        }

        return total;
    }

    /// <summary>√x by Newton's iteration in decimal, to decimal's precision; x not negative.</summary>
    internal static decimal SquareRoot(decimal x)
    {
        if (x == 0)
        {
            return 0;
        }

        var guess = (decimal)Math.Sqrt((double)x); // a starting point only; Newton refines it in decimal
        for (var round = 0; round < 64; round++)
        {
            var next = (guess + (x / guess)) / 2;
            if (next == guess)
            {
                break;
            }

            guess = next;
        }

        return guess;
    }

    private static BigInteger Integer(decimal value, int scale) => NeedShares.Scaled(value, scale);

    /// <summary>num ÷ den to 20 significant digits or more, within decimal's range.</summary>
    private static decimal Approximate(BigInteger num, BigInteger den)
    {
        var digits = BigInteger.Divide(num, den).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return ToDecimal(num, den, Math.Clamp(26 - digits, 0, 24));
    }

    private static decimal ToDecimal(BigInteger num, BigInteger den, int places) => NeedShares.ToDecimal(num, den, places);
}
