using System.Reflection;
using System.Text.RegularExpressions;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests;

/// <summary>Every finding the library makes comes from the catalogue, and fills every placeholder of its template.</summary>
public sealed partial class FindingCatalogueTests
{
    [Fact]
    public void All_EveryCodeConstantOfTheLibrary_IsDefinedOnce()
    {
        var constants = typeof(Money).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => Code().IsMatch(c))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(constants);
        Assert.Equal(constants, FindingCatalogue.All.Select(d => d.Code));
    }

    [Fact]
    public void All_IsOrderedByCodeAndEveryTemplateNamesItsPlaceholders()
    {
        Assert.Equal(FindingCatalogue.All.Select(d => d.Code).Order(StringComparer.Ordinal), FindingCatalogue.All.Select(d => d.Code));
        Assert.All(FindingCatalogue.All, d => Assert.Equal(Placeholder().Matches(d.MessageTemplate).Select(m => m.Groups[1].Value).Distinct(), d.Placeholders));
    }

    [Fact]
    public void GetAndFind_FollowTheLookupConvention()
    {
        Assert.Equal("ALLOC003", FindingCatalogue.Get("ALLOC003").Code);
        Assert.Null(FindingCatalogue.Find("ALLOC999"));
        Assert.Null(FindingCatalogue.Find("alloc003"));
        var missing = Assert.Throws<KeyNotFoundException>(() => FindingCatalogue.Get("ALLOC999"));
        Assert.Contains("ALLOC999", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FindingCatalogue.Get(null!));
    }

    [Theory]
    [InlineData("", FindingSeverity.Information, "x", "code")]
    [InlineData("alloc1", FindingSeverity.Information, "x", "code")]
    [InlineData("ALLOC", FindingSeverity.Information, "x", "code")]
    [InlineData("ALLOC1X", FindingSeverity.Information, "x", "code")]
    [InlineData("ALLOC1", (FindingSeverity)9, "x", "severity")]
    [InlineData("ALLOC1", FindingSeverity.Information, " ", "messageTemplate")]
    [InlineData("ALLOC1", FindingSeverity.Information, "open {brace", "messageTemplate")]
    public void Definition_Invalid_IsRejectedNamingTheParameter(string code, FindingSeverity severity, string template, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new FindingDefinition(code, severity, template));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Definition_UndefinedSeverityAndToString_SaySo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FindingDefinition("ALLOC1", (FindingSeverity)9, "x"));

        Assert.StartsWith("The severity is not a defined", error.Message, StringComparison.Ordinal);
        Assert.Equal("ALLOC1: at {x}.", new FindingDefinition("ALLOC1", FindingSeverity.Information, "at {x}.").ToString());
    }

    [Fact]
    public void Findings_OfTheYear2011_ComeFromTheCatalogueWithExactlyTheirPlaceholdersFilled()
    {
        var findings = Year2011Findings().ToList();

        Assert.True(findings.Count > 100, $"only {findings.Count} findings");
        Assert.All(findings, f =>
        {
            var definition = FindingCatalogue.Get(f.Code);
            Assert.Equal(definition.Severity, f.Severity);
            Assert.Equal(definition.MessageTemplate, f.MessageTemplate);
            Assert.Equal(definition.Placeholders.Order(StringComparer.Ordinal), f.Values.Keys);
            Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<Finding> Year2011Findings()
    {
        var terms = Round2011.Scheme.TermsFor(Round2011.Year);
        var report = RoundAssessor.Assess(terms, Round2011.Plans);
        var allocation = Allocator.Allocate(terms, report, AllocationPolicy.Default);
        var opened = FundPosition.Open(allocation, Round2011.Plans);
        var q1 = QuarterlyMonitor.Record(opened, Round2011.Year.Quarter(1), Round2011.Returns(opened, 1));
        var q2 = QuarterlyMonitor.Record(q1.Position, Round2011.Year.Quarter(2), Round2011.Returns(q1.Position, 2));
        var review = UnderspendReview.Hold(q2.Position, terms, terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
        var q3 = QuarterlyMonitor.Record(review.Position, Round2011.Year.Quarter(3), []);
        return report.Plans.SelectMany(p => p.Findings)
            .Concat(allocation.Findings)
            .Concat(allocation.Recipients.SelectMany(r => r.Findings))
            .Concat(allocation.Activities.SelectMany(a => a.Findings))
            .Concat(q1.Findings).Concat(q2.Findings).Concat(review.Findings).Concat(q3.Findings);
    }

    [GeneratedRegex("^[A-Z]+[0-9]+$")]
    private static partial Regex Code();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
