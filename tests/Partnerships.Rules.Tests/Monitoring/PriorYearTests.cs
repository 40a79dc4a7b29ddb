using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

public sealed class PriorYearTests
{
    private static readonly QuarterlyPaymentSchedule Payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    private static NextYear Opened2012() => YearEnd.OpenNextYear(YearEnd.Close(YearEndTests.Year2011().Q4, Round2011.Terms, Payday), Round2011.Scheme);

    // The 2011/12 plans put forward again for 2012/13.
    private static AssessmentReport Report2012(NextYear next) =>
        RoundAssessor.Assess(next.Terms, Round2011.Plans.Select(p => p with { Year = next.Terms.Year }));

    [Fact]
    public void Check_RecipientsThatUnderspentBeyondTheTolerance_GetAFinding()
    {
        var next = Opened2012();

        var findings = PriorYear.Check(next.History, Report2012(next), next.Terms);

        var underspenders = next.History.Where(h => h.Underspend() > UnderspendReview.ToleranceFor(next.Terms.UnderspendTolerance, h.InitialAllocation)).Select(h => h.RecipientId).ToList();
        Assert.NotEmpty(underspenders);
        Assert.Equal(underspenders, findings.Select(f => f.RecipientId));
        Assert.All(findings, f => Assert.Equal(MonitoringFindings.UnderspentLastYear, f.Code));
        Assert.Contains(findings, f => f.RecipientId == Round2011.RecipientId("Camden"));
    }

    [Fact]
    public void Check_UnderspendWithinTheTolerance_GivesNoFinding()
    {
        var next = Opened2012();
        var history = next.History.Select(h => h with { Lapsed = Money.Zero(Currency.Gbp), Reclaimed = Money.Pounds(1_000m) });

        Assert.Empty(PriorYear.Check(history, Report2012(next), next.Terms));
    }

    [Fact]
    public void Check_HostileArguments_AreRejectedNamingTheParameter()
    {
        var next = Opened2012();
        var report = Report2012(next);
        var history = next.History.ToArray();

        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => PriorYear.Check(null!, report, next.Terms)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => PriorYear.Check(history, null!, next.Terms)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => PriorYear.Check(history, report, null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => PriorYear.Check([history[0], null!], report, next.Terms)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => PriorYear.Check([history[0], history[0]], report, next.Terms)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => PriorYear.Check([history[0] with { Year = Round2011.Year.Next }], report, next.Terms)).ParamName);
        Assert.Equal(next.History.AsEnumerable(), history);
    }
}
