using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// What the allocator takes from an assessment report whose fits name each plan's activities once, in strictly
/// increasing ordinal order of id: each plan's activities in that order, which is the order of its lines, and each
/// activity's score and queried amount beside it. One plan of 10^6 activities spent most of its allocation making,
/// keeping and looking up a standing per activity, and sorting ids the report had already sorted.
/// </summary>
/// <remarks>Plans are numbered as they were given to the allocator; plan g's values are at
/// positions <c>start[g]..start[g + 1]</c> of the scores and queried amounts.</remarks>
internal sealed class AssessedLines(Activity[][] inIdOrder, int[] start, int[] scores, long[] queried)
{
    public Activity[][] InIdOrder { get; } = inIdOrder;

    /// <summary>Copies the scores and queried amounts to the lines: plan p of the sorted plans was given as plan
    /// <paramref name="given"/>[p], and its lines start at <paramref name="planStart"/>[p].</summary>
    public void CopyTo(int[] given, int[] planStart, int[] lineScores, long[] lineQueried)
    {
        for (var p = 0; p < given.Length; p++)
        {
            var from = start[given[p]];
            var length = planStart[p + 1] - planStart[p];
            scores.AsSpan(from, length).CopyTo(lineScores.AsSpan(planStart[p]));
            queried.AsSpan(from, length).CopyTo(lineQueried.AsSpan(planStart[p]));
        }
    }
}
