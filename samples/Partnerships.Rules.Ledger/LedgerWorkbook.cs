using ClosedXML.Excel;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// The officers' workbook: one sheet per table (assessment, allocation, payments, reclaims, accounts), amounts as
/// currency cells holding the library's exact pounds and pence, each sheet's amount columns totalled by a formula.
/// </summary>
public static class LedgerWorkbook
{
    public const string CurrencyFormat = "£#,##0.00;-£#,##0.00";

    public static void Write(LedgerState state, string path)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var workbook = new XLWorkbook();
        if (state.Report is { } report)
        {
            Sheet(workbook, "Assessment", ["recipient", "decision", "core request", "over-programmed request", "under query", "findings"],
                report.Plans.Select(p => new object?[]
                {
                    p.RecipientId, p.Decision.ToString(), p.CoreRequest, p.OverProgrammedRequest, p.AmountUnderQuery,
                    string.Join(" ", p.Findings.Where(f => f.Severity >= FindingSeverity.Query).Select(f => f.Code).Distinct()),
                }));
        }

        if (state.Allocation is { } allocation)
        {
            Sheet(workbook, "Allocation", ["recipient", "activity", "over-programmed", "requested", "allocated"],
                allocation.Activities.Select(a => new object?[] { a.RecipientId, a.ActivityId, a.IsOverProgrammed ? "yes" : "no", a.Requested, a.Allocated }));
        }

        Sheet(workbook, "Payments", ["recipient", "quarter", "paid on", "amount"],
            state.Quarters.Values.SelectMany(q => q.Payments).Select(p => new object?[] { p.RecipientId, p.Quarter.Label, p.PaymentDate?.ToDateTimeUnspecified(), p.Amount }));

        Sheet(workbook, "Reclaims", ["review", "recipient", "allocation", "forecast", "under-spend", "tolerated", "reclaimed"],
            state.Reviews.Values.SelectMany(v => v.Reclaims.Select(r => new object?[] { v.Review.Name, r.RecipientId, r.Allocation, r.ForecastOutturn, r.Underspend, r.Tolerance, r.Amount })));

        Sheet(workbook, "Grants", ["review", "recipient", "activity", "granted", "asked before review"],
            state.Reviews.Values.SelectMany(v => v.Grants.Select(g => new object?[] { v.Review.Name, g.RecipientId, g.ActivityId, g.Amount, g.Outstanding })));

        if (state.Position is { } position)
        {
            Sheet(workbook, "Accounts", ["recipient", "initial allocation", "allocation", "spent", "paid", "reclaimed", "granted", "forecast"],
                position.Accounts.Select(a => new object?[] { a.RecipientId, a.InitialAllocation, a.Allocation, a.Spent, a.Paid, a.Reclaimed, a.Granted, a.ForecastOutturn }));
        }

        if (state.Position is { Queries.IsEmpty: false } withQueries)
        {
            Sheet(workbook, "Queries", ["query", "recipient", "activity", "finding", "raised", "due", "state", "amount"],
                withQueries.Queries.Select(q => new object?[] { q.Id, q.RecipientId, q.ActivityId, q.FindingCode, q.RaisedOn.ToDateTimeUnspecified(), q.DueOn.ToDateTimeUnspecified(), q.State.ToString(), q.Amount }));
        }

        if (state.YearEnd is { } closed)
        {
            Sheet(workbook, "Year-end", ["recipient", "initial allocation", "allocation", "reclaimed", "granted", "spent", "paid in year", "paid after year end", "lapsed", "recovery"],
                closed.Recipients.Select(r => new object?[] { r.RecipientId, r.InitialAllocation, r.Allocation, r.Reclaimed, r.Granted, r.Spent, r.PaidInYear, r.PaidAfterYearEnd, r.Lapsed, r.Recovery }));
            Sheet(workbook, "Reconciliation", ["line", "amount"],
            [
                ["paid in the year", closed.PaidInYear],
                ["paid after the year end", closed.PaidAfterYearEnd],
                ["less recoveries owed", -closed.Recoveries],
                ["lapsed", closed.Lapsed],
                ["unallocated", closed.Unallocated],
            ]);
        }

        workbook.SaveAs(path);
    }

    private static void Sheet(XLWorkbook workbook, string name, string[] headers, IEnumerable<object?[]> rows)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 1;
        var moneyColumns = new SortedSet<int>();
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case Money money:
                        // Major units as a decimal: exact pence, no binary rounding on the way in.
                        cell.Value = money.Amount;
                        cell.Style.NumberFormat.Format = CurrencyFormat;
                        moneyColumns.Add(c + 1);
                        break;
                    case DateTime date:
                        cell.Value = date;
                        cell.Style.NumberFormat.Format = "d mmmm yyyy";
                        break;
                    case null:
                        break;
                    case var other:
                        cell.Value = other.ToString();
                        break;
                }
            }
        }

        if (r > 1 && moneyColumns.Count > 0)
        {
            var total = r + 1;
            sheet.Cell(total, 1).Value = "total";
            sheet.Cell(total, 1).Style.Font.Bold = true;
            foreach (var c in moneyColumns)
            {
                var cell = sheet.Cell(total, c);
                cell.FormulaA1 = $"SUM({sheet.Cell(2, c).Address}:{sheet.Cell(r, c).Address})";
                cell.Style.NumberFormat.Format = CurrencyFormat;
                cell.Style.Font.Bold = true;
            }
        }

        sheet.SheetView.FreezeRows(1);

        // Widths by hand: ClosedXML measures text with System.Drawing, which needs libgdiplus on Linux.
        for (var c = 0; c < headers.Length; c++)
        {
            var widest = headers[c].Length;
            for (var row = 2; row <= r; row++)
            {
                var cell = sheet.Cell(row, c + 1);
                widest = Math.Max(widest, cell.DataType == XLDataType.Number ? 14 : cell.GetString().Length);
            }

            sheet.Column(c + 1).Width = Math.Min(60, widest + 2);
        }
    }
}
