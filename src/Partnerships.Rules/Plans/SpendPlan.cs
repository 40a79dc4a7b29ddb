using System.Collections.Immutable;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Plans;

/// <summary>A recipient's bid for one financial year: its activities, their costs and its equality impact statement.</summary>
/// <remarks>
/// A plan is data as submitted; validate it before relying on it.
/// Change a plan with a <c>with</c> expression. This type is immutable and thread-safe.
/// </remarks>
public sealed record SpendPlan
{
    /// <summary>Gets the recipient that submitted the plan.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>Gets the financial year the plan is for.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>Gets the activities of the plan.</summary>
    public required ImmutableArray<Activity> Activities { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the equality impact statement; blank when the section was not completed.</summary>
    public string? EqualityImpactStatement { get; init; }

    /// <summary>Gets when the plan was submitted, if known.</summary>
    public Instant? SubmittedAt { get; init; }

    /// <summary>Gets the total cost of every activity.</summary>
    /// <exception cref="InvalidOperationException">The plan has no activities, or they are in different currencies.</exception>
    public Money Total => Sum(static _ => true);

    /// <summary>Gets the total cost of the activities that are not over-programmed: the core request before any cap.</summary>
    /// <exception cref="InvalidOperationException">The plan has no activities, or they are in different currencies.</exception>
    public Money CoreTotal => Sum(static a => !a.IsOverProgrammed);

    /// <summary>Gets the total cost of the over-programmed activities.</summary>
    /// <exception cref="InvalidOperationException">The plan has no activities, or they are in different currencies.</exception>
    public Money OverProgrammedTotal => Sum(static a => a.IsOverProgrammed);

    private Money Sum(Func<Activity, bool> include)
    {
        if (Activities.IsEmpty)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"The plan of '{Recipient.Id}' has no activities, so it has no currency to total in."));
        }

        var total = Money.Zero(Activities[0].Cost.Currency);
        foreach (var activity in Activities)
        {
            if (include(activity))
            {
                total += activity.Cost;
            }
        }

        return total;
    }

    /// <summary>Returns a value indicating whether another plan holds equal values: the activities compared in order.</summary>
    /// <param name="other">The plan to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(SpendPlan? other) =>
        other is not null
        && Recipient == other.Recipient
        && Year == other.Year
        && ValueEquality.Equal(Activities, other.Activities)
        && EqualityImpactStatement == other.EqualityImpactStatement
        && SubmittedAt == other.SubmittedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Recipient, Year, ValueEquality.Hash(Activities), EqualityImpactStatement, SubmittedAt);
}
