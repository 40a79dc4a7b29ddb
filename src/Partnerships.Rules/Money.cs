using System.Collections.Immutable;
using System.Numerics;
using Ardalis.GuardClauses;

namespace Partnerships.Rules;

/// <summary>
/// An exact amount of money: a whole number of minor units (pence) of one <see cref="Rules.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Money is never a binary floating-point number. Arithmetic is checked: a result beyond the range of
/// <see cref="long"/> minor units throws <see cref="OverflowException"/> rather than wrapping.</para>
/// <para>Arithmetic and comparison are defined only between amounts of the same currency; mixing currencies
/// throws <see cref="InvalidOperationException"/> naming both. Equality is by amount and currency, so £1 and
/// €1 are simply unequal.</para>
/// <para>Conversions from <see cref="decimal"/> never round silently: an amount finer than the minor unit
/// throws unless the caller names a <see cref="MidpointRounding"/> rule, and so do products by a rate
/// (<see cref="MultiplyBy(decimal, MidpointRounding)"/>) and by an exact fraction such as 9/12
/// (<see cref="MultiplyBy(long, long, MidpointRounding)"/>, computed in 128-bit integers and rounded once).
/// <see cref="Split(ReadOnlySpan{long})"/> divides an amount into parts that always sum to it.</para>
/// <para><see cref="ToString()"/> writes the amount as a person in the UK reads it (<c>£1,600,000.00</c>,
/// <c>-£12.50</c>), whatever the current culture; <see cref="Parse(string, Rules.Currency)"/> reads it back.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> DigitsAndCommas = System.Buffers.SearchValues.Create("0123456789,");

    private Money(long minorUnits, Currency currency)
    {
        MinorUnits = minorUnits;
        Currency = currency;
    }

    /// <summary>Gets the amount in whole minor units: pence for pounds.</summary>
    public long MinorUnits { get; }

    /// <summary>Gets the currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the amount in major units as an exact decimal: 1234 pence is 12.34.</summary>
    public decimal Amount => MinorUnits / (decimal)Currency.MinorUnitsPerMajorUnit;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => MinorUnits == 0;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => MinorUnits < 0;

    /// <summary>Creates an amount from whole minor units.</summary>
    /// <param name="minorUnits">The amount in minor units, such as pence.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    public static Money FromMinorUnits(long minorUnits, Currency currency) => new(minorUnits, currency);

    /// <summary>Creates an amount from major units, which must be a whole number of minor units.</summary>
    /// <param name="amount">The amount in major units, such as 42705.00 pounds.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is finer than the currency's minor unit (£0.001).</exception>
    /// <exception cref="OverflowException"><paramref name="amount"/> is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money FromMajorUnits(decimal amount, Currency currency)
    {
        var scaled = Scale(amount, currency);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The amount {amount} is finer than one minor unit of {currency.Code} ({currency.MinorUnitDigits} decimal places); name a MidpointRounding rule to round it."),
                nameof(amount));
        }

        return new Money(ToMinorUnits(scaled, amount, currency), currency);
    }

    /// <summary>Creates an amount from major units, rounding to the nearest minor unit by the rule given.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="rounding">How to round an amount finer than the minor unit.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException"><paramref name="amount"/> is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money FromMajorUnits(decimal amount, Currency currency, MidpointRounding rounding)
    {
        CheckRounding(rounding);
        return new Money(ToMinorUnits(Math.Round(Scale(amount, currency), 0, rounding), amount, currency), currency);
    }

    /// <summary>Creates an amount in pounds sterling.</summary>
    /// <param name="pounds">The amount in pounds; at most two decimal places.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="pounds"/> has more than two decimal places.</exception>
    /// <exception cref="OverflowException"><paramref name="pounds"/> is beyond the range of <see cref="long"/> pence.</exception>
    public static Money Pounds(decimal pounds) => FromMajorUnits(pounds, Currency.Gbp);

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>Multiplies the amount by a rate, rounding the product to a minor unit by the rule given.</summary>
    /// <example><c>Money.Pounds(33_500).MultiplyBy(0.095m, MidpointRounding.AwayFromZero)</c> is £3,182.50 (employer NI).</example>
    /// <param name="rate">The rate, such as 0.095 for 9.5%.</param>
    /// <param name="rounding">How to round a product finer than the minor unit.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="long"/> minor units.</exception>
    public Money MultiplyBy(decimal rate, MidpointRounding rounding)
    {
        CheckRounding(rounding);

        // A decimal product keeps only 28–29 digits, so it could round before the rounding named: multiply the
        // rate's integer mantissa exactly and divide by its power of ten once. Rates of up to 19 significant digits
        // stay in 128 bits and allocate nothing; longer ones take BigInteger.
        Span<int> bits = stackalloc int[4];
        _ = decimal.GetBits(rate, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var high = unchecked((uint)bits[2]);
        var low = ((ulong)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        if (high == 0)
        {
            // |minor units| ≤ 2^63 and the mantissa < 2^64: the product fits in 128 bits.
            Int128 top = (Int128)MinorUnits * low;
            return new Money(ToMinorUnits(DivideRounded(bits[3] < 0 ? -top : top, PowerOfTen<Int128>(scale), rounding), this, "×", rate), Currency);
        }

        var exact = (BigInteger)MinorUnits * (((BigInteger)high << 64) | low);
        return new Money(ToMinorUnits(DivideRounded(bits[3] < 0 ? -exact : exact, PowerOfTen<BigInteger>(scale), rounding), this, "×", rate), Currency);
    }

    /// <summary>
    /// Multiplies the amount by the exact fraction <paramref name="numerator"/> / <paramref name="denominator"/>,
    /// such as 9/12 of an annual cost, rounding the result to a minor unit by the rule given.
    /// </summary>
    /// <remarks>The product is computed exactly in 128-bit integers, so nothing is lost before the one rounding.</remarks>
    /// <example><c>Money.Pounds(228_555).MultiplyBy(9, 12, MidpointRounding.ToEven)</c> is £171,416.25.</example>
    /// <param name="numerator">The numerator of the fraction.</param>
    /// <param name="denominator">The denominator of the fraction; not zero.</param>
    /// <param name="rounding">How to round a result finer than the minor unit.</param>
    /// <returns>The amount times the fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero, or <paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="long"/> minor units.</exception>
    public Money MultiplyBy(long numerator, long denominator, MidpointRounding rounding)
    {
        Guard.Against.ZeroNumber(denominator);
        CheckRounding(rounding);
        Int128 top = (Int128)MinorUnits * numerator;
        Int128 bottom = denominator;
        if (bottom < 0)
        {
            top = -top;
            bottom = -bottom;
        }

        return new Money(ToMinorUnits(DivideRounded(top, bottom, rounding), this, "×", new Fraction(numerator, denominator)), Currency);
    }

    /// <summary>Splits the amount into parts in proportion to the weights, exactly: the parts sum to this amount.</summary>
    /// <remarks>
    /// Each part first gets its exact share rounded down to a minor unit; the minor units left over (fewer than
    /// the number of parts) go one each to the parts whose exact shares lost most in rounding, and between equal
    /// losses to the earlier part. No part differs from its exact share by a whole minor unit or more, and a part
    /// with weight zero gets nothing.
    /// </remarks>
    /// <param name="weights">One non-negative weight per part; at least one must be positive.</param>
    /// <returns>One amount per weight, in the same order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative weight, or has no positive weight.</exception>
    public ImmutableArray<Money> Split(ReadOnlySpan<long> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("A split needs at least one weight.", nameof(weights));
        }

        Int128 total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"Weight {i} is {weights[i]}; weights must not be negative."), nameof(weights));
            }

            total += weights[i];
        }

        if (total == 0)
        {
            throw new ArgumentException("A split needs at least one positive weight; all weights are zero.", nameof(weights));
        }

        var parts = new long[weights.Length];

        // Sorting these keys ascending puts the largest loss first and, among equal losses, the earlier part.
        var keys = new Int128[weights.Length];
        Int128 given = 0; // the floors may sum below long.MinValue
        for (var i = 0; i < weights.Length; i++)
        {
            var product = (Int128)MinorUnits * weights[i];
            var share = Int128.DivRem(product, total);
            var floor = share.Quotient;
            var remainder = share.Remainder;
            if (remainder < 0)
            {
                floor -= 1;
                remainder += total;
            }

            parts[i] = (long)floor;
            keys[i] = ((total - 1 - remainder) * weights.Length) + i;
            given += parts[i];
        }

        var leftOver = (int)(MinorUnits - given);
        if (leftOver > 0)
        {
            Array.Sort(keys);
            for (var k = 0; k < leftOver; k++)
            {
                parts[(int)(keys[k] % weights.Length)] += 1;
            }
        }

        var builder = ImmutableArray.CreateBuilder<Money>(parts.Length);
        foreach (var part in parts)
        {
            builder.Add(new Money(part, Currency));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Splits the amount into equal parts, exactly; the earlier parts take the minor units left over.</summary>
    /// <param name="parts">The number of parts, at least one.</param>
    /// <returns>The parts, which sum to this amount and differ from one another by at most one minor unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than one.</exception>
    public ImmutableArray<Money> Split(int parts)
    {
        Guard.Against.Below(parts, 1);
        var weights = new long[parts];
        weights.AsSpan().Fill(1);
        return Split(weights);
    }

    /// <summary>Returns the absolute value of the amount.</summary>
    /// <returns>The amount without its sign.</returns>
    /// <exception cref="OverflowException">The amount is <see cref="long.MinValue"/> minor units.</exception>
    public Money Abs() => IsNegative ? -this : this;

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount; <paramref name="left"/> when they are equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>Returns the larger of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount; <paramref name="left"/> when they are equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money operator +(Money left, Money right)
    {
        SameCurrency(left, right, "add");
        return new Money(ToMinorUnits((Int128)left.MinorUnits + right.MinorUnits, left, "+", right), left.Currency);
    }

    /// <summary>Subtracts one amount from another of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money operator -(Money left, Money right)
    {
        SameCurrency(left, right, "subtract");
        return new Money(ToMinorUnits((Int128)left.MinorUnits - right.MinorUnits, left, "-", right), left.Currency);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    /// <exception cref="OverflowException">The amount is <see cref="long.MinValue"/> minor units.</exception>
    public static Money operator -(Money value) => new(ToMinorUnits(-(Int128)value.MinorUnits, value, "×", -1), value.Currency);

    /// <summary>Multiplies an amount by a whole number, such as a count of units.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money operator *(Money value, long factor) => new(ToMinorUnits((Int128)value.MinorUnits * factor, value, "×", factor), value.Currency);

    /// <summary>Multiplies an amount by a whole number, such as a count of units.</summary>
    /// <param name="factor">The whole-number factor.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money operator *(long factor, Money value) => value * factor;

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="long"/> minor units.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money value, long factor) => value * factor;

    /// <summary>Compares this amount with another of the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is less than, equal to or more than <paramref name="other"/>.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other, "compare");
        return MinorUnits.CompareTo(other.MinorUnits);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException(FormattableString.Invariant($"Cannot compare Money with {obj.GetType().Name}."), nameof(obj)),
    };

    /// <summary>Returns a value indicating whether two amounts are of the same currency and minor units.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(Money other) => MinorUnits == other.MinorUnits && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinorUnits, Currency);

    // Same amount, currency and symbol: ToString gives the same text.
    internal bool ReadsAs(Money other) => MinorUnits == other.MinorUnits && Currency == other.Currency && Currency.Symbol == other.Currency.Symbol;

    /// <summary>Writes the amount as a person in the UK reads it: <c>£1,600,000.00</c>, <c>-£12.50</c>.</summary>
    /// <returns>The amount with its symbol, thousands separators and every minor-unit digit, in any culture.</returns>
    public override string ToString()
    {
        // The text of decimal "C" with Currency.NumberFormat() (GBP always with "£"), written straight from the minor
        // units: no decimal division, no format parsing, one allocation.
        var symbol = Currency == Currency.Gbp ? Currency.Gbp.Symbol : Currency.Symbol;
        var digits = Currency.MinorUnitDigits;
        var magnitude = MinorUnits < 0 ? unchecked(0UL - (ulong)MinorUnits) : (ulong)MinorUnits;
        var integerDigits = Math.Max(CountDigits(magnitude) - digits, 1);
        var length = (MinorUnits < 0 ? 1 : 0) + symbol.Length + integerDigits + ((integerDigits - 1) / 3) + (digits > 0 ? digits + 1 : 0);
        return string.Create(length, (magnitude, digits, symbol, MinorUnits < 0), static (text, state) =>
        {
            var (rest, digits, symbol, negative) = state;
            var at = text.Length;
            for (var i = 0; i < digits; i++)
            {
                text[--at] = (char)('0' + (int)(rest % 10));
                rest /= 10;
            }

            if (digits > 0)
            {
                text[--at] = '.';
            }

            var inGroup = 0;
            do
            {
                if (inGroup == 3)
                {
                    text[--at] = ',';
                    inGroup = 0;
                }

                text[--at] = (char)('0' + (int)(rest % 10));
                rest /= 10;
                inGroup++;
            }
            while (rest != 0);

            symbol.AsSpan().CopyTo(text[(at - symbol.Length)..]);
            if (negative)
            {
                text[0] = '-';
            }
        });
    }

    private static int CountDigits(ulong value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    /// <summary>Reads an amount written as <see cref="ToString()"/> writes it, or more plainly.</summary>
    /// <remarks>
    /// Accepts an optional leading minus sign, an optional symbol or code of <paramref name="currency"/>, digits
    /// with optional comma thousands separators, and at most as many decimal places as the currency has:
    /// <c>£1,600,000.00</c>, <c>-£12.50</c>, <c>1600000</c>, <c>GBP 50,000</c>. The culture is always invariant.
    /// </remarks>
    /// <param name="text">The text to read.</param>
    /// <param name="currency">The currency of the amount.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an amount of <paramref name="currency"/>.</exception>
    public static Money Parse(string text, Currency currency)
    {
        Guard.Against.Null(text);
        return TryParse(text, currency, out var result)
            ? result
            : throw new FormatException(FormattableString.Invariant($"'{text}' is not an amount of {currency.Code} such as {FromMinorUnits(-1250 * Currency.Pow10(Math.Max(0, currency.MinorUnitDigits - 2)), currency)}."));
    }

    /// <summary>Tries to read an amount written as <see cref="Parse(string, Rules.Currency)"/> accepts.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="currency">The currency of the amount.</param>
    /// <param name="result">The amount, or zero when the text is not an amount.</param>
    /// <returns><see langword="true"/> if the text was an amount.</returns>
    public static bool TryParse(string? text, Currency currency, out Money result)
    {
        result = Zero(currency);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var negative = false;
        if (span.StartsWith("-", StringComparison.Ordinal))
        {
            negative = true;
            span = span[1..].TrimStart();
        }

        if (span.StartsWith(currency.Symbol, StringComparison.Ordinal))
        {
            span = span[currency.Symbol.Length..].TrimStart();
        }
        else if (span.StartsWith(currency.Code, StringComparison.Ordinal))
        {
            span = span[currency.Code.Length..].TrimStart();
        }

        if (span.IsEmpty || !char.IsAsciiDigit(span[0]) || !char.IsAsciiDigit(span[^1]))
        {
            return false;
        }

        var point = span.IndexOf('.');
        var fraction = point < 0 ? [] : span[(point + 1)..];
        if (fraction.Length > currency.MinorUnitDigits || fraction.ContainsAnyExcept(Digits))
        {
            return false;
        }

        var whole = point < 0 ? span : span[..point];
        if (whole.ContainsAnyExcept(DigitsAndCommas) || !GroupedCorrectly(whole))
        {
            return false;
        }

        // Stop as soon as the whole units pass any long: leading zeros are harmless, and the products below stay
        // far inside Int128 (long.MinValue still reads back, its magnitude being long.MaxValue + 1).
        Int128 minor = 0;
        foreach (var c in whole)
        {
            if (c != ',')
            {
                minor = (minor * 10) + (c - '0');
                if (minor > (Int128)long.MaxValue + 1)
                {
                    return false;
                }
            }
        }

        minor *= currency.MinorUnitsPerMajorUnit;
        var scale = currency.MinorUnitsPerMajorUnit;
        foreach (var c in fraction)
        {
            scale /= 10;
            minor += (c - '0') * scale;
        }

        if (negative)
        {
            minor = -minor;
        }

        if (minor < long.MinValue || minor > long.MaxValue)
        {
            return false;
        }

        result = new Money((long)minor, currency);
        return true;
    }

    /// <summary>Compares two amounts for equality of amount and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if they differ in amount or currency.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns whether one amount is less than another of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is less.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one amount is more than another of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is more.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one amount is at most another of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is less or equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one amount is at least another of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is more or equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static void SameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException(
                FormattableString.Invariant($"Cannot {operation} amounts in different currencies: {left.Currency.Code} and {right.Currency.Code}."));
        }
    }

    /// <summary>Divides exactly and rounds once to a whole number by the rule given.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; positive.</param>
    /// <param name="rounding">The rounding rule.</param>
    /// <returns>The rounded quotient.</returns>
    internal static T DivideRounded<T>(T numerator, T denominator, MidpointRounding rounding)
        where T : IBinaryInteger<T>
    {
        var (quotient, remainder) = T.DivRem(numerator, denominator);
        if (T.IsZero(remainder))
        {
            return quotient;
        }

        var negative = T.IsNegative(numerator);
        var half = (T.Abs(remainder) * (T.One + T.One)).CompareTo(denominator);
        var away = rounding switch
        {
            MidpointRounding.ToZero => false,
            MidpointRounding.ToNegativeInfinity => negative,
            MidpointRounding.ToPositiveInfinity => !negative,
            MidpointRounding.AwayFromZero => half >= 0,
            _ => half > 0 || (half == 0 && !T.IsEvenInteger(quotient)),
        };
        return !away ? quotient : negative ? quotient - T.One : quotient + T.One;
    }

    private static T PowerOfTen<T>(int exponent)
        where T : IBinaryInteger<T>
    {
        var power = T.One;
        var ten = T.CreateChecked(10);
        for (var i = 0; i < exponent; i++)
        {
            power *= ten;
        }

        return power;
    }

    private static long ToMinorUnits<T>(BigInteger minorUnits, Money left, string operation, T right) =>
        minorUnits < long.MinValue || minorUnits > long.MaxValue ? throw Overflow(left, operation, right) : (long)minorUnits;

    private static decimal Scale(decimal amount, Currency currency)
    {
        try
        {
            return amount * currency.MinorUnitsPerMajorUnit;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(FormattableString.Invariant($"The amount {amount} is beyond the range of an amount of {currency.Code}."), e);
        }
    }

    private static long ToMinorUnits(decimal minorUnits, decimal amount, Currency currency) =>
        minorUnits is < long.MinValue or > long.MaxValue
            ? throw new OverflowException(FormattableString.Invariant($"The amount {amount} is beyond the range of an amount of {currency.Code}: {FromMinorUnits(long.MinValue, currency)} to {FromMinorUnits(long.MaxValue, currency)}."))
            : (long)minorUnits;

    // Generic in the right operand so the hot path boxes nothing; the message is built only when throwing.
    private static long ToMinorUnits<T>(Int128 minorUnits, Money left, string operation, T right) =>
        minorUnits < long.MinValue || minorUnits > long.MaxValue ? throw Overflow(left, operation, right) : (long)minorUnits;

    private static OverflowException Overflow<T>(Money left, string operation, T right) =>
        new(FormattableString.Invariant($"{left} {operation} {right} is beyond the range of an amount of {left.Currency.Code}: {FromMinorUnits(long.MinValue, left.Currency)} to {FromMinorUnits(long.MaxValue, left.Currency)}."));

    private readonly record struct Fraction(long Numerator, long Denominator)
    {
        public override string ToString() => FormattableString.Invariant($"{Numerator}/{Denominator}");
    }

    private static void CheckRounding(MidpointRounding rounding)
    {
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a defined MidpointRounding rule.");
        }
    }

    private static bool GroupedCorrectly(ReadOnlySpan<char> whole)
    {
        if (!whole.Contains(','))
        {
            return true;
        }

        // Groups of three after the first, which has one to three digits.
        var groups = 0;
        for (var i = whole.Length - 1; i >= 0; i--)
        {
            if (whole[i] == ',')
            {
                if (groups != 3)
                {
                    return false;
                }

                groups = 0;
            }
            else
            {
                groups++;
            }
        }

        return groups is >= 1 and <= 3;
    }
}
