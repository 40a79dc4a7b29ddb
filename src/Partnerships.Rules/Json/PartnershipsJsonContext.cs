using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// The System.Text.Json source-generated metadata for the library's types: no reflection at run time, so it is
/// safe under trimming and native AOT. Use it through <see cref="PartnershipsJson"/>.
/// </summary>
/// <remarks>Property names are camelCase, enums are written by name. This type is thread-safe.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    Converters =
    [
        typeof(MoneyJsonConverter), typeof(CurrencyJsonConverter), typeof(FinancialYearJsonConverter), typeof(FinancialQuarterJsonConverter),
        typeof(LocalDateJsonConverter), typeof(LocalDateTimeJsonConverter), typeof(InstantJsonConverter), typeof(FindingJsonConverter),
    ])]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(FinancialYear))]
[JsonSerializable(typeof(FinancialQuarter))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(FundTerms))]
[JsonSerializable(typeof(SpendPlan))]
[JsonSerializable(typeof(ImmutableArray<SpendPlan>))]
[JsonSerializable(typeof(AssessmentReport))]
[JsonSerializable(typeof(AuditRecord<AssessmentReport>))]
[JsonSerializable(typeof(AuditRecord<AllocationResult>))]
[JsonSerializable(typeof(AuditRecord<ReviewResult>))]
public sealed partial class PartnershipsJsonContext : JsonSerializerContext;
