using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Partnerships.Rules.Schemes;

/// <summary>The outcome of reading a scheme file: the scheme, or every problem found and no scheme.</summary>
/// <remarks>A result holds the scheme as read, which is a document rather than a value, so results compare by reference.
/// This type is immutable and thread-safe.</remarks>
public sealed class SchemeFileResult
{
    internal SchemeFileResult(SchemeFile? scheme, ImmutableArray<SchemeProblem> problems)
    {
        Scheme = scheme;
        Problems = problems.OrEmpty();
    }

    /// <summary>Gets the scheme read; <see langword="null"/> when the file has any problem.</summary>
    public SchemeFile? Scheme { get; }

    /// <summary>Gets every problem found, in the order of the file; empty on success.</summary>
    public ImmutableArray<SchemeProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the file was read without problems.</summary>
    [MemberNotNullWhen(true, nameof(Scheme))]
    public bool IsSuccess => Scheme is not null;
}
