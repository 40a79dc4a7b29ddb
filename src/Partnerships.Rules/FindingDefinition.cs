using System.Collections.Immutable;

namespace Partnerships.Rules;

/// <summary>
/// What a finding of one code always is: the code, its severity, its English message template and the names of the
/// placeholders the template fills. Every finding the library makes comes from one of these, listed in
/// <see cref="FindingCatalogue"/>.
/// </summary>
/// <remarks>
/// <para>An app that translates findings keys its own templates on <see cref="Code"/> and fills them from
/// <see cref="Finding.Values"/>, whose names are exactly <see cref="Placeholders"/>.</para>
/// <para>Equality compares the code, the severity and the template; the placeholders follow from the template.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FindingDefinition
{
    /// <summary>Makes a definition.</summary>
    /// <param name="code">The stable code, such as <c>ELIG001</c>: letters then digits.</param>
    /// <param name="severity">The severity of every finding of this code.</param>
    /// <param name="messageTemplate">The English message, with named placeholders in braces such as <c>{median}</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="messageTemplate"/> is blank, the code is not
    /// letters followed by digits, or a brace in the template is not closed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined <see cref="FindingSeverity"/>.</exception>
    public FindingDefinition(string code, FindingSeverity severity, string messageTemplate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageTemplate);
        if (!IsCode(code))
        {
            throw new ArgumentException(FormattableString.Invariant($"The code '{code}' is not upper-case letters followed by digits, such as ELIG001."), nameof(code));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "The severity is not a defined FindingSeverity.");
        }

        Code = code;
        Severity = severity;
        MessageTemplate = messageTemplate;
        Kind = new FindingKind(code, severity, messageTemplate);
        Placeholders = ReadPlaceholders(messageTemplate) ?? throw new ArgumentException(FormattableString.Invariant($"The template '{messageTemplate}' opens a placeholder and never closes it."), nameof(messageTemplate));
    }

    /// <summary>Gets the stable code, such as <c>ELIG001</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of every finding of this code.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the English message template, with named placeholders in braces.</summary>
    public string MessageTemplate { get; }

    /// <summary>Gets the names of the placeholders of the template, each once, in the order they first appear.</summary>
    public ImmutableArray<string> Placeholders { get; }

    /// <summary>Gets the code, severity and template as the findings of this definition share them.</summary>
    internal FindingKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(FindingDefinition? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && MessageTemplate == other.MessageTemplate;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, MessageTemplate);

    /// <summary>Returns the code and the template: <c>ELIG001: No activity fits …</c>.</summary>
    /// <returns>The definition as one line.</returns>
    public override string ToString() => Code + ": " + MessageTemplate;

    /// <summary>Makes a finding of this definition.</summary>
    internal Finding Make(string? recipientId, string? activityId, Money? amount, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Finding.About(recipientId, activityId, amount, Kind, values);

    /// <summary>Makes a finding of this definition whose values an immutable record gives when they are first read.</summary>
    internal Finding MakeFrom(string? recipientId, string? activityId, IFindingValues values) =>
        Finding.About(recipientId, activityId, Kind, values);

    private static bool IsCode(string code)
    {
        var letters = 0;
        while (letters < code.Length && code[letters] is >= 'A' and <= 'Z')
        {
            letters++;
        }

        if (letters == 0 || letters == code.Length)
        {
            return false;
        }

        for (var i = letters; i < code.Length; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // A placeholder is "{name}", as Finding fills it; null when a brace is never closed.
    private static ImmutableArray<string>? ReadPlaceholders(string template)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i);
            if (close < 0)
            {
                return null;
            }

            var name = template[(i + 1)..close];
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = close + 1;
        }

        return names.ToImmutable();
    }
}
