namespace Partnerships.Rules.Monitoring;

/// <summary>
/// TEMPORARY stand-in for the allocation's over-programming stage (branch <c>alloc</c>), to be replaced by a call to it.
/// Strict order: highest score first, then rank, then recipient id and activity id; stop at the first bid that does
/// not fit even at its minimum.
/// </summary>
internal static class ReallocationStage
{
    internal static Awards Award(long pool, List<Candidate> candidates)
    {
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        Array.Sort(order, (a, b) => Compare(candidates[a].Bid, candidates[b].Bid));
        var result = new List<(int Index, long Amount)>(order.Length);
        var stopped = false;
        foreach (var index in order)
        {
            var candidate = candidates[index];
            long amount = 0;
            if (!stopped)
            {
                if (pool >= candidate.Outstanding.MinorUnits)
                {
                    amount = candidate.Outstanding.MinorUnits;
                }
                else if (pool >= candidate.Minimum.MinorUnits)
                {
                    amount = pool;
                }
                else
                {
                    stopped = true;
                }
            }

            pool -= amount;
            result.Add((index, amount));
        }

        return new Awards(result);
    }

    private static int Compare(ActivityBid a, ActivityBid b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byRank = a.Rank.CompareTo(b.Rank);
        return byRank != 0 ? byRank : FundPosition.CompareBids(a, b);
    }

    internal sealed record Candidate(ActivityBid Bid, Money Outstanding, Money Minimum);

    internal sealed record Awards(List<(int Index, long Amount)> Order);
}
