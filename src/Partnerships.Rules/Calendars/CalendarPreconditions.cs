using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>Argument checks shared by the calendar types.</summary>
internal static class CalendarPreconditions
{
    /// <summary>Throws unless the date is in the ISO calendar, which every calendar here reckons in.</summary>
    /// <param name="date">The date.</param>
    /// <param name="paramName">The name of the argument.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar system.</exception>
    public static void CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(FormattableString.Invariant($"The date {date} is in the {date.Calendar.Id} calendar; financial years and working days are reckoned in the ISO calendar."), paramName);
        }
    }
}
