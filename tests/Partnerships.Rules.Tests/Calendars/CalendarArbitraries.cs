using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Tests.Calendars;

/// <summary>Dates, years and quarters for a property's parameters, registered once for the assembly (see PropertyRuns.cs).</summary>
internal static class CalendarArbitraries
{
    public static Arbitrary<LocalDate> Date() => CalendarGenerators.Date.ToArbitrary();

    public static Arbitrary<FinancialYearCalendar> Calendar() => CalendarGenerators.Calendar.ToArbitrary();

    /// <summary>A UK government financial year, 1901/02 to 2199/00.</summary>
    public static Arbitrary<FinancialYear> Year() => Gen.Choose(1901, 2199).Select(y => FinancialYearCalendar.UkGovernment.Year(y)).ToArbitrary();

    public static Arbitrary<FinancialQuarter> Quarter() =>
        Gen.Choose(1901, 2199).Zip(Gen.Choose(1, 4)).Select(p => FinancialYearCalendar.UkGovernment.Year(p.Item1).Quarter(p.Item2)).ToArbitrary();
}
