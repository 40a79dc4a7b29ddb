namespace Partnerships.Rules;

/// <summary>An immutable record that gives the values of a finding made from it, so they are made only when read.</summary>
internal interface IFindingValues
{
    /// <summary>Gets the amount the finding affects, if any.</summary>
    Money? Amount { get; }

    /// <summary>Returns the values sorted by name (ordinal): each its text, or an amount of money to be written when read.</summary>
    /// <returns>A new array.</returns>
    KeyValuePair<string, object>[] Values();
}
