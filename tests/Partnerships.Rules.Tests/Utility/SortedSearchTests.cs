using System.Collections.Immutable;

namespace Partnerships.Rules.Tests.Utility;

/// <summary>The binary search that finds an id in the id-ordered arrays of results.</summary>
public sealed class SortedSearchTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, -1)]
    [InlineData(4, 4)]
    [InlineData(5, -1)]
    public void FirstIndexOf_SortedWithRepeats_FindsTheFirstEqualOrNone(int key, int expected)
    {
        ImmutableArray<int> items = [1, 2, 2, 2, 4];

        Assert.Equal(expected, SortedSearch.FirstIndexOf(items, key, static (item, k) => item.CompareTo(k)));
    }

    [Fact]
    public void FirstIndexOf_DefaultOrEmptyArray_FindsNothing()
    {
        Assert.Equal(-1, SortedSearch.FirstIndexOf(default(ImmutableArray<int>), 1, static (item, k) => item.CompareTo(k)));
        Assert.Equal(-1, SortedSearch.FirstIndexOf(ImmutableArray<int>.Empty, 1, static (item, k) => item.CompareTo(k)));
    }
}
