using System.Globalization;
using System.Text.Json.Nodes;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests.Schemes;

/// <summary>
/// One small scheme file with every parameter, and one change at a time: each problem comes with its exact code, path
/// and message (the templates of <see cref="SchemeFileFindings"/> filled in).
/// </summary>
public sealed class SchemeFileReaderTests
{
    internal const string Tiny = """
        {
          "formatVersion": 1,
          "name": "Tiny fund",
          "calendar": "UK government",
          "currency": "GBP",
          "lastYear": "2012/13",
          "recipients": [ { "id": "R1", "name": "One" }, { "id": "R2", "name": "Two" } ],
          "parameters": {
            "fund": [ { "from": "2011/12", "value": 1000, "source": { "document": "Report", "paragraph": "¶1" } } ],
            "standardAllocation": [ { "from": "2011/12", "value": 500, "source": { "document": "Report" } } ],
            "priorities": [ { "from": "2011/12", "source": { "document": "Report" }, "value": [
              { "code": "P1", "name": "Burglary", "directThemes": ["locks", "alarms"], "arguableThemes": ["lighting"] },
              { "code": "P2", "name": "Robbery" } ] } ],
            "reviewPoints": [ { "from": "2011/12", "source": { "document": "Report" }, "value": [
              { "afterQuarter": 1, "name": "Early" },
              { "afterQuarter": 2, "name": "Mid-year", "reallocatesUnderspend": false } ] } ],
            "onCosts": [ { "from": "2011/12", "value": { "employerNationalInsurance": 0.1, "pension": 0.2 }, "source": { "document": "Report" } } ],
            "valueForMoney": [ { "from": "2011/12", "value": { "minimumPeers": 4, "highRatioToMedian": 2.5, "interquartileFence": 1.25, "maximumOutlierShare": 0.3 }, "source": { "document": "Report" } } ],
            "underspendTolerance": [ { "from": "2011/12", "value": { "floor": 100, "percentage": 0.05 }, "source": { "document": "Report" } } ],
            "submissionDeadline": [ { "from": "2011/12", "value": "2011-03-31T17:00:00", "source": { "document": "Report" } } ],
            "queryDueDays": [ { "from": "2011/12", "value": 10, "source": { "document": "Report" } } ]
          }
        }
        """;

    [Fact]
    public void Load_TinyFile_ReadsEveryValueAsWritten()
    {
        var result = SchemeFile.Load(Tiny);

        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        var terms = result.Scheme.TermsFor(FinancialYearCalendar.UkGovernment.Year(2011));
        Assert.Equal(Currency.Gbp, result.Scheme.Currency);
        Assert.Equal(Money.Pounds(1000), terms.Fund);
        Assert.Equal(Money.Pounds(500), terms.StandardAllocation);
        Assert.Equal(["P1|Burglary|locks,alarms|lighting", "P2|Robbery||"], terms.Priorities.Select(p => p.Code + "|" + p.Name + "|" + string.Join(",", p.DirectThemes) + "|" + string.Join(",", p.ArguableThemes)));
        Assert.Equal([(1, "Early", true), (2, "Mid-year", false)], terms.ReviewPoints.Select(r => (r.AfterQuarter, r.Name, r.ReallocatesUnderspend)));
        Assert.Equal((0.1m, 0.2m), (terms.OnCosts.EmployerNationalInsurance, terms.OnCosts.Pension));
        Assert.Equal((4, 2.5m, 1.25m, 0.3m), (terms.ValueForMoney.MinimumPeers, terms.ValueForMoney.HighRatioToMedian, terms.ValueForMoney.InterquartileFence, terms.ValueForMoney.MaximumOutlierShare));
        Assert.Equal((Money.Pounds(100), 0.05m), (terms.UnderspendTolerance!.Floor, terms.UnderspendTolerance.Percentage));
        Assert.Equal(new NodaTime.LocalDateTime(2011, 3, 31, 17, 0), terms.SubmissionDeadline);
        Assert.Equal(10, result.Scheme.QueryDueWorkingDays(terms.Year));
        Assert.Equal("fund: Report, ¶1", terms.SourceOf(SchemeParameters.Fund)!.ToString());
        Assert.Equal("standardAllocation: Report", terms.SourceOf(SchemeParameters.StandardAllocation)!.ToString());
    }

    [Theory]
    [InlineData("name", "12", SchemeFileFindings.WrongType, "$.name", "expected a string; found a number.")]
    [InlineData("name", "\"  \"", SchemeFileFindings.InvalidValue, "$.name", "'' is not allowed: it must not be blank.")]
    [InlineData("name", null, SchemeFileFindings.MissingField, "$.name", "the field 'name' is required.")]
    [InlineData("formatVersion", "2", SchemeFileFindings.UnsupportedVersion, "$.formatVersion", "format version 2 is not read by this library; it reads version 1.")]
    [InlineData("formatVersion", "0", SchemeFileFindings.InvalidValue, "$.formatVersion", "0 is not allowed: it must be a whole number from 1 to 2147483647.")]
    [InlineData("calendar", "\"Lunar\"", SchemeFileFindings.InvalidValue, "$.calendar", "'Lunar' is not allowed: the calendar must be one of 'UK government', 'UK tax', 'US federal', 'Australia', 'Calendar year'.")]
    [InlineData("calendar", "7", SchemeFileFindings.WrongType, "$.calendar", "expected a string; found a number.")]
    [InlineData("currency", "\"GBp\"", SchemeFileFindings.InvalidValue, "$.currency", "'GBp' is not allowed: a currency is three capital letters, such as 'GBP'.")]
    [InlineData("currency", "\"GBPX\"", SchemeFileFindings.InvalidValue, "$.currency", "'GBPX' is not allowed: a currency is three capital letters, such as 'GBP'.")]
    [InlineData("currency", "1", SchemeFileFindings.WrongType, "$.currency", "expected a string; found a number.")]
    [InlineData("minorUnitDigits", "5", SchemeFileFindings.InvalidValue, "$.minorUnitDigits", "5 is not allowed: it must be a whole number from 0 to 4.")]
    [InlineData("lastYear", "\"next year\"", SchemeFileFindings.InvalidValue, "$.lastYear", "'next year' is not allowed: a year is written as '2011/12' (or '2011' for calendar years).")]
    [InlineData("recipients", "{}", SchemeFileFindings.WrongType, "$.recipients", "expected an array; found an object.")]
    [InlineData("recipients[1].id", "\"R1\"", SchemeFileFindings.DuplicateRecipient, "$.recipients[1].id", "the recipient id 'R1' is listed more than once.")]
    [InlineData("recipients[1].name", "true", SchemeFileFindings.WrongType, "$.recipients[1].name", "expected a string; found true or false.")]
    [InlineData("recipients[1].id", "null", SchemeFileFindings.WrongType, "$.recipients[1].id", "expected a string; found null.")]
    [InlineData("recipients[1]", "[]", SchemeFileFindings.WrongType, "$.recipients[1]", "expected an object; found an array.")]
    [InlineData("parameters", "[]", SchemeFileFindings.WrongType, "$.parameters", "expected an object; found an array.")]
    [InlineData("parameters.fund", "{}", SchemeFileFindings.WrongType, "$.parameters.fund", "expected an array; found an object.")]
    [InlineData("parameters.fund[0].value", "-1", SchemeFileFindings.InvalidValue, "$.parameters.fund[0].value", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("parameters.fund[0].value", "{}", SchemeFileFindings.WrongType, "$.parameters.fund[0].value", "expected a number; found an object.")]
    [InlineData("parameters.fund[0].value", "1.005", SchemeFileFindings.NotWholeMinorUnits, "$.parameters.fund[0].value", "1.005 is finer than one minor unit of GBP.")]
    // long.MaxValue pence is 92233720368547758.07 pounds: a penny more is refused.
    [InlineData("parameters.fund[0].value", "92233720368547758.08", SchemeFileFindings.InvalidValue, "$.parameters.fund[0].value", "92233720368547758.08 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("parameters.fund[0].extra", "1", SchemeFileFindings.UnknownField, "$.parameters.fund[0].extra", "'extra' is not a field here; the fields are from, to, value, source.")]
    [InlineData("parameters.fund[0].source.document", "3", SchemeFileFindings.WrongType, "$.parameters.fund[0].source.document", "expected a string; found a number.")]
    [InlineData("parameters.fund[0].source.paragraph", "3", SchemeFileFindings.WrongType, "$.parameters.fund[0].source.paragraph", "expected a string; found a number.")]
    [InlineData("parameters.onCosts[0].value.pension", "1.5", SchemeFileFindings.InvalidValue, "$.parameters.onCosts[0].value.pension", "1.5 is not allowed: it must be a fraction from 0 to 1, such as 0.05 for 5%.")]
    [InlineData("parameters.onCosts[0].value.employerNationalInsurance", "\"x\"", SchemeFileFindings.WrongType, "$.parameters.onCosts[0].value.employerNationalInsurance", "expected a number; found a string.")]
    [InlineData("parameters.onCosts[0].value.pension", null, SchemeFileFindings.MissingField, "$.parameters.onCosts[0].value.pension", "the field 'pension' is required.")]
    [InlineData("parameters.priorities[0].value[1].code", "\"p1\"", SchemeFileFindings.DuplicatePriority, "$.parameters.priorities[0].value[1].code", "the priority code 'p1' appears more than once.")]
    [InlineData("parameters.priorities[0].value[1].name", "1", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value[1].name", "expected a string; found a number.")]
    [InlineData("parameters.priorities[0].value[1].code", "1", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value[1].code", "expected a string; found a number.")]
    [InlineData("parameters.priorities[0].value[0].directThemes[1]", "\"\"", SchemeFileFindings.InvalidValue, "$.parameters.priorities[0].value[0].directThemes[1]", "'' is not allowed: it must not be blank.")]
    [InlineData("parameters.priorities[0].value[0].directThemes", "1", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value[0].directThemes", "expected an array; found a number.")]
    [InlineData("parameters.priorities[0].value[0].arguableThemes", "\"x\"", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value[0].arguableThemes", "expected an array; found a string.")]
    [InlineData("parameters.priorities[0].value[1]", "1", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value[1]", "expected an object; found a number.")]
    [InlineData("parameters.reviewPoints[0].value[1].afterQuarter", "5", SchemeFileFindings.InvalidValue, "$.parameters.reviewPoints[0].value[1].afterQuarter", "5 is not allowed: it must be a whole number from 1 to 4.")]
    [InlineData("parameters.reviewPoints[0].value[1].name", "1", SchemeFileFindings.WrongType, "$.parameters.reviewPoints[0].value[1].name", "expected a string; found a number.")]
    [InlineData("parameters.reviewPoints[0].value[1].reallocatesUnderspend", "\"no\"", SchemeFileFindings.WrongType, "$.parameters.reviewPoints[0].value[1].reallocatesUnderspend", "expected true or false; found a string.")]
    [InlineData("parameters.reviewPoints[0].value[1]", "1", SchemeFileFindings.WrongType, "$.parameters.reviewPoints[0].value[1]", "expected an object; found a number.")]
    [InlineData("parameters.underspendTolerance[0].value.floor", "\"x\"", SchemeFileFindings.WrongType, "$.parameters.underspendTolerance[0].value.floor", "expected a number; found a string.")]
    [InlineData("parameters.underspendTolerance[0].value.percentage", "2", SchemeFileFindings.InvalidValue, "$.parameters.underspendTolerance[0].value.percentage", "2 is not allowed: it must be a fraction from 0 to 1, such as 0.05 for 5%.")]
    [InlineData("parameters.submissionDeadline[0].value", "\"31 March\"", SchemeFileFindings.InvalidValue, "$.parameters.submissionDeadline[0].value", "'31 March' is not allowed: a deadline is a local date and time such as '2011-03-31T17:00:00'.")]
    [InlineData("parameters.valueForMoney[0].value", "[]", SchemeFileFindings.WrongType, "$.parameters.valueForMoney[0].value", "expected an object; found an array.")]
    [InlineData("parameters.valueForMoney[0].value.minimumPeers", "0", SchemeFileFindings.InvalidValue, "$.parameters.valueForMoney[0].value.minimumPeers", "0 is not allowed: it must be a whole number from 1 to 1000000.")]
    [InlineData("parameters.valueForMoney[0].value.highRatioToMedian", "0.5", SchemeFileFindings.InvalidValue, "$.parameters.valueForMoney[0].value.highRatioToMedian", "0.5 is not allowed: it must be at least 1.")]
    [InlineData("parameters.valueForMoney[0].value.interquartileFence", "-1", SchemeFileFindings.InvalidValue, "$.parameters.valueForMoney[0].value.interquartileFence", "-1 is not allowed: it must be not negative.")]
    [InlineData("parameters.valueForMoney[0].value.maximumOutlierShare", "2", SchemeFileFindings.InvalidValue, "$.parameters.valueForMoney[0].value.maximumOutlierShare", "2 is not allowed: it must be a fraction from 0 to 1, such as 0.05 for 5%.")]
    [InlineData("parameters.fnd", "[]", SchemeFileFindings.UnknownField, "$.parameters.fnd", "'fnd' is not a field here; the fields are capCoreAtStandardAllocation, fund, holdBackQueriedAmounts, onCosts, overProgrammingInvited, priorities, queryDueDays, reviewPoints, standardAllocation, submissionDeadline, underspendTolerance, underspendingRecipientsMayReceive, valueForMoney.")]
    [InlineData("parameters.fund[0].source", "1", SchemeFileFindings.WrongType, "$.parameters.fund[0].source", "expected an object; found a number.")]
    [InlineData("parameters.priorities[0].value", "{}", SchemeFileFindings.WrongType, "$.parameters.priorities[0].value", "expected an array; found an object.")]
    [InlineData("parameters.reviewPoints[0].value", "{}", SchemeFileFindings.WrongType, "$.parameters.reviewPoints[0].value", "expected an array; found an object.")]
    [InlineData("parameters.onCosts[0].value", "1", SchemeFileFindings.WrongType, "$.parameters.onCosts[0].value", "expected an object; found a number.")]
    [InlineData("parameters.underspendTolerance[0].value", "1", SchemeFileFindings.WrongType, "$.parameters.underspendTolerance[0].value", "expected an object; found a number.")]
    [InlineData("parameters.queryDueDays[0].value", "true", SchemeFileFindings.WrongType, "$.parameters.queryDueDays[0].value", "expected a whole number; found true or false.")]
    public void Load_OneThingWrong_IsThatOneProblemAtItsPath(string at, string? value, string code, string path, string message)
    {
        var result = SchemeFile.Load(Edit(Tiny, at, value));

        // A required parameter whose only value is wrong is also reported as having no values (SCHEME008).
        Assert.Null(result.Scheme);
        Assert.Equal([(code, path, message)], result.Problems.Where(p => p.Code != SchemeFileFindings.MissingParameter).Select(p => (p.Code, p.Path, p.Message)));
    }

    [Fact]
    public void Load_WrongValueOfEachKind_CountsAsNoValueSoTwoRangesDoNotOverlap()
    {
        // Each parameter gets a second, overlapping range whose value is wrong: the range is dropped, so the only
        // problem is the value's (an amount, a list of priorities, a list of review points, on-costs).
        foreach (var (parameter, bad, path) in new[]
        {
            ("fund", "-1", "$.parameters.fund[1].value"),
            ("priorities", """[ { "code": "P1", "name": 7 } ]""", "$.parameters.priorities[1].value[0].name"),
            ("priorities", """[ { "code": "P1", "name": "One" }, { "code": "p1", "name": "Two" } ]""", "$.parameters.priorities[1].value[1].code"),
            ("priorities", """[ 7 ]""", "$.parameters.priorities[1].value[0]"),
            ("reviewPoints", """[ { "afterQuarter": 1, "name": "Early", "reallocatesUnderspend": 1 } ]""", "$.parameters.reviewPoints[1].value[0].reallocatesUnderspend"),
            ("reviewPoints", """[ 7 ]""", "$.parameters.reviewPoints[1].value[0]"),
            ("onCosts", """{ "employerNationalInsurance": 2, "pension": 0 }""", "$.parameters.onCosts[1].value.employerNationalInsurance"),
            ("underspendTolerance", """{ "floor": -1, "percentage": 0 }""", "$.parameters.underspendTolerance[1].value.floor"),
        })
        {
            var json = JsonNode.Parse(Tiny)!;
            var values = json["parameters"]![parameter]!.AsArray();
            var second = values[0]!.DeepClone();
            second["value"] = JsonNode.Parse(bad);
            values.Add(second);

            var problems = SchemeFile.Load(json.ToJsonString()).Problems;

            Assert.Equal([path], problems.Select(p => p.Path));
        }
    }

    [Fact]
    public void Load_TwoOpenRanges_MessageNamesBothAsOnwards()
    {
        var json = JsonNode.Parse(Tiny)!;
        var values = json["parameters"]!["fund"]!.AsArray();
        var later = values[0]!.DeepClone();
        later["from"] = "2012/13";
        values.Add(later);

        var problem = Assert.Single(SchemeFile.Load(json.ToJsonString()).Problems);

        Assert.Equal(
            (SchemeFileFindings.OverlappingRanges, "$.parameters.fund[1]", "the values of 'fund' for 2012/13 onwards and 2011/12 onwards are both in force in 2012/13."),
            (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public void Load_RequiredRootFieldMissing_StillReadsTheRest()
    {
        var json = JsonNode.Parse(Tiny)!;
        json.AsObject().Remove("name");
        json["calendar"] = 1;

        var problems = SchemeFile.Load(json.ToJsonString()).Problems;

        Assert.Equal([("$.name", SchemeFileFindings.MissingField), ("$.calendar", SchemeFileFindings.WrongType)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Load_CalendarYears_ReadsYearsInThatCalendar()
    {
        var text = Tiny.Replace("UK government", "Calendar year", StringComparison.Ordinal).Replace("2011/12", "2011", StringComparison.Ordinal).Replace("2012/13", "2012", StringComparison.Ordinal);

        var scheme = SchemeFile.Parse(text);

        Assert.Equal(FinancialYearCalendar.CalendarYear, scheme.Calendar);
        Assert.Equal(FinancialYearCalendar.CalendarYear.Year(2012), scheme.LastYear);
        Assert.Equal(Money.Pounds(1000), scheme.TermsFor(FinancialYearCalendar.CalendarYear.Year(2011)).Fund);
    }

    [Theory]
    [InlineData(60, "")]
    [InlineData(61, "…")]
    public void Load_LongWrongValue_IsQuotedToSixtyCharacters(int length, string ellipsis)
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghij", 7))[..length];

        var problem = Assert.Single(SchemeFile.Load(Edit(Tiny, "calendar", "\"" + text + "\"")).Problems);

        Assert.StartsWith("'" + text[..60] + ellipsis + "' is not allowed: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FieldThreeTimes_IsTwoDuplicatesNamingTheField()
    {
        var text = Tiny.Replace("\"name\": \"Tiny fund\",", "\"name\": \"Tiny fund\", \"name\": \"B\", \"name\": \"C\",", StringComparison.Ordinal);

        var problems = SchemeFile.Load(text).Problems;

        Assert.Equal(
            [(SchemeFileFindings.DuplicateField, "$.name", "the field 'name' appears more than once."), (SchemeFileFindings.DuplicateField, "$.name", "the field 'name' appears more than once.")],
            problems.Select(p => (p.Code, p.Path, p.Message)));
    }

    [Fact]
    public void Load_OtherCurrency_ReadsAmountsInItsMinorUnits()
    {
        // Three minor-unit digits: 1.005 is 1,005 minor units, a whole number.
        var json = JsonNode.Parse(Edit(Tiny, "currency", "\"KWD\""))!;
        json["minorUnitDigits"] = 3;
        json["parameters"]!["fund"]![0]!["value"] = 1.005m;

        var scheme = SchemeFile.Parse(json.ToJsonString());
        var fund = scheme.TermsFor(FinancialYearCalendar.UkGovernment.Year(2011)).Fund;

        Assert.Equal(("KWD", 3), (scheme.Currency.Code, scheme.Currency.MinorUnitDigits));
        Assert.Equal(1005, fund.MinorUnits);
        Assert.Equal(("KWD", 3), (fund.Currency.Code, fund.Currency.MinorUnitDigits));
        var euro = SchemeFile.Parse(Edit(Tiny, "currency", "\"EUR\"")).Currency; // two digits unless told
        Assert.Equal(("EUR", 2), (euro.Code, euro.MinorUnitDigits));
    }

    [Fact]
    public void Load_GbpWithThreeDigits_IsNotTheLibrarysGbp()
    {
        var json = JsonNode.Parse(Tiny)!;
        json["minorUnitDigits"] = 3;

        var scheme = SchemeFile.Parse(json.ToJsonString());

        Assert.Equal(("GBP", 3), (scheme.Currency.Code, scheme.Currency.MinorUnitDigits));
        Assert.NotEqual(Currency.Gbp, scheme.Currency);
    }

    // Replaces (or, given null, removes) the value at a path of names and [indexes], such as "parameters.fund[0].value".
    internal static string Edit(string text, string at, string? value)
    {
        var json = JsonNode.Parse(text)!;
        var steps = at.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var parent = json;
        foreach (var step in steps[..^1])
        {
            parent = step.StartsWith('[') ? parent[int.Parse(step[1..^1], CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            parent[int.Parse(last[1..^1], CultureInfo.InvariantCulture)] = JsonNode.Parse(value!);
        }
        else if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return json.ToJsonString();
    }
}
