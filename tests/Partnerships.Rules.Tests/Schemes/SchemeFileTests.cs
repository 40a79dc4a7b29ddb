using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

public sealed class SchemeFileTests
{
    private static readonly string SampleText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SchemeFromFile.RelativePath));
    private static readonly SchemeFile Sample = SchemeFile.Parse(SampleText);
    private static FinancialYear Year(int start) => FinancialYearCalendar.UkGovernment.Year(start);

    [Fact]
    public void TermsFor_2011_EqualRound2011Terms()
    {
        var loaded = Sample.TermsFor(Round2011.Year);

        SchemeAssert.SameTerms(Round2011.Terms, loaded);
        Assert.Equal(Round2011.Plans.Select(p => p.Recipient.Id), loaded.Recipients.Select(r => r.Id));
        Assert.Equal(Round2011.Plans.Select(p => p.Recipient.Name), loaded.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void SchemeFromFile_FundScheme_GivesTheSameAssessmentAsRound2011()
    {
        var terms = SchemeFromFile.Scheme().TermsFor(Round2011.Year);

        var report = RoundAssessor.Assess(terms, Round2011.Plans);

        Assert.Equal(Round2011.Report.Plans.Select(p => (p.RecipientId, p.Decision, p.AmountUnderQuery)), report.Plans.Select(p => (p.RecipientId, p.Decision, p.AmountUnderQuery)));
        Assert.Equal(Round2011.Report.Plans.SelectMany(p => p.Findings), report.Plans.SelectMany(p => p.Findings));
    }

    [Theory]
    [InlineData(1999, 30_000, 960_000, "27 February 2003")]
    [InlineData(2002, 30_000, 960_000, "27 February 2003")]
    [InlineData(2003, 50_000, 1_600_000, "29 April 2004")]
    [InlineData(2011, 50_000, 1_600_000, "29 April 2004")]
    public void SourceOf_StandardAllocation_NamesTheDocumentOfTheValueInForce(int startYear, int perUnit, int fund, string document)
    {
        var source = Sample.SourceOf(SchemeParameters.StandardAllocation, Year(startYear));

        Assert.NotNull(source);
        Assert.Contains(document, source.Document, StringComparison.Ordinal);
        Assert.Equal(SchemeParameters.StandardAllocation, source.Parameter);
        var (terms, _) = Assemble(Sample, Year(startYear));
        Assert.Equal(Money.Pounds(perUnit), terms.StandardAllocation);
        Assert.Equal(Money.Pounds(fund), terms.Fund);
    }

    [Fact]
    public void TermsFor_2011_KeepsTheSourceOfEveryParameterApplied()
    {
        var terms = Sample.TermsFor(Round2011.Year);

        Assert.Equal("¶1", terms.SourceOf(SchemeParameters.Fund)?.Paragraph);
        Assert.Contains("13 June 2011", terms.SourceOf(SchemeParameters.Priorities)!.Document, StringComparison.Ordinal);
        Assert.Null(terms.SourceOf(SchemeParameters.ValueForMoney)); // not in the file: the default applies, with no source
        Assert.Equal(10, Sample.QueryDueWorkingDays(Round2011.Year));
        Assert.Null(Sample.QueryDueWorkingDays(Year(2010)));
    }

    [Fact]
    public void TermsFor_YearWithNoPriorities_ThrowsNamingTheParameterAndTheYear()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Sample.TermsFor(Year(2005)));

        Assert.Contains("'priorities'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2005/06", error.Message, StringComparison.Ordinal);
        Assert.False(Sample.TryGetTerms(Year(2005), out _));
    }

    [Fact]
    public void TermsFor_AfterTheLastYear_ThrowsNamingTheEnd()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Sample.TermsFor(Year(2012)));

        Assert.Contains("ended after 2011/12", error.Message, StringComparison.Ordinal);
        Assert.Equal(Year(2011), Sample.LastYear);
    }

    [Fact]
    public void ToFundScheme_EndsAfterItsLastYear()
    {
        var scheme = Sample.ToFundScheme(Year(2011), Year(2011));

        Assert.Equal(Year(2011), scheme.LastYear);
        Assert.False(scheme.TryGetTerms(Year(2012), out _));
        var error = Assert.Throws<KeyNotFoundException>(() => scheme.TermsFor(Year(2013)));
        Assert.Contains("ended after 2011/12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermsFor_OtherCalendar_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample.TermsFor(FinancialYearCalendar.UsFederal.Year(2011)));

        Assert.Equal("year", error.ParamName);
    }

    [Fact]
    public void Load_MissingParameter_IsScheme008AtItsPathAndLoadsNothing()
    {
        var result = Load(json => json["parameters"]!.AsObject().Remove("fund"));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Scheme);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SchemeFileFindings.MissingParameter, "$.parameters.fund"), (problem.Code, problem.Path));
        Assert.Contains("'fund'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingRanges_IsScheme009NamingBothRanges()
    {
        var result = Load(json => json["parameters"]!["standardAllocation"]![1]!["from"] = "2002/03");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((SchemeFileFindings.OverlappingRanges, "$.parameters.standardAllocation[1]"), (problem.Code, problem.Path));
        Assert.Contains("1999/00–2002/03", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2002/03–2011/12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoOpenRanges_Overlap()
    {
        var result = Load(json =>
        {
            json["parameters"]!["onCosts"]!.AsArray().Add(JsonNode.Parse("""{ "from": "2005/06", "value": { "employerNationalInsurance": 0.1, "pension": 0.1 }, "source": { "document": "x" } }"""));
        });

        Assert.Equal(SchemeFileFindings.OverlappingRanges, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Load_ValueOfTheWrongType_IsScheme006AtTheValue()
    {
        var result = Load(json => json["parameters"]!["fund"]![0]!["value"] = "nine hundred and sixty thousand");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((SchemeFileFindings.WrongType, "$.parameters.fund[0].value"), (problem.Code, problem.Path));
        Assert.Equal("expected a number; found a string.", problem.Message);
    }

    [Fact]
    public void Load_UnknownField_IsScheme004AndTheMissingOneScheme005()
    {
        var result = Load(json =>
        {
            var value = json["parameters"]!["fund"]![0]!.AsObject();
            var amount = value["value"]!.DeepClone();
            value.Remove("value");
            value["vlaue"] = amount;
        });

        Assert.Equal(
            [(SchemeFileFindings.UnknownField, "$.parameters.fund[0].vlaue"), (SchemeFileFindings.MissingField, "$.parameters.fund[0].value")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryOneAtOnce()
    {
        var result = Load(json =>
        {
            json["parameters"]!["standardAllocation"]![0]!["value"] = 30_000.005;
            json["parameters"]!["reviewPoints"]![0]!["value"]![0]!["afterQuarter"] = 5;
            json["parameters"]!["onCosts"]![0]!["to"] = "1998/99";
            json["recipients"]!.AsArray().Add(JsonNode.Parse("""{ "id": "BCU-CAMDEN", "name": "Camden again" }"""));
            json["lastYear"] = "2011/13";
            json["unexpected"] = true;
        });

        Assert.Equal(
            new[] { SchemeFileFindings.InvalidValue, SchemeFileFindings.DuplicateRecipient, SchemeFileFindings.NotWholeMinorUnits, SchemeFileFindings.InvalidValue, SchemeFileFindings.ReversedRange, SchemeFileFindings.UnknownField }.Order(StringComparer.Ordinal),
            result.Problems.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Null(result.Scheme);
    }

    [Fact]
    public void Parse_Problems_ThrowsCarryingEveryProblem()
    {
        var text = Mutate(json =>
        {
            json["parameters"]!.AsObject().Remove("priorities");
            json["name"] = 12;
        });

        var error = Assert.Throws<SchemeFileException>(() => SchemeFile.Parse(text));

        Assert.Equal([SchemeFileFindings.WrongType, SchemeFileFindings.MissingParameter], error.Problems.Select(p => p.Code));
        Assert.Contains("$.parameters.priorities", error.Message, StringComparison.Ordinal);
        Assert.Equal("json", error.ParamName);
    }

    [Fact]
    public void Load_RangePastTheLastYear_IsScheme011()
    {
        var result = Load(json => json["parameters"]!["fund"]![1]!["to"] = "2012/13");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((SchemeFileFindings.BeyondLastYear, "$.parameters.fund[1].to"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Load_DuplicateField_IsScheme014()
    {
        var text = SampleText.Replace("\"name\": \"MPA Partnership Fund\",", "\"name\": \"MPA Partnership Fund\", \"name\": \"Other\",", StringComparison.Ordinal);

        var problem = Assert.Single(SchemeFile.Load(text).Problems);

        Assert.Equal((SchemeFileFindings.DuplicateField, "$.name"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("", SchemeFileFindings.NotJson)]
    [InlineData("{ \"name\": ", SchemeFileFindings.NotJson)]
    [InlineData("{ /* comment */ }", SchemeFileFindings.NotJson)]
    [InlineData("[]", SchemeFileFindings.WrongType)]
    [InlineData("{ \"formatVersion\": 2, \"name\": \"x\", \"parameters\": {} }", SchemeFileFindings.UnsupportedVersion)]
    public void Load_NotASchemeFile_IsCoded(string text, string code)
    {
        var result = SchemeFile.Load(text);

        Assert.Contains(code, result.Problems.Select(p => p.Code));
        Assert.Null(result.Scheme);
    }

    [Fact]
    public void Load_FiftyMegabytes_IsScheme002AtOnce()
    {
        var huge = "{ \"name\": \"" + new string('x', 50 * 1024 * 1024) + "\" }";
        var tooLong = new byte[50 * 1024 * 1024];
        SchemeFile.Load("{}"); // the reader's first use, outside the measure

        // Refused before any of it is read: the text is never turned into its 50 MB of UTF-8 (allocation, unlike
        // time, does not depend on what else the machine runs).
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = SchemeFile.Load(huge);
        var bytes = SchemeFile.Load(tooLong);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} B");
        Assert.Equal(SchemeFileFindings.TooLarge, Assert.Single(result.Problems).Code);
        Assert.Equal(SchemeFileFindings.TooLarge, Assert.Single(bytes.Problems).Code);
        Assert.Contains("4,000,000", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeepNesting_IsScheme003WithoutRecursion()
    {
        var deep = "{ \"name\": " + new string('[', 1_000_000) + new string(']', 1_000_000) + " }";

        var problem = Assert.Single(SchemeFile.Load(deep).Problems);

        Assert.Equal(SchemeFileFindings.TooDeep, problem.Code);
    }

    [Fact]
    public void Load_ExactlyTheMaximumLength_IsReadAndOneMoreIsScheme002()
    {
        // Padded with white space after the object. Text is measured in characters (the sample's "£" and "–" take more
        // than a byte of UTF-8), bytes in bytes.
        var text = SampleText + new string(' ', SchemeFile.MaximumLength - SampleText.Length);
        var bytes = Encoding.UTF8.GetBytes(SampleText + new string(' ', SchemeFile.MaximumLength - Encoding.UTF8.GetByteCount(SampleText)));
        Assert.True(Encoding.UTF8.GetByteCount(text) > SchemeFile.MaximumLength);

        Assert.True(SchemeFile.Load(text).IsSuccess, string.Join("; ", SchemeFile.Load(text).Problems));
        Assert.True(SchemeFile.Load(bytes).IsSuccess, string.Join("; ", SchemeFile.Load(bytes).Problems));
        var longText = Assert.Single(SchemeFile.Load(text + " ").Problems);
        var longBytes = Assert.Single(SchemeFile.Load(bytes.Append((byte)' ').ToArray()).Problems);
        Assert.Equal((SchemeFileFindings.TooLarge, SchemeFileFindings.TooLarge), (longText.Code, longBytes.Code));
        Assert.Equal("the file is 4,000,001 characters long; a scheme file may be at most 4,000,000 characters.", longText.Message);
        Assert.Equal("the file is 4,000,001 bytes long; a scheme file may be at most 4,000,000 bytes.", longBytes.Message);
    }

    [Theory]
    [InlineData(SchemeFile.MaximumDepth - 1, SchemeFileFindings.MissingField)]
    [InlineData(SchemeFile.MaximumDepth, SchemeFileFindings.TooDeep)]
    public void Load_NestedToTheLimit_IsReadAndOneLevelDeeperIsScheme003(int arrays, string code)
    {
        // The root object is the first level; the innermost array is at depth `arrays`. Within the limit the file is
        // read, and found to lack its other fields.
        var nested = "{ \"name\": " + new string('[', arrays) + new string(']', arrays) + " }";

        var problems = SchemeFile.Load(nested).Problems;

        Assert.Equal(code, problems[0].Code);
        Assert.Equal(code == SchemeFileFindings.TooDeep, problems.Any(p => p.Code == SchemeFileFindings.TooDeep));
    }

    [Fact]
    public void Load_ManyRecipientsJustUnderTheLimit_AllocatesInProportion()
    {
        static string With(int count)
        {
            // Written as text: 80,000 JSON nodes would cost the test more than the load it measures.
            var recipients = string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"id":"R{{i}}","name":"Recipient {{i}}"}"""));
            return Mutate(json => json["recipients"] = new JsonArray()).Replace("\"recipients\":[]", "\"recipients\":[" + recipients + "]", StringComparison.Ordinal);
        }

        var small = With(5_000);
        var large = With(80_000); // ~3.3 MB
        Assert.True(large.Length < SchemeFile.MaximumLength);
        SchemeFile.Load(small); // warm up

        // Bytes allocated grow with the work done and, unlike time, do not depend on what else the machine runs. Time,
        // where a quadratic loop that allocates nothing would show, is measured by SchemeFileBenchmarks.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var smallResult = SchemeFile.Load(small);
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var largeResult = SchemeFile.Load(large);
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(80_000, largeResult.Scheme!.Recipients.Length);
        Assert.Equal(5_000, smallResult.Scheme!.Recipients.Length);
        Assert.True(largeBytes < smallBytes * 16 * 2, $"5,000 recipients allocated {smallBytes:N0} B, 80,000 allocated {largeBytes:N0} B");
    }

    [Fact]
    public void JsonSchema_IsTheShippedSchemaAndCoversTheSampleFile()
    {
        using var schema = JsonDocument.Parse(SchemeFile.JsonSchema);
        using var sample = JsonDocument.Parse(SampleText);

        var rootFields = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var parameterFields = schema.RootElement.GetProperty("properties").GetProperty("parameters").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(sample.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(), rootFields);
        var constants = typeof(SchemeParameters).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.Equal(constants, parameterFields);
        Assert.Equal(
            ["fund", "priorities", "standardAllocation"],
            schema.RootElement.GetProperty("properties").GetProperty("parameters").GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_PlanFromARecipientTheSchemeDoesNotKnow_IsPlan021()
    {
        var terms = Sample.TermsFor(Round2011.Year);
        var stranger = Round2011.Plans[0] with { Recipient = new Recipient("BCU-ATLANTIS", "Atlantis BCU") };

        var failures = new SpendPlanValidator(terms).Validate(stranger).Errors;
        var known = new SpendPlanValidator(terms).Validate(Round2011.Plans[0]).Errors;
        var anyone = new SpendPlanValidator(terms with { Recipients = [] }).Validate(stranger).Errors;

        var failure = Assert.Single(failures);
        Assert.Equal(PlanFindings.UnknownRecipient, failure.ErrorCode);
        Assert.Contains("'BCU-ATLANTIS' (Recipient.Id) is not a recipient the scheme knows", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(known);
        Assert.Empty(anyone);
    }

    [Fact]
    public void Assess_PlanFromAnUnknownRecipient_IsIneligibleWithPlan021AndTheOthersStand()
    {
        var terms = Sample.TermsFor(Round2011.Year);
        var plans = Round2011.Plans.Add(Round2011.Plan("Camden") with { Recipient = new Recipient("BCU-ATLANTIS", "Atlantis BCU") });

        var report = RoundAssessor.Assess(terms, plans);

        var stranger = report.GetPlan("BCU-ATLANTIS");
        Assert.Equal(PlanDecision.Ineligible, stranger.Decision);
        Assert.Contains(PlanFindings.UnknownRecipient, stranger.Findings.Select(f => f.Code));
        Assert.Equal(Round2011.Report.EligibleCount, report.EligibleCount);
    }

    [Fact]
    public void Allocate_CoreCappedUnderTermsFromTheFile_FindingNamesTheSourceOfTheStandardAllocation()
    {
        var terms = Sample.TermsFor(Round2011.Year);
        var camden = Round2011.Plan("Camden");
        var plans = Round2011.Plans.Replace(
            Round2011.Plans.Single(p => p.Recipient.Id == camden.Recipient.Id),
            camden with { Activities = camden.Activities.Add(camden.Activities[0] with { Id = "more", Cost = Money.Pounds(10_000m) }) });

        // Allocated from the plans directly: assessment would find the £60,000 core ineligible (ELIG005) first.
        var fromFile = Allocator.Allocate(terms, plans, AllocationPolicy.Default);
        var fromCode = Allocator.Allocate(Round2011.Terms, plans, AllocationPolicy.Default);

        var capped = fromFile.Findings.Concat(fromFile.Recipients.SelectMany(r => r.Findings)).First(f => f.Code == AllocationFindings.CoreCapped);
        Assert.Equal("standardAllocation: MPA Partnership Visits 2003/04, 29 April 2004, Partnership funding", capped.Values["standardAllocationSource"]);
        Assert.Equal(Money.Pounds(10_000m), capped.Amount); // £60,000 asked, capped at £50,000
        var plain = fromCode.Findings.Concat(fromCode.Recipients.SelectMany(r => r.Findings)).First(f => f.Code == AllocationFindings.CoreCapped);
        Assert.False(plain.Values.ContainsKey("standardAllocationSource"));
        Assert.Equal(plain.Message, capped.Message);
    }

    private static (FundTerms Terms, bool Complete) Assemble(SchemeFile scheme, FinancialYear year)
    {
        // Years before 2011/12 have no priorities in the file: assemble the rest by adding them.
        if (scheme.TryGetTerms(year, out var terms))
        {
            return (terms, true);
        }

        var text = Mutate(json => json["parameters"]!["priorities"]![0]!["from"] = "1999/00");
        return (SchemeFile.Parse(text).TermsFor(year), false);
    }

    private static SchemeFileResult Load(Action<JsonNode> change) => SchemeFile.Load(Mutate(change));

    private static string Mutate(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(SampleText)!;
        change(json);
        return json.ToJsonString();
    }
}
