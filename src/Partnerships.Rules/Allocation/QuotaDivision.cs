namespace Partnerships.Rules.Allocation;

/// <summary>
/// The two rules that keep every award within one unit of its exact share q = estate × claim ÷ total: largest
/// remainder (fast, not monotone in the estate) and the quota method of Balinski and Young (monotone, time growing with
/// the estate). Callers have checked the arguments and that the estate is below the total.
/// </summary>
internal static class QuotaDivision
{
    /// <summary>Hamilton: ⌊q⌋ each, then one more unit to each of the largest remainders, ties to the lower index.</summary>
    internal static void LargestRemainder(long estate, long total, ReadOnlySpan<long> claims, Span<long> awards)
    {
        // One pass: ⌊q⌋ and the remainder by the fixed-point share (no division), the remainders kept for the selection.
        var share = new ClaimsDivision.GridShare(estate, total);
        var candidates = GC.AllocateUninitializedArray<Remainder>(claims.Length); // written before read
        long given = 0;
        var c = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            var floor = share.Of(claims[i], out var remainder);
            awards[i] = floor;
            given += floor;
            if (remainder != 0)
            {
                candidates[c++] = new Remainder(remainder, i);
            }
        }

        var left = (int)(estate - given); // Σ frac(q) < n
        if (left == 0)
        {
            return;
        }

        SelectLargest(candidates.AsSpan(0, c), left);
        foreach (var candidate in candidates.AsSpan(0, left))
        {
            awards[candidate.Index]++;
        }
    }

    /// <summary>
    /// Balinski–Young: for m = 1 … estate, unit m goes to the claimant with the earliest next deadline
    /// (a + 1)·total ÷ c (D'Hondt priority) among those with a·total &lt; c·m (still below ⌈q⌉ at m), ties to the lower
    /// index. Two heaps: claimants eligible now, by deadline; claimants waiting for their release a·total ÷ c.
    /// Balinski and Young proved every deadline is met, so ⌊q⌋ ≤ a at every m too.
    /// </summary>
    internal static void Quota(long estate, long total, ReadOnlySpan<long> claimSpan, Span<long> awardSpan)
    {
        // Arrays, not spans, so the heap orders can hold them; the time is in the loop over the estate, not the copies.
        var claims = claimSpan.ToArray();
        var awards = new long[claims.Length];
        QuotaInto(estate, total, claims, awards);
        awards.CopyTo(awardSpan);
    }

    private static void QuotaInto(long estate, long total, long[] claims, long[] awards)
    {
        var positive = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            positive += claims[i] > 0 ? 1 : 0;
        }

        var eligible = new int[positive];
        var waiting = new int[positive];
        int eligibleCount = 0, waitingCount = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] > 0)
            {
                eligible[eligibleCount++] = i;
            }
        }

        var byDeadline = new ByDeadline(claims, awards);
        var byRelease = new ByRelease(claims, awards);
        for (var k = (eligibleCount / 2) - 1; k >= 0; k--)
        {
            Down(eligible, eligibleCount, k, byDeadline);
        }

        for (long m = 1; m <= estate; m++)
        {
            // Release every waiting claimant whose award is now below its exact share: a·total < c·m.
            while (waitingCount > 0 && Below(awards[waiting[0]], total, claims[waiting[0]], m))
            {
                var released = waiting[0];
                waiting[0] = waiting[--waitingCount];
                Down(waiting, waitingCount, 0, byRelease);
                eligible[eligibleCount] = released;
                Up(eligible, eligibleCount++, byDeadline);
            }

            var winner = eligible[0];
            awards[winner]++;
            if (Below(awards[winner], total, claims[winner], m + 1))
            {
                Down(eligible, eligibleCount, 0, byDeadline); // its key grew: sift it down
            }
            else
            {
                eligible[0] = eligible[--eligibleCount];
                Down(eligible, eligibleCount, 0, byDeadline);
                waiting[waitingCount] = winner;
                Up(waiting, waitingCount++, byRelease);
            }
        }
    }

    /// <summary>a·total &lt; c·m, exactly.</summary>
    private static bool Below(long award, long total, long claim, long m) => ClaimsDivision.CompareProducts(award, total, claim, m) < 0;

    private static void Up<TOrder>(int[] heap, int k, TOrder order)
        where TOrder : struct, IIndexOrder
    {
        var item = heap[k];
        while (k > 0)
        {
            var parent = (k - 1) / 2;
            if (!order.Before(item, heap[parent]))
            {
                break;
            }

            heap[k] = heap[parent];
            k = parent;
        }

        heap[k] = item;
    }

    private static void Down<TOrder>(int[] heap, int count, int k, TOrder order)
        where TOrder : struct, IIndexOrder
    {
        if (count == 0)
        {
            return;
        }

        var item = heap[k];
        while (true)
        {
            var child = (2 * k) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && order.Before(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!order.Before(heap[child], item))
            {
                break;
            }

            heap[k] = heap[child];
            k = child;
        }

        heap[k] = item;
    }

    /// <summary>Moves the <paramref name="k"/> largest remainders (ties to the lower index) to the front: quickselect.</summary>
    private static void SelectLargest(Span<Remainder> items, int k)
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
                while (items[i].Before(pivot))
                {
                    i++;
                }

                while (pivot.Before(items[j]))
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

    private interface IIndexOrder
    {
        bool Before(int a, int b);
    }

    /// <summary>A remainder of estate × claim ÷ total and its claimant; larger first, then lower index.</summary>
    private readonly record struct Remainder(long Value, int Index)
    {
        public bool Before(Remainder other) => Value != other.Value ? Value > other.Value : Index < other.Index;
    }

    /// <summary>Next deadline (a + 1) ÷ c earliest first (the total cancels), ties to the lower index.</summary>
    private readonly struct ByDeadline(long[] claims, long[] awards) : IIndexOrder
    {
        public bool Before(int a, int b)
        {
            var cmp = ClaimsDivision.CompareProducts(awards[a] + 1, claims[b], awards[b] + 1, claims[a]);
            return cmp != 0 ? cmp < 0 : a < b;
        }
    }

    /// <summary>Release a ÷ c earliest first, ties to the lower index.</summary>
    private readonly struct ByRelease(long[] claims, long[] awards) : IIndexOrder
    {
        public bool Before(int a, int b)
        {
            var cmp = ClaimsDivision.CompareProducts(awards[a], claims[b], awards[b], claims[a]);
            return cmp != 0 ? cmp < 0 : a < b;
        }
    }
}
