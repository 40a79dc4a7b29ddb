using System.Buffers;
using System.Runtime.CompilerServices;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// Sorts items by an exact order that begins with a decimal key, comparing the key as a <see cref="double"/> where
/// that decides: a round's unit-cost groups of 10^4 entries sorted with decimal comparisons in a delegate were a tenth
/// of an assessment's time.
/// </summary>
/// <remarks>
/// The doubles are sorted by the runtime's primitive sort, then each run of doubles too close to tell apart (within
/// 2^-40 of each other, far more than the rounding of a decimal to a double) is sorted by the exact order. Items in
/// different runs differ by more than any rounding, so their doubles order them as their decimals do: the result is
/// the exact order's, element for element.
/// </remarks>
internal static class DecimalKeySort
{
    private const double Closeness = 1.0 / (1L << 40);

    /// <summary>Sorts <paramref name="items"/> by <paramref name="exact"/>, which must order first by <paramref name="key"/>.</summary>
    public static void Sort<T>(Span<T> items, Func<T, decimal> key, Comparison<T> exact)
    {
        if (items.Length < 2)
        {
            return;
        }

        // Positions sorted with their keys, not the items: an item may be much wider than the 4 bytes of its position.
        // The buffers are rented: an assessment sorts a group per activity type, each as large as 10^4 entries.
        var length = items.Length;
        var keys = ArrayPool<double>.Shared.Rent(length);
        var positions = ArrayPool<int>.Shared.Rent(length);
        var sorted = ArrayPool<T>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < length; i++)
            {
                keys[i] = (double)key(items[i]);
                positions[i] = i;
            }

            keys.AsSpan(0, length).Sort(positions.AsSpan(0, length));
            for (var i = 0; i < length; i++)
            {
                sorted[i] = items[positions[i]];
            }

            var start = 0;
            for (var i = 1; i <= length; i++)
            {
                if (i == length || !Close(keys[i - 1], keys[i]))
                {
                    if (i - start > 1)
                    {
                        sorted.AsSpan(start, i - start).Sort(exact);
                    }

                    start = i;
                }
            }

            sorted.AsSpan(0, length).CopyTo(items);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<T>.Shared.Return(sorted, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    internal static bool Close(double lower, double higher) => higher - lower <= Math.Max(Math.Abs(lower), Math.Abs(higher)) * Closeness;
}
