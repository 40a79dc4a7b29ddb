using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;
using Spectre.Console;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// The steps of the year. Each runs in one transaction: it reads the state, checks the order, reads its file,
/// calls the library, writes the new state and its audit record, and commits; anything thrown before the commit
/// leaves the database as it was.
/// </summary>
public sealed class Steps(Options options, IAnsiConsole console, TextWriter output)
{
    /// <summary>Payments fall on the tenth working day after each quarter, as in the example.</summary>
    public static QuarterlyPaymentSchedule Payday { get; } = QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(10, WorkingDayCalendar.EnglandAndWales);

    /// <summary>Where the example's 2011/12 scheme file is copied, next to the program.</summary>
    public static string DefaultSchemePath => Path.Combine(AppContext.BaseDirectory, "data", "partnership-fund.scheme.json");

    private readonly Instant recordedAt = options.RecordedAt ?? SystemClock.Instance.GetCurrentInstant();

    private string Arguments => string.Join(" ", options.Arguments);

    private string RecordedAtText => InstantPattern.ExtendedIso.Format(recordedAt);

    public int Run() => options.Command switch
    {
        "init" => Init(),
        "assess" => Write(Assess),
        "allocate" => Write(Allocate),
        "return" => Write(Return),
        "review" => Write(Review),
        "status" => Read(Status),
        "export" => Read(Export),
        "query" => Write(Query),
        "further-round" => Write(FurtherRoundStep),
        "close" => Write(Close),
        _ => throw new LedgerException($"Unknown step '{options.Command}'.{Environment.NewLine}{Options.Usage}", LedgerException.Usage),
    };

    private int Init()
    {
        var args = options.Arguments.Count <= 1 ? options.Arguments : options.Expect(1, "at most a scheme file");
        var path = args.Count == 1 ? args[0] : DefaultSchemePath;
        var terms = ReadScheme(path);

        var created = false;
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.Database))!;
        var madeFolder = !Directory.Exists(folder);
        var record = PartnershipsJson.ToAuditJson(terms, recordedAt);
        try
        {
            Directory.CreateDirectory(folder);
            using var store = LedgerStore.Create(options.Database);
            created = true;
            store.Put(LedgerState.TermsKey, AuditRecord.TermsKind, record);
            store.Audit("init", Path.GetFileName(path), AuditRecord.TermsKind, RecordedAtText, record);
            FailIfAsked();
            store.Commit();
        }
        catch when (created || madeFolder)
        {
            // The ledger did not exist before this step, and so must not exist after it fails (the store is closed by now).
            if (created)
            {
                File.Delete(options.Database);
                File.Delete(options.Database + "-journal");
            }

            if (madeFolder)
            {
                Directory.Delete(folder, recursive: false);
            }

            throw;
        }

        Show(record, () => Views.Terms(console, terms));
        return 0;
    }

    private FundTerms ReadScheme(string path)
    {
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no scheme file {path}.");
        }

        var result = SchemeFile.Load(File.ReadAllText(path));
        if (result.Scheme is not { } file)
        {
            throw new InputFileException(Path.GetFileName(path), result.Problems.Select(p => new InputProblem(Path.GetFileName(path), p.Path, "", null, p.Code + ": " + p.Message)));
        }

        FinancialYear year;
        if (options.Year is { } label)
        {
            year = FinancialYear.TryParse(label, file.Calendar, out var parsed) ? parsed : throw new LedgerException($"--year '{label}' is not a financial year such as 2011/12.", LedgerException.Usage);
        }
        else
        {
            year = file.LastYear ?? throw new LedgerException($"{path} has no last year; give the year with --year.", LedgerException.Usage);
        }

        return file.TryGetTerms(year, out _)
            ? file.ToFundScheme(year, year).TermsFor(year)
            : throw new LedgerException($"{path} gives no terms for {year.Label}.");
    }

    private int Write(Func<LedgerStore, LedgerState, Action> step)
    {
        using var store = LedgerStore.Open(options.Database, readOnly: false);
        store.Begin();
        var state = LedgerState.Load(store);
        if (state.YearEnd is not null)
        {
            throw new LedgerException(options.Command == "close"
                ? $"The year {state.YearEnd.Year.Label} is already closed; 'close' runs once a year."
                : $"The year {state.YearEnd.Year.Label} is closed; '{options.Command}' changes nothing after the close.");
        }

        var show = step(store, state);
        FailIfAsked();
        store.Commit();
        show();
        return 0;
    }

    private int Read(Action<LedgerStore, LedgerState> step)
    {
        using var store = LedgerStore.Open(options.Database, readOnly: true);
        step(store, LedgerState.Load(store));
        return 0;
    }

    private void FailIfAsked()
    {
        if (options.FailAfterWrite)
        {
            throw new InvalidOperationException($"'{options.Command}' failed after writing (--fail-after-write); the step is rolled back.");
        }
    }

    private Action Assess(LedgerStore store, LedgerState state)
    {
        var path = options.Expect(1, "a plans file (.csv or .json)")[0];
        var terms = state.RequireTerms();
        if (state.Report is not null)
        {
            throw new LedgerException($"The ledger's plans are already assessed ({state.Report.Plans.Length} plans); 'assess' runs once a year.");
        }

        var plans = PlanFiles.Read(path, terms);
        var report = RoundAssessor.Assess(terms, plans);
        var plansRecord = PartnershipsJson.ToAuditJson(plans, recordedAt);
        var record = PartnershipsJson.ToAuditJson(report, terms, recordedAt);
        store.Put(LedgerState.PlansKey, AuditRecord.PlansKind, plansRecord);
        store.Put(LedgerState.AssessmentKey, AuditRecord.AssessmentKind, record);
        store.Audit("assess", Path.GetFileName(path), AuditRecord.PlansKind, RecordedAtText, plansRecord);
        store.Audit("assess", Path.GetFileName(path), AuditRecord.AssessmentKind, RecordedAtText, record);
        return () => Show(record, () => Views.Assessment(console, report));
    }

    private Action Allocate(LedgerStore store, LedgerState state)
    {
        options.Expect(0, "no arguments (and --policy policy.json for another policy than the default, --need indicators.csv to share a shortfall by need)");
        var terms = state.RequireTerms();
        var report = state.RequireReport("allocate");
        if (state.Allocation is not null)
        {
            throw new LedgerException("The fund is already allocated; 'allocate' runs once a year.");
        }

        var plans = state.Plans!.Value;
        var policy = options.Policy is { } policyFile ? ReadPolicy(policyFile) : AllocationPolicy.Default;
        if (options.Need is { } needFile)
        {
            var (formula, indicators) = NeedFiles.Read(needFile, [.. plans.Select(p => p.Recipient.Id).Distinct(StringComparer.Ordinal)]);
            policy = policy with { ShortfallRule = ShortfallRule.ByNeed, NeedFormula = formula, NeedIndicators = indicators };
        }

        var allocation = Allocator.Allocate(terms, report, policy);
        var position = FundPosition.Open(allocation, plans);
        var record = PartnershipsJson.ToAuditJson(allocation, plans, recordedAt);
        store.Put(LedgerState.AllocationKey, AuditRecord.AllocationKind, record);
        store.Put(LedgerState.PositionKey, AuditRecord.PositionKind, PartnershipsJson.ToAuditJson(position));
        store.Audit("allocate", "", AuditRecord.AllocationKind, RecordedAtText, record);
        return () => Show(record, () => Views.Allocation(console, allocation));
    }

    // The policy as the library writes it (the "policy" of an allocation record), such as a shortfall shared by need.
    private static AllocationPolicy ReadPolicy(string path)
    {
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no policy file {path}.");
        }

        var text = File.ReadAllText(path);
        try
        {
            return PartnershipsJson.Deserialize<AllocationPolicy>(text) ?? throw new LedgerException($"{path} holds null, not a policy.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputFileException(Path.GetFileName(path), [new InputProblem(Path.GetFileName(path), e.Path ?? "$", "", null, e.Message)]);
        }
    }

    private Action Return(LedgerStore store, LedgerState state)
    {
        var args = options.Expect(2, "a quarter (1 to 4) and a returns file");
        var before = state.RequirePosition("return");
        var number = ParseQuarter(args[0]);
        var next = before.LastQuarterRecorded is { } last ? last.Number + 1 : 1;
        if (number != next)
        {
            throw new LedgerException(number < next
                ? $"{before.Year.Quarter(number).Label} is already recorded; the next quarter to record is {(next > 4 ? "none: the year's four quarters are recorded" : before.Year.Quarter(next).Label)}."
                : $"The next quarter to record is {before.Year.Quarter(next).Label}; quarters are recorded in order.");
        }

        var quarter = before.Year.Quarter(number);
        var returns = ReturnFiles.Read(args[1], quarter, before);
        var result = QuarterlyMonitor.Record(before, quarter, returns, paymentDate: Payday.PaymentDate);
        var record = PartnershipsJson.ToAuditJson(result, before, returns, recordedAt);
        store.Put(LedgerState.QuarterKey(number), AuditRecord.QuarterKind, record);
        store.Put(LedgerState.PositionKey, AuditRecord.PositionKind, PartnershipsJson.ToAuditJson(result.Position));
        foreach (var payment in result.Payments)
        {
            store.Execute(
                "INSERT INTO payments (recipient, quarter, payment_date, amount_pence) VALUES ($r, $q, $d, $a)",
                ("$r", payment.RecipientId), ("$q", payment.Quarter.Label), ("$d", payment.PaymentDate is { } d ? LocalDatePattern.Iso.Format(d) : null), ("$a", payment.Amount.MinorUnits));
        }

        store.Audit("return", Arguments, AuditRecord.QuarterKind, RecordedAtText, record);
        return () => Show(record, () => Views.Quarter(console, result));
    }

    private static int ParseQuarter(string text)
    {
        var digits = text.StartsWith('Q') || text.StartsWith('q') ? text[1..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4
            ? n
            : throw new LedgerException($"'{text}' is not a quarter: give 1, 2, 3 or 4 (or Q1 to Q4).", LedgerException.Usage);
    }

    private Action Review(LedgerStore store, LedgerState state)
    {
        options.Expect(0, "no arguments");
        var terms = state.RequireTerms();
        var (before, point) = NextReview(state, terms, "review");
        var review = UnderspendReview.Hold(before, terms, point);
        var record = PartnershipsJson.ToAuditJson(review, before, terms, recordedAt: recordedAt);
        return HeldReview(store, point, review, record, "review");
    }

    // The review point that follows the last quarter recorded, not yet held.
    private static (FundPosition Before, ReviewPoint Point) NextReview(LedgerState state, FundTerms terms, string step)
    {
        var before = state.RequirePosition(step);
        var last = before.LastQuarterRecorded ?? throw new LedgerException($"'{step}' follows a quarter's returns, and no quarter is recorded yet; run 'return 1 returns.csv' first.");
        if (state.Reviews.TryGetValue(last.Number, out var held))
        {
            throw new LedgerException($"The {held.Review.Name} after {last.Label} is already held; the next review follows the next quarter's returns.");
        }

        var point = terms.ReviewPoints.FirstOrDefault(r => r.AfterQuarter == last.Number)
            ?? throw new LedgerException($"The terms for {terms.Year.Label} hold no review after {last.Label} (their review points follow quarters {string.Join(", ", terms.ReviewPoints.Select(r => r.AfterQuarter))}).");
        return (before, point);
    }

    private Action HeldReview(LedgerStore store, ReviewPoint point, ReviewResult review, string record, string step)
    {
        store.Put(LedgerState.ReviewKey(point.AfterQuarter), AuditRecord.ReviewKind, record);
        store.Put(LedgerState.PositionKey, AuditRecord.PositionKind, PartnershipsJson.ToAuditJson(review.Position));
        foreach (var reclaim in review.Reclaims)
        {
            store.Execute(
                "INSERT INTO reclaims (review, recipient, allocation_pence, forecast_pence, underspend_pence, tolerance_pence, reclaimed_pence) VALUES ($v, $r, $a, $f, $u, $t, $c)",
                ("$v", point.Name), ("$r", reclaim.RecipientId), ("$a", reclaim.Allocation.MinorUnits), ("$f", reclaim.ForecastOutturn.MinorUnits),
                ("$u", reclaim.Underspend.MinorUnits), ("$t", reclaim.Tolerance.MinorUnits), ("$c", reclaim.Amount.MinorUnits));
        }

        store.Audit(step, step == "review" ? point.Name : Arguments, AuditRecord.ReviewKind, RecordedAtText, record);
        return () => Show(record, () => Views.Review(console, review));
    }

    // The day a dated step happens on: --on, or the day of the step's record.
    private LocalDate On => options.On ?? recordedAt.InUtc().Date;

    private Action Query(LedgerStore store, LedgerState state)
    {
        var terms = state.RequireTerms();
        var before = state.RequirePosition("query");
        var args = options.Arguments;
        FundPosition after;
        string what;
        if (args is ["raise"])
        {
            after = QueryDesk.RaiseFromAssessment(before, terms, state.RequireReport("query raise"), On);
            if (after.Queries.Length == before.Queries.Length)
            {
                throw new LedgerException("The assessment raises no query that is not raised already.");
            }

            what = string.Create(CultureInfo.InvariantCulture, $"{after.Queries.Length - before.Queries.Length} queries raised");
        }
        else if (args.Count == 2 || (args.Count == 3 && args[1] == "reattribute"))
        {
            var (id, move) = (args[0], args[1]);
            if (before.FindQuery(id) is null)
            {
                throw new LedgerException(before.Queries.IsEmpty
                    ? $"There is no query '{id}': no query is raised yet; run 'query raise' first."
                    : $"There is no query '{id}'; the queries are {string.Join(", ", before.Queries.Select(q => q.Id))}.");
            }

            after = move switch
            {
                "answer" => QueryDesk.Answer(before, id, On),
                "accept" => QueryDesk.Accept(before, id, On),
                "reject" => QueryDesk.Reject(before, id, On),
                "withdraw" => QueryDesk.Withdraw(before, id, On),
                "reattribute" => QueryDesk.Reattribute(before, terms, id, args[2], On),
                _ => throw new LedgerException($"'{move}' is not a move of a query: answer, accept, reattribute <priority>, reject or withdraw.", LedgerException.Usage),
            };
            what = $"query {id}: {after.FindQuery(id)!.State}";
        }
        else
        {
            throw new LedgerException("'query' takes 'raise', or a query id and answer, accept, reattribute <priority>, reject or withdraw.", LedgerException.Usage);
        }

        var record = PartnershipsJson.ToAuditJson(after, recordedAt);
        store.Put(LedgerState.PositionKey, AuditRecord.PositionKind, PartnershipsJson.ToAuditJson(after));
        store.Audit("query", Arguments, AuditRecord.PositionKind, RecordedAtText, record);
        return () => Show(record, () => Views.Queries(console, what, after));
    }

    private Action FurtherRoundStep(LedgerStore store, LedgerState state)
    {
        var path = options.Expect(1, "a plans file (.csv or .json) of the further round")[0];
        var terms = state.RequireTerms();
        var (before, point) = NextReview(state, terms, "further-round");
        var plans = PlanFiles.Read(path, terms);
        var review = FurtherRound.Open(before, terms, point, plans);
        var bids = FurtherRound.Bids(RoundAssessor.Assess(terms, plans));
        var record = PartnershipsJson.ToAuditJson(review, before, terms, bids, recordedAt);
        return HeldReview(store, point, review, record, "further-round");
    }

    private Action Close(LedgerStore store, LedgerState state)
    {
        options.Expect(0, "no arguments");
        var terms = state.RequireTerms();
        var position = state.RequirePosition("close");
        if (position.LastQuarterRecorded is not { Number: 4 } || !state.Quarters.TryGetValue(4, out var last))
        {
            throw new LedgerException($"'close' follows the last quarter's returns, and {(position.LastQuarterRecorded?.Label ?? "no quarter")} is the last recorded; record the year's four quarters first.");
        }

        var record = YearEnd.Close(position, terms, last.Payments, Payday);
        var json = PartnershipsJson.ToAuditJson(record, position, terms, last.Payments, recordedAt);
        store.Put(LedgerState.YearEndKey, AuditRecord.YearEndKind, json);
        store.Audit("close", "", AuditRecord.YearEndKind, RecordedAtText, json);
        return () => Show(json, () => Views.YearEnd(console, record));
    }

    private void Status(LedgerStore store, LedgerState state)
    {
        options.Expect(0, "no arguments");
        var terms = state.RequireTerms();
        if (options.Json)
        {
            // The most recent value of the year, as the library writes it.
            output.WriteLine(store.Get(LedgerState.PositionKey) ?? store.Get(LedgerState.AssessmentKey) ?? store.Get(LedgerState.TermsKey));
            return;
        }

        Views.Status(console, terms, state);
    }

    private void Export(LedgerStore store, LedgerState state)
    {
        options.Expect(0, "no arguments");
        var written = LedgerExport.Write(store, state, options.Out ?? "export", options.Xlsx, options.Chart);
        if (options.Json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(written));
            return;
        }

        foreach (var file in written)
        {
            console.MarkupLineInterpolated($"wrote [bold]{file}[/]");
        }
    }

    private void Show(string record, Action table)
    {
        if (options.Json)
        {
            output.WriteLine(record);
        }
        else
        {
            table();
        }
    }
}
