using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests;

/// <summary>Finding keeps its values in a sorted array and builds <see cref="Finding.Values"/> on demand; nothing may show it.</summary>
public sealed class FindingValuesTests
{
    private static readonly Gen<string> Names = Gen.Elements("a", "A", "b", "amount", "amountB", "Amount", "z", "ä", "_", "10", "9");

    private static readonly Gen<(string Name, object? Value)[]> ValueLists =
        Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(
            from name in Names
            from pence in MoneyTests.AnyMinorUnits
            from kind in Gen.Choose(0, 3)
            select (name, kind switch
            {
                0 => (object?)Money.FromMinorUnits(pence, Currency.Gbp),
                1 => pence,
                2 => null,
                _ => "{" + name + "}",
            }),
            n));

    [InvariantProperty(8)]
    public Property Of_AnyValues_SameDictionaryMessageAndEqualityAsASortedDictionary()
    {
        return Prop.ForAll(ValueLists.ToArbitrary(), values =>
        {
            var names = values.Select(v => v.Name).ToArray();
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            {
                return Assert.Throws<ArgumentException>(() => Finding.Of("T001", FindingSeverity.Query, "x", values)).ParamName == "values";
            }

            var template = string.Concat(names.Select(n => "<{" + n + "}>")) + "{missing}{";
            var finding = Finding.Of("T001", FindingSeverity.Query, template, values);
            var expected = values.ToImmutableSortedDictionary(v => v.Name, v => Finding.Format(v.Value), StringComparer.Ordinal);
            var message = values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", Finding.Format(v.Value), StringComparison.Ordinal));
            var reversed = Finding.Of("T001", FindingSeverity.Query, template, values.AsEnumerable().Reverse().ToArray());
            return finding.Values.SequenceEqual(expected)
                && ReferenceEquals(finding.Values, finding.Values)
                && (values.Any(v => v.Value is string) || finding.Message == message)
                && finding.Equals(reversed) && finding.GetHashCode() == reversed.GetHashCode()
                && (values.Length == 0 || !finding.Equals(Finding.Of("T001", FindingSeverity.Query, template, values.AsSpan(1))))
                && (values.Length == 0 || !finding.Equals(Finding.Of("T001", FindingSeverity.Query, template, [(values[0].Name, Finding.Format(values[0].Value) + "x"), .. values.AsSpan(1)])));
        });
    }

    [InvariantProperty(8)]
    public Property Of_MoneyInAnyCurrency_EqualExactlyWhenWrittenTheSame()
    {
        // Money is written when first read: findings must compare as if it had been written when they were made.
        Currency[] currencies = [Currency.Gbp, Currency.Create("GBP", 2, "£"), Currency.Create("GBP", 2), Currency.Create("EUR", 2, "€"), Currency.Create("JPY", 0, "£")];
        var amounts = Gen.Elements(0L, 1L, 100L, 12_345L, -100L).SelectMany(pence => Gen.Elements(currencies).Select(currency => Money.FromMinorUnits(pence, currency)));
        return Prop.ForAll(amounts.ToArbitrary(), amounts.ToArbitrary(), (left, right) =>
        {
            var a = Finding.Of("T003", FindingSeverity.Information, "{x}", ("x", left));
            var b = Finding.Of("T003", FindingSeverity.Information, "{x}", ("x", right));
            var sameText = left.ToString() == right.ToString();
            return a.Equals(b) == sameText
                && a.Equals(Finding.Of("T003", FindingSeverity.Information, "{x}", ("x", left.ToString())))
                && a.Message == left.ToString()
                && a.Values["x"] == left.ToString();
        });
    }

    [Fact]
    public void With_ChangedRecipient_KeepsTheValues()
    {
        var finding = Finding.Of("T002", FindingSeverity.Information, "{b} {a}", ("b", 2), ("a", Money.Pounds(1m)));
        _ = finding.Values;
        var copy = finding with { RecipientId = "R1" };

        Assert.Equal(["a", "b"], copy.Values.Keys);
        Assert.Equal("2 £1.00", copy.Message);
        Assert.NotEqual(finding, copy);
        Assert.Equal(finding, copy with { RecipientId = null });
    }
}
