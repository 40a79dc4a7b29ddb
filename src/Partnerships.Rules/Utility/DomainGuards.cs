using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules;

/// <summary>
/// The library's own guard clauses, beside Ardalis.GuardClauses' <c>Guard.Against</c>: ids, money, currencies and
/// quarters. Each throws an <see cref="ArgumentException"/>-family error naming the public parameter and quoting the
/// value, in one form: "<c>{rule}; got {value}.</c>" with the parameter name appended by .NET.
/// </summary>
internal static class DomainGuards
{
    private const int QuotedLength = 40;

    /// <summary>Throws unless an id is filled in and well-formed: not null, not only white space or invisible
    /// (format or control) characters such as U+200B, and valid UTF-16 (no lone surrogate). Ids are compared ordinally,
    /// so ids differing in case or Unicode normalisation are distinct; there is no length limit.</summary>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or not well-formed UTF-16.</exception>
    public static string BlankId(this IGuardClause guard, string? id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
    {
        _ = guard;
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (!IsWellFormed(id))
        {
            throw new ArgumentException(Invariant($"An id must be well-formed UTF-16 (no lone surrogate); got {Quote(id)}."), parameterName);
        }

        if (IsBlankText(id))
        {
            throw new ArgumentException(Invariant($"An id must be filled in, not only white space or invisible characters; got {Quote(id)}."), parameterName);
        }

        return id;
    }

    /// <summary>Throws unless a text for people (a name, a title) is filled in: the rules of <see cref="BlankId"/>.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank or not well-formed UTF-16.</exception>
    public static string BlankText(this IGuardClause guard, string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        _ = guard;
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (IsBlankText(text) || !IsWellFormed(text))
        {
            throw new ArgumentException(Invariant($"A text must be filled in and well-formed; got {Quote(text)}."), parameterName);
        }

        return text;
    }

    /// <summary>Throws when an amount is negative.</summary>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Money NegativeMoney(this IGuardClause guard, Money amount, [CallerArgumentExpression(nameof(amount))] string? parameterName = null)
    {
        _ = guard;
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(parameterName, amount, Invariant($"The amount must not be negative; got {amount}."));
        }

        return amount;
    }

    /// <summary>Throws unless an amount is in the currency of another, such as the fund.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="expected">An amount in the currency required (the fund, the allocation).</param>
    /// <param name="actual">The amount to check.</param>
    /// <param name="parameterName">The name of the argument that holds <paramref name="actual"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money ForeignCurrency(this IGuardClause guard, Money expected, Money actual, [CallerArgumentExpression(nameof(actual))] string? parameterName = null)
    {
        _ = guard;
        if (expected.Currency != actual.Currency)
        {
            throw new ArgumentException(Invariant($"The amount must be in {expected.Currency.Code}, the currency of the fund; got {actual} in {actual.Currency.Code}."), parameterName);
        }

        return actual;
    }

    /// <summary>Throws unless a quarter is one of the given year's.</summary>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is of another financial year.</exception>
    public static FinancialQuarter QuarterOfAnotherYear(this IGuardClause guard, FinancialYear year, FinancialQuarter quarter, [CallerArgumentExpression(nameof(quarter))] string? parameterName = null)
    {
        _ = guard;
        if (quarter.Year != year)
        {
            throw new ArgumentException(Invariant($"The quarter must be one of {year}; got {quarter}."), parameterName);
        }

        return quarter;
    }

    /// <summary>Throws when a number is negative.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static T NegativeNumber<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : INumberBase<T>, IComparable<T> => guard.Below(value, T.Zero, parameterName);

    /// <summary>Throws when a number is zero, such as a denominator.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero.</exception>
    public static T ZeroNumber<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : INumberBase<T>
    {
        _ = guard;
        if (T.IsZero(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "The number must not be zero; got 0.");
        }

        return value;
    }

    /// <summary>Throws when a value is below a minimum.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below <paramref name="minimum"/>.</exception>
    public static T Below<T>(this IGuardClause guard, T value, T minimum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guard;
        if (value.CompareTo(minimum) < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Invariant($"The value must be at least {minimum}; got {value}."));
        }

        return value;
    }

    /// <summary>Throws when a value is above a maximum.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is above <paramref name="maximum"/>.</exception>
    public static T Above<T>(this IGuardClause guard, T value, T maximum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guard;
        if (value.CompareTo(maximum) > 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Invariant($"The value must be at most {maximum}; got {value}."));
        }

        return value;
    }

    /// <summary>Throws unless a number is a fraction from 0 to 1 inclusive, such as a rate or a share.</summary>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is below 0 or above 1.</exception>
    public static decimal NotAFraction(this IGuardClause guard, decimal fraction, [CallerArgumentExpression(nameof(fraction))] string? parameterName = null) =>
        guard.OutOfRange(fraction, parameterName!, 0m, 1m, Invariant($"The fraction must be from 0 to 1; got {fraction}."));

    /// <summary>Throws unless a date is in the ISO calendar, which every calendar here reckons in.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar system.</exception>
    public static LocalDate NotIso(this IGuardClause guard, LocalDate date, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        _ = guard;
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(Invariant($"The date must be in the ISO calendar, in which financial years and working days are reckoned; got {date} in the {date.Calendar.Id} calendar."), parameterName);
        }

        return date;
    }

    /// <summary>
    /// Returns a value indicating whether a text only looks filled in: null, empty, or only white space and invisible
    /// characters (Unicode format and control characters such as U+200B zero width space).
    /// </summary>
    public static bool IsBlankText(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a value indicating whether a text is well-formed UTF-16: every surrogate in a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A value in a message: quoted, cut short, with invisible characters and lone surrogates written as \uXXXX.
    private static string Quote(string text)
    {
        var builder = new StringBuilder("'");
        foreach (var c in text.Length > QuotedLength ? text[..QuotedLength] : text)
        {
            if (c == ' ' || (!char.IsWhiteSpace(c) && !char.IsSurrogate(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        builder.Append('\'');
        return text.Length > QuotedLength ? builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)").ToString() : builder.ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
