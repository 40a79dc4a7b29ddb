namespace Partnerships.Rules.Schemes;

/// <summary>One thing wrong with a scheme file: a stable code, where it is, and what is wrong.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Code">The code, one of <see cref="SchemeFileFindings"/>, such as <c>SCHEME009</c>.</param>
/// <param name="Path">The JSON path of the value at fault, such as <c>$.parameters.fund[1]</c>; <c>$</c> for the whole file.</param>
/// <param name="Message">The message for people, the code's template filled in.</param>
public sealed record SchemeProblem(string Code, string Path, string Message)
{
    /// <summary>Returns the problem as one line: <c>SCHEME006 at $.parameters.fund[0].value: expected a number; found a string.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " at " + Path + ": " + Message;
}
