using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// A fund that runs year after year, such as a police authority's Partnership Fund, with terms that change
/// between years.
/// </summary>
/// <remarks>
/// Terms take effect from their year and stay in force until terms for a later year replace them, as a rules-as-code
/// parameter does: <see cref="TermsFor"/> answers "what were the terms in year Y". Add terms with
/// <see cref="WithTerms"/>, which returns a new scheme. Two schemes are equal when they have the same name and
/// calendar and equal terms for the same years. This type is immutable and thread-safe.
/// </remarks>
public sealed class FundScheme : IEquatable<FundScheme>
{
    private readonly ImmutableSortedDictionary<int, FundTerms> termsByStartYear;

    private FundScheme(string name, FinancialYearCalendar calendar, ImmutableSortedDictionary<int, FundTerms> termsByStartYear, FinancialYear? lastYear = null)
    {
        Name = name;
        Calendar = calendar;
        this.termsByStartYear = termsByStartYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the name of the scheme.</summary>
    public string Name { get; }

    /// <summary>Gets the financial-year calendar the scheme runs on.</summary>
    public FinancialYearCalendar Calendar { get; }

    /// <summary>Gets the last year of the scheme, after which it has no terms; <see langword="null"/> while it runs on.</summary>
    public FinancialYear? LastYear { get; }

    /// <summary>Gets every set of terms the scheme holds, earliest year first.</summary>
    public IEnumerable<FundTerms> Terms => termsByStartYear.Values;

    /// <summary>Creates a scheme with no terms yet.</summary>
    /// <param name="name">The name of the scheme.</param>
    /// <param name="calendar">The calendar its years follow; <see cref="FinancialYearCalendar.UkGovernment"/> when omitted.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank (only white space or invisible characters).</exception>
    public static FundScheme Create(string name, FinancialYearCalendar? calendar = null)
    {
        Guard.Against.BlankText(name);
        return new FundScheme(name, calendar ?? FinancialYearCalendar.UkGovernment, ImmutableSortedDictionary<int, FundTerms>.Empty);
    }

    /// <summary>Returns a scheme with terms that take effect from their year, replacing any terms for that same year.</summary>
    /// <param name="terms">The terms; the scheme keeps them with <see cref="FundTerms.SchemeName"/> set to its <see cref="Name"/>.</param>
    /// <returns>The new scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms' year is of a different calendar from the scheme's.</exception>
    public FundScheme WithTerms(FundTerms terms)
    {
        Guard.Against.Null(terms);
        Guard.Against.InvalidInput(terms, nameof(terms), t => t.Year.Calendar == Calendar, FormattableString.Invariant($"The terms must be of the scheme's calendar ({Calendar}); got terms for {terms.Year} ({terms.Year.Calendar})."));

        return new FundScheme(Name, Calendar, termsByStartYear.SetItem(terms.Year.StartYear, terms.SchemeName == Name ? terms : terms with { SchemeName = Name }), LastYear);
    }

    /// <summary>Returns a scheme that ends after a year: no terms are in force in any later year.</summary>
    /// <param name="lastYear">The scheme's last year.</param>
    /// <returns>The new scheme.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is of a different calendar from the scheme's.</exception>
    public FundScheme EndingAfter(FinancialYear lastYear)
    {
        Guard.Against.InvalidInput(lastYear, nameof(lastYear), y => y.Calendar == Calendar, FormattableString.Invariant($"The last year must be of the scheme's calendar ({Calendar}); got {lastYear} ({lastYear.Calendar})."));
        return new FundScheme(Name, Calendar, termsByStartYear, lastYear);
    }

    /// <summary>Gets the terms in force for a year: the terms of that year, or else of the latest earlier year, carried forward.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The terms, with <see cref="FundTerms.Year"/> set to <paramref name="year"/>.</returns>
    /// <exception cref="KeyNotFoundException">No terms are in force in <paramref name="year"/>: it is before the scheme's first terms,
    /// or after its <see cref="LastYear"/>.</exception>
    public FundTerms TermsFor(FinancialYear year) =>
        TryGetTerms(year, out var terms)
            ? terms
            : LastYear is { } last && year.Calendar.Equals(Calendar) && year > last
            ? throw new KeyNotFoundException(FormattableString.Invariant($"The scheme '{Name}' ended after {last.Label}; it has no terms for {year}."))
            : throw new KeyNotFoundException(FormattableString.Invariant(
                $"The scheme '{Name}' has no terms in force for {year}; its terms start in {(termsByStartYear.IsEmpty ? "no year" : termsByStartYear.Values.First().Year.Label)}."));

    /// <summary>Tries to get the terms in force for a year.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="terms">The terms in force, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if terms are in force in <paramref name="year"/>.</returns>
    public bool TryGetTerms(FinancialYear year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundTerms? terms)
    {
        terms = null;
        if (!year.Calendar.Equals(Calendar) || (LastYear is { } last && year > last))
        {
            return false;
        }

        foreach (var (startYear, candidate) in termsByStartYear)
        {
            if (startYear > year.StartYear)
            {
                break;
            }

            terms = candidate;
        }

        if (terms is not null && terms.Year != year)
        {
            terms = terms with { Year = year };
        }

        return terms is not null;
    }

    /// <summary>Returns a value indicating whether two schemes are equal.</summary>
    /// <param name="left">The first scheme.</param>
    /// <param name="right">The second scheme.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or they are equal.</returns>
    public static bool operator ==(FundScheme? left, FundScheme? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns a value indicating whether two schemes differ.</summary>
    /// <param name="left">The first scheme.</param>
    /// <param name="right">The second scheme.</param>
    /// <returns><see langword="true"/> unless they are equal.</returns>
    public static bool operator !=(FundScheme? left, FundScheme? right) => !(left == right);

    /// <summary>Returns a value indicating whether another scheme has the same name, calendar and terms.</summary>
    /// <param name="other">The scheme to compare with.</param>
    /// <returns><see langword="true"/> if the name (ordinal), the calendar and the terms of every year are equal.</returns>
    public bool Equals(FundScheme? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name && Calendar.Equals(other.Calendar) && LastYear == other.LastYear && ValueEquality.Equal(termsByStartYear, other.termsByStartYear)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FundScheme);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Calendar, termsByStartYear.Count);
}
