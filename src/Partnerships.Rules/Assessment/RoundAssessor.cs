using Ardalis.GuardClauses;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// Assesses a whole bidding round in one call: validation, eligibility, priority fit, value for money, and the
/// round's totals.
/// </summary>
/// <remarks>
/// <para>Steps, for each plan in recipient-id order: validate against the terms (<see cref="SpendPlanValidator"/>,
/// every problem reported with its <c>PLAN</c> code; a recipient with two plans makes both invalid; a plan that
/// would take the round's total beyond range is invalid); then, for valid plans, priority fit
/// (<see cref="PriorityFit"/>), unit-cost comparison across the valid plans (<see cref="ValueForMoney"/>) and the
/// eligibility rules (<see cref="EligibilityRules"/>).</para>
/// <para>Decision: <see cref="PlanDecision.Ineligible"/> if any finding is a failure (an invalid plan always is),
/// else <see cref="PlanDecision.EligibleWithQueries"/> if any is a query, else <see cref="PlanDecision.Eligible"/>.
/// Warnings (unit-cost outliers) and information change no decision.</para>
/// <para>Nothing is dropped: every plan passed in appears in the report. A business outcome never throws; only a
/// programmer error does (a null argument or a null plan). The result does not depend on the order of the plans or
/// of their activities. This type is stateless and thread-safe.</para>
/// </remarks>
public static class RoundAssessor
{
    /// <summary>Assesses every spend plan of a round against the year's terms.</summary>
    /// <param name="terms">The terms of the year the round bids for.</param>
    /// <param name="plans">The plans, valid or not.</param>
    /// <returns>The report: per plan the decision and findings; queries in total; unit costs and outliers; spend by priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or <paramref name="plans"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A plan in <paramref name="plans"/> is <see langword="null"/>.</exception>
    public static AssessmentReport Assess(FundTerms terms, IEnumerable<SpendPlan> plans) => Run(terms, plans, fluentValidation: false);

    /// <summary>Assesses a round validating each plan with the public <see cref="SpendPlanValidator"/>: the plain path the
    /// tests hold the fast one to (docs/design.md, invariant 11).</summary>
    internal static AssessmentReport AssessWithFluentValidation(FundTerms terms, IEnumerable<SpendPlan> plans) => Run(terms, plans, fluentValidation: true);

    private static AssessmentReport Run(FundTerms terms, IEnumerable<SpendPlan> plans, bool fluentValidation)
    {
        Guard.Against.Null(terms);
        Guard.Against.Null(plans);
        var list = plans.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"plans[{i}] is null; pass only plans."), nameof(plans));
            }
        }

        var order = CanonicalOrder(list);
        var failures = Validate(terms, list, order, fluentValidation);
        var valid = new List<SpendPlan>(list.Count);
        foreach (var i in order)
        {
            if (failures[i] is null)
            {
                valid.Add(list[i]);
            }
        }

        var comparisons = ValueForMoney.Compare(valid, terms.ValueForMoney, out var planOf);
        var (byPlan, start) = GroupByPlan(comparisons, planOf, valid.Count);

        var zero = Money.Zero(terms.Currency);
        var assessments = ImmutableArray.CreateBuilder<PlanAssessment>(list.Count);
        var scratch = new List<Finding>();
        var totals = new RoundTotals(terms.Priorities, zero);
        var alone = PriorityFit.CodesAlone(terms);
        var v = 0;
        foreach (var i in order)
        {
            if (failures[i] is { } planFailures)
            {
                assessments.Add(Invalid(list[i], planFailures, zero));
                continue;
            }

            assessments.Add(AssessValid(list[i], terms, byPlan.AsSpan(start[v], start[v + 1] - start[v]), zero, scratch, totals, alone));
            v++;
        }

        ArrayPool<UnitCostComparison>.Shared.Return(byPlan, clearArray: true);
        return Summarise(terms, assessments.MoveToImmutable(), comparisons, totals);
    }

    // The comparisons of each valid plan side by side (a counting sort by plan, keeping their order): plan v's are
    // byPlan[start[v]..start[v + 1]].
    private static (UnitCostComparison[] ByPlan, int[] Start) GroupByPlan(ImmutableArray<UnitCostComparison> comparisons, int[] planOf, int plans)
    {
        var start = new int[plans + 1];
        foreach (var plan in planOf)
        {
            start[plan + 1]++;
        }

        for (var v = 0; v < plans; v++)
        {
            start[v + 1] += start[v];
        }

        var next = start[..plans];
        var byPlan = ArrayPool<UnitCostComparison>.Shared.Rent(comparisons.Length); // returned once the plans are assessed
        for (var c = 0; c < comparisons.Length; c++)
        {
            byPlan[next[planOf[c]]++] = comparisons[c];
        }

        return (byPlan, start);
    }

    private static int[] CanonicalOrder(List<SpendPlan> plans)
    {
        var order = Enumerable.Range(0, plans.Count).ToArray();
        if (InIdOrder(plans))
        {
            return order; // ids strictly increasing: the sort would give back the same order, the only one
        }

        Array.Sort(order, (a, b) =>
        {
            var byId = string.CompareOrdinal(plans[a].Recipient?.Id, plans[b].Recipient?.Id);
            return byId != 0 ? byId : string.CompareOrdinal(ContentKey(plans[a]), ContentKey(plans[b]));
        });
        return order;
    }

    private static bool InIdOrder(List<SpendPlan> plans)
    {
        for (var i = 1; i < plans.Count; i++)
        {
            if (plans[i - 1].Recipient?.Id is not { } previous || plans[i].Recipient?.Id is not { } id || string.CompareOrdinal(previous, id) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // Only plans of one recipient ever tie on id (and are invalid); this orders them by content, not by arrival.
    private static string ContentKey(SpendPlan plan)
    {
        var key = new StringBuilder();
        key.Append(plan.Recipient?.Name).Append('|').Append(plan.Year.Label).Append('|').Append(plan.EqualityImpactStatement).Append('|').Append(plan.SubmittedAt?.ToString());
        foreach (var activity in plan.Activities.Where(a => a is not null).OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.Cost.MinorUnits))
        {
            key.Append('|').Append(activity.Id).Append(':').Append(activity.Cost.MinorUnits).Append(activity.Cost.Currency.Code).Append(':').Append(activity.ActivityType);
        }

        return key.ToString();
    }

    // The failures of each plan, null for a valid plan.
    private static List<Finding>?[] Validate(FundTerms terms, List<SpendPlan> plans, int[] order, bool fluentValidation)
    {
        var fast = fluentValidation ? null : new FastSpendPlanValidator(terms);
        var validator = fluentValidation ? new SpendPlanValidator(terms, requireEqualityStatement: false) : null;
        var shared = RoundValidator.SharedRecipients(plans);
        var failures = new List<Finding>?[plans.Count];
        Int128 roundTotal = 0;
        foreach (var i in order)
        {
            var plan = plans[i];
            List<Finding>? found = null;
            if (fast is not null)
            {
                fast.Validate(plan, ref found);
            }
            else
            {
                foreach (var error in validator!.Validate(plan).Errors)
                {
                    (found ??= []).Add((Finding)error.CustomState);
                }
            }

            if (shared[i])
            {
                (found ??= []).Add(PlanFindings.Make(PlanFindings.DuplicateRecipient, plan.Recipient.Id, null, nameof(SpendPlan.Recipient) + "." + nameof(Recipient.Id), plan.Recipient.Id));
            }

            if (found is null)
            {
                var total = plan.Total.MinorUnits;
                if (roundTotal + total > long.MaxValue)
                {
                    found = [PlanFindings.Make(PlanFindings.RoundTotalOutOfRange, plan.Recipient.Id, null, nameof(SpendPlan.Total), plan.Total)];
                }
                else
                {
                    roundTotal += total;
                }
            }

            failures[i] = found;
        }

        return failures;
    }

    private static PlanAssessment Invalid(SpendPlan plan, List<Finding> failures, Money zero)
    {
        failures.AddRange(EligibilityRules.EqualityImpactAddressed(plan)); // checked apart from validation, so an invalid plan still reports it
        return new PlanAssessment
        {
            RecipientId = plan.Recipient?.Id ?? string.Empty,
            Decision = PlanDecision.Ineligible,
            IsValid = false,
            Findings = Ordered(failures),
            AmountUnderQuery = zero,
            Plan = plan,
        };
    }

    private static PlanAssessment AssessValid(SpendPlan plan, FundTerms terms, ReadOnlySpan<UnitCostComparison> comparisons, Money zero, List<Finding> findings, RoundTotals totals, ImmutableArray<string>[] alone)
    {
        var recipientId = plan.Recipient.Id;
        findings.Clear();
        var fits = new ActivityFit[plan.Activities.Length];
        var underQuery = zero;
        totals.StartPlan();
        var count = 0;

        // The plan's core and over-programmed totals as SpendPlan sums them (from zero in its first activity's currency, in
        // order), once: a plan's totals were summed six times over.
        var core = Money.Zero(plan.Activities[0].Cost.Currency);
        var overProgrammed = core;
        var anyOverProgrammed = false;
        foreach (var activity in plan.Activities)
        {
            if (activity.IsOverProgrammed)
            {
                overProgrammed += activity.Cost;
                anyOverProgrammed = true;
            }
            else
            {
                core += activity.Cost;
            }

            var fit = PriorityFit.Assess(activity, terms, alone);
            fits[count++] = fit;
            totals.Add(activity, fit);
            if (fit.IsQueried)
            {
                underQuery += activity.Cost;
                findings.Add(QueryFinding(activity, fit, recipientId));
            }

            if (activity.Output is null)
            {
                findings.Add(Lazy(recipientId, activity.Id, AssessmentFindings.NoMeasurableOutput, FindingSeverity.Information, fit)); // the fit gives the theme
            }
            else if (!ValueForMoney.IsMeasurable(activity))
            {
                findings.Add(AssessmentFindings.Make(AssessmentFindings.UnitCostOutOfRange, FindingSeverity.Information, recipientId, activity.Id, activity.Cost,
                    ("amount", activity.Cost), ("quantity", activity.Output.Quantity), ("unit", activity.Output.Unit)));
            }
        }

        var thresholds = terms.ValueForMoney;
        foreach (var c in comparisons)
        {
            if (!c.HasEnoughPeers)
            {
                findings.Add(Lazy(recipientId, c.ActivityId, AssessmentFindings.TooFewComparators, FindingSeverity.Information, new UnitCostValues(AssessmentFindings.TooFewComparators, c, thresholds)));
                continue;
            }

            if (c.IsHighRatio)
            {
                findings.Add(Lazy(recipientId, c.ActivityId, AssessmentFindings.HighRatioToMedian, FindingSeverity.Warning, new UnitCostValues(AssessmentFindings.HighRatioToMedian, c, thresholds)));
            }

            if (c.IsAboveUpperFence)
            {
                findings.Add(Lazy(recipientId, c.ActivityId, AssessmentFindings.AboveUpperFence, FindingSeverity.Warning, new UnitCostValues(AssessmentFindings.AboveUpperFence, c, thresholds)));
            }
        }

        var fitList = ImmutableCollectionsMarshal.AsImmutableArray(fits);
        AddAll(findings, EligibilityRules.AddressesAPriority(plan, fitList.AsSpan(), terms));
        AddAll(findings, EligibilityRules.BroadlyValueForMoney(plan, comparisons, terms, core + overProgrammed));
        AddAll(findings, EligibilityRules.EqualityImpactAddressed(plan));
        AddAll(findings, EligibilityRules.WithinStandardAllocation(plan, terms, core, anyOverProgrammed ? overProgrammed : null));
        AddAll(findings, EligibilityRules.SubmittedByDeadline(plan, terms));

        var decision = PlanDecision.Eligible;
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Failure)
            {
                decision = PlanDecision.Ineligible;
                break;
            }

            if (finding.Severity == FindingSeverity.Query)
            {
                decision = PlanDecision.EligibleWithQueries;
            }
        }

        if (decision != PlanDecision.Ineligible)
        {
            totals.KeepPlan(underQuery, overProgrammed);
        }

        return new PlanAssessment
        {
            RecipientId = recipientId,
            Decision = decision,
            IsValid = true,
            Findings = Ordered(findings),
            Fits = InIdOrder(fitList) ? fitList : [.. fitList.OrderBy(f => f.ActivityId, StringComparer.Ordinal)],
            AmountUnderQuery = underQuery,
            CoreRequest = core,
            OverProgrammedRequest = overProgrammed,
            Plan = plan,
        };
    }

    private static void AddAll(List<Finding> findings, ImmutableArray<Finding> more)
    {
        foreach (var finding in more)
        {
            findings.Add(finding);
        }
    }

    // Activities usually come in id order already; then the stable sort would give back the same sequence.
    private static bool InIdOrder(ImmutableArray<ActivityFit> fits)
    {
        for (var i = 1; i < fits.Length; i++)
        {
            if (string.CompareOrdinal(fits[i - 1].ActivityId, fits[i].ActivityId) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Finding QueryFinding(Activity activity, ActivityFit fit, string recipientId)
    {
        // No attribution means no known priority claimed (PriorityFit.Attribute).
        var code = fit.Level == PriorityFitLevel.Arguable ? AssessmentFindings.ArguableFit
            : fit.AttributedWholeTo is null && fit.Attribution.IsEmpty ? AssessmentFindings.NoPriorityClaimed
            : AssessmentFindings.NoFit;
        return Lazy(recipientId, activity.Id, code, FindingSeverity.Query, fit); // a fit from PriorityFit gives the values
    }

    private static Finding Lazy(string recipientId, string activityId, string code, FindingSeverity severity, IFindingValues values) =>
        AssessmentFindings.MakeFrom(code, severity, recipientId, activityId, values);

    // Sorts the list in place and copies it out. A plan's dozen findings are sorted by insertion, as List.Sort sorts so
    // few, with the comparison called directly rather than through a delegate: 10^4 plans sort 1.3·10^5 findings.
    private static ImmutableArray<Finding> Ordered(List<Finding> list)
    {
        var findings = CollectionsMarshal.AsSpan(list);
        if (findings.Length > 16)
        {
            list.Sort(static (a, b) => CompareFindings(a, b));
            return [.. list];
        }

        for (var i = 1; i < findings.Length; i++)
        {
            var finding = findings[i];
            var at = i;
            while (at > 0 && CompareFindings(findings[at - 1], finding) > 0)
            {
                findings[at] = findings[at - 1];
                at--;
            }

            findings[at] = finding;
        }

        return [.. findings];
    }

    private static int CompareFindings(Finding a, Finding b)
    {
        var byCode = string.CompareOrdinal(a.Code, b.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        var byActivity = string.CompareOrdinal(a.ActivityId, b.ActivityId);
        return byActivity != 0 ? byActivity : string.CompareOrdinal(a.Message, b.Message); // rendered only on a tie
    }

    private static AssessmentReport Summarise(FundTerms terms, ImmutableArray<PlanAssessment> assessments, ImmutableArray<UnitCostComparison> comparisons, RoundTotals totals) => new()
    {
        Year = terms.Year,
        Fund = terms.Fund,
        StandardAllocation = terms.StandardAllocation,
        Plans = assessments,
        AmountUnderQuery = totals.UnderQuery,
        SpendByPriority = totals.ByPriority(),
        UnattributedSpend = totals.Unattributed,
        AssessedSpend = totals.Assessed,
        OverProgrammedRequested = totals.OverProgrammed,
        UnitCosts = comparisons,
    };
}
