namespace Partnerships.Rules.Assessment;

/// <summary>The outcome of assessing one spend plan.</summary>
public enum PlanDecision
{
    /// <summary>Every criterion is met and nothing is queried.</summary>
    Eligible = 0,

    /// <summary>No criterion fails, but some finding is a query to the recipient.</summary>
    EligibleWithQueries = 1,

    /// <summary>A criterion fails or the plan is invalid; the findings of severity failure say which.</summary>
    Ineligible = 2,
}
