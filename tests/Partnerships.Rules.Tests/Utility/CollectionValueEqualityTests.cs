using System.Collections.Immutable;

namespace Partnerships.Rules.Tests.Utility;

/// <summary>The content equality and hashing that records use for the collections they hold.</summary>
public sealed class CollectionValueEqualityTests
{
    [Fact]
    public void EqualAndHash_DefaultArray_CountsAsEmpty()
    {
        ImmutableArray<int> none = default;

        Assert.True(ValueEquality.Equal(none, ImmutableArray<int>.Empty));
        Assert.True(ValueEquality.Equal(ImmutableArray<int>.Empty, none));
        Assert.False(ValueEquality.Equal(none, [1]));
        Assert.False(ValueEquality.Equal([1], none));
        Assert.Equal(ValueEquality.Hash(ImmutableArray<int>.Empty), ValueEquality.Hash(none));
    }

    [Fact]
    public void Hash_TheLengthAndTheFirstFourElements_AndNothingElse()
    {
        // Arrays that differ only past the fourth element hash alike; a difference in length or in one of the first
        // four changes the hash (HashCode is seeded per process, so a collision is a 1 in 2^32 chance).
        var hash = ValueEquality.Hash<int>([1, 2, 3, 4, 5]);

        Assert.Equal(hash, ValueEquality.Hash<int>([1, 2, 3, 4, 6]));
        Assert.NotEqual(hash, ValueEquality.Hash<int>([1, 2, 3, 4, 5, 6]));
        Assert.NotEqual(hash, ValueEquality.Hash<int>([1, 2, 3, 9, 5]));
        Assert.NotEqual(hash, ValueEquality.Hash<int>([9, 2, 3, 4, 5]));
        Assert.NotEqual(ValueEquality.Hash<int>([0, 0, 0, 0, 0]), ValueEquality.Hash<int>([0, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public void Equal_Dictionaries_ByKeyAndValueWhateverTheirOrder()
    {
        var one = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };

        Assert.True(ValueEquality.Equal<string, int>(null, null));
        Assert.True(ValueEquality.Equal<string, int>(one, new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }));
        Assert.False(ValueEquality.Equal<string, int>(one, null));
        Assert.False(ValueEquality.Equal<string, int>(null, one));
        Assert.False(ValueEquality.Equal<string, int>(one, new Dictionary<string, int> { ["a"] = 1 }));
        Assert.False(ValueEquality.Equal<string, int>(one, new Dictionary<string, int> { ["a"] = 1, ["b"] = 3 }));
        Assert.False(ValueEquality.Equal<string, int>(one, new Dictionary<string, int> { ["a"] = 1, ["c"] = 2 }));
        Assert.Equal(ValueEquality.Hash<string, int>(one), ValueEquality.Hash<string, int>(new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }));
    }
}
