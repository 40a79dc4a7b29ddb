using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Json;

/// <summary>
/// The envelope an app stores for any decision of the library: a schema version, a kind, when it was recorded, and
/// the payload (an <see cref="AssessmentReport"/> now; allocation and monitoring results later).
/// </summary>
/// <remarks>
/// <para>JSON: <c>{"schemaVersion":1,"kind":"assessment","library":"Partnerships.Rules","recordedAt":"2011-06-13T09:00:00Z","payload":{…}}</c>.
/// <see cref="SchemaVersion"/> numbers the layout of the envelope and of the payload of its <see cref="Kind"/>: adding
/// a field keeps the version; renaming, removing or changing the meaning of one raises it, so a reader can tell
/// which layout it has. Kinds are the constants of <see cref="AuditRecord"/>.</para>
/// <para>To write a new payload type, add <c>[JsonSerializable(typeof(AuditRecord&lt;YourResult&gt;))]</c> to
/// <see cref="PartnershipsJsonContext"/> and a kind constant to <see cref="AuditRecord"/>.</para>
/// <para>This type is immutable and thread-safe if its payload is.</para>
/// </remarks>
/// <typeparam name="T">The type of the payload.</typeparam>
public sealed record AuditRecord<T>
{
    /// <summary>Gets the version of the layout of this record and its payload; <see cref="AuditRecord.CurrentSchemaVersion"/> when written by this library.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets what the payload is, such as <see cref="AuditRecord.AssessmentKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the library that produced the record.</summary>
    public string Library { get; init; } = "Partnerships.Rules";

    /// <summary>Gets when the app recorded the decision, if it says; the library never reads a clock.</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Gets the decision recorded.</summary>
    public required T Payload { get; init; }
}

/// <summary>Makes <see cref="AuditRecord{T}"/> envelopes and names their kinds.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AuditRecord
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The kind of a record whose payload is an <see cref="AssessmentReport"/>.</summary>
    public const string AssessmentKind = "assessment";

    /// <summary>The kind of a record whose payload is an <see cref="AllocationResult"/>.</summary>
    public const string AllocationKind = "allocation";

    /// <summary>The kind of a record whose payload is a <see cref="ReviewResult"/>.</summary>
    public const string ReviewKind = "review";

    /// <summary>Wraps a payload in an envelope of the current schema version.</summary>
    /// <typeparam name="T">The type of the payload.</typeparam>
    /// <param name="kind">What the payload is.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is <see langword="null"/>.</exception>
    public static AuditRecord<T> Create<T>(string kind, T payload, Instant? recordedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payload);
        return new AuditRecord<T> { SchemaVersion = CurrentSchemaVersion, Kind = kind, Payload = payload, RecordedAt = recordedAt };
    }

    /// <summary>Wraps an assessment report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The record, of kind <see cref="AssessmentKind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static AuditRecord<AssessmentReport> Of(AssessmentReport report, Instant? recordedAt = null) => Create(AssessmentKind, report, recordedAt);

    /// <summary>Wraps an allocation.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The record, of kind <see cref="AllocationKind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/> is <see langword="null"/>.</exception>
    public static AuditRecord<AllocationResult> Of(AllocationResult allocation, Instant? recordedAt = null) => Create(AllocationKind, allocation, recordedAt);

    /// <summary>Wraps the result of a review.</summary>
    /// <param name="review">The review result.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The record, of kind <see cref="ReviewKind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static AuditRecord<ReviewResult> Of(ReviewResult review, Instant? recordedAt = null) => Create(ReviewKind, review, recordedAt);
}
