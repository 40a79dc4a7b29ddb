namespace Partnerships.Rules;

/// <summary>An immutable record that gives the values of a finding made from it, so they are made only when read.</summary>
internal interface IFindingValues
{
    /// <summary>Gets the amount the finding affects, if any.</summary>
    Money? Amount { get; }

    /// <summary>Returns the values sorted by name (ordinal): each its text, or an amount of money to be written when read.</summary>
    /// <returns>A new array.</returns>
    KeyValuePair<string, object>[] Values();

    /// <summary>Gets the amount a finding of the code affects: a record that gives findings of several codes picks by it.</summary>
    /// <param name="code">The finding's code.</param>
    /// <returns>The amount, if any.</returns>
    Money? AmountFor(string code) => Amount;

    /// <summary>Returns the values of a finding of the code, as <see cref="Values"/> does.</summary>
    /// <param name="code">The finding's code.</param>
    /// <returns>A new array.</returns>
    KeyValuePair<string, object>[] ValuesFor(string code) => Values();
}
