namespace Partnerships.Rules.Monitoring;

/// <summary>Where a <see cref="Query"/> stands: open until the recipient answers, then decided, or withdrawn by the recipient.</summary>
/// <remarks>
/// The allowed moves are open → answered; answered → accepted, re-attributed or rejected; open or answered → withdrawn.
/// Accepted, re-attributed, rejected and withdrawn are final.
/// </remarks>
public enum QueryState
{
    /// <summary>Raised and not yet answered: its amount is held in reserve.</summary>
    Open,

    /// <summary>Answered by the recipient and awaiting the fund's decision: its amount is still held in reserve.</summary>
    Answered,

    /// <summary>Accepted as asked: its amount was released to the recipient's allocation.</summary>
    Accepted,

    /// <summary>Accepted under another priority: its amount was released to the recipient's allocation and its spend moved to that priority.</summary>
    Reattributed,

    /// <summary>Rejected: its amount was returned to the fund, to be reallocated at the next review point.</summary>
    Rejected,

    /// <summary>Withdrawn by the recipient: its amount was returned to the fund, to be reallocated at the next review point.</summary>
    Withdrawn,
}
