using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// The SHA-256 of the canonical JSON of a decision's inputs, as <see cref="AuditRecord{T}.InputsSha256"/> documents
/// per kind. Collections are put in id order first, so the same inputs in any order hash alike.
/// </summary>
internal static class AuditInputs
{
    public static string Of<T>(T value) => Hash(w => Write(w, value));

    public static string Of(AssessmentReport report, FundTerms terms) => Hash(w =>
    {
        w.WriteStartObject();
        Property(w, "terms", terms);
        w.WritePropertyName("plans");
        w.WriteStartArray();
        foreach (var plan in report.Plans)
        {
            Write(w, plan.Plan);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Of(AllocationResult allocation, IEnumerable<SpendPlan> plans) => Hash(w =>
    {
        w.WriteStartObject();
        Property(w, "terms", allocation.Terms);
        Property(w, "policy", allocation.Policy);
        Property(w, "plans", plans.OrderBy(static p => p?.Recipient?.Id, StringComparer.Ordinal).ToImmutableArray());
        w.WriteEndObject();
    });

    public static string Of(FundPosition before, FinancialQuarter quarter, IEnumerable<SpendReturn> returns) => Hash(w =>
    {
        w.WriteStartObject();
        Property(w, "position", before);
        Property(w, "quarter", quarter);
        // Returns set aside (of another year, or repeated in the batch) are ordered too, so any order hashes alike.
        Property(w, "returns", returns.OrderBy(static r => r.RecipientId, StringComparer.Ordinal).ThenBy(static r => r.Quarter).ThenBy(static r => r.Spent.MinorUnits).ThenBy(static r => r.ForecastOutturn.MinorUnits).ToImmutableArray());
        w.WriteEndObject();
    });

    public static string Of(FundPosition before, FundTerms terms, ReviewPoint review, IEnumerable<OverProgrammedBid> furtherRound) => Hash(w =>
    {
        w.WriteStartObject();
        Property(w, "position", before);
        Property(w, "terms", terms);
        Property(w, "review", review);
        Property(w, "furtherRound", furtherRound.OrderBy(static b => b.RecipientId, StringComparer.Ordinal).ThenBy(static b => b.ActivityId, StringComparer.Ordinal).ToImmutableArray());
        w.WriteEndObject();
    });

    public static string Of(FundPosition position, FundTerms terms, IEnumerable<Payment> lastQuarterPayments) => Hash(w =>
    {
        w.WriteStartObject();
        Property(w, "position", position);
        Property(w, "terms", terms);
        Property(w, "payments", lastQuarterPayments.OrderBy(static p => p?.RecipientId, StringComparer.Ordinal).ToImmutableArray());
        w.WriteEndObject();
    });

    private static void Property<T>(Utf8JsonWriter writer, string name, T value)
    {
        writer.WritePropertyName(name);
        Write(writer, value);
    }

    private static void Write<T>(Utf8JsonWriter writer, T value) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)PartnershipsJson.Options.GetTypeInfo(typeof(T)));

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan));
    }
}
