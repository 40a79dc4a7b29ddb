// The 2011/12 Partnership Fund, end to end: the scheme read from its file, 32 borough spend plans assessed, £1.6m
// allocated, two quarters of spend returns paid in arrears, the September review reclaiming forecast under-spend and
// funding over-programmed activity, the rest of the year's payments on their dates, the year-end position saved and
// restored, and an allocation by need with its fairness ratios. The block between the quick-start marks is the
// README's quick start, word for word (a test checks it).
using Partnerships.Rules;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

// <quick-start>
var year = Round2011.Year;
var terms = SchemeFromFile.Scheme().TermsFor(year);                           // the terms in force for 2011/12, from the scheme file
var report = RoundAssessor.Assess(terms, Round2011.Plans);                    // eligibility, priority fit, value for money
var allocation = Allocator.Allocate(terms, report, AllocationPolicy.Default); // core requests, then over-programmed activity

// Through the year: quarterly returns, paid in arrears on the tenth working day after each quarter.
var payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);
var opened = FundPosition.Open(allocation, Round2011.Plans);
var q1 = QuarterlyMonitor.Record(opened, year.Quarter(1), Round2011.Returns(opened, 1), paymentDate: payday.PaymentDate);
var q2 = QuarterlyMonitor.Record(q1.Position, year.Quarter(2), Round2011.Returns(q1.Position, 2), paymentDate: payday.PaymentDate);

// The September review reclaims forecast under-spend beyond the tolerance and reallocates it.
var review = UnderspendReview.Hold(q2.Position, terms, terms.ReviewPoints.Single(r => r.AfterQuarter == 2));
var q3 = QuarterlyMonitor.Record(review.Position, year.Quarter(3), Round2011.Returns(review.Position, 3), paymentDate: payday.PaymentDate);
var q4 = QuarterlyMonitor.Record(q3.Position, year.Quarter(4), Round2011.Returns(q3.Position, 4), paymentDate: payday.PaymentDate);

var auditRecord = PartnershipsJson.ToAuditJson(review, q2.Position, terms);   // versioned JSON an app stores, with a hash of its inputs
var restored = PartnershipsJson.FromAuditJson<FundPosition>(PartnershipsJson.ToAuditJson(q4.Position)).Payload; // saved, read back, equal
// </quick-start>

Section($"Terms in force for {year} ({Round2011.Scheme.Name})");
Console.WriteLine($"Fund {terms.Fund}; standard allocation {terms.StandardAllocation} per unit; over-programmed bids invited: {(terms.OverProgrammingInvited ? "yes" : "no")}");
Table(["priority", "fits directly", "needs a query"], terms.Priorities.Select(p => new[] { p.Name, string.Join(", ", p.DirectThemes), string.Join(", ", p.ArguableThemes) }));

Section($"Assessment of {report.Plans.Length} spend plans");
Console.WriteLine($"{report.EligibleCount} eligible, {report.EligibleWithQueriesCount} eligible with queries, {report.IneligibleCount} ineligible");
Console.WriteLine($"Under query: {report.AmountUnderQuery} across {report.RecipientsWithAmountUnderQuery} units");
Table(
    ["unit", "decision", "under query", "why"],
    report.Plans.Where(p => p.Decision != PlanDecision.Eligible).Select(p => new[]
    {
        p.RecipientId,
        p.Decision.ToString(),
        p.AmountUnderQuery.ToString(),
        string.Join(" ", p.Findings.Where(f => f.Severity >= FindingSeverity.Query).Select(f => f.Code).Distinct()),
    }));
Console.WriteLine($"For example, {report.Plans.SelectMany(p => p.Findings).First(f => f.Code == AssessmentFindings.ArguableFit)}");
Table(["priority", "spend"], report.SpendByPriority.Select(s => new[] { s.PriorityCode, s.Amount.ToString() }).Append(["total", report.AssessedSpend.ToString()]));
Table(
    ["unit cost outlier", "type", "unit cost", "peer median", "ratio"],
    report.Outliers.Select(o => new[] { $"{o.RecipientId}/{o.ActivityId}", o.ActivityType, $"£{o.UnitCost:0.00} per {o.Unit}", $"£{o.PeerMedian:0.00}", $"{o.RatioToMedian:0.0}×" }));

Section("Allocation at the start of the year");
Console.WriteLine($"Core {allocation.CoreAllocated} + over-programmed {allocation.OverProgrammedAllocated} + unallocated {allocation.Unallocated} = {allocation.CoreAllocated + allocation.OverProgrammedAllocated + allocation.Unallocated}");
Table(
    ["over-programmed bid", "asked", "allocated", "why"],
    allocation.Activities.Where(a => a.IsOverProgrammed).Select(a => new[] { $"{a.RecipientId}/{a.ActivityId}", a.Requested.ToString(), a.Allocated.ToString(), string.Join(" ", a.Findings.Select(f => f.Code)) }));

Section($"{review.Review.Name}: under-spend reclaimed and reallocated");
Table(
    ["unit", "allocation", "forecast", "under-spend", "tolerated", "reclaimed"],
    review.Reclaims.Select(r => new[] { r.RecipientId, r.Allocation.ToString(), r.ForecastOutturn.ToString(), r.Underspend.ToString(), r.Tolerance.ToString(), r.Amount.ToString() }));
Table(["granted to", "activity", "amount", "asked before review"], review.Grants.Select(g => new[] { g.RecipientId, g.ActivityId, g.Amount.ToString(), g.Outstanding.ToString() }));
var allocated = Sum(review.Position.Accounts.Select(a => a.Allocation));
Console.WriteLine($"Pool {review.Pool}; allocations {allocated} + unallocated {review.Unallocated} = {allocated + review.Unallocated}");
foreach (var finding in review.Findings.Where(f => f.Severity >= FindingSeverity.Warning))
{
    Console.WriteLine($"  {finding}");
}

Section("Payment schedule: quarterly in arrears");
var payments = new[] { q1, q2, q3, q4 }.SelectMany(q => q.Payments).ToList();
Table(
    ["quarter", "paid on", "units paid", "amount"],
    payments.GroupBy(p => p.Quarter).Select(g => new[]
    {
        g.Key.Label,
        g.First().PaymentDate?.ToString("d MMMM yyyy", null) ?? "",
        g.Count(p => !p.Amount.IsZero).ToString(),
        Sum(g.Select(p => p.Amount)).ToString(),
    }));
var paid = Sum(payments.Select(p => p.Amount));
var unpaid = Sum(q4.Position.Accounts.Select(a => a.Allocation - a.Paid));
Console.WriteLine($"Paid {paid} + allocated but unspent {unpaid} + unallocated {q4.Position.Unallocated} = {paid + unpaid + q4.Position.Unallocated}");

Section("Staff cost build-up (9.5% employer NI, 13.5% pension)");
StaffPostCost[] team =
[
    StaffCosting.Cost(new StaffPost("Policy development officer", Money.Pounds(33_500m), Money.Pounds(1_500m)), terms.OnCosts),
    StaffCosting.Cost(new StaffPost("Consultation officer", Money.Pounds(29_000m), Money.Pounds(1_500m)), terms.OnCosts),
    StaffCosting.Cost(new StaffPost("Policy support officer", Money.Pounds(29_000m), Money.Pounds(1_500m)) { Count = 4 }, terms.OnCosts),
];
Table(
    ["post", "salary", "employer NI", "pension", "running", "each", "posts", "total"],
    team.Select(c => new[] { c.Post.Title, c.Post.Salary.ToString(), c.EmployerNationalInsurance.ToString(), c.Pension.ToString(), c.Post.RunningCosts.ToString(), c.PerPost.ToString(), c.Post.Count.ToString(), c.Total.ToString() }));
var yearTotal = StaffCosting.YearTotal(team);
Console.WriteLine($"Year {yearTotal}; {StaffCosting.ExplainPartYear(yearTotal, 3).Message}");

Section("Audit record of the review");
Console.WriteLine($"{auditRecord.Length:N0} characters of JSON; it opens {auditRecord[..Math.Min(auditRecord.Length, 90)]}…");
Console.WriteLine($"The year-end position written and read back is equal to the original: {restored == q4.Position}");

NeedExample.Run(Console.Out);
QueriesExample.Run(Console.Out);
YearEndExample.Run(Console.Out);

static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Currency.Gbp), (sum, m) => sum + m);

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('=', title.Length));
}

static void Table(string[] headers, IEnumerable<string[]> rows)
{
    var all = rows.ToList();
    if (all.Count == 0)
    {
        Console.WriteLine($"({headers[0]}: none)");
        return;
    }

    var widths = headers.Select((h, i) => Math.Max(h.Length, all.Max(r => r[i].Length))).ToArray();
    static bool Numeric(string s) => s.Length > 0 && (s[0] == '£' || s[0] == '-' || char.IsAsciiDigit(s[0]));
    string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => Numeric(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
    Console.WriteLine(Line(headers));
    Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
    all.ForEach(r => Console.WriteLine(Line(r)));
}
