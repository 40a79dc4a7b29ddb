using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Json;

/// <summary>
/// Writes a <see cref="FundPosition"/> as <c>{"schemeName","year","fund","policy","accounts","bids","unallocated","lastQuarterRecorded","queries","reserve","returned"}</c>
/// and reads it back through <c>FundPosition.Restore</c>, which checks that it conserves its fund.
/// </summary>
/// <remarks>Every field is required (<c>schemeName</c> and <c>lastQuarterRecorded</c> may be null) but the query fields, which
/// records written before queries lack: none then. <c>reserve</c> is written for the reader's eye and must agree with the queries. This type is stateless and thread-safe.</remarks>
internal sealed class FundPositionJsonConverter : JsonConverter<FundPosition>
{
    private const string WhatItIs = "a fund position";

    public override FundPosition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, WhatItIs);
        string? scheme = null;
        var sawScheme = false;
        var sawLast = false;
        FinancialYear? year = null;
        Money? fund = null, unallocated = null, reserve = null, returned = null;
        ImmutableArray<Query>? queries = null;
        AllocationPolicy? policy = null;
        ImmutableArray<RecipientAccount>? accounts = null;
        ImmutableArray<HeldBid>? bids = null;
        FinancialQuarter? last = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "schemeName": scheme = JsonReading.NullableString(ref reader, name); sawScheme = true; break;
                case "year": year = JsonReading.Value<FinancialYear>(ref reader, options, name); break;
                case "fund": fund = JsonReading.Value<Money>(ref reader, options, name); break;
                case "policy": policy = JsonReading.Value<AllocationPolicy>(ref reader, options, name); break;
                case "accounts": accounts = JsonReading.Value<ImmutableArray<RecipientAccount>>(ref reader, options, name); break;
                case "bids": bids = JsonReading.Value<ImmutableArray<HeldBid>>(ref reader, options, name); break;
                case "unallocated": unallocated = JsonReading.Value<Money>(ref reader, options, name); break;
                case "lastQuarterRecorded": last = reader.TokenType == JsonTokenType.Null ? null : JsonReading.Value<FinancialQuarter>(ref reader, options, name); sawLast = true; break;
                case "queries": queries = JsonReading.Value<ImmutableArray<Query>>(ref reader, options, name); break;
                case "reserve": reserve = JsonReading.Value<Money>(ref reader, options, name); break;
                case "returned": returned = JsonReading.Value<Money>(ref reader, options, name); break;
                default: throw JsonReading.Unknown(name, WhatItIs);
            }
        }

        _ = JsonReading.Required(sawScheme ? "" : null, "schemeName", WhatItIs);
        _ = JsonReading.Required(sawLast ? "" : null, "lastQuarterRecorded", WhatItIs);
        try
        {
            var currency = JsonReading.Required(fund, "fund", WhatItIs).Currency;
            var position = FundPosition.Restore(
                scheme,
                JsonReading.Required(year, "year", WhatItIs),
                JsonReading.Required(fund, "fund", WhatItIs),
                JsonReading.Required(policy, "policy", WhatItIs),
                JsonReading.Required(accounts, "accounts", WhatItIs),
                JsonReading.Required(bids, "bids", WhatItIs),
                JsonReading.Required(unallocated, "unallocated", WhatItIs),
                last,
                queries ?? [],
                returned ?? Money.Zero(currency));
            return reserve is { } written && written != position.Reserve
                ? throw new JsonPathException(FormattableString.Invariant($"Not a valid {WhatItIs}: the reserve is written as {written}; its queries hold {position.Reserve}."), ".reserve")
                : position;
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(e, WhatItIs);
        }
        catch (OverflowException e)
        {
            throw new JsonPathException(FormattableString.Invariant($"Not a valid {WhatItIs}: {e.Message}"), ".accounts", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, FundPosition value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("schemeName", value.SchemeName);
        JsonReading.Write(writer, options, "year", value.Year);
        JsonReading.Write(writer, options, "fund", value.Fund);
        JsonReading.Write(writer, options, "policy", value.Policy);
        JsonReading.Write(writer, options, "accounts", value.Accounts);
        JsonReading.Write(writer, options, "bids", value.Bids);
        JsonReading.Write(writer, options, "unallocated", value.Unallocated);
        JsonReading.Write(writer, options, "lastQuarterRecorded", value.LastQuarterRecorded);
        JsonReading.Write(writer, options, "queries", value.Queries);
        JsonReading.Write(writer, options, "reserve", value.Reserve);
        JsonReading.Write(writer, options, "returned", value.Returned);
        writer.WriteEndObject();
    }
}
