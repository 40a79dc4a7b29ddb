namespace Partnerships.Rules.Assessment;

/// <summary>The annual cost build-up of a staff post: salary + employer NI + pension + running costs.</summary>
/// <remarks>
/// Each on-cost is the salary times its rate, rounded to a minor unit by <see cref="Schemes.StaffOnCostRates.Rounding"/>;
/// the sums are exact. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Post">The post.</param>
/// <param name="EmployerNationalInsurance">Employer National Insurance on one post's salary.</param>
/// <param name="Pension">Employer pension contribution on one post's salary.</param>
public sealed record StaffPostCost(StaffPost Post, Money EmployerNationalInsurance, Money Pension)
{
    /// <summary>Gets the annual cost of one post: salary + employer NI + pension + running costs.</summary>
    public Money PerPost => Post.Salary + EmployerNationalInsurance + Pension + Post.RunningCosts;

    /// <summary>Gets the annual cost of every post of this kind: <see cref="PerPost"/> × <see cref="StaffPost.Count"/>.</summary>
    public Money Total => PerPost * Post.Count;
}
