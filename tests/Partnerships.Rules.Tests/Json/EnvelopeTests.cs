using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>
/// An audit record's schema version and kind are checked before its payload, wherever in the envelope they are
/// written; the fields around them neither stand in for them nor hide them.
/// </summary>
public sealed class EnvelopeTests
{
    [Theory]
    [InlineData("[")]
    [InlineData("3 4")]
    [InlineData("\"kind\" \"schemaVersion\"")]
    public void FromAuditJson_RootNotAnObject_IsRefusedAsNotARecordBeforeAnyReadingOfItsEnvelope(string json)
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(json));

        Assert.Equal("$", e.Path);
        Assert.StartsWith($"The JSON value could not be converted to {typeof(AuditRecord<FundTerms>)}.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(1, false)]
    public void FromAuditJson_AnotherVersion_SaysWhetherANewerLibraryWroteIt(int version, bool newer)
    {
        var node = Record();
        node["schemaVersion"] = version;

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(node.ToJsonString()));

        Assert.Equal("$.schemaVersion", e.Path);
        var said = $"The record is of schema version {version}; this library ({AuditRecord.LibraryVersion}) reads schema version 2";
        Assert.StartsWith(said + (newer ? ": it was written by a newer library." : ". Path:"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAuditJson_KindWrittenBeforeANewerVersion_IsStillRefusedForTheVersion()
    {
        var node = Reordered(Record(), "kind", "schemaVersion");
        node["schemaVersion"] = 3;

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(node.ToJsonString()));

        Assert.Equal("$.schemaVersion", e.Path);
    }

    [Fact]
    public void FromAuditJson_PayloadWrittenBeforeAnotherKind_IsRefusedForTheKind()
    {
        // The payload, an object, is stepped over whole: its own fields are not the envelope's.
        var node = Reordered(Record(), "payload", "schemaVersion", "kind");
        node["kind"] = AuditRecord.PositionKind;

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(node.ToJsonString()));

        Assert.Equal("$.kind", e.Path);
    }

    [Fact]
    public void FromAuditJson_AStringFieldBeforeTheKind_IsNotTakenForIt()
    {
        var node = Reordered(Record(), "library", "schemaVersion", "kind");

        var back = PartnershipsJson.FromAuditJson<FundTerms>(node.ToJsonString());

        Assert.Equal(Round2011.Terms, back.Payload);
        Assert.Equal(AuditRecord.TermsKind, back.Kind);
    }

    [Fact]
    public void FromAuditJson_ANumberFieldAfterTheVersion_IsNotTakenForIt()
    {
        // An unknown field between the version and the kind is refused where it is, not read as a schema version of 5.
        var node = Record();
        var withExtra = new JsonObject { ["schemaVersion"] = 2, ["extra"] = 5 };
        foreach (var (name, value) in node.Where(p => p.Key != "schemaVersion"))
        {
            withExtra[name] = value?.DeepClone();
        }

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(withExtra.ToJsonString()));

        Assert.Equal("$.extra", e.Path);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("schemaVersion")]
    public void FromAuditJson_WithoutTheVersionOrKind_IsRefusedNamingIt(string field)
    {
        var node = Record();
        Assert.True(node.Remove(field));

        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>(node.ToJsonString()));

        Assert.Equal("$", e.Path);
        Assert.Matches($@"missing required properties\b.*\b{field}\b", e.Message); // System.Text.Json's words differ between .NET 8 and 10
    }

    [Fact]
    public void FromAuditJson_Null_IsRefusedAsANullRecord()
    {
        var e = Assert.Throws<JsonException>(() => PartnershipsJson.FromAuditJson<FundTerms>("null"));

        Assert.Equal("$", e.Path);
        Assert.StartsWith("The record is null.", e.Message, StringComparison.Ordinal);
    }

    private static JsonObject Record() => JsonNode.Parse(PartnershipsJson.ToAuditJson(Round2011.Terms))!.AsObject();

    /// <summary>The same fields, those named first in the order given, then the rest as written.</summary>
    private static JsonObject Reordered(JsonObject record, params string[] first)
    {
        var result = new JsonObject();
        foreach (var name in first.Concat(record.Select(p => p.Key).Except(first)))
        {
            result[name] = record[name]?.DeepClone();
        }

        return result;
    }
}
