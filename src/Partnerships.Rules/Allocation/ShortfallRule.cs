namespace Partnerships.Rules.Allocation;

/// <summary>
/// How a fund that cannot meet every claim is divided: the named rules of the claims-problem literature.
/// </summary>
/// <remarks>
/// Every rule is exact to the minor unit, and every rule but <see cref="LargestRemainder"/> is monotone in the fund:
/// more money never gives any claimant less.
/// Each is computed as if the fund were handed out one minor unit at a time, each unit going to the claimant whose
/// next unit has the lowest threshold, ties to the claimant that comes first in the caller's fixed order of
/// intrinsic ids (see <see cref="ClaimsDivision"/>); the computation itself never loops unit by unit, except for
/// <see cref="Quota"/>, whose time grows with the fund.
/// <para>What each rule guarantees (n claimants; q = fund × claim ÷ total claims):</para>
/// <list type="table">
/// <listheader><term>Rule</term><description>Within quota (⌊q⌋ ≤ award ≤ ⌈q⌉) · monotone in the fund · independent of input order · cost</description></listheader>
/// <item><term><see cref="Proportional"/>, <see cref="DHondt"/></term><description>No (an award may exceed ⌈q⌉ by up to about n·claim ÷ total; never below ⌊q⌋) · yes · yes (ties by id) · expected linear</description></item>
/// <item><term><see cref="LargestRemainder"/></term><description>Yes · <b>no</b> (Alabama paradox) · yes · expected linear</description></item>
/// <item><term><see cref="Quota"/></term><description>Yes · yes · yes · O((n + fund) log n)</description></item>
/// <item><term><see cref="ConstrainedEqualAwards"/>, <see cref="ConstrainedEqualLosses"/></term><description>Not proportional (by design) · yes · yes · expected linear</description></item>
/// <item><term><see cref="Weighted"/>, <see cref="ByNeed"/></term><description>Proportional to weight or need, not to claim · yes · yes · expected linear</description></item>
/// </list>
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

    /// <summary>
    /// D'Hondt (Jefferson) on the penny grid, by name: today the same awards as <see cref="Proportional"/>, and it stays
    /// D'Hondt should the default proportional rule change. Monotone in the fund; may exceed the exact share by a few units.
    /// </summary>
    DHondt = 4,

    /// <summary>
    /// Largest remainder (Hamilton, Hare): each claimant gets its exact share rounded down, and the units left go one
    /// each to the largest remainders, ties to the lower index. Every award is within one unit of its exact share, but
    /// it is <b>not</b> monotone in the fund (the Alabama paradox): with claims of 1, 3 and 3, a fund of 3 gives 1, 1, 1
    /// and a fund of 4 gives 0, 2, 2, so the first claimant loses a unit when the fund grows.
    /// </summary>
    LargestRemainder = 5,

    /// <summary>
    /// The quota method of Balinski and Young: the fund handed out one unit at a time by D'Hondt priority, each unit
    /// only to a claimant still below its exact share at the fund reached. Every award is within one unit of its exact
    /// share (⌊q⌋ ≤ award ≤ ⌈q⌉) and no award falls when the fund grows. The method has a memory of every smaller
    /// fund, so the time it takes grows with the fund (a fund above <see cref="ClaimsDivision.QuotaLimit"/> units is
    /// refused): fit for funds counted in pounds, not for millions of pounds counted in pence.
    /// </summary>
    Quota = 6,

    /// <summary>
    /// By need: each claimant gets its need share of the fund (<see cref="AllocationPolicy.NeedFormula"/> over
    /// <see cref="AllocationPolicy.NeedIndicators"/>) rounded to the nearest unit under a common multiplier, never above its
    /// claim (see <see cref="NeedAllocator"/>). Monotone in the fund; used only by the allocator, which has the indicators.
    /// </summary>
    ByNeed = 7,
}
