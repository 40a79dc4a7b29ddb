using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>A day off that is not a weekend day: a bank holiday, a substitute day or a one-off holiday, with its name.</summary>
/// <remarks>Equal when date and name are equal. This type is an immutable value type and is thread-safe.</remarks>
/// <param name="Date">The date of the holiday.</param>
/// <param name="Name">The name, such as <c>Christmas Day (substitute day)</c>.</param>
public readonly record struct BankHoliday(LocalDate Date, string Name)
{
    /// <summary>Returns the date and the name, such as <c>2011-12-27 Christmas Day (substitute day)</c>.</summary>
    /// <returns>The holiday as one line.</returns>
    public override string ToString() => FormattableString.Invariant($"{Date:uuuu-MM-dd} {Name}");
}
