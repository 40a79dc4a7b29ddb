using System.Collections.Immutable;

namespace Partnerships.Rules.Publishing;

/// <summary>The 33 local authorities of London (the City and the 32 boroughs) with their GSS codes, E09000001–E09000033.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class LondonBoroughs
{
    /// <summary>Gets the City of London and the 32 boroughs, in GSS-code order.</summary>
    public static ImmutableArray<LocalAuthority> All { get; } =
    [
        .. new[]
        {
            "City of London", "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
            "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
            "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames",
            "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
        }.Select((name, i) => new LocalAuthority(FormattableString.Invariant($"E0900{i + 1:D4}"), name)),
    ];

    /// <summary>Finds the borough a recipient's name or id speaks of: <c>Camden BCU</c> or <c>BCU-CAMDEN</c> is Camden.</summary>
    /// <param name="text">A name such as <c>Kensington and Chelsea BCU</c>, or an id such as <c>BCU-KENSINGTON-AND-CHELSEA</c>.</param>
    /// <returns>The borough whose name the text holds (the longest such name), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static LocalAuthority? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = text.Replace('-', ' ').Replace('_', ' ');
        LocalAuthority? best = null;
        foreach (var borough in All)
        {
            if (plain.Contains(borough.Name, StringComparison.OrdinalIgnoreCase) && (best is null || borough.Name.Length > best.Name.Length))
            {
                best = borough;
            }
        }

        return best;
    }
}
