namespace Partnerships.Rules.Allocation;

/// <summary>The order in which over-programmed bids are considered for funding.</summary>
/// <remarks>
/// Whatever the key, ties go to the bid with the better (lower) rank in its recipient's own order of preference,
/// then to the bid that comes first in the fixed order of intrinsic ids (recipient id, then activity id, both
/// compared ordinally); never to the order in which bids were passed.
/// </remarks>
public enum OverProgrammingOrder
{
    /// <summary>Highest assessment score first.</summary>
    Score = 0,

    /// <summary>
    /// Highest assessment score per unit of money asked for first, compared exactly by cross-multiplying
    /// (<c>score₁ × amount₂</c> against <c>score₂ × amount₁</c>); a bid asking for nothing comes first.
    /// </summary>
    ScorePerPound = 1,
}
