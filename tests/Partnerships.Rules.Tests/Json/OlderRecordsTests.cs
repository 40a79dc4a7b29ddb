using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Json;

/// <summary>docs/design.md, invariant 8: a record saved before a field was added still reads, as that field's default.</summary>
public sealed class OlderRecordsTests
{
    [Fact]
    public void SpendReturn_WrittenWithoutLines_ReadsAsAOneFigureReturn()
    {
        var year = FinancialYearCalendar.UkGovernment.Year(2011);
        var spent = new SpendReturn("Camden", year.Quarter(2), Money.Pounds(1_234.56m), Money.Pounds(50_000m)) { SubmittedOn = new LocalDate(2011, 10, 7) };
        var older = Without(PartnershipsJson.Serialize(spent), "lines");

        var read = PartnershipsJson.Deserialize<SpendReturn>(older);

        Assert.Equal(spent, read);
        Assert.Empty(read!.Lines);
    }

    [Fact]
    public void Terms_WithoutAFieldThatWasAlwaysWritten_AreRefusedNamingIt()
    {
        var damaged = Without(PartnershipsJson.Serialize(Round2011.Terms), "fund");

        var ex = Assert.Throws<JsonException>(() => PartnershipsJson.Deserialize<FundTerms>(damaged));

        Assert.Contains("fund", ex.Message, StringComparison.Ordinal);
    }

    private static string Without(string json, params string[] names)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var name in names)
        {
            Assert.True(node.Remove(name), name);
        }

        return node.ToJsonString();
    }
}
