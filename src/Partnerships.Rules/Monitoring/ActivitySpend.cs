using Ardalis.GuardClauses;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// One line of a spend return by activity, or one activity's outturn for the year: what was spent on the activity and,
/// for a measurable activity, how many of its output units were delivered.
/// </summary>
/// <remarks>
/// <see cref="Spent"/> may be negative: a refund on the activity in the quarter. <see cref="Delivered"/> counts the units of
/// the activity's <see cref="Plans.OutputMeasure"/> delivered; it is never negative and is <see langword="null"/> when not
/// reported. This type is immutable and thread-safe.
/// </remarks>
/// <param name="ActivityId">The id of the activity in the recipient's plan.</param>
/// <param name="Spent">What was spent on it; negative for a refund.</param>
/// <exception cref="ArgumentNullException"><paramref name="ActivityId"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="ActivityId"/> is blank or not well-formed UTF-16.</exception>
public sealed record ActivitySpend(string ActivityId, Money Spent)
{
    /// <summary>Gets the id of the activity; never blank.</summary>
    public string ActivityId { get; init => field = Guard.Against.BlankId(value, nameof(ActivityId)); } = Guard.Against.BlankId(ActivityId, nameof(ActivityId));

    /// <summary>Gets how many output units were delivered, when reported; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public decimal? Delivered { get; init => field = value is { } units ? Guard.Against.NegativeNumber(units, nameof(Delivered)) : null; }
}
