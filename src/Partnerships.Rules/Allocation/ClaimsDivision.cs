using System.Numerics;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// The allocation core for the shortfall stage: divides a fund (the "estate") among claims, in whole minor units,
/// by a named <see cref="ShortfallRule"/>. Works on spans of <see cref="long"/> minor units, allocates only scratch
/// space and never sorts the claims.
/// </summary>
/// <remarks>
/// <para><b>What it guarantees.</b> Every award is between zero and its claim, inclusive. When the estate covers the
/// total claim every claim is met in full and the surplus is returned; otherwise the awards sum to the estate
/// exactly. Every rule but <see cref="ShortfallRule.LargestRemainder"/> is monotone in the estate: a larger estate never
/// gives any claimant less (no Alabama paradox). <see cref="ShortfallRule.LargestRemainder"/> and
/// <see cref="ShortfallRule.Quota"/> keep each award within one unit of its exact share; <see cref="ShortfallRule.Quota"/>
/// goes unit by unit, so it is refused above <see cref="QuotaLimit"/>. See <see cref="ShortfallRule"/> for a table.</para>
/// <para><b>How rounding is done.</b> Each rule is exactly what handing out the estate one minor unit at a time would
/// give, each unit going to the claimant whose next unit has the lowest threshold — the level for equal awards (and
/// for the losses of equal losses), the grid step ⌈k × total ÷ claim⌉ for proportional, <c>k ÷ weight</c> for
/// weighted (D'Hondt divisor rules) — a tie going to the claimant with the lower index. So the
/// index <em>is</em> the tie-break: callers must pass claimants in a fixed order of an intrinsic id (the domain layer
/// sorts by recipient id, ordinally), never in arrival order. The computation never goes unit by unit: it finds the
/// final threshold by selection (quickselect with a deterministic pseudo-random pivot) in expected linear time, with
/// scratch space linear in the number of claimants (one <see cref="long"/> each for equal awards and losses). Proportional
/// needs less: it guesses the window of the final threshold from a sample of claimants, checks the guess exactly, and
/// selects only among the units in that window.</para>
/// <para><b>Arithmetic.</b> Exact integers only. Products such as <c>estate × claim</c> use a 128-bit intermediate only
/// when they would not fit in a <see cref="long"/>. A total of claims or weights beyond <see cref="long.MaxValue"/>
/// throws <see cref="OverflowException"/>: never a wrong answer.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ClaimsDivision
{
    /// <summary>The largest estate, in minor units, that <see cref="ShortfallRule.Quota"/> divides: its time grows with the estate.</summary>
    public const long QuotaLimit = 10_000_000;

    /// <summary>Divides an estate among claims by a rule that needs no weights.</summary>
    /// <param name="rule">The shortfall rule; not <see cref="ShortfallRule.Weighted"/>.</param>
    /// <param name="estate">The amount to divide, in minor units; not negative.</param>
    /// <param name="claims">The claims in minor units, in the fixed tie-break order; none negative.</param>
    /// <param name="awards">Receives the award of each claim; the same length as <paramref name="claims"/> and not overlapping it.</param>
    /// <returns>The part of the estate left undivided: <c>estate − Σ claims</c> when that is positive, otherwise zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estate"/> or a claim is negative, <paramref name="rule"/> is not defined, or it is <see cref="ShortfallRule.Quota"/> and the estate is above <see cref="QuotaLimit"/> and below the total.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is <see cref="ShortfallRule.Weighted"/> or <see cref="ShortfallRule.ByNeed"/>, or the spans differ in length or overlap.</exception>
    /// <exception cref="OverflowException">The total of the claims is beyond <see cref="long.MaxValue"/>.</exception>
    public static long Divide(ShortfallRule rule, long estate, ReadOnlySpan<long> claims, Span<long> awards)
    {
        if (rule == ShortfallRule.Weighted)
        {
            throw new ArgumentException("The Weighted rule needs formula weights; call the overload that takes them.", nameof(rule));
        }

        if (rule == ShortfallRule.ByNeed)
        {
            throw new ArgumentException("The ByNeed rule needs need indicators; use NeedAllocator or the Allocator with a policy that has them.", nameof(rule));
        }

        return Divide(rule, estate, claims, default, awards);
    }

    /// <summary>Divides an estate among claims by any rule; <paramref name="weights"/> are used only by <see cref="ShortfallRule.Weighted"/>.</summary>
    /// <param name="rule">The shortfall rule.</param>
    /// <param name="estate">The amount to divide, in minor units; not negative.</param>
    /// <param name="claims">The claims in minor units, in the fixed tie-break order; none negative.</param>
    /// <param name="weights">For <see cref="ShortfallRule.Weighted"/>: one weight per claim, none negative and each positive where its claim is; ignored otherwise.</param>
    /// <param name="awards">Receives the award of each claim; the same length as <paramref name="claims"/> and not overlapping it.</param>
    /// <returns>The part of the estate left undivided: <c>estate − Σ claims</c> when that is positive, otherwise zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estate"/>, a claim or a weight is negative, <paramref name="rule"/> is not defined or is <see cref="ShortfallRule.ByNeed"/>, or it is <see cref="ShortfallRule.Quota"/> and the estate is above <see cref="QuotaLimit"/> and below the total.</exception>
    /// <exception cref="ArgumentException">The spans differ in length or overlap, or a positive claim has weight zero.</exception>
    /// <exception cref="OverflowException">The total of the claims or of the weights is beyond <see cref="long.MaxValue"/>.</exception>
    public static long Divide(ShortfallRule rule, long estate, ReadOnlySpan<long> claims, ReadOnlySpan<long> weights, Span<long> awards)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(estate);
        if (rule is < ShortfallRule.Proportional or > ShortfallRule.Quota)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined shortfall rule, or ByNeed, which needs indicators.");
        }

        if (awards.Length != claims.Length)
        {
            throw new ArgumentException(FormattableString.Invariant($"There are {claims.Length} claims but room for {awards.Length} awards."), nameof(awards));
        }

        if (awards.Overlaps(claims))
        {
            throw new ArgumentException("The awards must not overlap the claims.", nameof(awards));
        }

        var total = Total(claims, nameof(claims));
        if (rule == ShortfallRule.Weighted)
        {
            CheckWeights(claims, weights);
        }

        if (estate >= total)
        {
            claims.CopyTo(awards);
            return estate - total;
        }

        switch (rule)
        {
            case ShortfallRule.ConstrainedEqualAwards:
                EqualAwards(estate, claims, awards);
                break;
            case ShortfallRule.ConstrainedEqualLosses:
                // Equal losses is equal awards of the loss; the loss is monotone down in the estate, so awards go up.
                EqualAwards(total - estate, claims, awards);
                for (var i = 0; i < awards.Length; i++)
                {
                    awards[i] = claims[i] - awards[i];
                }

                break;
            case ShortfallRule.Proportional or ShortfallRule.DHondt:
                ProportionalOnGrid(estate, total, claims, awards);
                break;
            case ShortfallRule.LargestRemainder:
                QuotaDivision.LargestRemainder(estate, total, claims, awards);
                break;
            case ShortfallRule.Quota:
                if (estate > QuotaLimit)
                {
                    throw new ArgumentOutOfRangeException(nameof(estate), estate, FormattableString.Invariant($"The Quota rule divides at most {QuotaLimit} units (its time grows with the estate); choose DHondt or LargestRemainder for a larger estate."));
                }

                QuotaDivision.Quota(estate, total, claims, awards);
                break;
            default:
                DivisorRule(estate, claims, weights, awards);
                break;
        }

        return 0;
    }

    internal static long Total(ReadOnlySpan<long> amounts, string name)
    {
        long total = 0;
        for (var i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(name, amounts[i], FormattableString.Invariant($"{name}[{i}] is {amounts[i]}; it must not be negative."));
            }

            if (total > long.MaxValue - amounts[i])
            {
                throw TotalOverflow(amounts, name);
            }

            total += amounts[i];
        }

        return total;
    }

    // Built only when throwing: names the exact total, summed in 128 bits.
    private static OverflowException TotalOverflow(ReadOnlySpan<long> amounts, string name)
    {
        Int128 exact = 0;
        foreach (var amount in amounts)
        {
            exact += amount;
        }

        return new OverflowException(FormattableString.Invariant($"The {amounts.Length} {name} total {exact} minor units, beyond the largest amount, {long.MaxValue}."));
    }

    private static void CheckWeights(ReadOnlySpan<long> claims, ReadOnlySpan<long> weights)
    {
        if (weights.Length != claims.Length)
        {
            throw new ArgumentException(FormattableString.Invariant($"There are {claims.Length} claims but {weights.Length} weights."), nameof(weights));
        }

        _ = Total(weights, nameof(weights));
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] > 0 && weights[i] == 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"Claim {i} is {claims[i]} but its weight is zero; leave the claimant out instead."), nameof(weights));
            }
        }
    }

    /// <summary>Water-filling: award min(claim, L) for the largest L that fits, then one more unit to claims above L in index order.</summary>
    private static void EqualAwards(long estate, ReadOnlySpan<long> claims, Span<long> awards)
    {
        var values = claims.ToArray();
        long satisfied = 0; // sum of claims known to be at or below the level
        long above = 0;     // count of claims known to be above the level
        int lo = 0, hi = values.Length;
        var random = new Xorshift(values.Length);
        while (lo < hi)
        {
            var pivot = values[lo + random.Below(hi - lo)];
            int lt = lo, i = lo, gt = hi;
            long sumLess = 0;
            while (i < gt)
            {
                var v = values[i];
                if (v < pivot)
                {
                    values[i++] = values[lt];
                    values[lt++] = v;
                    sumLess += v;
                }
                else if (v > pivot)
                {
                    values[i] = values[--gt];
                    values[gt] = v;
                }
                else
                {
                    i++;
                }
            }

            var sumUpToPivot = sumLess + (pivot * (gt - lt));
            var countAbove = above + (hi - gt);
            var rest = estate - satisfied - sumUpToPivot;

            // Level ≥ pivot iff Σ min(claim, pivot) ≤ estate; compared by division so nothing overflows.
            if (rest >= 0 && (countAbove == 0 || pivot <= rest / countAbove))
            {
                satisfied += sumUpToPivot;
                lo = gt;
            }
            else
            {
                above += hi - lt;
                hi = lt;
            }
        }

        // No claim above the level only when the estate meets every claim (equal losses of the whole total).
        var level = above == 0 ? long.MaxValue : (estate - satisfied) / above;
        var left = above == 0 ? 0 : estate - satisfied - (level * above);
        for (var i = 0; i < claims.Length; i++)
        {
            var award = Math.Min(claims[i], level);
            if (left > 0 && claims[i] > level)
            {
                award++;
                left--;
            }

            awards[i] = award;
        }
    }

    /// <summary>
    /// Capped D'Hondt on weights: unit k of claimant i has threshold k / wᵢ; the estate's units go to the lowest
    /// thresholds, ties to the lower index. Found as: the exact water-filling level λ for the estate gives a base
    /// that is surely within the answer; the level for estate + (claimants still below their claim) bounds the answer
    /// from above; fewer than 2n candidate units lie between, and a selection picks the ones still to give.
    /// </summary>
    private static void DivisorRule(long estate, ReadOnlySpan<long> claims, ReadOnlySpan<long> weights, Span<long> awards)
    {
        var active = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            active += claims[i] > 0 ? 1 : 0;
        }

        var order = GC.AllocateUninitializedArray<int>(active); // scratch: written before read
        var (num, den) = Level(estate, claims, weights, order);
        long given = 0;
        var free = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            awards[i] = claims[i] == 0 ? 0 : MulDivFloor(num, weights[i], den, claims[i]);
            given += awards[i];
            free += awards[i] < claims[i] ? 1 : 0;
        }

        var remaining = estate - given;
        if (remaining == 0)
        {
            return;
        }

        var total = Total(claims, nameof(claims));
        var upper = estate > total - free ? total : estate + free;
        long num2 = 1, den2 = 0; // den2 == 0: every claim capped
        if (upper < total)
        {
            (num2, den2) = Level(upper, claims, weights, order);
        }

        long candidateCount = 0;
        long mostForOne = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            var extra = Top(claims[i], weights[i], num2, den2) - awards[i];
            candidateCount += extra;
            mostForOne = Math.Max(mostForOne, extra);
        }

        var picked = (int)remaining;
        if (mostForOne <= 1)
        {
            // Usual case: nobody can get more than one more unit, so a candidate is just a claimant index and the
            // scratch array of the level search holds them.
            var c = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                if (Top(claims[i], weights[i], num2, den2) > awards[i])
                {
                    order[c++] = i;
                }
            }

            SelectSmallest<int, NextUnit>(order.AsSpan(0, c), picked, awards, weights);
            foreach (var i in order.AsSpan(0, picked))
            {
                awards[i]++;
            }
        }
        else
        {
            var candidates = GC.AllocateUninitializedArray<long>(checked((int)candidateCount));
            var c = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                var extra = Top(claims[i], weights[i], num2, den2) - awards[i];
                for (long k = 1; k <= extra; k++)
                {
                    candidates[c++] = ((long)i << 32) | k; // k < 2^32: fewer than 2n candidates in all
                }
            }

            SelectSmallest<long, NthNextUnit>(candidates, picked, awards, weights);
            foreach (var candidate in candidates.AsSpan(0, picked))
            {
                awards[(int)(candidate >> 32)]++;
            }
        }
    }

    private static long Top(long claim, long weight, long num, long den) =>
        den == 0 || claim == 0 ? claim : MulDivFloor(num, weight, den, claim);

    /// <summary>
    /// Proportional by D'Hondt on the grid of multipliers m ÷ total. After m, claimant i holds ⌊m·cᵢ ÷ total⌋ units, so
    /// unit k of claimant i becomes due at the whole multiplier ⌈k·total ÷ cᵢ⌉, and the estate's units go to the
    /// earliest, ties to the lower index. By m = estate, Σ⌊estate·cᵢ ÷ total⌋ units are due; the r units still to give
    /// fall due within the next <c>bound</c> steps (fewer than n). Their last step is found in a window guessed from a
    /// sample of claimants and then checked; a wrong guess (rare, and only for inputs built against the sample) costs a
    /// second pass over the whole range of steps, never a wrong answer. The guess samples <c>sampleSize</c> claimants and
    /// is tried only with four times as many steps to search; the result says whether it held (for tests: the awards
    /// are the same either way).
    /// </summary>
    internal static bool ProportionalOnGrid(long estate, long total, ReadOnlySpan<long> claims, Span<long> awards, int sampleSize = 8192)
    {
        // Overflow is ruled out by the checked total on entry or handled in 128 bits; checks here cost a quarter of the time.
        unchecked
        {
            var atEstate = new GridShare(estate, total);
            long given = 0;
            long positive = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                awards[i] = atEstate.Of(claims[i]);
                given += awards[i];
                positive += claims[i] != 0 ? 1 : 0;
            }

            var remaining = estate - given;
            if (remaining == 0)
            {
                return false;
            }

            // Σ⌊(estate + B)·cᵢ ÷ total⌋ > estate + B − (claimants below their claim) ≥ estate at B = bound.
            var bound = Math.Min(positive, total - estate);
            if (bound > 4L * sampleSize
                && GuessWindow(atEstate, total, claims, positive, bound, remaining, sampleSize) is { } window
                && GiveWithin(estate, atEstate, total, claims, awards, window, given, remaining))
            {
                return true;
            }

            // Without a sample, three quarters of the bound usually holds the last unit; Σ units due ≤ r + steps.
            var usual = Math.Min(bound, (positive * 3 / 4) + 16);
            if (!GiveWithin(estate, atEstate, total, claims, awards, new StepWindow(1, usual, remaining + usual), given, remaining))
            {
                GiveWithin(estate, atEstate, total, claims, awards, new StepWindow(1, bound, remaining + bound), given, remaining);
            }

            return false;
        }
    }

    /// <summary>
    /// Guesses the steps [first, last] where the last unit given falls due, from the units of one claimant in each block of n ÷ size:
    /// the r-th unit of all is near the (r·sampled ÷ positive)-th of the sample, and the window spans 4σ to 8σ of
    /// that rank either side. Null when the sample cannot say.
    /// </summary>
    private static StepWindow? GuessWindow(in GridShare atEstate, long total, ReadOnlySpan<long> claims, long positive, long bound, long remaining, int size)
    {
        unchecked
        {
            var stride = claims.Length / size;
            var steps = new long[size * 2];
            var count = 0;
            long sampled = 0;
            var random = new Xorshift(claims.Length);
            for (var block = 0; block + stride <= claims.Length && count < steps.Length; block += stride)
            {
                // One claimant from each block, at a pseudo-random place, so no pattern in the order can hide from the sample.
                var claim = claims[block + random.Below(stride)];
                if (claim == 0)
                {
                    continue;
                }

                sampled++;
                var units = atEstate.Of(claim, out var rho);
                for (long k = 1; k <= claim - units && count < steps.Length; k++)
                {
                    var step = DueStep(k, total, rho, claim);
                    if (step > bound)
                    {
                        break;
                    }

                    steps[count++] = step;
                }
            }

            var rank = (long)((Int128)remaining * sampled / positive);
            var spread = (4L << ((BitOperations.Log2((ulong)rank + 1) / 2) + 1)) + 16; // 4 × an upper bound of √rank
            if (sampled == 0 || count == steps.Length || rank - spread >= count)
            {
                return null;
            }

            var sample = steps.AsSpan(0, count);
            sample.Sort();
            var low = (int)Math.Max(0, rank - spread);
            var high = (int)Math.Min(count, rank + spread + 1);
            var first = low == 0 ? 1 : sample[low];
            var last = high == count ? bound : sample[high - 1];
            while (low > 0 && sample[low - 1] == first)
            {
                low--;
            }

            while (high < count && sample[high] == last)
            {
                high++;
            }

            return new StepWindow(first, last, (long)((Int128)(high - low) * positive / sampled));
        }
    }

    /// <summary>
    /// Gives each claimant the units due before the window, then the units still owed to the earliest (step, index)
    /// within it; false when the window does not hold the last unit or holds far more units than expected. The awards
    /// are then part-written, and the next, wider call writes every one again.
    /// </summary>
    private static bool GiveWithin(long estate, in GridShare atEstate, long total, ReadOnlySpan<long> claims, Span<long> awards, StepWindow window, long given, long remaining)
    {
        unchecked
        {
            var beforeFirst = new GridShare(estate + window.First - 1, total);
            var atLast = new GridShare(estate + window.Last, total);
            var candidates = GC.AllocateUninitializedArray<long>((int)Math.Min(remaining + window.Last, (window.ExpectedUnits * 3 / 2) + 4096)); // written before read
            var count = 0;
            long reached = 0;
            for (var i = 0; i < claims.Length; i++)
            {
                var claim = claims[i];
                var before = beforeFirst.Of(claim);
                var byLast = atLast.Of(claim);
                reached += before;
                awards[i] = before;
                if (byLast == before)
                {
                    continue;
                }

                var units = atEstate.Of(claim, out var rho);
                if (count + (byLast - before) > candidates.Length)
                {
                    return false;
                }

                for (var k = before - units + 1; k <= byLast - units; k++)
                {
                    // (step − first, index) packed: both below 2³¹ since the window is within n steps.
                    candidates[count++] = ((DueStep(k, total, rho, claim) - window.First) << 32) | (uint)i;
                }
            }

            var due = reached - given;
            if (due > remaining || due + count < remaining)
            {
                return false;
            }

            var picked = (int)(remaining - due);
            SelectSmallest(candidates.AsSpan(0, count), picked);
            foreach (var candidate in candidates.AsSpan(0, picked))
            {
                awards[(int)(candidate & uint.MaxValue)]++;
            }

            return true;
        }
    }

    /// <summary>The step ⌈(k·total − ρ) ÷ c⌉ after the estate at which unit k past ⌊estate·c ÷ total⌋ falls due.</summary>
    /// <remarks>At most total − estate, where every claim is met, so it fits in a long. No limit is taken: the candidates
    /// of a window are due within it by construction, and a cap there could only misplace a unit due exactly at its end.</remarks>
    private static long DueStep(long k, long total, long rho, long claim)
    {
        unchecked
        {
            var high = Math.BigMul(k, total, out long low);
            if (high == 0 && low >= 0)
            {
                // need ≥ 1 (ρ < total ≤ k·total); ⌈need ÷ c⌉ as ⌊(need − 1) ÷ c⌋ + 1, since need + c − 1 can pass long.
                return ((low - rho - 1) / claim) + 1;
            }

            return (long)((((Int128)k * total) - rho + claim - 1) / claim);
        }
    }

    /// <summary>Moves the <paramref name="k"/> smallest of distinct values to the front (quickselect).</summary>
    private static void SelectSmallest(Span<long> items, int k)
    {
        unchecked
        {
            if (k <= 0 || k >= items.Length)
            {
                return;
            }

            var target = k - 1;
            int lo = 0, hi = items.Length - 1;
            var random = new Xorshift(items.Length);
            while (lo < hi)
            {
                var pivot = items[lo + random.Below(hi - lo + 1)];
                int i = lo, j = hi;
                while (i <= j)
                {
                    while (items[i] < pivot)
                    {
                        i++;
                    }

                    while (items[j] > pivot)
                    {
                        j--;
                    }

                    if (i <= j)
                    {
                        (items[i], items[j]) = (items[j], items[i]);
                        i++;
                        j--;
                    }
                }

                if (target <= j)
                {
                    hi = j;
                }
                else if (target >= i)
                {
                    lo = i;
                }
                else
                {
                    return;
                }
            }
        }
    }

    /// <summary>The exact water-filling level λ = num / den with Σ min(cᵢ, λ·wᵢ) = estate, over claims with cᵢ &gt; 0.</summary>
    private static (long Num, long Den) Level(long estate, ReadOnlySpan<long> claims, ReadOnlySpan<long> weights, int[] order)
    {
        var n = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] > 0)
            {
                order[n++] = i;
            }
        }

        long capped = 0;    // Σ claims known to be capped (ratio ≤ λ)
        long freeWeight = 0; // Σ weights known to be free (ratio > λ)
        int lo = 0, hi = n;
        var random = new Xorshift(n);
        while (lo < hi)
        {
            var p = order[lo + random.Below(hi - lo)];
            long pc = claims[p], pw = weights[p];
            int lt = lo, i = lo, gt = hi;
            long sumLeClaims = 0, gtWeight = 0, eqWeight = 0;
            while (i < gt)
            {
                var j = order[i];
                var cmp = CompareProducts(claims[j], pw, pc, weights[j]);
                if (cmp < 0)
                {
                    order[i++] = order[lt];
                    order[lt++] = j;
                    sumLeClaims += claims[j];
                }
                else if (cmp > 0)
                {
                    order[i] = order[--gt];
                    order[gt] = j;
                    gtWeight += weights[j];
                }
                else
                {
                    sumLeClaims += claims[j];
                    eqWeight += weights[j];
                    i++;
                }
            }

            var capIfAtPivot = capped + sumLeClaims;
            var freeIfAtPivot = freeWeight + gtWeight;

            // λ ≥ pc/pw iff capIfAtPivot + (pc/pw)·freeIfAtPivot ≤ estate, i.e. pc·freeIfAtPivot ≤ (estate − capIfAtPivot)·pw.
            if (capIfAtPivot <= estate && CompareProducts(pc, freeIfAtPivot, estate - capIfAtPivot, pw) <= 0)
            {
                capped = capIfAtPivot;
                lo = gt;
            }
            else
            {
                freeWeight += gtWeight + eqWeight;
                hi = lt;
            }
        }

        return (estate - capped, freeWeight);
    }

    /// <summary>Moves the <paramref name="k"/> lowest-threshold candidates to the front (quickselect; keys are distinct).</summary>
    private static void SelectSmallest<T, TKey>(Span<T> items, int k, ReadOnlySpan<long> bases, ReadOnlySpan<long> weights)
        where TKey : ICandidate<T>
    {
        if (k <= 0 || k >= items.Length)
        {
            return;
        }

        var target = k - 1;
        int lo = 0, hi = items.Length - 1;
        var random = new Xorshift(items.Length);
        while (lo < hi)
        {
            var pivot = items[lo + random.Below(hi - lo + 1)];
            var pivotClaimant = TKey.Claimant(pivot);
            var pivotUnit = TKey.Unit(pivot, bases);
            var pivotWeight = weights[pivotClaimant];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (Order<T, TKey>(items[i], pivotClaimant, pivotUnit, pivotWeight, bases, weights) < 0)
                {
                    i++;
                }

                while (Order<T, TKey>(items[j], pivotClaimant, pivotUnit, pivotWeight, bases, weights) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                hi = j;
            }
            else if (target >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The item's threshold (unit ÷ weight) against the pivot's, exactly; ties to the lower claimant index.</summary>
    private static int Order<T, TKey>(T item, int claimant, long unit, long weight, ReadOnlySpan<long> bases, ReadOnlySpan<long> weights)
        where TKey : ICandidate<T>
    {
        var itemClaimant = TKey.Claimant(item);
        var cmp = CompareProducts(TKey.Unit(item, bases), weight, unit, weights[itemClaimant]);
        return cmp != 0 ? cmp : itemClaimant.CompareTo(claimant);
    }

    /// <summary>Compares a·b with c·d exactly for non-negative operands, with the 64×64→128-bit hardware multiply.</summary>
    internal static int CompareProducts(long a, long b, long c, long d)
    {
        var high1 = Math.BigMul((ulong)a, (ulong)b, out var low1);
        var high2 = Math.BigMul((ulong)c, (ulong)d, out var low2);
        return high1 != high2 ? high1.CompareTo(high2) : low1.CompareTo(low2);
    }

    /// <summary>min(cap, ⌊a·b / d⌋) for non-negative a, b and positive d; 128-bit only when a·b overflows.</summary>
    internal static long MulDivFloor(long a, long b, long d, long cap)
    {
        var high = Math.BigMul(a, b, out long low);
        if (high == 0 && low >= 0)
        {
            return Math.Min(cap, low / d);
        }

        var quotient = ((Int128)a * b) / d;
        return quotient >= cap ? cap : (long)quotient;
    }

    /// <summary>How a candidate unit names its claimant and its unit number, for the selection.</summary>
    private interface ICandidate<T>
    {
        static abstract int Claimant(T item);

        static abstract long Unit(T item, ReadOnlySpan<long> bases);
    }

    /// <summary>A claimant index standing for its next unit.</summary>
    private readonly struct NextUnit : ICandidate<int>
    {
        public static int Claimant(int item) => item;

        public static long Unit(int item, ReadOnlySpan<long> bases) => bases[item] + 1;
    }

    /// <summary>A claimant index (high 32 bits) and how many units past its base (low 32 bits).</summary>
    private readonly struct NthNextUnit : ICandidate<long>
    {
        public static int Claimant(long item) => (int)(item >> 32);

        public static long Unit(long item, ReadOnlySpan<long> bases) => bases[(int)(item >> 32)] + unchecked((uint)item);
    }

    /// <summary>The steps [First, Last] after the estate searched for the last unit, and about how many units fall due in them.</summary>
    private readonly record struct StepWindow(long First, long Last, long ExpectedUnits);

    /// <summary>
    /// ⌊m·c ÷ total⌋ for a fixed multiplier m ≤ total and any claim c ≤ total, by one multiply with the fixed-point
    /// fraction f = ⌊m·2⁶⁴ ÷ total⌋: ⌊c·f ÷ 2⁶⁴⌋ is the answer or one less, and the remainder m·c − q·total, below
    /// 2·total &lt; 2⁶⁴, is exact in the low 64 bits of the products, so one comparison corrects it. No division.
    /// </summary>
    internal readonly struct GridShare
    {
        private readonly ulong multiplier;
        private readonly ulong total;
        private readonly ulong fraction;
        private readonly bool whole;

        public GridShare(long multiplier, long total)
        {
            this.multiplier = (ulong)multiplier;
            this.total = (ulong)total;
            whole = multiplier >= total;
            fraction = whole ? 0 : (ulong)(((UInt128)(ulong)multiplier << 64) / (ulong)total);
        }

        public long Of(long claim) => Of(claim, out _);

        /// <param name="claim">The claim; not negative and at most the total.</param>
        /// <param name="remainder">m·c − q·total, from 0 to total − 1.</param>
        public long Of(long claim, out long remainder)
        {
            unchecked
            {
                if (whole)
                {
                    remainder = 0;
                    return claim;
                }

                var c = (ulong)claim;
                var quotient = Math.BigMul(c, fraction, out _);
                var rest = (multiplier * c) - (quotient * total);
                if (rest >= total)
                {
                    quotient++;
                    rest -= total;
                }

                remainder = (long)rest;
                return (long)quotient;
            }
        }
    }
}
