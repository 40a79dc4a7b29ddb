using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// A fund's rules as data: a scheme read from a scheme file, whose parameters have values by financial-year range,
/// each with its source, and whose terms for a year are assembled from the values in force that year.
/// </summary>
/// <remarks>
/// <para>Read a file with <see cref="Load(string)"/> (every problem reported, each with its JSON path and a
/// <see cref="SchemeFileFindings"/> code; nothing loaded when anything is wrong) or <see cref="Parse(string)"/>
/// (throws <see cref="SchemeFileException"/> carrying every problem). The library reads no files: the app gives
/// the text. <see cref="JsonSchema"/> is the JSON Schema of the format, for editors.</para>
/// <para>Unlike <see cref="FundScheme"/>, nothing is carried forward silently: a year with no value for a required
/// parameter (<see cref="SchemeParameters"/>) has no terms, and asking for them names the parameter and the year.
/// A scheme with a <see cref="LastYear"/> has no terms after it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SchemeFile
{
    /// <summary>The longest scheme file read, in characters (or UTF-8 bytes): 4,000,000.</summary>
    public const int MaximumLength = 4_000_000;

    /// <summary>The deepest nesting of JSON values read: 16.</summary>
    public const int MaximumDepth = 16;

    /// <summary>The format version this library reads and writes in <c>formatVersion</c>.</summary>
    public const int FormatVersion = 1;

    private static readonly string[] Required = [SchemeParameters.Fund, SchemeParameters.StandardAllocation, SchemeParameters.Priorities];

    private readonly ImmutableDictionary<string, ImmutableArray<DatedValue>> parameters;

    internal SchemeFile(
        string name,
        FinancialYearCalendar calendar,
        Currency currency,
        FinancialYear? lastYear,
        ImmutableArray<SchemeRecipient> recipients,
        ImmutableDictionary<string, ImmutableArray<DatedValue>> parameters)
    {
        Name = name;
        Calendar = calendar;
        Currency = currency;
        LastYear = lastYear;
        Recipients = recipients;
        this.parameters = parameters;
    }

    /// <summary>Gets the name of the scheme, such as <c>MPA Partnership Fund</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the financial-year calendar of the scheme's years.</summary>
    public FinancialYearCalendar Calendar { get; }

    /// <summary>Gets the currency of every amount in the scheme.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the scheme's last year; <see langword="null"/> while it runs on.</summary>
    public FinancialYear? LastYear { get; }

    /// <summary>Gets the recipients the scheme knows; empty when any recipient may bid.</summary>
    public ImmutableArray<SchemeRecipient> Recipients { get; }

    /// <summary>Gets the names of the parameters the file gives values for, ordinally sorted.</summary>
    public ImmutableArray<string> Parameters => [.. parameters.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the JSON Schema (draft 2020-12) of the scheme-file format, for an editor to validate as you type.</summary>
    /// <remarks>The same text ships in the package as <c>schemes/partnership-scheme.schema.json</c>.</remarks>
    public static string JsonSchema => SchemeFileSchema.Text;

    /// <summary>Reads a scheme file, reporting every problem at once.</summary>
    /// <param name="json">The text of the file.</param>
    /// <returns>The scheme, or every problem found (and no scheme).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static SchemeFileResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SchemeFileReader.Read(json);
    }

    /// <summary>Reads a scheme file given as UTF-8 bytes, reporting every problem at once.</summary>
    /// <param name="utf8Json">The bytes of the file.</param>
    /// <returns>The scheme, or every problem found (and no scheme).</returns>
    public static SchemeFileResult Load(ReadOnlyMemory<byte> utf8Json) => SchemeFileReader.Read(utf8Json);

    /// <summary>Reads a scheme file, throwing when it has any problem.</summary>
    /// <param name="json">The text of the file.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SchemeFileException">The file has problems; the exception carries every one.</exception>
    public static SchemeFile Parse(string json)
    {
        var result = Load(json);
        return result.IsSuccess ? result.Scheme : throw new SchemeFileException(result.Problems);
    }

    /// <summary>Assembles the terms for a year from the values in force that year.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The terms, with <see cref="FundTerms.Recipients"/> and <see cref="FundTerms.Sources"/> filled in.</returns>
    /// <exception cref="ArgumentException"><paramref name="year"/> is of another calendar than the scheme's.</exception>
    /// <exception cref="KeyNotFoundException">The year is after the scheme's last year, or a required parameter has
    /// no value in force that year; the message names the parameter and the year.</exception>
    public FundTerms TermsFor(FinancialYear year) =>
        TryAssemble(year, out var terms, out var reason) ? terms : throw new KeyNotFoundException(reason);

    /// <summary>Tries to assemble the terms for a year from the values in force that year.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="terms">The terms, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if every required parameter has a value in force in <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="year"/> is of another calendar than the scheme's.</exception>
    public bool TryGetTerms(FinancialYear year, [NotNullWhen(true)] out FundTerms? terms) => TryAssemble(year, out terms, out _);

    /// <summary>Finds the source of the value of a parameter in force in a year.</summary>
    /// <param name="parameter">The parameter's name, one of <see cref="SchemeParameters"/>.</param>
    /// <param name="year">The financial year.</param>
    /// <returns>The source, or <see langword="null"/> when no value of the parameter is in force that year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> is <see langword="null"/>.</exception>
    public ParameterSource? SourceOf(string parameter, FinancialYear year)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return InForce(parameter, year)?.Source;
    }

    /// <summary>Gets the working days a recipient has to answer a query in a year (<see cref="SchemeParameters.QueryDueDays"/>).</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The number of working days, or <see langword="null"/> when the scheme sets none that year.</returns>
    public int? QueryDueWorkingDays(FinancialYear year) => InForce(SchemeParameters.QueryDueDays, year)?.Value as int?;

    /// <summary>Builds a <see cref="FundScheme"/> holding the terms of every year from one year to another, ending after the last.</summary>
    /// <param name="from">The first year.</param>
    /// <param name="to">The last year.</param>
    /// <returns>The scheme, which has no terms after <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or a year is of another calendar.</exception>
    /// <exception cref="KeyNotFoundException">A year in the range has no terms; the message names the parameter and the year.</exception>
    public FundScheme ToFundScheme(FinancialYear from, FinancialYear to)
    {
        CheckCalendar(from, nameof(from));
        CheckCalendar(to, nameof(to));
        if (to < from)
        {
            throw new ArgumentException(FormattableString.Invariant($"The last year {to} is before the first {from}."), nameof(to));
        }

        var scheme = FundScheme.Create(Name, Calendar);
        for (var year = from; year <= to; year = year.Next)
        {
            scheme = scheme.WithTerms(TermsFor(year));
        }

        return scheme.EndingAfter(to);
    }

    private bool TryAssemble(FinancialYear year, [NotNullWhen(true)] out FundTerms? terms, out string reason)
    {
        CheckCalendar(year, nameof(year));
        terms = null;
        if (LastYear is { } last && year > last)
        {
            reason = FormattableString.Invariant($"The scheme '{Name}' ended after {last.Label}; it has no terms for {year}.");
            return false;
        }

        foreach (var name in Required)
        {
            if (InForce(name, year) is null)
            {
                reason = FormattableString.Invariant($"The scheme '{Name}' has no value for the parameter '{name}' in {year}.");
                return false;
            }
        }

        var sources = ImmutableArray.CreateBuilder<ParameterSource>();
        T Value<T>(string name, T otherwise)
        {
            if (InForce(name, year) is not { } value)
            {
                return otherwise;
            }

            sources.Add(value.Source);
            return (T)value.Value!;
        }

        terms = new FundTerms
        {
            Year = year,
            Fund = Value(SchemeParameters.Fund, default(Money)),
            StandardAllocation = Value(SchemeParameters.StandardAllocation, default(Money)),
            Priorities = Value(SchemeParameters.Priorities, ImmutableArray<Priority>.Empty),
        };
        terms = terms with
        {
            OverProgrammingInvited = Value(SchemeParameters.OverProgrammingInvited, terms.OverProgrammingInvited),
            CapCoreAtStandardAllocation = Value(SchemeParameters.CapCoreAtStandardAllocation, terms.CapCoreAtStandardAllocation),
            HoldBackQueriedAmounts = Value(SchemeParameters.HoldBackQueriedAmounts, terms.HoldBackQueriedAmounts),
            UnderspendingRecipientsMayReceive = Value(SchemeParameters.UnderspendingRecipientsMayReceive, terms.UnderspendingRecipientsMayReceive),
            ReviewPoints = Value(SchemeParameters.ReviewPoints, terms.ReviewPoints),
            OnCosts = Value(SchemeParameters.OnCosts, terms.OnCosts),
            ValueForMoney = Value(SchemeParameters.ValueForMoney, terms.ValueForMoney),
            UnderspendTolerance = Value(SchemeParameters.UnderspendTolerance, terms.UnderspendTolerance),
            SubmissionDeadline = Value(SchemeParameters.SubmissionDeadline, terms.SubmissionDeadline),
            Recipients = Recipients,
        };
        terms = terms with
        {
            QueryResponseWorkingDays = Value<int?>(SchemeParameters.QueryDueDays, null) ?? terms.QueryResponseWorkingDays,
            Sources = sources.ToImmutable(),
        };
        reason = string.Empty;
        return true;
    }

    private DatedValue? InForce(string parameter, FinancialYear year)
    {
        if (!parameters.TryGetValue(parameter, out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (value.InForce(year))
            {
                return value;
            }
        }

        return null;
    }

    private void CheckCalendar(FinancialYear year, string parameterName)
    {
        if (!year.Calendar.Equals(Calendar))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The year {year} ({year.Calendar}) is not of the scheme's calendar ({Calendar})."),
                parameterName);
        }
    }
}
