using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes the library's values and decisions as JSON and reads them back strictly, with no reflection (source-generated
/// metadata and hand-written converters), so it stays warning-free under trimming and native AOT.
/// </summary>
/// <remarks>
/// <para>Formats (schema version <see cref="AuditRecord.CurrentSchemaVersion"/>): money <c>{"amount":"1600000.00","currency":"GBP"}</c>
/// (a string of major units with exactly the currency's decimal places); a financial year <c>{"label":"2011/12","start":"2011-04-01"}</c>;
/// dates and times ISO-8601 (<c>"2011-04-01"</c>, <c>"2011-03-31T17:00:00"</c>, <c>"2011-03-31T16:00:00Z"</c>); property names
/// camelCase; enums by name; nulls written.</para>
/// <para>Reading is strict: an unknown field, a missing field, a number written as a string, an amount without its
/// currency's decimal places, a value that breaks a type's rules (a position that does not conserve its fund) and
/// truncated JSON are each a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> (also in the message)
/// names where, also when the value itself refuses what it is given (a review point of quarter 9, a blank id); nothing
/// is returned half-read. Two of these checks come from System.Text.Json 9 and later, so on net8.0 they are not made: a
/// null where the type has no null, and a missing field that the type's constructor reads (a return's quarter), which
/// net8.0 reads as the field's default.</para>
/// <para>To serialise your own types too, combine resolvers:
/// <c>new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(PartnershipsJson.TypeInfoResolver, YourContext.Default) }</c>.</para>
/// <para>This type holds no mutable state and is thread-safe; <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class PartnershipsJson
{
    /// <summary>Gets the resolver of the library's types, self-contained, to combine with an app's own with <c>JsonTypeInfoResolver.Combine</c>.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => PartnershipsTypeInfoResolver.Instance;

    /// <summary>Gets read-only options that serve the library's types and no others.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a value of one of the library's types as JSON.</summary>
    /// <typeparam name="T">One of the library's types, such as <see cref="SpendPlan"/> or <see cref="FundPosition"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the library's types.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Reads a value of one of the library's types from JSON, strictly.</summary>
    /// <typeparam name="T">One of the library's types.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; <see langword="null"/> when the JSON is <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is not a valid <typeparamref name="T"/>; <see cref="JsonException.Path"/> says where.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the library's types.</exception>
    public static T? Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        var info = TypeInfo<T>();
        try
        {
            return JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException e)
        {
            throw JsonPathException.ForCaller(e);
        }
        catch (ArgumentException e)
        {
            throw Refused(e);
        }
    }

    /// <summary>Writes a scheme as its audit record (kind <see cref="AuditRecord.SchemeKind"/>); the inputs are the scheme itself.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(FundScheme scheme, Instant? recordedAt = null) => OfItself(scheme, recordedAt);

    /// <summary>Writes terms as their audit record (kind <see cref="AuditRecord.TermsKind"/>); the inputs are the terms themselves.</summary>
    /// <param name="terms">The terms.</param>
    /// <param name="recordedAt">When the app recorded them, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(FundTerms terms, Instant? recordedAt = null) => OfItself(terms, recordedAt);

    /// <summary>Writes a plan as its audit record (kind <see cref="AuditRecord.PlanKind"/>); the inputs are the plan itself.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(SpendPlan plan, Instant? recordedAt = null) => OfItself(plan, recordedAt);

    /// <summary>Writes plans, in the order given, as their audit record (kind <see cref="AuditRecord.PlansKind"/>); the inputs are the plans themselves.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="recordedAt">When the app recorded them, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(IEnumerable<SpendPlan> plans, Instant? recordedAt = null)
    {
        Guard.Against.Null(plans);
        return OfItself(plans.ToImmutableArray(), recordedAt);
    }

    /// <summary>Writes a fund position as its audit record (kind <see cref="AuditRecord.PositionKind"/>); the inputs are the position itself.</summary>
    /// <param name="position">The position.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(FundPosition position, Instant? recordedAt = null) => OfItself(position, recordedAt);

    /// <summary>Writes an assessment report, with its plans, as its audit record (kind <see cref="AuditRecord.AssessmentKind"/>), without an inputs hash.</summary>
    /// <param name="report">The report.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(AssessmentReport report, Instant? recordedAt = null) => Write(report, null, recordedAt);

    /// <summary>Writes an assessment report as its audit record, with the hash of its inputs: the terms and the report's plans.</summary>
    /// <param name="report">The report.</param>
    /// <param name="terms">The terms the round was assessed under.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="terms"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(AssessmentReport report, FundTerms terms, Instant? recordedAt = null)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(terms);
        return Write(report, AuditInputs.Of(report, terms), recordedAt);
    }

    /// <summary>Writes an allocation as its audit record (kind <see cref="AuditRecord.AllocationKind"/>), without an inputs hash.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(AllocationResult allocation, Instant? recordedAt = null) => Write(allocation, null, recordedAt);

    /// <summary>Writes an allocation as its audit record, with the hash of its inputs: its terms and policy and the plans allocated.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="plans">The plans that were allocated (of the assessment report, when the allocation was made from one).</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/> or <paramref name="plans"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(AllocationResult allocation, IEnumerable<SpendPlan> plans, Instant? recordedAt = null)
    {
        Guard.Against.Null(allocation);
        Guard.Against.Null(plans);
        return Write(allocation, AuditInputs.Of(allocation, plans), recordedAt);
    }

    /// <summary>Writes a quarter's result as its audit record (kind <see cref="AuditRecord.QuarterKind"/>), without an inputs hash.</summary>
    /// <param name="result">The result.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(QuarterResult result, Instant? recordedAt = null) => Write(result, null, recordedAt);

    /// <summary>Writes a quarter's result as its audit record, with the hash of its inputs: the position before, the quarter and the returns.</summary>
    /// <param name="result">The result.</param>
    /// <param name="before">The position the quarter was recorded on.</param>
    /// <param name="returns">The returns recorded.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToAuditJson(QuarterResult result, FundPosition before, IEnumerable<SpendReturn> returns, Instant? recordedAt = null)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(before);
        Guard.Against.Null(returns);
        return Write(result, AuditInputs.Of(before, result.Quarter, returns), recordedAt);
    }

    /// <summary>Writes the result of a review as its audit record (kind <see cref="AuditRecord.ReviewKind"/>), without an inputs hash.</summary>
    /// <param name="review">The review result.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(ReviewResult review, Instant? recordedAt = null) => Write(review, null, recordedAt);

    /// <summary>Writes the result of a review as its audit record, with the hash of its inputs: the position before, the terms, the review point and any further bids.</summary>
    /// <param name="review">The review result.</param>
    /// <param name="before">The position the review was held on.</param>
    /// <param name="terms">The terms it was held under.</param>
    /// <param name="furtherRound">The bids of a further round, if any were given.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/>, <paramref name="before"/> or <paramref name="terms"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(ReviewResult review, FundPosition before, FundTerms terms, IEnumerable<OverProgrammedBid>? furtherRound = null, Instant? recordedAt = null)
    {
        Guard.Against.Null(review);
        Guard.Against.Null(before);
        Guard.Against.Null(terms);
        return Write(review, AuditInputs.Of(before, terms, review.Review, furtherRound ?? []), recordedAt);
    }

    /// <summary>Writes a year-end record as its audit record (kind <see cref="AuditRecord.YearEndKind"/>), without an inputs hash.</summary>
    /// <param name="record">The year-end record.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(YearEndRecord record, Instant? recordedAt = null) => Write(record, null, recordedAt);

    /// <summary>Writes a year-end record as its audit record, with the hash of its inputs: the position closed, the terms and the last quarter's payments.</summary>
    /// <param name="record">The year-end record.</param>
    /// <param name="position">The position that was closed.</param>
    /// <param name="terms">The year's terms.</param>
    /// <param name="lastQuarterPayments">The last quarter's payments given to the close.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToAuditJson(YearEndRecord record, FundPosition position, FundTerms terms, IEnumerable<Payment> lastQuarterPayments, Instant? recordedAt = null)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(position);
        Guard.Against.Null(terms);
        Guard.Against.Null(lastQuarterPayments);
        return Write(record, AuditInputs.Of(position, terms, lastQuarterPayments), recordedAt);
    }

    /// <summary>Writes the opened next year as its audit record (kind <see cref="AuditRecord.NextYearKind"/>); the inputs are the value itself.</summary>
    /// <param name="nextYear">The next year, as <see cref="YearEnd.OpenNextYear"/> opened it.</param>
    /// <param name="recordedAt">When the app recorded it, if it wants that kept.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nextYear"/> is <see langword="null"/>.</exception>
    public static string ToAuditJson(NextYear nextYear, Instant? recordedAt = null) => OfItself(nextYear, recordedAt);

    /// <summary>Reads an audit record, strictly, checking its schema version and kind before its payload.</summary>
    /// <typeparam name="T">The payload type: <see cref="FundScheme"/>, <see cref="FundTerms"/>, <see cref="SpendPlan"/>,
    /// <see cref="ImmutableArray{T}"/> of <see cref="SpendPlan"/>, <see cref="AssessmentReport"/>, <see cref="AllocationResult"/>,
    /// <see cref="FundPosition"/>, <see cref="QuarterResult"/>, <see cref="ReviewResult"/>, <see cref="YearEndRecord"/> or <see cref="NextYear"/>.</typeparam>
    /// <param name="json">The JSON text of the record.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record is of another schema version (the message names both) or kind, or is not valid;
    /// <see cref="JsonException.Path"/> says where.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a payload type.</exception>
    public static AuditRecord<T> FromAuditJson<T>(string json)
    {
        Guard.Against.Null(json);
        var kind = AuditRecord.KindOf(typeof(T)) ?? throw new NotSupportedException(FormattableString.Invariant($"{typeof(T)} is not the payload of an audit record."));
        var info = TypeInfo<AuditRecord<T>>();
        try
        {
            CheckEnvelope(json, kind);
            return JsonSerializer.Deserialize(json, info) ?? throw new JsonException("The record is null.", "$", null, null);
        }
        catch (JsonException e)
        {
            throw JsonPathException.ForCaller(e);
        }
        catch (ArgumentException e)
        {
            throw Refused(e);
        }
    }

    // Version and kind come first, so a newer layout is named as such rather than failing somewhere in its payload.
    private static void CheckEnvelope(string json, string kind)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        int? version = null;
        string? found = null;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (version is null || found is null))
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "schemaVersion" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v))
                {
                    version = v;
                }
                else if (name == "kind" && reader.TokenType == JsonTokenType.String)
                {
                    found = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        if (version is { } written && written != AuditRecord.CurrentSchemaVersion)
        {
            throw new JsonPathException(
                FormattableString.Invariant($"The record is of schema version {written}; this library ({AuditRecord.LibraryVersion}) reads schema version {AuditRecord.CurrentSchemaVersion}{(written > AuditRecord.CurrentSchemaVersion ? ": it was written by a newer library" : "")}."),
                ".schemaVersion");
        }

        if (found is not null && found != kind)
        {
            throw new JsonPathException(FormattableString.Invariant($"The record is of kind \"{found}\", not \"{kind}\"."), ".kind");
        }
    }

    // A safety net: the types whose constructors check their values read through RefusalJsonConverter or a converter of
    // their own, which turn a refusal into a JsonException with its path; one that still escapes is refused at the root.
    private static JsonException Refused(ArgumentException e) =>
        new(FormattableString.Invariant($"A value refused what the JSON gives it: {e.Message} Path: $"), "$", null, null, e);

    // A null payload is named as the caller's parameter (report, scheme…), not as this method's.
    private static string OfItself<T>(T payload, Instant? recordedAt, [CallerArgumentExpression(nameof(payload))] string? parameter = null)
    {
        Guard.Against.Null(payload, parameter);
        return Write(payload, AuditInputs.Of(payload), recordedAt);
    }

    private static string Write<T>(T payload, string? inputsSha256, Instant? recordedAt, [CallerArgumentExpression(nameof(payload))] string? parameter = null)
    {
        Guard.Against.Null(payload, parameter);
        return JsonSerializer.Serialize(AuditRecord.Create(payload, inputsSha256, recordedAt), TypeInfo<AuditRecord<T>>());
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = PartnershipsTypeInfoResolver.Instance };
#if NET9_0_OR_GREATER
        // A null where the type says there is always a value is a damaged record (System.Text.Json 9 and later).
        options.RespectNullableAnnotations = true;

        // A field read through the constructor and missing is a damaged record too, not its default (a return without its
        // quarter is not of the first quarter of year 1). On net8.0 the constructor gets the default (the remarks above say so).
        options.RespectRequiredConstructorParameters = true;
#endif
        options.MakeReadOnly();
        return options;
    }
}
