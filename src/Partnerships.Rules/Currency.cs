using System.Globalization;
using Ardalis.GuardClauses;

namespace Partnerships.Rules;

/// <summary>
/// A currency: its ISO 4217 code, the number of digits of its minor unit, and the symbol a person reads.
/// </summary>
/// <remarks>
/// Two currencies are equal when their codes and minor-unit digits are equal; the symbol is presentation only.
/// <see cref="Gbp"/> is built in; any other currency is made with <see cref="Create"/>.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    private const int MaxMinorUnitDigits = 8;

    // One reference, so a Money is a long and a pointer: half the size of one holding two strings and an int.
    private readonly Definition? definition;

    private Currency(string code, int minorUnitDigits, string symbol) => definition = new Definition(code, minorUnitDigits, symbol);

    /// <summary>Gets pound sterling: code <c>GBP</c>, two minor-unit digits (pence), symbol <c>£</c>.</summary>
    public static Currency Gbp { get; } = new("GBP", 2, "£");

    /// <summary>Gets the three-letter ISO 4217 code, such as <c>GBP</c>. The default value has the code <c>XXX</c>.</summary>
    public string Code => definition?.Code ?? "XXX";

    /// <summary>Gets the number of decimal digits of the minor unit: 2 for pence, 0 for yen.</summary>
    public int MinorUnitDigits => definition?.MinorUnitDigits ?? 0;

    /// <summary>Gets the symbol placed before an amount when a person reads it, such as <c>£</c>; the code if none was given.</summary>
    public string Symbol => definition?.Symbol ?? Code;

    /// <summary>Gets how many minor units make one major unit: 100 for pounds and pence.</summary>
    public long MinorUnitsPerMajorUnit => Pow10(MinorUnitDigits);

    /// <summary>Creates a currency.</summary>
    /// <param name="code">The ISO 4217 code: three ASCII upper-case letters.</param>
    /// <param name="minorUnitDigits">The digits of the minor unit, 0 to 8.</param>
    /// <param name="symbol">The symbol a person reads; the code is used when it is <see langword="null"/> or empty.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnitDigits"/> is outside 0 to 8.</exception>
    public static Currency Create(string code, int minorUnitDigits, string? symbol = null)
    {
        Guard.Against.Null(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException(FormattableString.Invariant($"A currency code is three upper-case letters (ISO 4217); got '{code}'."), nameof(code));
        }

        Guard.Against.NegativeNumber(minorUnitDigits);
        Guard.Against.Above(minorUnitDigits, MaxMinorUnitDigits);
        return new Currency(code, minorUnitDigits, string.IsNullOrEmpty(symbol) ? code : symbol);
    }

    /// <summary>Returns a value indicating whether this currency has the same code and minor-unit digits as another.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns><see langword="true"/> if they are the same currency.</returns>
    public bool Equals(Currency other) =>
        ReferenceEquals(definition, other.definition) || (Code == other.Code && MinorUnitDigits == other.MinorUnitDigits);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, MinorUnitDigits);

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, such as <c>GBP</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> if they are the same currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> if they are different currencies.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    internal static long Pow10(int digits)
    {
        long result = 1;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }

    // What Money.ToString() writes by hand, as decimal "C"; the tests check the two agree.
    internal NumberFormatInfo NumberFormat()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol;
        format.CurrencyDecimalDigits = MinorUnitDigits;
        format.CurrencyPositivePattern = 0; // £n
        format.CurrencyNegativePattern = 1; // -£n
        return format;
    }

    private sealed record Definition(string Code, int MinorUnitDigits, string Symbol);
}
