using System.Collections.Immutable;
using System.Globalization;

namespace Partnerships.Rules.Ledger;

/// <summary>One problem in an input file: where it is, which field, what value, and what is wrong with it.</summary>
/// <param name="File">The file's name as given.</param>
/// <param name="Where">"line 12" for CSV; the JSON path of the object for JSON ("$.plans[3].activities[1]").</param>
/// <param name="Field">The column or property; empty for a problem of the whole line or object.</param>
/// <param name="Value">The value found, or null when there is none.</param>
/// <param name="Message">What is wrong.</param>
public sealed record InputProblem(string File, string Where, string Field, string? Value, string Message)
{
    public override string ToString()
    {
        var at = Where.StartsWith('$') ? Where + (Field.Length > 0 ? "." + Field : "") : Where + (Field.Length > 0 ? ", field '" + Field + "'" : "");
        var value = Value is null ? "" : " = '" + Value + "'";
        return string.Create(CultureInfo.InvariantCulture, $"{File}, {at}{value}: {Message}");
    }
}

/// <summary>An input file the ledger refuses, with every problem found in it.</summary>
public sealed class InputFileException : LedgerException
{
    public InputFileException()
    {
    }

    public InputFileException(string message)
        : base(message)
    {
    }

    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputFileException(string file, IEnumerable<InputProblem> problems)
        : this(file, problems.ToImmutableArray())
    {
    }

    private InputFileException(string file, ImmutableArray<InputProblem> problems)
        : base(string.Create(CultureInfo.InvariantCulture, $"{file} has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}; nothing was recorded:{Environment.NewLine}  ") + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<InputProblem> Problems { get; } = [];
}
