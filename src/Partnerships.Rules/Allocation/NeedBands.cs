namespace Partnerships.Rules.Allocation;

/// <summary>
/// The floor and cap on each recipient of an allocation by need: a band (such as £40,000 to £50,000), a floor of last
/// year's allocation ("no recipient sees a reduction"), and a limit on the change from last year as a percentage.
/// </summary>
/// <remarks>
/// <para>A recipient's floor is the largest of zero, <see cref="Minimum"/>, last year's allocation when
/// <see cref="NoReduction"/>, and last year less <see cref="DampingPercent"/> of it (rounded up to the minor unit); its cap
/// is the smallest of <see cref="Maximum"/> and last year plus <see cref="DampingPercent"/> of it (rounded down), or no cap.
/// All bounds are inclusive. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NeedBands
{
    /// <summary>Gets bands that bound nothing: each recipient gets its need share of the fund.</summary>
    public static NeedBands None { get; } = new();

    /// <summary>Gets the least any recipient gets, if any.</summary>
    public Money? Minimum { get; init; }

    /// <summary>Gets the most any recipient gets, if any.</summary>
    public Money? Maximum { get; init; }

    /// <summary>Gets a value indicating whether no recipient gets less than last year (each then needs <see cref="NeedRecipient.LastYear"/>).</summary>
    public bool NoReduction { get; init; }

    /// <summary>Gets the largest change from last year, as a percentage of last year (0 to 100), if any (each recipient then needs <see cref="NeedRecipient.LastYear"/>).</summary>
    public decimal? DampingPercent { get; init; }

    /// <summary>Makes a band: every recipient gets between <paramref name="minimum"/> and <paramref name="maximum"/>, inclusive.</summary>
    /// <param name="minimum">The least.</param>
    /// <param name="maximum">The most.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ArgumentException">The amounts differ in currency, or <paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public static NeedBands Band(Money minimum, Money maximum)
    {
        if (minimum.Currency != maximum.Currency || maximum < minimum)
        {
            throw new ArgumentException(FormattableString.Invariant($"The band {minimum} to {maximum} is not a band in one currency."), nameof(maximum));
        }

        return new NeedBands { Minimum = minimum, Maximum = maximum };
    }
}
