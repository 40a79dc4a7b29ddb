namespace Partnerships.Rules.Schemes;

/// <summary>
/// A point in the year at which spend is reviewed: the end of a quarter, such as the pivotal September review
/// after quarter 2, when forecast under-spend may be reclaimed and reallocated.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="AfterQuarter">The quarter, 1 to 4, whose end the review follows.</param>
/// <param name="Name">The name of the review for people, such as <c>September review</c>.</param>
public sealed record ReviewPoint(int AfterQuarter, string Name)
{
    /// <summary>Gets a value indicating whether under-spend found at this review is reclaimed and reallocated.</summary>
    public bool ReallocatesUnderspend { get; init; } = true;
}
