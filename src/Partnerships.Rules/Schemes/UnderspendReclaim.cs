namespace Partnerships.Rules.Schemes;

/// <summary>How forecast under-spend beyond the tolerance is reclaimed at a review point.</summary>
public enum UnderspendReclaim
{
    /// <summary>Only the under-spend beyond the tolerance is reclaimed; the tolerated part stays with the recipient.</summary>
    ExcessOnly,

    /// <summary>Once the under-spend passes the tolerance, all of it is reclaimed, as some funds write their terms.</summary>
    WholeUnderspend,
}
