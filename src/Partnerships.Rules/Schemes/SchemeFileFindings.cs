using System.Collections.Immutable;

namespace Partnerships.Rules.Schemes;

/// <summary>
/// The stable codes of the problems a scheme file can have (<c>SCHEME001</c>…) and their English message templates.
/// </summary>
/// <remarks>
/// A code never changes meaning and is never reused. Each <see cref="SchemeProblem"/> carries its code, the JSON
/// path of the value at fault (<c>$.parameters.fund[0].value</c>) and the template filled in.
/// This type is immutable and thread-safe.
/// </remarks>
public static class SchemeFileFindings
{
    /// <summary>The text is not well-formed JSON.</summary>
    public const string NotJson = "SCHEME001";

    /// <summary>The file is longer than <see cref="SchemeFile.MaximumLength"/>.</summary>
    public const string TooLarge = "SCHEME002";

    /// <summary>Values are nested deeper than <see cref="SchemeFile.MaximumDepth"/>.</summary>
    public const string TooDeep = "SCHEME003";

    /// <summary>An object has a field the format does not define (a misspelling is caught here).</summary>
    public const string UnknownField = "SCHEME004";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "SCHEME005";

    /// <summary>A value is of the wrong JSON type, such as text where a number belongs.</summary>
    public const string WrongType = "SCHEME006";

    /// <summary>A value has the right type but is not allowed, such as a negative amount or a year that is not one.</summary>
    public const string InvalidValue = "SCHEME007";

    /// <summary>A parameter the terms need has no values at all.</summary>
    public const string MissingParameter = "SCHEME008";

    /// <summary>Two values of one parameter are in force in the same year.</summary>
    public const string OverlappingRanges = "SCHEME009";

    /// <summary>A range ends before it starts.</summary>
    public const string ReversedRange = "SCHEME010";

    /// <summary>A range runs past the scheme's last year.</summary>
    public const string BeyondLastYear = "SCHEME011";

    /// <summary>Two recipients share an id.</summary>
    public const string DuplicateRecipient = "SCHEME012";

    /// <summary>An amount is finer than the currency's minor unit.</summary>
    public const string NotWholeMinorUnits = "SCHEME013";

    /// <summary>An object has the same field twice.</summary>
    public const string DuplicateField = "SCHEME014";

    /// <summary>Two priorities of one value share a code.</summary>
    public const string DuplicatePriority = "SCHEME015";

    /// <summary>The file is of a format version this library does not read.</summary>
    public const string UnsupportedVersion = "SCHEME016";

    /// <summary>Gets the definition of every scheme-file problem, by code: each a failure that stops the load.</summary>
    public static ImmutableArray<FindingDefinition> Definitions => [.. Templates.Select(static t => new FindingDefinition(t.Key, FindingSeverity.Failure, t.Value))];

    private static ImmutableSortedDictionary<string, string> Templates { get; } = new Dictionary<string, string>
    {
        [NotJson] = "the text is not well-formed JSON: {Error}",
        [TooLarge] = "the file is {Length} long; a scheme file may be at most {Limit}.",
        [TooDeep] = "values are nested more than {Limit} deep.",
        [UnknownField] = "'{Field}' is not a field here; the fields are {Known}.",
        [MissingField] = "the field '{Field}' is required.",
        [WrongType] = "expected {Expected}; found {Found}.",
        [InvalidValue] = "{Value} is not allowed: {Rule}.",
        [MissingParameter] = "the parameter '{Parameter}' is required and has no values.",
        [OverlappingRanges] = "the values of '{Parameter}' for {Range} and {Other} are both in force in {Year}.",
        [ReversedRange] = "the range ends in {To}, before it starts in {From}.",
        [BeyondLastYear] = "the range runs to {To}, past the scheme's last year {LastYear}.",
        [DuplicateRecipient] = "the recipient id '{Id}' is listed more than once.",
        [NotWholeMinorUnits] = "{Value} is finer than one minor unit of {Currency}.",
        [DuplicateField] = "the field '{Field}' appears more than once.",
        [DuplicatePriority] = "the priority code '{Code}' appears more than once.",
        [UnsupportedVersion] = "format version {Version} is not read by this library; it reads version {Supported}.",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Fills a template's placeholders.</summary>
    internal static string Render(string code, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = Templates[code];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
