using NodaTime;

namespace Partnerships.Rules;

/// <summary>
/// Argument checks that .NET's built-in throw helpers do not cover: those across two arguments, or about a
/// library-specific rule. Each throws <see cref="ArgumentException"/> naming the argument and its value.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws unless an amount is in the currency of another, such as the fund.</summary>
    /// <param name="expected">An amount in the currency required (the fund, the allocation).</param>
    /// <param name="actual">The amount to check.</param>
    /// <param name="parameterName">The name of the argument that holds <paramref name="actual"/>.</param>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static void SameCurrency(Money expected, Money actual, string parameterName)
    {
        if (expected.Currency != actual.Currency)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The amount {actual} is in {actual.Currency}; the fund is in {expected.Currency}."),
                parameterName);
        }
    }

    /// <summary>Throws unless a date is in the ISO calendar, which every calendar here reckons in.</summary>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The name of the argument.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar system.</exception>
    public static void CheckIso(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(FormattableString.Invariant($"The date {date} is in the {date.Calendar.Id} calendar; financial years and working days are reckoned in the ISO calendar."), parameterName);
        }
    }
}
