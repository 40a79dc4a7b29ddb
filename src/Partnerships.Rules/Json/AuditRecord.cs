using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// The envelope an app stores for any value or decision of the library: the layout's version, what the payload is,
/// the library and version that wrote it, a SHA-256 of the inputs that produced it, when it was recorded, and the payload.
/// </summary>
/// <remarks>
/// <para>JSON (schema version 2): <c>{"schemaVersion":2,"kind":"review","library":"Partnerships.Rules","libraryVersion":"0.1.0+…",
/// "inputsSha256":"9F86…","recordedAt":"2011-10-14T09:00:00Z","payload":{…}}</c>. Every field is written; <c>inputsSha256</c> and
/// <c>recordedAt</c> may be null.</para>
/// <para><see cref="SchemaVersion"/> numbers the layout of the envelope and of every payload: adding, renaming, removing or
/// changing the meaning of a field raises it. Version 2 (this library) added <c>libraryVersion</c> and <c>inputsSha256</c>,
/// the plan to each plan assessment, the scheme name to terms and positions, and the kinds scheme, terms, plan, plans,
/// position and quarter; version 1 records are not read. A record of another version is an error naming both versions.</para>
/// <para><see cref="InputsSha256"/> is the upper-case hex SHA-256 of the UTF-8 canonical JSON (the library's own compact
/// layout, as <see cref="PartnershipsJson.Serialize{T}(T)"/> writes it) of the inputs, per <see cref="Kind"/>: for a scheme,
/// terms, plan, plans or position, the payload itself; for an assessment <c>{"terms":…,"plans":[…]}</c> (the plans in the
/// report's recipient-id order); for an allocation <c>{"terms":…,"policy":…,"plans":[…]}</c> (plans by recipient id); for a
/// quarter <c>{"position":…,"quarter":…,"returns":[…]}</c> (the position before, the returns by recipient id then quarter);
/// for a review <c>{"position":…,"terms":…,"review":…,"furtherRound":[…]}</c> (the position before, further bids by recipient
/// then activity id); for a year-end record <c>{"position":…,"terms":…,"payments":[…]}</c> (the position closed, the last
/// quarter's payments by recipient id); for the next year, the payload itself. It is null when the record was written without its inputs. An auditor holding the inputs writes the
/// record again and compares.</para>
/// <para>This type is immutable and thread-safe if its payload is.</para>
/// </remarks>
/// <typeparam name="T">The type of the payload.</typeparam>
public sealed record AuditRecord<T>
{
    /// <summary>Gets the version of the layout of this record and its payload; <see cref="AuditRecord.CurrentSchemaVersion"/> when written by this library.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets what the payload is, such as <see cref="AuditRecord.ReviewKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the library that produced the record.</summary>
    public string Library { get; init; } = "Partnerships.Rules";

    /// <summary>Gets the informational version of the library that produced the record, such as <c>0.1.0+5f2c…</c>.</summary>
    public string? LibraryVersion { get; init; }

    /// <summary>Gets the upper-case hex SHA-256 of the canonical JSON of the inputs that produced the payload; <see langword="null"/> when not given.</summary>
    public string? InputsSha256 { get; init; }

    /// <summary>Gets when the app recorded the decision, if it says; the library never reads a clock.</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Gets the value or decision recorded.</summary>
    public required T Payload { get; init; }
}

/// <summary>The version and kinds of <see cref="AuditRecord{T}"/> envelopes.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AuditRecord
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The kind of a record whose payload is a <see cref="FundScheme"/>.</summary>
    public const string SchemeKind = "scheme";

    /// <summary>The kind of a record whose payload is a <see cref="FundTerms"/>.</summary>
    public const string TermsKind = "terms";

    /// <summary>The kind of a record whose payload is a <see cref="SpendPlan"/>.</summary>
    public const string PlanKind = "plan";

    /// <summary>The kind of a record whose payload is a list of <see cref="SpendPlan"/>s.</summary>
    public const string PlansKind = "plans";

    /// <summary>The kind of a record whose payload is an <see cref="AssessmentReport"/>.</summary>
    public const string AssessmentKind = "assessment";

    /// <summary>The kind of a record whose payload is an <see cref="AllocationResult"/>.</summary>
    public const string AllocationKind = "allocation";

    /// <summary>The kind of a record whose payload is a <see cref="FundPosition"/>.</summary>
    public const string PositionKind = "position";

    /// <summary>The kind of a record whose payload is a <see cref="QuarterResult"/>.</summary>
    public const string QuarterKind = "quarter";

    /// <summary>The kind of a record whose payload is a <see cref="ReviewResult"/>.</summary>
    public const string ReviewKind = "review";

    /// <summary>The kind of a record whose payload is a <see cref="YearEndRecord"/>.</summary>
    public const string YearEndKind = "yearEnd";

    /// <summary>The kind of a record whose payload is a <see cref="NextYear"/>.</summary>
    public const string NextYearKind = "nextYear";

    /// <summary>Gets the informational version of this library, as records it writes carry it.</summary>
    public static string LibraryVersion { get; } =
        typeof(AuditRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    internal static string? KindOf(Type payload) =>
        payload == typeof(FundScheme) ? SchemeKind
        : payload == typeof(FundTerms) ? TermsKind
        : payload == typeof(SpendPlan) ? PlanKind
        : payload == typeof(ImmutableArray<SpendPlan>) ? PlansKind
        : payload == typeof(AssessmentReport) ? AssessmentKind
        : payload == typeof(AllocationResult) ? AllocationKind
        : payload == typeof(FundPosition) ? PositionKind
        : payload == typeof(QuarterResult) ? QuarterKind
        : payload == typeof(ReviewResult) ? ReviewKind
        : payload == typeof(YearEndRecord) ? YearEndKind
        : payload == typeof(NextYear) ? NextYearKind
        : null;

    internal static AuditRecord<T> Create<T>(T payload, string? inputsSha256, Instant? recordedAt)
    {
        Guard.Against.Null(payload);
        return new AuditRecord<T>
        {
            SchemaVersion = CurrentSchemaVersion,
            Kind = KindOf(typeof(T)) ?? throw new NotSupportedException(FormattableString.Invariant($"{typeof(T)} has no kind of audit record.")),
            LibraryVersion = LibraryVersion,
            InputsSha256 = inputsSha256,
            RecordedAt = recordedAt,
            Payload = payload,
        };
    }
}
