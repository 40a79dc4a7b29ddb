using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

/// <summary>Generators shared by the calendar properties: dates, the built-in calendars and any other start.</summary>
internal static class CalendarGenerators
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);

    /// <summary>Dates from 1900 to 2200, with the turns of years and of February drawn often.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (4, Gen.Choose(0, 300 * 366).Select(d => Epoch.PlusDays(d))),
        (1, Gen.Choose(1901, 2199).Zip(Gen.Elements((1, 1), (12, 31), (2, 28), (2, 29), (3, 1), (3, 31), (4, 1), (4, 5), (4, 6), (9, 30), (10, 1), (6, 30), (7, 1)))
            .Select(p => new LocalDate(p.Item1, p.Item2.Item1, Math.Min(p.Item2.Item2, CalendarSystem.Iso.GetDaysInMonth(p.Item1, p.Item2.Item1))))));

    /// <summary>The built-in calendars and any start but 29 February (the 29th to 31st are the ugly ones).</summary>
    public static Gen<FinancialYearCalendar> Calendar { get; } = Gen.Frequency(
        (2, Gen.Elements(FinancialYearCalendar.UkGovernment, FinancialYearCalendar.UkTax, FinancialYearCalendar.UsFederal, FinancialYearCalendar.Australia, FinancialYearCalendar.CalendarYear)),
        (2, Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, m == 2 ? 28 : CalendarSystem.Iso.GetDaysInMonth(2001, m)).Select(d => FinancialYearCalendar.StartingOn(new AnnualDate(m, d))))),
        (1, Gen.Elements(1, 3, 5, 7, 8, 10, 12).Select(m => FinancialYearCalendar.StartingOn(new AnnualDate(m, 31)))));
}
