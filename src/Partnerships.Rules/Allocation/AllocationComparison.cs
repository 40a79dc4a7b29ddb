using System.Collections.Immutable;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// Compares two sets of terms on the same recipients — a baseline and a proposed change of fund, rule, floor or weight —
/// per recipient: the allocation under each, the difference, and the reasons, which is what a committee asks before it
/// changes a formula.
/// </summary>
/// <remarks>
/// The reasons name what changed in the terms and, per recipient, what changed in its own findings (its need share,
/// the floor or cap that bound it, the shortfall finding). This type is stateless and thread-safe.
/// </remarks>
public static class AllocationComparison
{
    /// <summary>Allocates the same plans under two sets of terms and policies and compares the results.</summary>
    /// <param name="baselineTerms">The terms today.</param>
    /// <param name="baselinePolicy">The policy today.</param>
    /// <param name="proposedTerms">The terms proposed.</param>
    /// <param name="proposedPolicy">The policy proposed.</param>
    /// <param name="eligiblePlans">The eligible plans, allocated under both.</param>
    /// <param name="standings">How activities stand after assessment, as for <see cref="Allocator.Allocate(FundTerms, IEnumerable{SpendPlan}, AllocationPolicy, IEnumerable{ActivityStanding})"/>.</param>
    /// <returns>The comparison, recipients by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Either allocation rejects its input (see <see cref="Allocator.Allocate(FundTerms, IEnumerable{SpendPlan}, AllocationPolicy, IEnumerable{ActivityStanding})"/>), or the two are in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Either allocation rejects an amount (see <see cref="Allocator.Allocate(FundTerms, IEnumerable{SpendPlan}, AllocationPolicy, IEnumerable{ActivityStanding})"/>).</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static TermsComparison Compare(FundTerms baselineTerms, AllocationPolicy baselinePolicy, FundTerms proposedTerms, AllocationPolicy proposedPolicy, IEnumerable<SpendPlan> eligiblePlans, IEnumerable<ActivityStanding>? standings = null)
    {
        ArgumentNullException.ThrowIfNull(eligiblePlans);
        var plans = eligiblePlans.ToArray();
        var standingList = standings?.ToArray();
        var baseline = Allocator.Allocate(baselineTerms, plans, baselinePolicy, standingList);
        var proposed = Allocator.Allocate(proposedTerms, plans, proposedPolicy, standingList);
        return Compare(baseline, proposed);
    }

    /// <summary>Compares two allocations of the same plans.</summary>
    /// <param name="baseline">The allocation under the terms today.</param>
    /// <param name="proposed">The allocation under the terms proposed.</param>
    /// <returns>The comparison, recipients by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The two are in different currencies.</exception>
    public static TermsComparison Compare(AllocationResult baseline, AllocationResult proposed)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(proposed);
        CheckCurrency(baseline.Fund, proposed.Fund);
        var changes = new List<string>();
        Note(changes, "fund", baseline.Fund, proposed.Fund);
        Note(changes, "standard allocation", baseline.Terms.StandardAllocation, proposed.Terms.StandardAllocation);
        Note(changes, "core capped at the standard allocation", baseline.Terms.CapCoreAtStandardAllocation, proposed.Terms.CapCoreAtStandardAllocation);
        Note(changes, "over-programming invited", baseline.Terms.OverProgrammingInvited, proposed.Terms.OverProgrammingInvited);
        Note(changes, "queried amounts held back", baseline.Terms.HoldBackQueriedAmounts, proposed.Terms.HoldBackQueriedAmounts);
        Note(changes, "shortfall rule", baseline.Policy.ShortfallRule, proposed.Policy.ShortfallRule);
        Note(changes, "over-programming rule", baseline.Policy.OverProgrammingRule, proposed.Policy.OverProgrammingRule);
        Note(changes, "over-programming order", baseline.Policy.OverProgrammingOrder, proposed.Policy.OverProgrammingOrder);
        if (baseline.Policy.NeedFormula is { } before && proposed.Policy.NeedFormula is { } after)
        {
            NoteWeights(changes, before, after);
        }

        var sides = new SortedDictionary<string, (RecipientAllocation? Baseline, RecipientAllocation? Proposed)>(StringComparer.Ordinal);
        foreach (var r in baseline.Recipients)
        {
            sides[r.RecipientId] = (r, null);
        }

        foreach (var r in proposed.Recipients)
        {
            sides[r.RecipientId] = (sides.GetValueOrDefault(r.RecipientId).Baseline, r);
        }

        var zero = Money.Zero(baseline.Fund.Currency);
        var lines = ImmutableArray.CreateBuilder<RecipientChange>(sides.Count);
        foreach (var (id, (b, p)) in sides)
        {
            var reasons = new List<string>(changes);
            var bCodes = Codes(b?.Findings);
            var pCodes = Codes(p?.Findings);
            if (bCodes != pCodes)
            {
                reasons.Add(FormattableString.Invariant($"findings {Or(bCodes)} → {Or(pCodes)}"));
            }

            var baselineAmount = b?.Allocated ?? zero;
            var proposedAmount = p?.Allocated ?? zero;
            lines.Add(Line(id, baselineAmount, proposedAmount, reasons, b?.Findings ?? [], p?.Findings ?? []));
        }

        return new TermsComparison
        {
            TermChanges = [.. changes],
            Recipients = lines.MoveToImmutable(),
            BaselineTotal = baseline.Fund - baseline.Unallocated,
            ProposedTotal = proposed.Fund - proposed.Unallocated,
        };
    }

    /// <summary>Compares two allocations by need of the same recipients (another fund, formula or bands).</summary>
    /// <param name="baseline">The allocation under the terms today.</param>
    /// <param name="proposed">The allocation under the terms proposed.</param>
    /// <returns>The comparison, recipients by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The two are in different currencies.</exception>
    public static TermsComparison Compare(NeedAllocation baseline, NeedAllocation proposed)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(proposed);
        CheckCurrency(baseline.Fund, proposed.Fund);
        var changes = new List<string>();
        Note(changes, "fund", baseline.Fund, proposed.Fund);
        NoteWeights(changes, baseline.Formula, proposed.Formula);
        Note(changes, "band minimum", baseline.Bands.Minimum, proposed.Bands.Minimum);
        Note(changes, "band maximum", baseline.Bands.Maximum, proposed.Bands.Maximum);
        Note(changes, "no reduction on last year", baseline.Bands.NoReduction, proposed.Bands.NoReduction);
        Note(changes, "damping limit (%)", baseline.Bands.DampingPercent, proposed.Bands.DampingPercent);

        var sides = new SortedDictionary<string, (RecipientNeed? Baseline, RecipientNeed? Proposed)>(StringComparer.Ordinal);
        foreach (var r in baseline.Recipients)
        {
            sides[r.RecipientId] = (r, null);
        }

        foreach (var r in proposed.Recipients)
        {
            sides[r.RecipientId] = (sides.GetValueOrDefault(r.RecipientId).Baseline, r);
        }

        var zero = Money.Zero(baseline.Fund.Currency);
        var lines = ImmutableArray.CreateBuilder<RecipientChange>(sides.Count);
        foreach (var (id, (b, p)) in sides)
        {
            var reasons = new List<string>(changes);
            if (b is not null && p is not null)
            {
                if (b.NeedShare != p.NeedShare)
                {
                    reasons.Add(FormattableString.Invariant($"need share {b.NeedShare} → {p.NeedShare}"));
                }

                if (b.Bound != p.Bound)
                {
                    reasons.Add(FormattableString.Invariant($"{Describe(b)}, now {Describe(p)}"));
                }
                else if (b.Bound != NeedBound.None)
                {
                    reasons.Add(Describe(p));
                }
            }
            else
            {
                reasons.Add(b is null ? "only in the proposal" : "only in the baseline");
            }

            lines.Add(Line(id, b?.Allocated ?? zero, p?.Allocated ?? zero, reasons, b?.Findings ?? [], p?.Findings ?? []));
        }

        return new TermsComparison
        {
            TermChanges = [.. changes],
            Recipients = lines.MoveToImmutable(),
            BaselineTotal = baseline.Fund,
            ProposedTotal = proposed.Fund,
        };
    }

    private static RecipientChange Line(string id, Money baseline, Money proposed, List<string> reasons, ImmutableArray<Finding> baselineFindings, ImmutableArray<Finding> proposedFindings)
    {
        var text = reasons.Count == 0 ? "no change in the terms" : string.Join("; ", reasons);
        return new RecipientChange
        {
            RecipientId = id,
            Baseline = baseline,
            Proposed = proposed,
            Reason = ComparisonFindings.Change(id, baseline, proposed, text),
            BaselineFindings = baselineFindings,
            ProposedFindings = proposedFindings,
        };
    }

    private static string Describe(RecipientNeed need) => need.Bound switch
    {
        NeedBound.Floor => FormattableString.Invariant($"at its floor of {need.Floor}"),
        NeedBound.Cap => FormattableString.Invariant($"at its cap of {need.Cap}"),
        _ => "by formula",
    };

    private static string Codes(ImmutableArray<Finding>? findings)
    {
        if (findings is not { IsDefaultOrEmpty: false } list)
        {
            return string.Empty;
        }

        var codes = list.Select(static f => f.Code).Distinct().Order(StringComparer.Ordinal);
        return string.Join(", ", codes);
    }

    private static string Or(string codes) => codes.Length == 0 ? "none" : codes;

    private static void NoteWeights(List<string> changes, NeedFormula before, NeedFormula after)
    {
        foreach (var name in before.Weights.Keys.Union(after.Weights.Keys).Order(StringComparer.Ordinal))
        {
            var b = before.Weights.GetValueOrDefault(name);
            var a = after.Weights.GetValueOrDefault(name);
            if (a != b)
            {
                changes.Add(FormattableString.Invariant($"weight of {name} {b} → {a}"));
            }
        }
    }

    private static void Note<T>(List<string> changes, string what, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            var b = Finding.Format(before);
            var a = Finding.Format(after);
            changes.Add(FormattableString.Invariant($"{what} {(b.Length > 0 ? b : "none")} → {(a.Length > 0 ? a : "none")}"));
        }
    }

    private static void CheckCurrency(Money baseline, Money proposed)
    {
        if (baseline.Currency != proposed.Currency)
        {
            throw new ArgumentException(FormattableString.Invariant($"The baseline is in {baseline.Currency.Code}, the proposal in {proposed.Currency.Code}."), nameof(proposed));
        }
    }
}
