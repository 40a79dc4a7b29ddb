using System.Collections.Immutable;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Monitoring;

/// <summary>The fixed order of intrinsic ids in which a position keeps its accounts and bids: ordinal, recipient then activity.</summary>
internal static class IdOrder
{
    internal static int Compare(RecipientAccount a, RecipientAccount b) => string.CompareOrdinal(a.RecipientId, b.RecipientId);

    internal static int Compare(HeldBid a, HeldBid b) => Compare(a.Bid, b.Bid);

    internal static int Compare(OverProgrammedBid a, OverProgrammedBid b) => OverProgrammingStage.CompareIds(a, b);

    /// <summary>Sorts the items unless they already are in order (the common case), and rejects a repeated id.</summary>
    internal static ImmutableArray<T> SortedUnique<T>(ImmutableArray<T>.Builder items, Comparison<T> compare, Func<T, string> name, string parameterName)
    {
        var first = FirstOutOfOrder(items, compare);
        if (first > 0 && compare(items[first - 1], items[first]) > 0)
        {
            items.Sort(compare);
            first = FirstOutOfOrder(items, compare);
        }

        if (first > 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"'{name(items[first])}' is given twice."), parameterName);
        }

        return items.DrainToImmutable();
    }

    /// <summary>Finds an item by binary search on a key in the same order.</summary>
    /// <returns>The index of the item, or a negative number when there is none.</returns>
    internal static int IndexOf<T, TKey>(ImmutableArray<T> items, TKey key, Func<T, TKey, int> compare)
    {
        int low = 0, high = items.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var order = compare(items[mid], key);
            if (order == 0)
            {
                return mid;
            }

            (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return -1;
    }

    // The index of the first item not strictly after its predecessor; zero when all are in strict order.
    private static int FirstOutOfOrder<T>(ImmutableArray<T>.Builder items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) >= 0)
            {
                return i;
            }
        }

        return 0;
    }
}
