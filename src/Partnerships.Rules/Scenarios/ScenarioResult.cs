using System.Collections.Immutable;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Scenarios;

/// <summary>
/// The outcome of running a scenario: the problems of its file (then nothing ran), or what each step gave and how
/// it differed from what the file expects.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScenarioResult
{
    /// <summary>Gets the scenario's name; empty when the file could not be read.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the problems of the scenario file or of its scheme (codes of <see cref="SchemeFileFindings"/>); empty when it ran.</summary>
    public ImmutableArray<SchemeProblem> Problems { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets every difference between the run and the expectations, in the order of the file.</summary>
    public ImmutableArray<ScenarioDifference> Differences { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the terms the scenario ran under, when it ran.</summary>
    public FundTerms? Terms { get; init; }

    /// <summary>Gets the assessment of the plans, when it ran.</summary>
    public AssessmentReport? Assessment { get; init; }

    /// <summary>Gets the allocation at the start of the year, when it ran.</summary>
    public AllocationResult? Allocation { get; init; }

    /// <summary>Gets each quarter recorded, in order.</summary>
    public ImmutableArray<QuarterResult> Quarters { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets each review held, in order.</summary>
    public ImmutableArray<ReviewResult> Reviews { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the position after the last step, when it ran.</summary>
    public FundPosition? Position { get; init; }

    /// <summary>Gets a value indicating whether the scenario ran and every expectation held.</summary>
    public bool Passed => Problems.IsEmpty && Differences.IsEmpty;

    /// <summary>Returns the problems or differences, one a line, or <c>passed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Passed ? Name + ": passed" : Name + ":" + Environment.NewLine + string.Join(Environment.NewLine, Problems.Select(p => p.ToString()).Concat(Differences.Select(d => d.ToString())));

    /// <inheritdoc />
    public bool Equals(ScenarioResult? other) =>
        other is not null
        && Name == other.Name
        && ValueEquality.Equal(Problems, other.Problems)
        && ValueEquality.Equal(Differences, other.Differences)
        && Terms == other.Terms
        && Assessment == other.Assessment
        && Allocation == other.Allocation
        && ValueEquality.Equal(Quarters, other.Quarters)
        && ValueEquality.Equal(Reviews, other.Reviews)
        && Position == other.Position;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ValueEquality.Hash(Problems), ValueEquality.Hash(Differences), Allocation, Position);
}
