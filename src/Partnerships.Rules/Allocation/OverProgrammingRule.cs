namespace Partnerships.Rules.Allocation;

/// <summary>How money left after the core stage is given to over-programmed bids taken in their funding order.</summary>
public enum OverProgrammingRule
{
    /// <summary>
    /// Fund bids in order and stop at the first one that does not fit (neither in full nor down to its minimum
    /// viable amount). Monotone in the pool: more money never gives any bid less. May leave money unspent.
    /// </summary>
    StrictOrder = 0,

    /// <summary>
    /// Fund bids in order, skip any that does not fit and go on to the next. Spends more than
    /// <see cref="StrictOrder"/> but is not monotone: more money can fund an earlier, larger bid and so crowd out
    /// a later one.
    /// </summary>
    FirstFit = 1,
}
