using System.Collections.Immutable;
using System.Text;
using NodaTime;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Json;
using Partnerships.Rules.Publishing;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Writes what the ledger holds to a folder: every audit record (audit.jsonl, one record a line, as stored), the
/// current position's record (position.json: the year-end record once the year is through), the grants in the
/// 360Giving standard (grants.360giving.json) and, when asked, the officers' workbook (ledger.xlsx) and the chart of an
/// allocation by need (need-chart.svg).
/// </summary>
public static class LedgerExport
{
    public const string AuditFile = "audit.jsonl";
    public const string PositionFile = "position.json";
    public const string GrantsFile = "grants.360giving.json";
    public const string WorkbookFile = "ledger.xlsx";

    // The 2011/12 funder as the library's 360Giving tests name it; another funder changes these three.
    private const string GrantIdPrefix = "360G-mpa";
    private static readonly GivingOrganization Funder = new("GB-GOR-PC000123", "Metropolitan Police Authority");

    public static IReadOnlyList<string> Write(LedgerStore store, LedgerState state, string folder, bool xlsx, bool chart = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        if (chart)
        {
            // Refused before anything is written: a chart needs an allocation by need.
            _ = LedgerChart.Figures(state.Allocation ?? throw new LedgerException("The fund is not allocated yet; there is nothing to chart."));
        }

        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        var audit = Path.Combine(folder, AuditFile);
        File.WriteAllText(audit, string.Concat(store.AuditRecords().Select(r => r.Record + "\n")), utf8);
        written.Add(audit);

        if (store.Get(LedgerState.PositionKey) is { } position)
        {
            var path = Path.Combine(folder, PositionFile);
            File.WriteAllText(path, position, utf8);
            written.Add(path);
        }

        if (state.Allocation is { } allocation && state.Plans is { } plans)
        {
            var path = Path.Combine(folder, GrantsFile);
            File.WriteAllText(path, Grants(store, state, allocation, plans), utf8);
            written.Add(path);
        }

        if (xlsx)
        {
            var path = Path.Combine(folder, WorkbookFile);
            LedgerWorkbook.Write(state, path);
            written.Add(path);
        }

        if (chart)
        {
            var path = Path.Combine(folder, LedgerChart.ChartFile);
            LedgerChart.Write(state.Allocation!, path);
            written.Add(path);
        }

        return written;
    }

    private static string Grants(LedgerStore store, LedgerState state, AllocationResult allocation, ImmutableArray<Plans.SpendPlan> plans)
    {
        // The award date is the day the allocation was recorded; the payments are every quarter's.
        var allocated = PartnershipsJson.FromAuditJson<AllocationResult>(store.Get(LedgerState.AllocationKey)!).RecordedAt ?? Instant.FromUtc(allocation.Terms.Year.Start.Year, allocation.Terms.Year.Start.Month, allocation.Terms.Year.Start.Day, 0, 0);
        var options = new GrantExportOptions
        {
            GrantIdPrefix = GrantIdPrefix,
            Funder = Funder,
            AwardDate = allocated.InUtc().Date,
            ProgrammeTitle = allocation.Terms.SchemeName ?? "Partnership fund",
            BeneficiaryLocations = plans
                .Select(p => (p.Recipient.Id, Borough: LondonBoroughs.Find(p.Recipient.Name)))
                .Where(p => p.Borough is not null)
                .ToImmutableDictionary(p => p.Id, p => p.Borough!, StringComparer.Ordinal),
        };
        return GrantExport.ToJson(allocation, plans, options, state.Quarters.Values.SelectMany(q => q.Payments), state.Position);
    }
}
