using System.Collections.Immutable;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Scenarios;

/// <summary>A scenario file as read: the scheme, the year, the plans, the quarters of returns and the expectations.</summary>
internal sealed record ScenarioFile(
    string Name,
    FinancialYear Year,
    SchemeFile Scheme,
    int? PaymentWorkingDays,
    ImmutableArray<SpendPlan> Plans,
    ImmutableArray<ScenarioQuarter> Quarters,
    ScenarioExpectations Expect);

/// <summary>One quarter of a scenario: its returns, and the review held after it, if any.</summary>
internal sealed record ScenarioQuarter(int Number, ImmutableArray<SpendReturn> Returns, string? Review, string Path);

/// <summary>What a scenario expects, each list in the order of the file.</summary>
internal sealed record ScenarioExpectations
{
    public ImmutableArray<(string Recipient, PlanDecision Decision)> Decisions { get; init; } = [];

    public ImmutableArray<(string Recipient, Money Amount)> Allocations { get; init; } = [];

    public ImmutableArray<(string Recipient, Money Amount)> Reclaims { get; init; } = [];

    public ImmutableArray<(string Subject, ImmutableArray<string> Codes)> Findings { get; init; } = [];

    public Money? Paid { get; init; }

    public Money? Unallocated { get; init; }

    public ImmutableArray<(string Recipient, Money Amount)> YearEndAllocations { get; init; } = [];
}
