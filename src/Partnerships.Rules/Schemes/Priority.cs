using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// One of a year's funding priorities, such as "reducing reoffending", with the activity themes that fit it.
/// </summary>
/// <remarks>
/// An activity of a theme in <see cref="DirectThemes"/> fits the priority directly; one of a theme in
/// <see cref="ArguableThemes"/> fits only arguably and needs a query to the recipient (in 2011/12 anti-social
/// behaviour, burglary and neighbourhood watch, communications and unspecified community grants were queried).
/// Themes are compared ordinally, ignoring case. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Code">The stable code of the priority, such as <c>VAWG</c>.</param>
/// <param name="Name">The name of the priority for people.</param>
/// <exception cref="ArgumentNullException"><paramref name="Code"/> or <paramref name="Name"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="Code"/> is blank or not well-formed UTF-16.</exception>
public sealed record Priority(string Code, string Name)
{
    /// <summary>Gets the stable code of the priority, such as <c>VAWG</c>; never blank.</summary>
    /// <exception cref="ArgumentException">The code set is blank or not well-formed UTF-16.</exception>
    public string Code { get; init => field = Guard.Against.BlankId(value, nameof(Code)); } = Guard.Against.BlankId(Code, nameof(Code));

    /// <summary>Gets the name of the priority for people.</summary>
    /// <exception cref="ArgumentNullException">The name set is <see langword="null"/>.</exception>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name, nameof(Name));

    /// <summary>Gets the activity themes that fit the priority directly.</summary>
    public ImmutableArray<string> DirectThemes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the activity themes that fit the priority only arguably, and need a query.</summary>
    public ImmutableArray<string> ArguableThemes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns a value indicating whether another priority holds equal values: the themes compared in order.</summary>
    /// <param name="other">The priority to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(Priority? other) =>
        other is not null
        && Code == other.Code
        && Name == other.Name
        && ValueEquality.Equal(DirectThemes, other.DirectThemes)
        && ValueEquality.Equal(ArguableThemes, other.ArguableThemes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, ValueEquality.Hash(DirectThemes), ValueEquality.Hash(ArguableThemes));
}
