using System.Reflection;
using System.Text.Json;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>The hand-written converters write every stored property, so a property added later and forgotten fails here.</summary>
public sealed class ConverterCoverageTests
{
    // Types only: the values are built inside the test. Data built at discovery runs library code outside any test,
    // and Stryker then tests every mutant that code reaches against the whole suite (docs/mutation.md).
    public static TheoryData<Type> Written => [typeof(FundPosition), typeof(RecipientAccount), typeof(QuarterResult), typeof(ReviewResult), typeof(FundScheme)];

    [Theory]
    [MemberData(nameof(Written))]
    public void Converter_WritesEveryPropertyButTheDerivedOnes(Type type)
    {
        var json = Json(type);
        string[] derived = ["HasGivenBack", "ChangedNothing", "OpenQueries", "Overpaid"];
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Except(derived)
            .Select(JsonNamingPolicy.CamelCase.ConvertName)
            .Order(StringComparer.Ordinal);

        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static string Json(Type type)
    {
        var year = AuditRoundTripTests.StraightYear();
        return type.Name switch
        {
            nameof(FundPosition) => PartnershipsJson.Serialize(year.Q2.Position),
            nameof(RecipientAccount) => PartnershipsJson.Serialize(year.Q2.Position.Accounts[0]),
            nameof(QuarterResult) => PartnershipsJson.Serialize(year.Q2),
            nameof(ReviewResult) => PartnershipsJson.Serialize(year.Review),
            _ => PartnershipsJson.Serialize(Example.Round2011.Scheme),
        };
    }
}
