using System.Reflection;
using System.Text.Json;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>The hand-written converters write every stored property, so a property added later and forgotten fails here.</summary>
public sealed class ConverterCoverageTests
{
    public static TheoryData<Type, string> Written => new()
    {
        { typeof(FundPosition), PartnershipsJson.Serialize(AuditRoundTripTests.StraightYear().Q2.Position) },
        { typeof(RecipientAccount), PartnershipsJson.Serialize(AuditRoundTripTests.StraightYear().Q2.Position.Accounts[0]) },
        { typeof(QuarterResult), PartnershipsJson.Serialize(AuditRoundTripTests.StraightYear().Q2) },
        { typeof(ReviewResult), PartnershipsJson.Serialize(AuditRoundTripTests.StraightYear().Review) },
        { typeof(FundScheme), PartnershipsJson.Serialize(Example.Round2011.Scheme) },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Converter_WritesEveryPropertyButTheDerivedOnes(Type type, string json)
    {
        string[] derived = ["HasGivenBack", "ChangedNothing", "OpenQueries", "Overpaid"];
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Except(derived)
            .Select(JsonNamingPolicy.CamelCase.ConvertName)
            .Order(StringComparer.Ordinal);

        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
