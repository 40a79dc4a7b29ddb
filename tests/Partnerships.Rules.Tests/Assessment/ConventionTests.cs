using Partnerships.Rules.Assessment;

namespace Partnerships.Rules.Tests.Assessment;

public sealed class ConventionTests
{
    public static TheoryData<string> Namespaces => new() { "Partnerships.Rules.Schemes", "Partnerships.Rules.Plans", "Partnerships.Rules.Assessment", "Partnerships.Rules.Json" };

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void PublicTypes_InNamespace_AreSealedStaticStructsOrEnums(string ns)
    {
        var open = typeof(RoundAssessor).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == ns && t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void FindingCodes_AcrossPlansAndAssessment_AreNeverReused()
    {
        var codes = Rules.Plans.PlanFindings.Templates.Keys.Concat(AssessmentFindings.Templates.Keys).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^(PLAN|ELIG|FIT|VFM|COST)[0-9]{3}$", c));
    }
}
