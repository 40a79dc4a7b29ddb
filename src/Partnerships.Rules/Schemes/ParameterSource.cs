namespace Partnerships.Rules.Schemes;

/// <summary>Where a parameter's value was set: the document and, where known, the paragraph.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Parameter">The parameter's name in the scheme file, such as <c>standardAllocation</c>.</param>
/// <param name="Document">The document that set the value, such as <c>MPA Partnership Fund report, 13 June 2011</c>.</param>
/// <param name="Paragraph">The paragraph or footnote, such as <c>¶1</c>; <see langword="null"/> when the document as a whole sets it.</param>
public sealed record ParameterSource(string Parameter, string Document, string? Paragraph)
{
    /// <summary>Returns the source for people: <c>standardAllocation: MPA Partnership Fund report, 13 June 2011, ¶4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Paragraph is null ? Parameter + ": " + Document : Parameter + ": " + Document + ", " + Paragraph;
}
