// The 2011/12 Partnership Fund, end to end: 32 borough spend plans assessed, £1.6m allocated, two quarters of spend
// returns paid in arrears, the September review reclaiming forecast under-spend and funding over-programmed
// activity, and the rest of the year's payments on their dates.
using Partnerships.Rules;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

var year = Round2011.Year;
var terms = Round2011.Scheme.TermsFor(year);
var plans = Round2011.Plans;

Section($"Terms in force for {year} ({Round2011.Scheme.Name})");
Console.WriteLine($"Fund {terms.Fund}; standard allocation {terms.StandardAllocation} per unit; over-programmed bids invited: {(terms.OverProgrammingInvited ? "yes" : "no")}");
Table(["priority", "fits directly", "needs a query"], terms.Priorities.Select(p => new[] { p.Name, string.Join(", ", p.DirectThemes), string.Join(", ", p.ArguableThemes) }));

// 1. Assessment: every plan gets a decision and the findings behind it.
var report = RoundAssessor.Assess(terms, plans);
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
Table(["priority", "spend"], report.SpendByPriority.Select(s => new[] { s.PriorityCode, s.Amount.ToString() }).Append(["total", report.AssessedSpend.ToString()]));
Table(
    ["unit cost outlier", "type", "unit cost", "peer median", "ratio"],
    report.Outliers.Select(o => new[] { $"{o.RecipientId}/{o.ActivityId}", o.ActivityType, $"£{o.UnitCost:0.00} per {o.Unit}", $"£{o.PeerMedian:0.00}", $"{o.RatioToMedian:0.0}×" }));

// 2. Allocation: eligible plans in assessment order, penny-exact.
var allocation = Allocator.Allocate(terms, report, AllocationPolicy.Default);
Section("Allocation at the start of the year");
Console.WriteLine($"Core {allocation.CoreAllocated} + over-programmed {allocation.OverProgrammedAllocated} + unallocated {allocation.Unallocated} = {allocation.CoreAllocated + allocation.OverProgrammedAllocated + allocation.Unallocated}");
Table(
    ["over-programmed bid", "asked", "allocated", "why"],
    allocation.Activities.Where(a => a.IsOverProgrammed).Select(a => new[] { $"{a.RecipientId}/{a.ActivityId}", a.Requested.ToString(), a.Allocated.ToString(), string.Join(" ", a.Findings.Select(f => f.Code)) }));

// 3. Quarters 1 and 2: spend returns, and payment in arrears on the tenth working day after each quarter.
var payday = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);
var position = FundPosition.Open(allocation, plans);
var payments = new List<Payment>();
var underspenders = new Dictionary<string, decimal> { ["BCU-CAMDEN"] = 40_000m, ["BCU-SUTTON"] = 35_000m, ["BCU-HARROW"] = 46_000m, ["BCU-BEXLEY"] = 48_500m };
foreach (var number in new[] { 1, 2 })
{
    var quarter = year.Quarter(number);
    var returns = position.Accounts.Select(a => new SpendReturn(
        a.RecipientId,
        quarter,
        Money.Pounds(number == 1 ? 10_000m : 12_000m),
        number == 2 && underspenders.TryGetValue(a.RecipientId, out var forecast) ? Money.Pounds(forecast) : a.Allocation));
    var recorded = QuarterlyMonitor.Record(position, quarter, returns, paymentDate: payday.PaymentDate);
    payments.AddRange(recorded.Payments);
    position = recorded.Position;
}

// 4. The September review: forecast under-spend beyond the tolerance is reclaimed and reallocated.
var september = terms.ReviewPoints.Single(r => r.AfterQuarter == 2);
var review = UnderspendReview.Hold(position, terms, september);
Section($"{september.Name}: under-spend reclaimed and reallocated");
Table(
    ["unit", "allocation", "forecast", "under-spend", "tolerated", "reclaimed"],
    review.Reclaims.Select(r => new[] { r.RecipientId, r.Allocation.ToString(), r.ForecastOutturn.ToString(), r.Underspend.ToString(), r.Tolerance.ToString(), r.Amount.ToString() }));
Table(["granted to", "activity", "amount", "asked before review"], review.Grants.Select(g => new[] { g.RecipientId, g.ActivityId, g.Amount.ToString(), g.Outstanding.ToString() }));
var allocated = review.Position.Accounts.Aggregate(Money.Zero(terms.Currency), (sum, a) => sum + a.Allocation);
Console.WriteLine($"Pool {review.Pool}; allocations {allocated} + unallocated {review.Unallocated} = {allocated + review.Unallocated}");
foreach (var finding in review.Findings.Where(f => f.Severity >= FindingSeverity.Warning))
{
    Console.WriteLine($"  {finding}");
}

// 5. Quarters 3 and 4: every unit spends to its forecast, and the year's payments settle.
position = review.Position;
foreach (var number in new[] { 3, 4 })
{
    var quarter = year.Quarter(number);
    var returns = position.Accounts.Select(a => new SpendReturn(a.RecipientId, quarter, Money.Pounds((a.ForecastOutturn!.Value.Amount - 22_000m) / 2), a.ForecastOutturn.Value));
    var recorded = QuarterlyMonitor.Record(position, quarter, returns, paymentDate: payday.PaymentDate);
    payments.AddRange(recorded.Payments);
    position = recorded.Position;
}

Section("Payment schedule: quarterly in arrears");
Table(
    ["quarter", "paid on", "units paid", "amount"],
    payments.GroupBy(p => p.Quarter).Select(g => new[]
    {
        g.Key.Label,
        g.First().PaymentDate?.ToString("d MMMM yyyy", null) ?? "",
        g.Count(p => !p.Amount.IsZero).ToString(),
        g.Aggregate(Money.Zero(terms.Currency), (sum, p) => sum + p.Amount).ToString(),
    }));
var paid = payments.Aggregate(Money.Zero(terms.Currency), (sum, p) => sum + p.Amount);
var unpaid = position.Accounts.Aggregate(Money.Zero(terms.Currency), (sum, a) => sum + (a.Allocation - a.Paid));
Console.WriteLine($"Paid {paid} + allocated but unspent {unpaid} + unallocated {position.Unallocated} = {paid + unpaid + position.Unallocated}");

// 6. Staff cost build-up as in the 2003 report's appendix.
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

// 7. The audit record an app stores.
var audit = PartnershipsJson.ToAuditJson(report);
Section("Audit record");
Console.WriteLine($"{audit.Length:N0} characters of JSON; it opens {audit[..Math.Min(audit.Length, 100)]}…");

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
