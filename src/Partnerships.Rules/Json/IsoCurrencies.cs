using System.Collections.Frozen;
using System.Text.Json;

namespace Partnerships.Rules.Json;

/// <summary>
/// The minor-unit digits ISO 4217 fixes for the currencies a fund is likely to be in, so an amount written with
/// the wrong number of decimal places (<c>"50000"</c> for GBP) is an error on reading rather than an amount in a
/// currency of the same code and other digits. Codes not listed take the digits the amount is written with.
/// </summary>
internal static class IsoCurrencies
{
    private static readonly FrozenDictionary<string, int> Digits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["GBP"] = 2, ["EUR"] = 2, ["USD"] = 2, ["CHF"] = 2, ["CAD"] = 2, ["AUD"] = 2, ["NZD"] = 2, ["SEK"] = 2, ["NOK"] = 2,
        ["DKK"] = 2, ["PLN"] = 2, ["CZK"] = 2, ["HUF"] = 2, ["INR"] = 2, ["CNY"] = 2, ["HKD"] = 2, ["SGD"] = 2, ["ZAR"] = 2,
        ["BRL"] = 2, ["MXN"] = 2, ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0, ["VND"] = 0, ["XOF"] = 0, ["XAF"] = 0,
        ["UGX"] = 0, ["PYG"] = 0, ["KWD"] = 3, ["BHD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3, ["LYD"] = 3, ["IQD"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Throws unless a known code is written with its ISO digits.</summary>
    public static void CheckDigits(string code, int digits, string? amount)
    {
        if (Digits.TryGetValue(code, out var expected) && expected != digits)
        {
            throw new JsonException(amount is null
                ? FormattableString.Invariant($"{code} has {expected} minor-unit digits, not {digits}.")
                : FormattableString.Invariant($"\"{amount}\" {code} has {digits} decimal places; {code} amounts are written with {expected}."));
        }
    }
}
