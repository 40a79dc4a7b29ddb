using Ardalis.GuardClauses;
namespace Partnerships.Rules.Schemes;

/// <summary>
/// A point in the year at which spend is reviewed: the end of a quarter, such as the pivotal September review
/// after quarter 2, when forecast under-spend may be reclaimed and reallocated.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="AfterQuarter">The quarter, 1 to 4, whose end the review follows.</param>
/// <param name="Name">The name of the review for people, such as <c>September review</c>.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="AfterQuarter"/> is not 1 to 4.</exception>
/// <exception cref="ArgumentNullException"><paramref name="Name"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="Name"/> is blank.</exception>
public sealed record ReviewPoint(int AfterQuarter, string Name)
{
    /// <summary>Gets the quarter, 1 to 4, whose end the review follows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quarter set is not 1 to 4.</exception>
    public int AfterQuarter { get; init => field = Quarter(value); } = Quarter(AfterQuarter);

    /// <summary>Gets the name of the review for people, such as <c>September review</c>; never blank.</summary>
    /// <exception cref="ArgumentException">The name set is blank.</exception>
    public string Name { get; init => field = Guard.Against.BlankText(value, nameof(Name)); } = Guard.Against.BlankText(Name, nameof(Name));

    /// <summary>Gets a value indicating whether under-spend found at this review is reclaimed and reallocated.</summary>
    public bool ReallocatesUnderspend { get; init; } = true;

    private static int Quarter(int afterQuarter) => Guard.Against.OutOfRange(afterQuarter, nameof(AfterQuarter), 1, 4, FormattableString.Invariant($"A review follows quarter 1 to 4; got {afterQuarter}."));
}
