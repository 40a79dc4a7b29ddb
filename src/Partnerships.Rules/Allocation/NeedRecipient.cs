using System.Collections.Immutable;

namespace Partnerships.Rules.Allocation;

/// <summary>A recipient of an allocation by need: its id, its indicator values and, when the bands need it, last year's allocation.</summary>
/// <remarks>This type is immutable and thread-safe. Equality compares the id, every indicator and last year's allocation.</remarks>
public sealed record NeedRecipient
{
    private NeedRecipient(string id, ImmutableSortedDictionary<string, decimal> indicators)
    {
        Id = id;
        Indicators = indicators;
    }

    /// <summary>Gets the recipient's id; ties are broken by it, ordinally.</summary>
    public string Id { get; }

    /// <summary>Gets the recipient's value of each indicator by name (a count, a population, km² …); none negative.</summary>
    public ImmutableSortedDictionary<string, decimal> Indicators { get; }

    /// <summary>Gets last year's allocation, used by <see cref="NeedBands.NoReduction"/> and <see cref="NeedBands.DampingPercent"/>.</summary>
    public Money? LastYear { get; init; }

    /// <summary>Makes a recipient from its indicator values.</summary>
    /// <param name="id">The recipient's id.</param>
    /// <param name="indicators">The indicator names and values.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a name is blank, or a name repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static NeedRecipient Of(string id, params ReadOnlySpan<(string Indicator, decimal Value)> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (indicator, value) in indicators)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(indicator, nameof(indicators));
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(indicators), value, FormattableString.Invariant($"'{id}' has {indicator} of {value}; it must not be negative."));
            }

            if (!builder.TryAdd(indicator, value))
            {
                throw new ArgumentException(FormattableString.Invariant($"'{id}' gives '{indicator}' twice."), nameof(indicators));
            }
        }

        return new NeedRecipient(id, builder.ToImmutable());
    }

    /// <summary>Returns the recipient with one indicator's value set (added when new).</summary>
    /// <param name="indicator">The indicator name.</param>
    /// <param name="value">Its value; not negative.</param>
    /// <returns>The new recipient.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public NeedRecipient WithIndicator(string indicator, decimal value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new NeedRecipient(Id, Indicators.SetItem(indicator, value)) { LastYear = LastYear };
    }

    /// <inheritdoc />
    public bool Equals(NeedRecipient? other) =>
        other is not null && Id == other.Id && LastYear == other.LastYear && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, LastYear, Indicators.Count);
}
