using System.Collections.Immutable;
using System.Globalization;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Ledger;

/// <summary>The library's values as the ledger stored them, read back through <see cref="PartnershipsJson"/>.</summary>
public sealed class LedgerState
{
    public const string TermsKey = "terms";
    public const string PlansKey = "plans";
    public const string AssessmentKey = "assessment";
    public const string AllocationKey = "allocation";
    public const string PositionKey = "position";
    public const string YearEndKey = "year-end";

    public FundTerms? Terms { get; private init; }

    public ImmutableArray<SpendPlan>? Plans { get; private init; }

    public AssessmentReport? Report { get; private init; }

    public AllocationResult? Allocation { get; private init; }

    public FundPosition? Position { get; private init; }

    public YearEndRecord? YearEnd { get; private init; }

    public ImmutableSortedDictionary<int, QuarterResult> Quarters { get; private init; } = ImmutableSortedDictionary<int, QuarterResult>.Empty;

    public ImmutableSortedDictionary<int, ReviewResult> Reviews { get; private init; } = ImmutableSortedDictionary<int, ReviewResult>.Empty;

    public static string QuarterKey(int quarter) => string.Create(CultureInfo.InvariantCulture, $"quarter:{quarter}");

    public static string ReviewKey(int afterQuarter) => string.Create(CultureInfo.InvariantCulture, $"review:{afterQuarter}");

    /// <summary>The stage reached, for people.</summary>
    public string Stage =>
        YearEnd is not null ? "closed"
        : Position?.LastQuarterRecorded is { } q ? $"{q.Label} recorded" + (Reviews.TryGetValue(q.Number, out var review) ? $", {review.Review.Name} held" : "")
        : Allocation is not null ? "allocated"
        : Report is not null ? "assessed"
        : Terms is not null ? "initialised"
        : "empty";

    public static LedgerState Load(LedgerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var quarters = ImmutableSortedDictionary.CreateBuilder<int, QuarterResult>();
        var reviews = ImmutableSortedDictionary.CreateBuilder<int, ReviewResult>();
        foreach (var key in store.Keys())
        {
            if (key.StartsWith("quarter:", StringComparison.Ordinal))
            {
                quarters[int.Parse(key.AsSpan(8), CultureInfo.InvariantCulture)] = Read<QuarterResult>(store, key)!;
            }
            else if (key.StartsWith("review:", StringComparison.Ordinal))
            {
                reviews[int.Parse(key.AsSpan(7), CultureInfo.InvariantCulture)] = Read<ReviewResult>(store, key)!;
            }
        }

        return new LedgerState
        {
            Terms = Read<FundTerms>(store, TermsKey),
            Plans = store.Get(PlansKey) is null ? null : Read<ImmutableArray<SpendPlan>>(store, PlansKey),
            Report = Read<AssessmentReport>(store, AssessmentKey),
            Allocation = Read<AllocationResult>(store, AllocationKey),
            Position = Read<FundPosition>(store, PositionKey),
            YearEnd = Read<YearEndRecord>(store, YearEndKey),
            Quarters = quarters.ToImmutable(),
            Reviews = reviews.ToImmutable(),
        };
    }

    private static T? Read<T>(LedgerStore store, string key) =>
        store.Get(key) is { } json ? PartnershipsJson.FromAuditJson<T>(json).Payload : default;

    public FundTerms RequireTerms() => Terms ?? throw new LedgerException("The ledger holds no terms; run 'init' first.");

    public AssessmentReport RequireReport(string step) =>
        Report ?? throw new LedgerException($"'{step}' needs an assessment, and the ledger has none yet; run 'assess plans.csv' first.");

    public FundPosition RequirePosition(string step) =>
        Position ?? throw new LedgerException($"'{step}' needs an allocation, and the ledger has none yet; run 'allocate' first.");
}
