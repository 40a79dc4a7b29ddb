using System.Collections.Immutable;

namespace Partnerships.Rules.Schemes;

/// <summary>Thrown by <see cref="SchemeFile.Parse(string)"/> when a scheme file has problems; it carries all of them.</summary>
/// <remarks>The message lists every problem, one a line.</remarks>
public sealed class SchemeFileException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="SchemeFileException"/> class.</summary>
    public SchemeFileException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SchemeFileException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public SchemeFileException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="SchemeFileException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SchemeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="SchemeFileException"/> class with the problems found.</summary>
    /// <param name="problems">The problems.</param>
    public SchemeFileException(ImmutableArray<SchemeProblem> problems)
        : base(Describe(problems), "json")
    {
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>Gets every problem found in the file.</summary>
    public ImmutableArray<SchemeProblem> Problems { get; }

    private static string Describe(ImmutableArray<SchemeProblem> problems) =>
        problems.IsDefaultOrEmpty
            ? "The scheme file has problems."
            : FormattableString.Invariant($"The scheme file has {problems.Length} problem(s):{Environment.NewLine}") + string.Join(Environment.NewLine, problems);
}
