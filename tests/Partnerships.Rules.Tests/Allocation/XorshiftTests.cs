using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>
/// The pivots and samples of the divisions come from <see cref="Xorshift"/>: a worse draw costs time, never a figure,
/// so these tests hold it to what it claims to be rather than to any award.
/// </summary>
public sealed class XorshiftTests
{
    [Fact]
    public void Below_FromStateOne_IsMarsagliasXorshift32()
    {
        // Seed 0 gives state 1 (0 × the multiplier, then the low bit set). Marsaglia's generator with the shifts 13, 17
        // and 5 ("Xorshift RNGs", 2003) goes from 1 to these; Below returns each modulo its bound.
        var random = new Xorshift(0);
        uint[] published = [270369, 67634689, 2647435461, 307599695, 2398689233];

        var drawn = published.Select(_ => random.Below(int.MaxValue)).ToArray();

        Assert.Equal(published.Select(x => (int)(x % int.MaxValue)), drawn);
    }

    [Fact]
    public void Below_EvenSeeds_NeverStartAtTheStuckStateZero()
    {
        // State 0 is xorshift's one fixed point; the seed's product is even for an even seed, and its low bit is set.
        for (var seed = 0; seed <= 1000; seed += 2)
        {
            var random = new Xorshift(seed);
            var draws = Enumerable.Range(0, 8).Select(_ => random.Below(1000)).ToArray();
            Assert.True(draws.Distinct().Count() > 1, $"seed {seed}: {string.Join(", ", draws)}");
        }
    }

    [Fact]
    public void Below_SeedsOneToAHundred_StartAHundredDifferentSequences()
    {
        var firsts = Enumerable.Range(1, 100).Select(seed => new Xorshift(seed).Below(int.MaxValue));

        Assert.Equal(100, firsts.Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public void Below_AnyBound_StaysBelowIt(int bound)
    {
        var random = new Xorshift(bound);

        var draws = Enumerable.Range(0, 1000).Select(_ => random.Below(bound)).ToArray();

        Assert.All(draws, x => Assert.InRange(x, 0, bound - 1));
    }
}
