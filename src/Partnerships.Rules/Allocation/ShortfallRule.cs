namespace Partnerships.Rules.Allocation;

/// <summary>
/// How a fund that cannot meet every claim is divided: the named rules of the claims-problem literature.
/// </summary>
/// <remarks>
/// Every rule is exact to the minor unit and monotone in the fund: more money never gives any claimant less.
/// Each is computed as if the fund were handed out one minor unit at a time, each unit going to the claimant whose
/// next unit has the lowest threshold, ties to the claimant that comes first in the caller's fixed order of
/// intrinsic ids (see <see cref="ClaimsDivision"/>); the computation itself never loops unit by unit.
/// </remarks>
public enum ShortfallRule
{
    /// <summary>
    /// Proportional to claim: each claimant gets about <c>fund × claim ÷ total claims</c>, never less than that share
    /// rounded down. The units left over go by the D'Hondt (Jefferson) divisor rule on the whole-number grid of
    /// multipliers <c>m ÷ total</c>: unit k of a claim c is due at step ⌈k × total ÷ c⌉, earliest first, ties to the
    /// lower index. That is monotone in the fund; an award may exceed its exact share by a few units (at most about
    /// <c>n × claim ÷ total + 1</c>), never its claim.
    /// </summary>
    Proportional = 0,

    /// <summary>
    /// Constrained equal awards ("water-filling"): each claimant gets the smaller of its claim and a common level;
    /// the max–min fair division. Small claims are met in full first.
    /// </summary>
    ConstrainedEqualAwards = 1,

    /// <summary>
    /// Constrained equal losses: each claimant gives up the same amount of its claim, never going below zero.
    /// Large claims bear the shortfall first.
    /// </summary>
    ConstrainedEqualLosses = 2,

    /// <summary>
    /// Weighted by formula weights the caller supplies (population, crime counts): each claimant gets the smaller
    /// of its claim and a common level times its weight; the units left over go by the exact D'Hondt rule on the
    /// weights (unit k of a claimant with weight w is due at k ÷ w, compared by cross-multiplying). With equal weights
    /// this is <see cref="ConstrainedEqualAwards"/>.
    /// </summary>
    Weighted = 3,
}
