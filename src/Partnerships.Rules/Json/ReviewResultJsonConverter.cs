using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="ReviewResult"/> as <c>{"review","position","reclaims","grants","pool","unallocated","findings"}</c> and reads
/// it back checked: the pool must equal the grants plus what the position leaves unallocated.
/// </summary>
/// <remarks><c>unallocated</c> is the position's, written for readers and checked on reading. This type is stateless and thread-safe.</remarks>
internal sealed class ReviewResultJsonConverter : JsonConverter<ReviewResult>
{
    private const string WhatItIs = "a review's result";

    public override ReviewResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        ReviewPoint? review = null;
        FundPosition? position = null;
        ImmutableArray<Reclaim>? reclaims = null;
        ImmutableArray<Grant>? grants = null;
        ImmutableArray<Finding>? findings = null;
        Money? pool = null, unallocated = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "review": review = JsonReading.Value<ReviewPoint>(ref reader, options, name); break;
                case "position": position = JsonReading.Value<FundPosition>(ref reader, options, name); break;
                case "reclaims": reclaims = JsonReading.Value<ImmutableArray<Reclaim>>(ref reader, options, name); break;
                case "grants": grants = JsonReading.Value<ImmutableArray<Grant>>(ref reader, options, name); break;
                case "pool": pool = JsonReading.Value<Money>(ref reader, options, name); break;
                case "unallocated": unallocated = JsonReading.Value<Money>(ref reader, options, name); break;
                case "findings": findings = JsonReading.Value<ImmutableArray<Finding>>(ref reader, options, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        position = JsonReading.Required(position, "position", WhatItIs);
        if (JsonReading.Required(unallocated, "unallocated", WhatItIs) != position.Unallocated)
        {
            throw new JsonPathException(FormattableString.Invariant($"\"unallocated\" is {unallocated}; the position leaves {position.Unallocated} unallocated."), ".unallocated");
        }

        try
        {
            return ReviewResult.Restore(
                JsonReading.Required(review, "review", WhatItIs),
                position,
                JsonReading.Required(reclaims, "reclaims", WhatItIs),
                JsonReading.Required(grants, "grants", WhatItIs),
                JsonReading.Required(pool, "pool", WhatItIs),
                JsonReading.Required(findings, "findings", WhatItIs));
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(e, WhatItIs);
        }
    }

    public override void Write(Utf8JsonWriter writer, ReviewResult value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        JsonReading.Write(writer, options, "review", value.Review);
        JsonReading.Write(writer, options, "position", value.Position);
        JsonReading.Write(writer, options, "reclaims", value.Reclaims);
        JsonReading.Write(writer, options, "grants", value.Grants);
        JsonReading.Write(writer, options, "pool", value.Pool);
        JsonReading.Write(writer, options, "unallocated", value.Unallocated);
        JsonReading.Write(writer, options, "findings", value.Findings);
        writer.WriteEndObject();
    }
}
