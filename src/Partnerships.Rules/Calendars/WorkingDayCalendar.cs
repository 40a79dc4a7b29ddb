using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Calendars;

/// <summary>
/// Which days are working days: Monday to Friday except bank holidays, computed by rule each year with the
/// one-off and moved holidays of particular years held as data. <see cref="EnglandAndWales"/> and
/// <see cref="Scotland"/> are built in; any other region is made with <see cref="Create"/> and extended with
/// <see cref="WithChanges"/>.
/// </summary>
/// <remarks>
/// <para>Saturdays and Sundays are never working days. The rules are today's and are applied to every year from 1583
/// (the first Gregorian Easter) to 9999; before 1978 they do not match the holidays that were then kept.</para>
/// <para>Counting follows the direction of travel: <see cref="WorkingDaysBetween"/> counts the working days passed
/// going from one date to another, counting the destination but not the start, so
/// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every date and every <c>n</c>.</para>
/// <para>Each year's holidays are worked out once, when first asked for, into a small table kept by the calendar
/// (built without locks and published atomically; two threads may both build one, to the same result). After that,
/// every question about the year is answered without allocating. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const int MinYear = 1583;
    private const int MaxYear = 9999;
    private const int YearsPerChunk = 128;

    private readonly ImmutableDictionary<int, ImmutableArray<BankHolidayChange>> changesByYear;
    private readonly YearTable?[]?[] tables = new YearTable?[(MaxYear / YearsPerChunk) + 1][];

    private WorkingDayCalendar(string name, ImmutableArray<BankHolidayRule> rules, ImmutableArray<BankHolidayChange> changes)
    {
        Name = name;
        Rules = rules;
        Changes = changes;
        changesByYear = changes.GroupBy(c => c.Year).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());

        // Build the years with changes now, so an inconsistent change fails here and not in a later query.
        foreach (var year in changesByYear.Keys)
        {
            _ = Table(year);
        }
    }

    /// <summary>Gets the bank holidays of England and Wales: New Year's Day, Good Friday, Easter Monday, the early May,
    /// spring and summer bank holidays, Christmas Day and Boxing Day, with substitute days, and the holidays
    /// proclaimed for particular years from 1995 (VE day 1995, the Millennium, jubilees, royal weddings, VE day 2020,
    /// the state funeral of 2022, the coronation of 2023).</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(
        "England and Wales",
        [NewYearsDay, GoodFriday, EasterMonday, EarlyMay, Spring, WeekdayOfMonth("Summer bank holiday", 8, -1), ChristmasDay, BoxingDay],
        UnitedKingdomChanges());

    /// <summary>Gets the bank holidays of Scotland: New Year's Day and 2 January, Good Friday, the early May and
    /// spring bank holidays, the first Monday of August, St Andrew's Day, Christmas Day and Boxing Day, with substitute
    /// days, and the same proclaimed holidays as <see cref="EnglandAndWales"/>.</summary>
    public static WorkingDayCalendar Scotland { get; } = new(
        "Scotland",
        [NewYearsDay, BankHolidayRule.Fixed("2 January", new AnnualDate(1, 2)), GoodFriday, EarlyMay, Spring,
            WeekdayOfMonth("Summer bank holiday", 8, 1), BankHolidayRule.Fixed("St Andrew's Day", new AnnualDate(11, 30)), ChristmasDay, BoxingDay],
        UnitedKingdomChanges());

    /// <summary>Gets the name of the calendar, for people.</summary>
    public string Name { get; }

    /// <summary>Gets the rules that give the recurring holidays.</summary>
    public ImmutableArray<BankHolidayRule> Rules { get; }

    /// <summary>Gets the one-off and moved holidays of particular years, in the order they are applied.</summary>
    public ImmutableArray<BankHolidayChange> Changes { get; }

    private static BankHolidayRule NewYearsDay => BankHolidayRule.Fixed("New Year's Day", new AnnualDate(1, 1));

    private static BankHolidayRule GoodFriday => BankHolidayRule.FromEaster("Good Friday", -2);

    private static BankHolidayRule EasterMonday => BankHolidayRule.FromEaster("Easter Monday", 1);

    private static BankHolidayRule EarlyMay => WeekdayOfMonth("Early May bank holiday", 5, 1);

    private static BankHolidayRule Spring => WeekdayOfMonth("Spring bank holiday", 5, -1);

    private static BankHolidayRule ChristmasDay => BankHolidayRule.Fixed("Christmas Day", new AnnualDate(12, 25));

    private static BankHolidayRule BoxingDay => BankHolidayRule.Fixed("Boxing Day", new AnnualDate(12, 26));

    /// <summary>Makes a working-day calendar from rules and changes.</summary>
    /// <param name="name">The name, for people.</param>
    /// <param name="rules">The recurring holidays.</param>
    /// <param name="changes">The one-off and moved holidays, applied in order after the rules and substitute days.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a change moves a day that is not a
    /// holiday or adds or moves to a day that already is one; the message names the change.</exception>
    public static WorkingDayCalendar Create(string name, IEnumerable<BankHolidayRule> rules, IEnumerable<BankHolidayChange> changes)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(rules);
        Guard.Against.Null(changes);
        var ruleArray = rules.ToImmutableArray();
        var changeArray = changes.ToImmutableArray();
        if (ruleArray.Contains(null!) || changeArray.Contains(null!))
        {
            throw new ArgumentNullException(ruleArray.Contains(null!) ? nameof(rules) : nameof(changes), "The sequence holds a null element.");
        }

        return new WorkingDayCalendar(name, ruleArray, changeArray);
    }

    /// <summary>Returns a calendar with further one-off or moved holidays, such as a newly proclaimed one.</summary>
    /// <param name="changes">The changes to apply after this calendar's own.</param>
    /// <returns>The extended calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A change moves a day that is not a holiday or adds or moves to a day that already is one.</exception>
    public WorkingDayCalendar WithChanges(params IEnumerable<BankHolidayChange> changes)
    {
        Guard.Against.Null(changes);
        return Create(Name, Rules, Changes.Concat(changes));
    }

    /// <summary>Gets the holidays of a year that fall on weekdays, substitute days included, in date order.</summary>
    /// <param name="year">The calendar year, 1583 to 9999.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583 to 9999.</exception>
    public ImmutableArray<BankHoliday> HolidaysIn(int year) => Table(year).Holidays;

    /// <summary>Returns whether a date is a working day: a weekday that is not a holiday.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1583 to 9999.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        Guard.Against.NotIso(date);
        var table = Table(date.Year);
        var index = date.DayOfYear;
        return table.WorkingUpTo[index] != table.WorkingUpTo[index - 1];
    }

    /// <summary>Returns whether a date is a holiday (not merely a weekend day).</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns><see langword="true"/> for a holiday on a weekday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1583 to 9999.</exception>
    public bool IsHoliday(LocalDate date) => !IsWorkingDay(date) && !IsWeekend(date);

    /// <summary>Returns the first working day after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day, never <paramref name="date"/> itself.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The answer would be outside the years 1583 to 9999.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>Returns the last working day before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The previous working day, never <paramref name="date"/> itself.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The answer would be outside the years 1583 to 9999.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>Returns the date itself when it is a working day, otherwise the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A working day on or after <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The answer would be outside the years 1583 to 9999.</exception>
    public LocalDate RollForward(LocalDate date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>Moves a number of working days from a date: 1 is the next working day, -1 the previous one, 0 the date itself.</summary>
    /// <param name="date">The date to count from; it need not be a working day.</param>
    /// <param name="workingDays">The number of working days to move, negative to move back.</param>
    /// <returns>The <paramref name="workingDays"/>th working day after (or before) <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> or the answer is outside the years 1583 to 9999.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        Guard.Against.NotIso(date);
        if (workingDays == 0)
        {
            return date;
        }

        var year = date.Year;
        var table = Table(year);
        long rank; // 1-based position among the working days of the year
        if (workingDays > 0)
        {
            rank = (long)table.WorkingUpTo[date.DayOfYear] + workingDays;
            while (rank > table.WorkingDates.Length)
            {
                rank -= table.WorkingDates.Length;
                table = Table(++year);
            }
        }
        else
        {
            rank = (long)table.WorkingUpTo[date.DayOfYear - 1] + workingDays + 1;
            while (rank < 1)
            {
                table = Table(--year);
                rank += table.WorkingDates.Length;
            }
        }

        return table.WorkingDates[rank - 1];
    }

    /// <summary>Counts the working days passed going from one date to another: after <paramref name="start"/> up to and
    /// including <paramref name="end"/> going forward; negated, from <paramref name="end"/> up to but excluding
    /// <paramref name="start"/> going back.</summary>
    /// <param name="start">The date to count from.</param>
    /// <param name="end">The date to count to.</param>
    /// <returns>The count: positive forward, negative back, zero for the same date.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years 1583 to 9999.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        Guard.Against.NotIso(start);
        Guard.Against.NotIso(end);
        if (end < start)
        {
            return -Count(end, start, inclusive: false);
        }

        return Count(start, end, inclusive: true);
    }

    /// <summary>Returns the name of the calendar.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static BankHolidayRule WeekdayOfMonth(string name, int month, int occurrence) =>
        BankHolidayRule.WeekdayOfMonth(name, month, IsoDayOfWeek.Monday, occurrence);

    private static ImmutableArray<BankHolidayChange> UnitedKingdomChanges() =>
    [
        BankHolidayChange.Moved(new LocalDate(1995, 5, 1), new LocalDate(1995, 5, 8), "Early May bank holiday (VE day)"),
        BankHolidayChange.Extra(new LocalDate(1999, 12, 31), "Millennium celebrations"),
        BankHolidayChange.Moved(new LocalDate(2002, 5, 27), new LocalDate(2002, 6, 4), "Spring bank holiday"),
        BankHolidayChange.Extra(new LocalDate(2002, 6, 3), "Golden Jubilee bank holiday"),
        BankHolidayChange.Extra(new LocalDate(2011, 4, 29), "Royal wedding"),
        BankHolidayChange.Moved(new LocalDate(2012, 5, 28), new LocalDate(2012, 6, 4), "Spring bank holiday"),
        BankHolidayChange.Extra(new LocalDate(2012, 6, 5), "Diamond Jubilee bank holiday"),
        BankHolidayChange.Moved(new LocalDate(2020, 5, 4), new LocalDate(2020, 5, 8), "Early May bank holiday (VE day)"),
        BankHolidayChange.Moved(new LocalDate(2022, 5, 30), new LocalDate(2022, 6, 2), "Spring bank holiday"),
        BankHolidayChange.Extra(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday"),
        BankHolidayChange.Extra(new LocalDate(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        BankHolidayChange.Extra(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    // Working days in (from, to] when inclusive, [from, to) otherwise; from <= to.
    private int Count(LocalDate from, LocalDate to, bool inclusive)
    {
        var shift = inclusive ? 0 : -1;
        var fromTable = Table(from.Year);
        var toTable = Table(to.Year);
        var count = toTable.WorkingUpTo[to.DayOfYear + shift] - fromTable.WorkingUpTo[from.DayOfYear + shift];
        for (var year = from.Year; year < to.Year; year++)
        {
            count += Table(year).WorkingDates.Length;
        }

        return count;
    }

    private YearTable Table(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, FormattableString.Invariant($"The {Name} working-day calendar covers the years {MinYear} to {MaxYear}."));
        }

        var chunk = Volatile.Read(ref tables[year / YearsPerChunk]);
        if (chunk is null)
        {
            Interlocked.CompareExchange(ref tables[year / YearsPerChunk], new YearTable?[YearsPerChunk], null);
            chunk = Volatile.Read(ref tables[year / YearsPerChunk])!;
        }

        var table = Volatile.Read(ref chunk[year % YearsPerChunk]);
        if (table is null)
        {
            Interlocked.CompareExchange(ref chunk[year % YearsPerChunk], Build(year), null);
            table = Volatile.Read(ref chunk[year % YearsPerChunk])!;
        }

        return table;
    }

    private YearTable Build(int year)
    {
        var holidays = new Dictionary<LocalDate, string>();
        if (year > MinYear)
        {
            AddRuleHolidays(year - 1, holidays); // a substitute day may spill into this year
        }

        AddRuleHolidays(year, holidays);
        if (changesByYear.TryGetValue(year, out var changes))
        {
            foreach (var change in changes)
            {
                Apply(change, holidays);
            }
        }

        var inYear = holidays.Where(h => h.Key.Year == year).Select(h => new BankHoliday(h.Key, h.Value)).OrderBy(h => h.Date).ToImmutableArray();
        var start = new LocalDate(year, 1, 1);
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        var workingUpTo = new short[days + 1];
        var workingDates = new List<LocalDate>(262);
        for (var i = 0; i < days; i++)
        {
            var date = start.PlusDays(i);
            var working = !IsWeekend(date) && !holidays.ContainsKey(date);
            if (working)
            {
                workingDates.Add(date);
            }

            workingUpTo[i + 1] = (short)(workingUpTo[i] + (working ? 1 : 0));
        }

        return new YearTable(inYear, workingUpTo, [.. workingDates]);
    }

    private void AddRuleHolidays(int year, Dictionary<LocalDate, string> holidays)
    {
        // Weekday holidays first, so a substitute never lands on one (Boxing Day on Monday pushes Christmas to Tuesday).
        foreach (var rule in Rules)
        {
            var date = rule.DateIn(year);
            if (!IsWeekend(date))
            {
                holidays.TryAdd(date, rule.Name);
            }
        }

        foreach (var rule in Rules.Where(r => r.SubstitutesWhenOnWeekend).OrderBy(r => r.DateIn(year)))
        {
            var date = rule.DateIn(year);
            if (IsWeekend(date))
            {
                var substitute = date.PlusDays(1);
                while (IsWeekend(substitute) || holidays.ContainsKey(substitute))
                {
                    substitute = substitute.PlusDays(1);
                }

                holidays.Add(substitute, rule.Name + " (substitute day)");
            }
        }
    }

    private void Apply(BankHolidayChange change, Dictionary<LocalDate, string> holidays)
    {
        if (change.From is { } from && !holidays.Remove(from))
        {
            throw new ArgumentException(FormattableString.Invariant($"The change '{change}' of the {Name} calendar moves {from:uuuu-MM-dd}, which is not a holiday."));
        }

        if (!holidays.TryAdd(change.To, change.Name))
        {
            throw new ArgumentException(FormattableString.Invariant($"The change '{change}' of the {Name} calendar falls on {change.To:uuuu-MM-dd}, which is already a holiday."));
        }
    }

    private sealed class YearTable(ImmutableArray<BankHoliday> holidays, short[] workingUpTo, LocalDate[] workingDates)
    {
        public ImmutableArray<BankHoliday> Holidays { get; } = holidays;

        // WorkingUpTo[d] is the number of working days among the first d days of the year.
        public short[] WorkingUpTo { get; } = workingUpTo;

        public LocalDate[] WorkingDates { get; } = workingDates;
    }
}
