namespace Partnerships.Rules;

/// <summary>What every finding of one code is: its code, severity and message template, held once by a
/// <see cref="FindingDefinition"/> and shared by the findings it makes. Immutable.</summary>
/// <param name="code">The stable code.</param>
/// <param name="severity">The severity.</param>
/// <param name="messageTemplate">The English message template.</param>
internal sealed class FindingKind(string code, FindingSeverity severity, string messageTemplate)
{
    public string Code { get; } = code;

    public FindingSeverity Severity { get; } = severity;

    public string MessageTemplate { get; } = messageTemplate;
}
