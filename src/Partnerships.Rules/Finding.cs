using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Partnerships.Rules;

/// <summary>
/// One reason behind a decision: a stable code, a severity, a message, what it is about, and the values the
/// rule used (the threshold, the median, the year's cap), so a reader sees why without re-running the rule.
/// </summary>
/// <remarks>
/// <para>The <see cref="Code"/> (<c>ELIG001</c>, <c>ALLOC003</c>, …) never changes meaning once published; an app
/// may log it, count it or use it as the key of its own translated message, filling the placeholders of
/// <see cref="MessageTemplate"/> from <see cref="Values"/>.</para>
/// <para>Values are written culture-invariantly; amounts of money as a person in the UK reads them. Money, being
/// immutable, is kept as it is and written when a value or the message is first read; the text is the same.</para>
/// <para>This type is immutable and thread-safe. Equality compares every property, values included.</para>
/// </remarks>
public sealed record Finding
{
    // The values sorted by name (ordinal), never changed after construction: each one its text, or an amount of money
    // to be written when read; or, until they are first read, the immutable record that gives them. The public
    // dictionary is built from them only when someone asks for it: most findings are made, counted and kept, and
    // never read by name.
    private object values;
    private ImmutableSortedDictionary<string, string>? valuesByName;

    // The amount boxed (a reference, not 24 bytes), usually the very box of one of the values; or the record that
    // gives the values, which gives the amount too.
    private object? amount;

    // The code, severity and template, shared by every finding a definition makes: three fields of every finding were
    // a fifth of it, and an assessment of a national round keeps 1.3·10^5 findings.
    private readonly FindingKind kind;

    private Finding(FindingKind kind, object values)
    {
        this.kind = kind;
        this.values = values;
    }

    /// <summary>Gets the stable code of the rule outcome, such as <c>ELIG001</c>.</summary>
    public string Code => kind.Code;

    /// <summary>Gets how much the finding weighs in its decision.</summary>
    public FindingSeverity Severity => kind.Severity;

    /// <summary>Gets the English message with named placeholders in braces, such as <c>{median}</c>.</summary>
    public string MessageTemplate => kind.MessageTemplate;

    /// <summary>Gets the values the rule used, by placeholder name, written culture-invariantly.</summary>
    public ImmutableSortedDictionary<string, string> Values =>
        valuesByName ??= ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, Pairs.Select(static p => KeyValuePair.Create(p.Key, Text(p.Value)))); // a race builds an equal dictionary twice

    // A race makes an equal array twice.
    private KeyValuePair<string, object>[] Pairs => values as KeyValuePair<string, object>[] ?? (KeyValuePair<string, object>[])(values = ((IFindingValues)values).ValuesFor(Code));

    /// <summary>Gets the id of the recipient the finding is about, if any.</summary>
    public string? RecipientId { get; init; }

    /// <summary>Gets the id of the activity the finding is about, if any.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets the amount the finding affects, if any: the sum under query, the amount reclaimed.</summary>
    public Money? Amount { get => amount is IFindingValues source ? source.AmountFor(Code) : (Money?)amount; init => amount = value; }

    /// <summary>Gets the English message with every placeholder filled from <see cref="Values"/>.</summary>
    public string Message => Render(MessageTemplate, Pairs);

    /// <summary>Makes a finding.</summary>
    /// <param name="code">The stable code, such as <c>ELIG001</c>.</param>
    /// <param name="severity">How much the finding weighs.</param>
    /// <param name="messageTemplate">The English message with named placeholders in braces.</param>
    /// <param name="values">The values by placeholder name; money is written as <see cref="Money.ToString()"/>, dates
    /// in ISO form (<c>2011-07-14</c>), other formattable values with the invariant culture.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="messageTemplate"/> is blank, or a name repeats.</exception>
    public static Finding Of(string code, FindingSeverity severity, string messageTemplate, params ReadOnlySpan<(string Name, object? Value)> values)
        => About(null, null, null, code, severity, messageTemplate, values);

    /// <summary>Makes a finding about a recipient, activity or amount in one step: <c>Of(…) with { … }</c> without the copy.</summary>
    internal static Finding About(string? recipientId, string? activityId, Money? amount, string code, FindingSeverity severity, string messageTemplate, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(messageTemplate);
        return About(recipientId, activityId, amount, new FindingKind(code, severity, messageTemplate), values);
    }

    /// <summary>Makes a finding of a kind (a definition's) about a recipient, activity or amount.</summary>
    internal static Finding About(string? recipientId, string? activityId, Money? amount, FindingKind kind, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var pairs = Sorted(values);
        return new Finding(kind, pairs) { RecipientId = recipientId, ActivityId = activityId, amount = Boxed(amount, pairs) };
    }

    /// <summary>Makes a finding whose amount and values an immutable record gives when they are first read.</summary>
    internal static Finding About(string? recipientId, string? activityId, FindingKind kind, IFindingValues values) =>
        new(kind, values) { RecipientId = recipientId, ActivityId = activityId, amount = values };

    /// <summary>Writes a value as findings do: money as a person reads it, dates in ISO form, anything else culture-invariantly.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text; empty for <see langword="null"/>.</returns>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        Money money => money.ToString(),
        NodaTime.LocalDate date => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && Code == other.Code
        && Severity == other.Severity
        && MessageTemplate == other.MessageTemplate
        && RecipientId == other.RecipientId
        && ActivityId == other.ActivityId
        && Amount == other.Amount
        && SameValues(Pairs, other.Pairs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, RecipientId, ActivityId, Amount, Pairs.Length);

    /// <summary>Returns the code and the message: <c>ELIG001: …</c>.</summary>
    /// <returns>The finding as one line.</returns>
    public override string ToString() => Code + ": " + Message;

    // Formats the values other than money and sorts them by name (ordinal), rejecting a blank or repeated name in the
    // order given.
    internal static KeyValuePair<string, object>[] Sorted(ReadOnlySpan<(string Name, object? Value)> values)
    {
        var sorted = values.Length == 0 ? [] : new KeyValuePair<string, object>[values.Length];
        for (var count = 0; count < values.Length; count++)
        {
            var (name, value) = values[count];
            Guard.Against.NullOrWhiteSpace(name, nameof(values));
            var text = value as string ?? (value is Money ? value : Format(value));

            // Insertion sort: findings carry a handful of values, mostly given in name order (one comparison each).
            var at = count;
            while (at > 0 && string.CompareOrdinal(sorted[at - 1].Key, name) >= 0)
            {
                if (string.Equals(sorted[at - 1].Key, name, StringComparison.Ordinal))
                {
                    throw new ArgumentException(FormattableString.Invariant($"The value '{name}' is given twice."), nameof(values));
                }

                at--;
            }

            if (at < count)
            {
                Array.Copy(sorted, at, sorted, at + 1, count - at);
            }

            sorted[at] = new(name, text);
        }

        return sorted;
    }

    // The amount is mostly one of the values: that box serves for both.
    private static object? Boxed(Money? amount, KeyValuePair<string, object>[] pairs)
    {
        if (amount is not { } money)
        {
            return null;
        }

        foreach (var pair in pairs)
        {
            if (pair.Value is Money value && value.ReadsAs(money))
            {
                return pair.Value;
            }
        }

        return money;
    }

    private static string Text(object value) => value as string ?? ((Money)value).ToString();

    // Both sorted by name, so equal dictionaries are equal pair by pair.
    private static bool SameValues(KeyValuePair<string, object>[] left, KeyValuePair<string, object>[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i].Key, right[i].Key, StringComparison.Ordinal) || !SameText(left[i].Value, right[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    // Equal amounts written with the same symbol and digits read the same without being written.
    private static bool SameText(object left, object right) =>
        (left is Money a && right is Money b && a.ReadsAs(b))
        || string.Equals(Text(left), Text(right), StringComparison.Ordinal);

    private static string? Lookup(KeyValuePair<string, object>[] pairs, string[] texts, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (name.SequenceEqual(pairs[i].Key))
            {
                return texts[i];
            }
        }

        return null;
    }

    // A placeholder is "{name}" up to the first '}' after a '{'; an unknown name is left as written. The text is
    // measured first, so it is written once into a string of its exact length.
    private static string Render(string template, KeyValuePair<string, object>[] pairs)
    {
        if (pairs.Length == 0 || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var texts = Array.ConvertAll(pairs, static p => Text(p.Value));
        var length = Fill(template, pairs, texts, []);
        return string.Create(length, (template, pairs, texts), static (text, state) => Fill(state.template, state.pairs, state.texts, text));
    }

    // Writes the filled-in template to text when it is long enough, and returns the length of the filled-in template.
    private static int Fill(string template, KeyValuePair<string, object>[] pairs, string[] texts, Span<char> text)
    {
        var write = !text.IsEmpty;
        var length = 0;
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            var literal = template.AsSpan(i, (close < 0 ? template.Length : open) - i);
            if (write)
            {
                literal.CopyTo(text[length..]);
            }

            length += literal.Length;
            if (close < 0)
            {
                break;
            }

            var value = Lookup(pairs, texts, template.AsSpan(open + 1, close - open - 1)) is { } found ? found.AsSpan() : template.AsSpan(open, close - open + 1);

            if (write)
            {
                value.CopyTo(text[length..]);
            }

            length += value.Length;
            i = close + 1;
        }

        return length;
    }
}
