using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class DecimalKeySortTests
{
    // Values whose doubles are equal or next to each other while the decimals differ: thirds at every scale, a value
    // and the same plus the smallest step of its scale, equal values written at different scales, and the extremes.
    private static readonly Gen<decimal> Values = Gen.OneOf(
        Gen.Choose(-3, 40).Select(i => (decimal)i / 3m),
        Gen.Choose(1, 200).Select(i => 176.28571428571428571428571429m + (i % 3 * 0.00000000000000000000000001m)),
        Gen.Elements(2.5m, 2.50m, 2.500000m, 0m, 0.0m, -0m, 1m / 7m, (1m / 7m) + 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
            0.0000000000000000000000000001m, 0.0000000000000000000000000002m),
        Gen.Choose(0, 1_000_000).Select(i => (decimal)i / 997m));

    [Property]
    public Property Sort_AnyValues_GivesTheOrderOfTheExactComparison() =>
        Prop.ForAll(Gen.ArrayOf(Values).ToArbitrary(), values =>
        {
            var items = values.Select((v, i) => (Value: v, Arrival: i)).ToArray();
            var expected = items.ToArray();
            Array.Sort(expected, Exact);

            DecimalKeySort.Sort(items.AsSpan(), static x => x.Value, Exact);

            // Compared by arrival too: equal decimals written at different scales must come in the exact order's place.
            return items.SequenceEqual(expected);
        });

    [Fact]
    public void Sort_ValuesOneStepApartAtTheLastDigit_AreNotTakenAsEqual()
    {
        var high = 176.28571428571428571428571429m;
        var low = high - 0.00000000000000000000000001m;
        (decimal Value, int Arrival)[] items = [(high, 0), (low, 1), (high, 2)];

        DecimalKeySort.Sort(items.AsSpan(), static x => x.Value, Exact);

        Assert.Equal([(low, 1), (high, 0), (high, 2)], items);
    }

    private static int Exact((decimal Value, int Arrival) a, (decimal Value, int Arrival) b)
    {
        var byValue = a.Value.CompareTo(b.Value);
        return byValue != 0 ? byValue : a.Arrival.CompareTo(b.Arrival);
    }
}
