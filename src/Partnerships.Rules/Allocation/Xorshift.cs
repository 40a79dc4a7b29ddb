namespace Partnerships.Rules.Allocation;

/// <summary>
/// A tiny deterministic pseudo-random source for quickselect pivots and samples; seeded from the input size, so results
/// never depend on it and runs repeat. Marsaglia's xorshift32 with the shifts 13, 17 and 5: from any state but 0 it runs
/// through all 2³² − 1 others, so the seed's low bit is set.
/// </summary>
internal struct Xorshift(int seed)
{
    private uint state = unchecked((uint)seed * 2654435761u) | 1u;

    /// <summary>Returns a value in [0, bound).</summary>
    public int Below(int bound)
    {
        var x = state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        state = x;
        return (int)(x % (uint)bound);
    }
}
