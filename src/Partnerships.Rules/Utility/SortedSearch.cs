using System.Collections.Immutable;

namespace Partnerships.Rules;

/// <summary>Binary search of the id-ordered arrays that results hold, so a lookup per id stays logarithmic.</summary>
internal static class SortedSearch
{
    /// <summary>Finds the first item whose key compares equal, in an array sorted by that key.</summary>
    /// <returns>The index of the first such item, or -1 when there is none.</returns>
    public static int FirstIndexOf<T, TKey>(ImmutableArray<T> items, TKey key, Func<T, TKey, int> compare)
    {
        int low = 0, high = items.IsDefault ? 0 : items.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (compare(items[mid], key) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < (items.IsDefault ? 0 : items.Length) && compare(items[low], key) == 0 ? low : -1;
    }
}
