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
/// safe under trimming and native AOT. Reached only through <see cref="PartnershipsTypeInfoResolver"/>, which adds
/// the converters and the strict contract.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money?))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(FinancialYear))]
[JsonSerializable(typeof(FinancialQuarter))]
[JsonSerializable(typeof(FinancialQuarter?))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(ImmutableArray<Finding>))]
[JsonSerializable(typeof(FundScheme))]
[JsonSerializable(typeof(FundTerms))]
[JsonSerializable(typeof(ImmutableArray<FundTerms>))]
[JsonSerializable(typeof(ReviewPoint))]
[JsonSerializable(typeof(SpendPlan))]
[JsonSerializable(typeof(ImmutableArray<SpendPlan>))]
[JsonSerializable(typeof(AssessmentReport))]
[JsonSerializable(typeof(AllocationPolicy))]
[JsonSerializable(typeof(AllocationResult))]
[JsonSerializable(typeof(OverProgrammedBid))]
[JsonSerializable(typeof(ImmutableArray<OverProgrammedBid>))]
[JsonSerializable(typeof(FundPosition))]
[JsonSerializable(typeof(RecipientAccount))]
[JsonSerializable(typeof(ImmutableArray<RecipientAccount>))]
[JsonSerializable(typeof(ImmutableArray<HeldBid>))]
[JsonSerializable(typeof(Query))]
[JsonSerializable(typeof(ImmutableArray<Query>))]
[JsonSerializable(typeof(ImmutableArray<SpendReturn>))]
[JsonSerializable(typeof(ImmutableArray<Payment>))]
[JsonSerializable(typeof(ImmutableArray<Reclaim>))]
[JsonSerializable(typeof(ImmutableArray<Grant>))]
[JsonSerializable(typeof(QuarterResult))]
[JsonSerializable(typeof(ReviewResult))]
[JsonSerializable(typeof(ActivitySpend))]
[JsonSerializable(typeof(SpendByActivity))]
[JsonSerializable(typeof(SpendByPriority))]
[JsonSerializable(typeof(UnitCostOutturn))]
[JsonSerializable(typeof(ImmutableArray<UnitCostOutturn>))]
[JsonSerializable(typeof(YearEndRecord))]
[JsonSerializable(typeof(RecipientHistory))]
[JsonSerializable(typeof(NextYear))]
[JsonSerializable(typeof(AuditRecord<FundScheme>))]
[JsonSerializable(typeof(AuditRecord<FundTerms>))]
[JsonSerializable(typeof(AuditRecord<SpendPlan>))]
[JsonSerializable(typeof(AuditRecord<ImmutableArray<SpendPlan>>))]
[JsonSerializable(typeof(AuditRecord<AssessmentReport>))]
[JsonSerializable(typeof(AuditRecord<AllocationResult>))]
[JsonSerializable(typeof(AuditRecord<FundPosition>))]
[JsonSerializable(typeof(AuditRecord<QuarterResult>))]
[JsonSerializable(typeof(AuditRecord<ReviewResult>))]
[JsonSerializable(typeof(AuditRecord<YearEndRecord>))]
[JsonSerializable(typeof(AuditRecord<NextYear>))]
internal sealed partial class PartnershipsJsonContext : JsonSerializerContext;
