using System.Collections.Immutable;

namespace Partnerships.Rules;

/// <summary>
/// Content equality and hashing of the immutable collections that records hold, so records compare by value.
/// </summary>
/// <remarks>
/// A <see langword="default"/> array counts as empty (records normalise it at construction anyway). Arrays compare
/// element by element in order; dictionaries by key and value, whatever their order. A hash is cheap: an array hashes
/// its length and at most its first <see cref="HashedElements"/> elements, a dictionary its count and every entry
/// (they are small), so equal collections always hash equal.
/// </remarks>
internal static class ValueEquality
{
    /// <summary>How many leading elements of an array go into its hash.</summary>
    public const int HashedElements = 4;

    /// <summary>Returns the array, or an empty one for <see langword="default"/>.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>Returns a value indicating whether two arrays hold equal elements in the same order.</summary>
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var a = left.AsSpan(); // empty for a default array
        var b = right.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a value indicating whether two dictionaries hold the same keys with equal values.</summary>
    public static bool Equal<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? left, IReadOnlyDictionary<TKey, TValue>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !comparer.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hashes an array by its length and its first few elements.</summary>
    public static int Hash<T>(ImmutableArray<T> items)
    {
        var span = items.AsSpan(); // empty for a default array
        var hash = default(HashCode);
        hash.Add(span.Length);
        for (var i = 0; i < span.Length && i < HashedElements; i++)
        {
            hash.Add(span[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Hashes a dictionary by its count and every entry, in an order-independent way.</summary>
    public static int Hash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var sum = 0;
        foreach (var (key, value) in items)
        {
            sum = unchecked(sum + HashCode.Combine(key, value));
        }

        return HashCode.Combine(items.Count, sum);
    }
}
