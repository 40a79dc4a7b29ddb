using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// The divisor rule behind allocation by need (docs/design.md, invariant 10), checked against its definition in
/// exact fractions, and the double shortcuts inside it at the edges where the doubles cannot decide.
/// </summary>
public sealed class NeedDivisionTests
{
    private static readonly BigInteger Big = BigInteger.Pow(10, 15);

    // Zero, small and equal needs (ties), needs a unit apart at 10^15 (their double keys agree to 10^-15), needs
    // past 2^60 (scaled for the doubles) and past a decimal.
    private static Gen<BigInteger> Need { get; } = Gen.Frequency(
        (1, Gen.Constant(BigInteger.Zero)),
        (3, Gen.Choose(1, 6).Select(x => new BigInteger(x))),
        (2, Gen.Choose(1, 1_000_000).Select(x => new BigInteger(x))),
        (2, Gen.Choose(0, 3).Select(x => Big + x)),
        (1, Gen.Choose(-2, 2).Select(x => (BigInteger.One << 61) + x)),
        (1, Gen.Choose(1, 9).Select(x => BigInteger.Pow(10, 30) * x)));

    private sealed record DivisionCase(BigInteger[] Needs, long[] Floors, long[] Caps, long Fund)
    {
        public override string ToString() => FormattableString.Invariant(
            $"fund={Fund} needs=[{string.Join(",", Needs)}] floors=[{string.Join(",", Floors)}] caps=[{string.Join(",", Caps)}]");
    }

    private static Gen<DivisionCase> Cases { get; } =
        from n in Gen.Frequency((1, Gen.Constant(1)), (4, Gen.Choose(2, 8)))
        from needs in Gen.ArrayOf(Need, n)
        where needs.Any(x => !x.IsZero)
        from floors in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(0L)), (1, Gen.Choose(0, 5).Select(x => (long)x))), n)
        from room in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 20).Select(x => (long)x)), (1, Gen.Constant(-1L))), n)
        let caps = floors.Zip(room, (f, r) => r < 0 ? long.MaxValue : f + r).ToArray()
        let headroom = Enumerable.Range(0, n).Sum(i => needs[i].IsZero ? 0 : Math.Min(caps[i] - floors[i], 3_000))
        from extra in Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Constant(Math.Min(headroom, 3_000L))), (4, Gen.Choose(0, (int)Math.Min(headroom, 3_000L)).Select(x => (long)x)))
        select new DivisionCase(needs, floors, caps, floors.Sum() + extra);

    [InvariantProperty(10)]
    public Property Divide_AnyCase_GivesEachUnitInTheOrderItFallsDueAndReportsTheLastAndNextThresholds()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var n = c.Needs.Length;
            var awards = new long[n];
            var (last, next) = NeedDivision.Divide(c.Fund, c.Needs, c.Floors, c.Caps, awards);

            var given = Enumerable.Range(0, n).Where(i => awards[i] > c.Floors[i] && !c.Needs[i].IsZero).ToArray();
            var due = Enumerable.Range(0, n).Where(j => awards[j] < c.Caps[j] && !c.Needs[j].IsZero).ToArray();
            var ordered = given.All(i => due.All(j =>
            {
                var cmp = Compare(Threshold(2 * awards[i] - 1, c.Needs[i]), Threshold(2 * awards[j] + 1, c.Needs[j]));
                return cmp < 0 || (cmp == 0 && i < j);
            }));
            var expectedLast = given.Length == 0 ? (BigInteger.Zero, BigInteger.One) : given.Select(i => Threshold(2 * awards[i] - 1, c.Needs[i])).MaxBy(t => t, Comparer<(BigInteger, BigInteger)>.Create(Compare));
            var expectedNext = due.Length == 0 ? ((BigInteger, BigInteger)?)null : due.Select(j => Threshold(2 * awards[j] + 1, c.Needs[j])).MinBy(t => t, Comparer<(BigInteger, BigInteger)>.Create(Compare));

            return (awards.Sum() == c.Fund)
                .Label("sums to the fund")
                .And(Enumerable.Range(0, n).All(i => awards[i] >= c.Floors[i] && awards[i] <= c.Caps[i])).Label("within floor and cap")
                .And(Enumerable.Range(0, n).All(i => !c.Needs[i].IsZero || awards[i] == c.Floors[i])).Label("no need, no more than the floor")
                .And(ordered).Label("every unit given falls due no later than every unit not given")
                .And(Compare(last, expectedLast) == 0).Label("last threshold")
                .And(expectedNext is { } e ? !next.Q.IsZero && Compare(next, e) == 0 : next.Q.IsZero).Label("next threshold");
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Divide_NeedsAUnitApartWhoseDoubleKeysAgree_GivesTheUnitToTheGreaterNeed(bool greaterFirst)
    {
        // 1 ÷ (2·10^15) and 1 ÷ (2·(10^15 + 1)) differ by a relative 10^-15: only the integers tell them apart.
        BigInteger[] needs = greaterFirst ? [Big + 1, Big] : [Big, Big + 1];
        var awards = new long[2];
        NeedDivision.Divide(1, needs, [0, 0], [5, 5], awards);
        Assert.Equal(greaterFirst ? [1L, 0L] : [0L, 1L], awards);
    }

    [Fact]
    public void Divide_EqualNeeds_GivesTheOddUnitToTheLowerIndex()
    {
        var awards = new long[3];
        NeedDivision.Divide(4, [new BigInteger(7), new BigInteger(7), new BigInteger(7)], [0, 0, 0], [5, 5, 5], awards);
        Assert.Equal([2L, 1L, 1L], awards);
    }

    [Fact]
    public void Count_ADoubleThatRoundsOntoTheBoundary_IsDecidedByTheIntegers()
    {
        // need = 2^60 − 1, whose double guide may be 2^60 (within a unit in the last place, as the guides are); at
        // λ = 1.5 ÷ 2^60 the double gives λ·need + ½ = 2.0 exactly, the integers 2 − 1.5 ÷ 2^60: one unit, not two.
        var need = (BigInteger.One << 60) - 1;
        var guide = Math.ScaleB(1.0, 60);
        var lambdaDouble = Math.ScaleB(1.5, -60);
        var counts = new long[1];

        var total = NeedDivision.Count(NeedDivision.Exact(lambdaDouble, 0), lambdaDouble, [guide], [need], [0], [10], counts);

        Assert.Equal(2.0, (lambdaDouble * guide) + 0.5);
        Assert.Equal(1, counts[0]);
        Assert.Equal(1, total);
    }

    [Fact]
    public void Count_ClearOfABoundary_GivesTheNearestUnitWithinFloorAndCap()
    {
        BigInteger[] needs = [new BigInteger(10), new BigInteger(10), new BigInteger(10), BigInteger.Zero, new BigInteger(10)];
        var counts = new long[5];

        // λ = 0.33: 3.3 + ½ → 3 units; held at a floor of 4 and a cap of 2; no need: the floor; no λ: the floor.
        var total = NeedDivision.Count(NeedDivision.Exact(0.33, 0), 0.33, [10, 10, 10, 0, 10], needs, [0, 4, 0, 1, 0], [9, 9, 2, 9, 9], counts);

        Assert.Equal([3L, 4L, 2L, 1L, 3L], counts);
        Assert.Equal(13, total);
        NeedDivision.Count((BigInteger.Zero, BigInteger.One), 0, [10], [new BigInteger(10)], [2], [9], counts);
        Assert.Equal(2, counts[0]);
    }

    [Fact]
    public void Count_FarPastTheCap_GivesTheCap()
    {
        var need = BigInteger.Pow(10, 20);
        var counts = new long[2];
        var total = NeedDivision.Count((BigInteger.One, BigInteger.One), 1, [1e20, 1e20], [need, need], [0, 0], [1_000, 2_000], counts);
        Assert.Equal([1_000L, 2_000L], counts);
        Assert.Equal(3_000, total);
    }

    [Theory]
    [InlineData(0.75, 0, 3, 2)]
    [InlineData(0.75, 2, 3, 4)]
    [InlineData(3.0, 0, 3, 0)]
    [InlineData(1152921504606846976.0, 0, 1L << 60, 0)] // 2^60: a mantissa shifted left
    [InlineData(1152921504606846976.0, 10, 1L << 50, 0)]
    [InlineData(4.9406564584124654E-324, 0, 1, 1074)] // the least double, subnormal
    [InlineData(4.9406564584124654E-324, 6, 1, 1080)]
    public void Exact_GivesTheDoubleAsAnExactFractionOverTwoToTheShift(double value, int shift, long numerator, int powerOfTwo)
    {
        var (p, q) = NeedDivision.Exact(value, shift);
        Assert.Equal(0, Compare((p, q), (numerator, BigInteger.One << powerOfTwo)));
    }

    [Fact]
    public void Exact_NothingOrLess_IsZero()
    {
        Assert.Equal(BigInteger.Zero, NeedDivision.Exact(0, 0).P);
        Assert.Equal(BigInteger.Zero, NeedDivision.Exact(-1, 3).P);
    }

    private static (BigInteger P, BigInteger Q) Threshold(long twiceUnitLessHalf, BigInteger need) => (twiceUnitLessHalf, 2 * need);

    private static int Compare((BigInteger P, BigInteger Q) a, (BigInteger P, BigInteger Q) b) => (a.P * b.Q).CompareTo(b.P * a.Q);
}
