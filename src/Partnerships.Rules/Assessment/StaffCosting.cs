using Ardalis.GuardClauses;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Assessment;

/// <summary>
/// Cost build-ups for staff posts at a year's on-cost rates, and part-year costs for posts filled some months
/// into the year.
/// </summary>
/// <remarks>
/// <para>The 2003 staffing appendix is the model: a post at £33,500 costs 33,500 + 3,182.50 (9.5% NI) + 4,522.50
/// (13.5% pension) + 1,500 = £42,705.00; filled three months in, a year of £228,555.00 costs 9/12 of it,
/// £171,416.25.</para>
/// <para>Part-year costs are whole months: annual × (12 − months in) ÷ 12, computed exactly and rounded once to
/// a minor unit by the rates' rounding rule. This type is stateless and thread-safe.</para>
/// </remarks>
public static class StaffCosting
{
    private const int MonthsInYear = 12;

    /// <summary>Costs a staff post at the given on-cost rates.</summary>
    /// <param name="post">The post.</param>
    /// <param name="rates">The year's on-cost rates, such as <see cref="FundTerms.OnCosts"/>.</param>
    /// <returns>The build-up.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The salary, running costs or count is negative.</exception>
    /// <exception cref="InvalidOperationException">Salary and running costs are in different currencies.</exception>
    /// <exception cref="OverflowException">The cost is beyond the range of whole minor units.</exception>
    public static StaffPostCost Cost(StaffPost post, StaffOnCostRates rates)
    {
        Guard.Against.Null(post);
        Guard.Against.Null(rates);
        Guard.Against.NegativeNumber(post.Salary.MinorUnits, nameof(post) + "." + nameof(StaffPost.Salary));
        Guard.Against.NegativeNumber(post.RunningCosts.MinorUnits, nameof(post) + "." + nameof(StaffPost.RunningCosts));
        Guard.Against.NegativeNumber(post.Count, nameof(post) + "." + nameof(StaffPost.Count));
        var cost = new StaffPostCost(
            post,
            post.Salary.MultiplyBy(rates.EmployerNationalInsurance, rates.Rounding),
            post.Salary.MultiplyBy(rates.Pension, rates.Rounding));
        _ = cost.Total; // currencies and range are checked here, not later when someone reads the total
        return cost;
    }

    /// <summary>Explains a build-up as a finding (<see cref="AssessmentFindings.StaffCostBuildUp"/>), with every figure and rate used.</summary>
    /// <param name="cost">The build-up.</param>
    /// <param name="rates">The rates it was built with.</param>
    /// <returns>An information finding whose amount is the total for every post of the kind.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Finding Explain(StaffPostCost cost, StaffOnCostRates rates)
    {
        Guard.Against.Null(cost);
        Guard.Against.Null(rates);
        return AssessmentFindings.Make(AssessmentFindings.StaffCostBuildUp, FindingSeverity.Information, null, null, cost.Total,
            ("title", cost.Post.Title), ("salary", cost.Post.Salary), ("nationalInsurance", cost.EmployerNationalInsurance),
            ("nationalInsuranceRate", rates.EmployerNationalInsurance), ("pension", cost.Pension), ("pensionRate", rates.Pension),
            ("runningCosts", cost.Post.RunningCosts), ("perPost", cost.PerPost), ("count", cost.Post.Count), ("total", cost.Total));
    }

    /// <summary>Explains a part-year cost as a finding (<see cref="AssessmentFindings.PartYearCost"/>).</summary>
    /// <param name="annual">The cost of a full year.</param>
    /// <param name="monthsIntoYear">How many months pass before the posts are filled, 0 to 12.</param>
    /// <param name="rounding">How to round a result finer than a minor unit.</param>
    /// <returns>An information finding whose amount is <see cref="PartYear"/>'s result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsIntoYear"/> is outside 0 to 12, or <paramref name="rounding"/> is not defined.</exception>
    public static Finding ExplainPartYear(Money annual, int monthsIntoYear, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        var partYear = PartYear(annual, monthsIntoYear, rounding);
        return AssessmentFindings.Make(AssessmentFindings.PartYearCost, FindingSeverity.Information, null, null, partYear,
            ("monthsIntoYear", monthsIntoYear), ("annual", annual), ("monthsFunded", MonthsInYear - monthsIntoYear), ("partYear", partYear));
    }

    /// <summary>Sums the annual cost of several kinds of post.</summary>
    /// <param name="costs">The build-ups; at least one.</param>
    /// <returns>The total annual cost.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="costs"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="costs"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The costs are in different currencies.</exception>
    public static Money YearTotal(IEnumerable<StaffPostCost> costs)
    {
        Guard.Against.Null(costs);
        Money? total = null;
        foreach (var cost in costs)
        {
            total = total is { } sum ? sum + cost.Total : cost.Total;
        }

        return total ?? throw new ArgumentException("There are no posts to total.", nameof(costs));
    }

    /// <summary>The cost in the first year of posts filled some whole months into it.</summary>
    /// <param name="annual">The cost of a full year.</param>
    /// <param name="monthsIntoYear">How many months pass before the posts are filled, 0 to 12.</param>
    /// <param name="rounding">How to round a result finer than a minor unit; half away from zero by default.</param>
    /// <returns>annual × (12 − <paramref name="monthsIntoYear"/>) ÷ 12, rounded once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsIntoYear"/> is outside 0 to 12, or <paramref name="rounding"/> is not defined.</exception>
    public static Money PartYear(Money annual, int monthsIntoYear, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Guard.Against.NegativeNumber(monthsIntoYear);
        Guard.Against.Above(monthsIntoYear, MonthsInYear);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a defined MidpointRounding rule.");
        }

        // A twelfth is k/12 of a minor unit: decimal holds it to 28 digits, so only k = 6 is a midpoint, as it should be.
        var exact = (decimal)(annual.MinorUnits * (Int128)(MonthsInYear - monthsIntoYear)) / MonthsInYear;
        return Money.FromMinorUnits(decimal.ToInt64(Math.Round(exact, 0, rounding)), annual.Currency);
    }
}
