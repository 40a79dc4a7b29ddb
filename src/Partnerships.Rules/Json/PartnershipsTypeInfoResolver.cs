using Ardalis.GuardClauses;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// Resolves the library's types: the hand-written converters for values and for types with internal constructors,
/// and the source-generated contracts of the rest with the decisions the domain types do not carry as attributes:
/// camelCase names, unknown fields an error, every settable field required, a field its type refuses a
/// <see cref="JsonException"/> at that field, numbers never read from strings, and
/// derived totals (<see cref="SpendPlan.Total"/>, <see cref="FundTerms.Currency"/>) not written.
/// </summary>
/// <remarks>Self-contained: it works in any options, so an app may combine it with its own resolver. Thread-safe.</remarks>
internal sealed class PartnershipsTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    public static PartnershipsTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        Guard.Against.Null(type);
        return Converted(type, options) ?? (Refusable.TryGetValue(type, out var refusable) ? refusable(options) : Generated(type, options));
    }

    // Types whose constructors or init accessors check their values: read through RefusalJsonConverter for a path.
    private static readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Refusable = new Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>
    {
        [typeof(Recipient)] = Refusing<Recipient>, [typeof(Activity)] = Refusing<Activity>, [typeof(OutputMeasure)] = Refusing<OutputMeasure>,
        [typeof(SpendPlan)] = Refusing<SpendPlan>, [typeof(Priority)] = Refusing<Priority>, [typeof(ReviewPoint)] = Refusing<ReviewPoint>,
        [typeof(UnderspendTolerance)] = Refusing<UnderspendTolerance>, [typeof(StaffOnCostRates)] = Refusing<StaffOnCostRates>,
        [typeof(ValueForMoneyThresholds)] = Refusing<ValueForMoneyThresholds>, [typeof(FundTerms)] = Refusing<FundTerms>,
        [typeof(AllocationPolicy)] = Refusing<AllocationPolicy>, [typeof(PlanAssessment)] = Refusing<PlanAssessment>,
        [typeof(ActivityFit)] = Refusing<ActivityFit>, [typeof(PrioritySpend)] = Refusing<PrioritySpend>,
        [typeof(UnitCostComparison)] = Refusing<UnitCostComparison>, [typeof(AssessmentReport)] = Refusing<AssessmentReport>,
        [typeof(RecipientAllocation)] = Refusing<RecipientAllocation>, [typeof(ActivityAllocation)] = Refusing<ActivityAllocation>,
        [typeof(AllocationResult)] = Refusing<AllocationResult>, [typeof(OverProgrammedBid)] = Refusing<OverProgrammedBid>,
        [typeof(HeldBid)] = Refusing<HeldBid>, [typeof(SpendReturn)] = Refusing<SpendReturn>, [typeof(Payment)] = Refusing<Payment>,
        [typeof(Reclaim)] = Refusing<Reclaim>, [typeof(Grant)] = Refusing<Grant>,
        [typeof(ActivitySpend)] = Refusing<ActivitySpend>, [typeof(SpendByActivity)] = Refusing<SpendByActivity>, [typeof(SpendByPriority)] = Refusing<SpendByPriority>,
        [typeof(UnitCostOutturn)] = Refusing<UnitCostOutturn>, [typeof(RecipientOutturn)] = Refusing<RecipientOutturn>, [typeof(YearEndRecord)] = Refusing<YearEndRecord>,
        [typeof(RecipientHistory)] = Refusing<RecipientHistory>, [typeof(NextYear)] = Refusing<NextYear>,
    }.ToFrozenDictionary();

    private static JsonTypeInfo? Generated(Type type, JsonSerializerOptions options)
    {
        var info = ((IJsonTypeInfoResolver)PartnershipsJsonContext.Default).GetTypeInfo(type, options);
        if (info is { Kind: JsonTypeInfoKind.Object } && info.Type.Assembly == Library)
        {
            Strict(info);
        }

        return info;
    }

    private static JsonTypeInfo<T> Refusing<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateValueInfo<T>(options, new RefusalJsonConverter<T>((JsonTypeInfo<T>)Generated(typeof(T), options)!));

    private static JsonTypeInfo? Converted(Type type, JsonSerializerOptions options) =>
        type == typeof(Money) ? Value(options, new MoneyJsonConverter())
        : type == typeof(Currency) ? Value(options, new CurrencyJsonConverter())
        : type == typeof(FinancialYear) ? Value(options, new FinancialYearJsonConverter())
        : type == typeof(FinancialQuarter) ? Value(options, new FinancialQuarterJsonConverter())
        : type == typeof(LocalDate) ? Value(options, new LocalDateJsonConverter())
        : type == typeof(LocalDateTime) ? Value(options, new LocalDateTimeJsonConverter())
        : type == typeof(Instant) ? Value(options, new InstantJsonConverter())
        : type == typeof(Finding) ? Value(options, new FindingJsonConverter())
        : type == typeof(FundScheme) ? Value(options, new FundSchemeJsonConverter())
        : type == typeof(FundPosition) ? Value(options, new FundPositionJsonConverter())
        : type == typeof(RecipientAccount) ? Value(options, new RecipientAccountJsonConverter())
        : type == typeof(QuarterResult) ? Value(options, new QuarterResultJsonConverter())
        : type == typeof(ReviewResult) ? Value(options, new ReviewResultJsonConverter())
        : type == typeof(Query) ? Value(options, new QueryJsonConverter())
        : type == typeof(NeedFormula) ? Value(options, new NeedFormulaJsonConverter())
        : type == typeof(NeedRecipient) ? Value(options, new NeedRecipientJsonConverter())
        : null;

    private static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, converter);

    private static void Strict(JsonTypeInfo info)
    {
        info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        info.NumberHandling = JsonNumberHandling.Strict;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (IsDerivedTotal(info.Type, property.Name))
            {
                info.Properties.RemoveAt(i);
                continue;
            }

            property.Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            property.NumberHandling = JsonNumberHandling.Strict;
#if NET9_0_OR_GREATER

            // Plans are kept as submitted, a missing recipient included, so writing allows a null that reading refuses.
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.IsGetNullable = true;
            }
#endif

            // A record the library writes has every field, so a missing one is a damaged record; but a record written before
            // a field was added reads as that field's default.
            if (property.Set is { } set)
            {
                property.IsRequired = !IsAddedWithDefault(info.Type, property.Name);

                // A value that refuses a field (a blank id) is a JsonException, to which the reader adds the path.
                property.Set = (target, value) =>
                {
                    try
                    {
                        set(target, value);
                    }
                    catch (ArgumentException e)
                    {
                        throw new JsonException(e.Message, e);
                    }
                };
            }
        }
    }

    // Fields added since version 0.1.0 wrote its records whose default keeps the older meaning. (An init-only value
    // field cannot be one: the generated reader passes default(T) for it, not the property's initial value.)
    private static bool IsAddedWithDefault(Type type, string name) => type == typeof(SpendReturn) && name == "lines";

    // Derived values that throw for an incomplete value (a plan without activities has no total) or repeat another field.
    private static bool IsDerivedTotal(Type type, string name) =>
        (type == typeof(SpendPlan) && name is "Total" or "total" or "CoreTotal" or "coreTotal" or "OverProgrammedTotal" or "overProgrammedTotal")
        || (type == typeof(FundTerms) && name is "Currency" or "currency");
}
