using System.Text.Json.Nodes;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Schemes;
using Partnerships.Rules.Tests.Schemes;

namespace Partnerships.Rules.Tests.Scenarios;

/// <summary>
/// The readme's scenario (its scheme inline) with one change at a time: each problem comes with its exact code, path
/// and message, and nothing runs.
/// </summary>
public sealed class ScenarioFileReaderTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(ScenarioFiles.Folder, "readme-example.scenario.json"));

    private const string Activity = """{ "id": "a", "title": "A", "cost": 1, "type": "t" }""";

    [Fact]
    public void Run_Example_Passes()
    {
        var result = ScenarioRunner.Run(Example);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal("Two units, one under-spending: passed", result.ToString());
    }

    [Theory]
    [InlineData("name", "1", SchemeFileFindings.WrongType, "$.name", "expected a string; found a number.")]
    [InlineData("formatVersion", "2", SchemeFileFindings.UnsupportedVersion, "$.formatVersion", "format version 2 is not read by this library; it reads version 1.")]
    [InlineData("formatVersion", "0", SchemeFileFindings.InvalidValue, "$.formatVersion", "0 is not allowed: it must be a whole number from 1 to 2147483647.")]
    [InlineData("year", "\"someday\"", SchemeFileFindings.InvalidValue, "$.year", "'someday' is not allowed: a year is written as '2011/12' (or '2011' for calendar years).")]
    [InlineData("paymentWorkingDays", "0", SchemeFileFindings.InvalidValue, "$.paymentWorkingDays", "0 is not allowed: it must be a whole number from 1 to 250.")]
    [InlineData("scheme.name", "1", SchemeFileFindings.WrongType, "$.scheme.name", "expected a string; found a number.")]
    [InlineData("schemePath", "\"fund.scheme.json\"", SchemeFileFindings.InvalidValue, "$.schemePath", "Giving both 'scheme' and 'schemePath' is not allowed: a scenario names its scheme one way.")]
    [InlineData("scheme", null, SchemeFileFindings.MissingField, "$.scheme", "the field 'scheme' or 'schemePath' is required.")]
    [InlineData("plans", null, SchemeFileFindings.MissingField, "$.plans", "the field 'plans' is required.")]
    [InlineData("plans[1]", "1", SchemeFileFindings.WrongType, "$.plans[1]", "expected an object; found a number.")]
    [InlineData("plans[1].recipient", "1", SchemeFileFindings.WrongType, "$.plans[1].recipient", "expected a string; found a number.")]
    [InlineData("plans[1]", "{ \"recipient\": 1, \"recipientName\": \"Sutton\", \"activities\": [] }", SchemeFileFindings.WrongType, "$.plans[1].recipient", "expected a string; found a number.")]
    [InlineData("plans[1].activities", "{}", SchemeFileFindings.WrongType, "$.plans[1].activities", "expected an array; found an object.")]
    [InlineData("plans[1].recipientName", "1", SchemeFileFindings.WrongType, "$.plans[1].recipientName", "expected a string; found a number.")]
    [InlineData("plans[1].equalityStatement", "1", SchemeFileFindings.WrongType, "$.plans[1].equalityStatement", "expected a string; found a number.")]
    [InlineData("plans[1].submittedAt", "\"yesterday\"", SchemeFileFindings.InvalidValue, "$.plans[1].submittedAt", "'yesterday' is not allowed: an instant is written as '2011-03-28T09:00:00Z'.")]
    [InlineData("plans[1].submittedAt", "1", SchemeFileFindings.WrongType, "$.plans[1].submittedAt", "expected a string; found a number.")]
    [InlineData("plans[1].activities", "[" + Activity + ", 1]", SchemeFileFindings.WrongType, "$.plans[1].activities[1]", "expected an object; found a number.")]
    [InlineData("plans[1].activities", "[" + Activity + ", " + Activity + ", { \"id\": 1, \"title\": \"B\", \"cost\": 1, \"type\": \"t\" }]", SchemeFileFindings.WrongType, "$.plans[1].activities[2].id", "expected a string; found a number.")]
    [InlineData("plans[1].activities[0].title", "1", SchemeFileFindings.WrongType, "$.plans[1].activities[0].title", "expected a string; found a number.")]
    [InlineData("plans[1].activities[0].type", "1", SchemeFileFindings.WrongType, "$.plans[1].activities[0].type", "expected a string; found a number.")]
    [InlineData("plans[1].activities[0].priorities", "1", SchemeFileFindings.WrongType, "$.plans[1].activities[0].priorities", "expected an array; found a number.")]
    [InlineData("plans[1].activities[0].output", "[]", SchemeFileFindings.WrongType, "$.plans[1].activities[0].output", "expected an object; found an array.")]
    [InlineData("plans[1].activities[0].output", "{ \"quantity\": -1, \"unit\": \"visits\" }", SchemeFileFindings.InvalidValue, "$.plans[1].activities[0].output.quantity", "-1 is not allowed: it must be a quantity from zero up.")]
    [InlineData("plans[1].activities[0].output", "{ \"quantity\": 1, \"unit\": 1 }", SchemeFileFindings.WrongType, "$.plans[1].activities[0].output.unit", "expected a string; found a number.")]
    [InlineData("plans[1].activities[0].overProgrammed", "1", SchemeFileFindings.WrongType, "$.plans[1].activities[0].overProgrammed", "expected true or false; found a number.")]
    [InlineData("plans[1].activities[0].rank", "0", SchemeFileFindings.InvalidValue, "$.plans[1].activities[0].rank", "0 is not allowed: it must be a whole number from 1 to 2147483647.")]
    [InlineData("plans[1].activities[0].minimumViable", "-1", SchemeFileFindings.InvalidValue, "$.plans[1].activities[0].minimumViable", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("quarters[1]", "1", SchemeFileFindings.WrongType, "$.quarters[1]", "expected an object; found a number.")]
    [InlineData("quarters[1].quarter", "3", SchemeFileFindings.InvalidValue, "$.quarters[1].quarter", "3 is not allowed: quarters are recorded in order from 1, so this one must be 2.")]
    [InlineData("quarters[1].quarter", "5", SchemeFileFindings.InvalidValue, "$.quarters[1].quarter", "5 is not allowed: it must be a whole number from 1 to 4.")]
    [InlineData("quarters[1].review", "1", SchemeFileFindings.WrongType, "$.quarters[1].review", "expected a string; found a number.")]
    [InlineData("quarters[1].returns", "{}", SchemeFileFindings.WrongType, "$.quarters[1].returns", "expected an array; found an object.")]
    [InlineData("quarters[1].returns[1]", "1", SchemeFileFindings.WrongType, "$.quarters[1].returns[1]", "expected an object; found a number.")]
    [InlineData("quarters[1].returns[1].recipient", "1", SchemeFileFindings.WrongType, "$.quarters[1].returns[1].recipient", "expected a string; found a number.")]
    [InlineData("quarters[1].returns[1].spent", "-1", SchemeFileFindings.InvalidValue, "$.quarters[1].returns[1].spent", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("quarters[1].returns[1].forecast", "-1", SchemeFileFindings.InvalidValue, "$.quarters[1].returns[1].forecast", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("expect", "1", SchemeFileFindings.WrongType, "$.expect", "expected an object; found a number.")]
    [InlineData("expect.decisions.BCU-CAMDEN", "\"eligible\"", SchemeFileFindings.InvalidValue, "$.expect.decisions.BCU-CAMDEN", "'eligible' is not allowed: a decision is one of Eligible, EligibleWithQueries, Ineligible.")]
    [InlineData("expect.decisions.BCU-CAMDEN", "\"1\"", SchemeFileFindings.InvalidValue, "$.expect.decisions.BCU-CAMDEN", "'1' is not allowed: a decision is one of Eligible, EligibleWithQueries, Ineligible.")]
    [InlineData("expect.allocations.BCU-CAMDEN", "-1", SchemeFileFindings.InvalidValue, "$.expect.allocations.BCU-CAMDEN", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("expect.reclaims.BCU-SUTTON", "\"x\"", SchemeFileFindings.WrongType, "$.expect.reclaims.BCU-SUTTON", "expected a number; found a string.")]
    [InlineData("expect.findings.BCU-SUTTON", "1", SchemeFileFindings.WrongType, "$.expect.findings.BCU-SUTTON", "expected an array; found a number.")]
    [InlineData("expect.findings", "[]", SchemeFileFindings.WrongType, "$.expect.findings", "expected an object of recipient ids; found an array.")]
    [InlineData("expect.yearEnd", "1", SchemeFileFindings.WrongType, "$.expect.yearEnd", "expected an object; found a number.")]
    [InlineData("expect.yearEnd.paid", "-1", SchemeFileFindings.InvalidValue, "$.expect.yearEnd.paid", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("expect.yearEnd.unallocated", "-1", SchemeFileFindings.InvalidValue, "$.expect.yearEnd.unallocated", "-1 is not allowed: it must be an amount from zero up, in major units.")]
    [InlineData("expect.yearEnd.allocations", "1", SchemeFileFindings.WrongType, "$.expect.yearEnd.allocations", "expected an object of recipient ids; found a number.")]
    public void Run_OneThingWrong_IsThatOneProblemAtItsPath(string at, string? value, string code, string path, string message)
    {
        var result = ScenarioRunner.Run(SchemeFileReaderTests.Edit(Example, at, value));

        Assert.Equal([(code, path, message)], result.Problems.Select(p => (p.Code, p.Path, p.Message)));
        Assert.Null(result.Assessment);
        Assert.Equal(string.Empty, result.Name);
        Assert.Equal(":" + Environment.NewLine + code + " at " + path + ": " + message, result.ToString());
    }

    [Fact]
    public void Run_RootNotAnObject_IsOneWrongType()
    {
        var problem = Assert.Single(ScenarioRunner.Run("[]").Problems);

        Assert.Equal((SchemeFileFindings.WrongType, "$", "expected an object; found an array."), (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public void Run_RequiredFieldMissing_StillReadsTheRest()
    {
        // Without "plans" the other fields are still read, so the wrong name is reported too.
        var json = JsonNode.Parse(Example)!;
        json.AsObject().Remove("plans");
        json["name"] = 1;

        var problems = ScenarioRunner.Run(json.ToJsonString()).Problems;

        Assert.Equal([("$.plans", SchemeFileFindings.MissingField), ("$.name", SchemeFileFindings.WrongType)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Run_SchemeInEurosAndCalendarYears_ReadsTheScenarioInThem()
    {
        // The scenario's years and amounts are read in the scheme's calendar and currency.
        var text = Example.Replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\", \"calendar\": \"Calendar year\"", StringComparison.Ordinal);
        foreach (var (financial, calendar) in new[] { ("1999/00", "1999"), ("2002/03", "2002"), ("2003/04", "2003"), ("2011/12", "2011") })
        {
            text = text.Replace(financial, calendar, StringComparison.Ordinal);
        }

        var result = ScenarioRunner.Run(text);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal("EUR", result.Terms!.Currency.Code);
        Assert.Equal(Partnerships.Rules.Calendars.FinancialYearCalendar.CalendarYear.Year(2011), result.Terms.Year);
    }

    [Fact]
    public void Run_TooLong_IsScheme002InCharacters()
    {
        var text = Example + new string(' ', ScenarioRunner.MaximumLength - Example.Length);

        var exact = ScenarioRunner.Run(text);
        var problem = Assert.Single(ScenarioRunner.Run(text + " ").Problems);

        Assert.True(exact.Passed, exact.ToString());
        Assert.Equal((SchemeFileFindings.TooLarge, "$", "the file is 16,000,001 characters long; a scheme file may be at most 16,000,000 characters."), (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public void Run_Null_ThrowsArgumentNullException()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ScenarioRunner.Run(null!));

        Assert.Equal("json", error.ParamName);
    }
}
