using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

/// <summary>The public promises of <see cref="SchemeFile"/>, <see cref="FundScheme"/> and <see cref="SchemeFileException"/> around the reading itself.</summary>
public sealed class SchemeFileContractTests
{
    private static FinancialYear Year(int start) => FinancialYearCalendar.UkGovernment.Year(start);

    [Fact]
    public void Load_Null_ThrowsArgumentNullException()
    {
        var error = Assert.Throws<ArgumentNullException>(() => SchemeFile.Load((string)null!));

        Assert.Equal("json", error.ParamName);
    }

    [Fact]
    public void SourceOf_NullParameter_ThrowsArgumentNullException()
    {
        var scheme = SchemeFile.Parse(SchemeFileReaderTests.Tiny);

        var error = Assert.Throws<ArgumentNullException>(() => scheme.SourceOf(null!, Year(2011)));

        Assert.Equal("parameter", error.ParamName);
    }

    [Fact]
    public void Parameters_AreTheFilesParametersInOrdinalOrder()
    {
        var scheme = SchemeFile.Parse(SchemeFileReaderTests.Tiny);

        Assert.Equal(
            ["fund", "onCosts", "priorities", "queryDueDays", "reviewPoints", "standardAllocation", "submissionDeadline", "underspendTolerance", "valueForMoney"],
            scheme.Parameters.AsEnumerable());
    }

    [Fact]
    public void TermsFor_ParametersNotInTheFile_KeepTheTermsDefaults()
    {
        // Tiny sets no over-programming flag, so the terms' default (invited) stands; its query days (10) do apply.
        var json = JsonNode.Parse(SchemeFileReaderTests.Tiny)!;
        json["parameters"]!["queryDueDays"]![0]!["value"] = 7;
        var terms = SchemeFile.Parse(json.ToJsonString()).TermsFor(Year(2011));

        Assert.True(terms.OverProgrammingInvited);
        Assert.Equal(7, terms.QueryResponseWorkingDays);
    }

    [Fact]
    public void ToFundScheme_TwoYears_HasTermsForBoth()
    {
        var scheme = SchemeFile.Parse(SchemeFileReaderTests.Tiny).ToFundScheme(Year(2011), Year(2012));

        Assert.Equal(Year(2012), scheme.LastYear);
        Assert.Equal(Money.Pounds(1000), scheme.TermsFor(Year(2012)).Fund);
    }

    [Fact]
    public void ToFundScheme_ReversedOrOtherCalendar_ThrowsArgumentExceptionNamingTheYear()
    {
        var scheme = SchemeFile.Parse(SchemeFileReaderTests.Tiny);
        var federal = FinancialYearCalendar.UsFederal.Year(2011);

        var reversed = Assert.Throws<ArgumentException>(() => scheme.ToFundScheme(Year(2012), Year(2011)));
        var from = Assert.Throws<ArgumentException>(() => scheme.ToFundScheme(federal, Year(2011)));
        var to = Assert.Throws<ArgumentException>(() => scheme.ToFundScheme(Year(2011), federal));

        Assert.Equal(("to", "from", "to"), (reversed.ParamName, from.ParamName, to.ParamName));
        Assert.StartsWith("The last year " + Year(2011) + " is before the first " + Year(2012) + ".", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Syntax_PathCountsLinesAndBytesFromOne()
    {
        // The stray "x" is the first byte of the third line.
        var problem = Assert.Single(SchemeFile.Load("{\n\"name\": \"a\",\nx }").Problems);

        Assert.Equal((SchemeFileFindings.NotJson, "$ (line 3, byte 1)"), (problem.Code, problem.Path));
        Assert.StartsWith("the text is not well-formed JSON: ", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length > "the text is not well-formed JSON: ".Length + 10, problem.Message);
    }

    [Fact]
    public void Load_TooDeep_NamesTheLimitAndTheByteOfTheArray()
    {
        // "{ \"name\": " is 10 bytes; the arrays open at bytes 10, 11, …: the 16th, at byte 25, is one level too deep.
        var nested = "{ \"name\": " + new string('[', SchemeFile.MaximumDepth) + new string(']', SchemeFile.MaximumDepth) + " }";

        var problem = Assert.Single(SchemeFile.Load(nested).Problems);

        Assert.Equal((SchemeFileFindings.TooDeep, "$ (byte 25)", "values are nested more than 16 deep."), (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public void FundSchemeCreate_Calendar_IsKept()
    {
        Assert.Equal(FinancialYearCalendar.UsFederal, FundScheme.Create("Federal", FinancialYearCalendar.UsFederal).Calendar);
        Assert.Equal(FinancialYearCalendar.UkGovernment, FundScheme.Create("Default").Calendar);
    }

    [Fact]
    public void FundSchemeTermsFor_EndedBeforeItsFirstTerms_SaysWhenTheTermsStart()
    {
        // The last year has no terms in force: the error is about the start, not the end.
        var scheme = FundScheme.Create("Late").WithTerms(Round2011.Terms).EndingAfter(Year(2010));

        var error = Assert.Throws<KeyNotFoundException>(() => scheme.TermsFor(Year(2010)));

        Assert.Contains("its terms start in 2011/12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSchemeTermsFor_NoTerms_SaysNoYear()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => FundScheme.Create("Empty").TermsFor(Year(2011)));

        Assert.EndsWith("its terms start in no year.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSchemeEquality_Null_IsEqualOnlyToNull()
    {
        var scheme = FundScheme.Create("One");
        FundScheme? none = null;

        Assert.True(none == null);
        Assert.False(none == scheme);
        Assert.False(scheme == none);
        Assert.True(none != scheme);
    }

    [Fact]
    public void SchemeFileException_Problems_AreKeptAndListedInTheMessage()
    {
        var problem = new SchemeProblem(SchemeFileFindings.MissingField, "$.name", "the field 'name' is required.");

        var one = new SchemeFileException([problem]);
        var none = new SchemeFileException(default(ImmutableArray<SchemeProblem>));

        Assert.Same(problem, Assert.Single(one.Problems));
        Assert.StartsWith("The scheme file has 1 problem(s):" + Environment.NewLine + "SCHEME005 at $.name: the field 'name' is required.", one.Message, StringComparison.Ordinal);
        Assert.Empty(none.Problems);
        Assert.False(none.Problems.IsDefault);
        Assert.StartsWith("The scheme file has problems.", none.Message, StringComparison.Ordinal);
        Assert.Equal("json", none.ParamName);
    }

    [Fact]
    public void SchemeFileException_MessageConstructors_HaveNoProblems()
    {
        var inner = new InvalidOperationException("inner");

        var plain = new SchemeFileException("plain");
        var wrapped = new SchemeFileException("wrapped", inner);

        Assert.Equal(("plain", "wrapped"), (plain.Message, wrapped.Message));
        Assert.Same(inner, wrapped.InnerException);
        Assert.False(plain.Problems.IsDefault);
        Assert.False(wrapped.Problems.IsDefault);
        Assert.Empty(plain.Problems);
        Assert.Empty(wrapped.Problems);
    }
}
