using System.Text;
using ClosedXML.Excel;
using Partnerships.Rules.Json;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>The 2011/12 year through the ledger, one process per step, against the example's year in memory.</summary>
[Collection(YearRun.Name)]
public sealed class LedgerYearTests(YearFixture year)
{
    [Fact]
    public void Year_OneProcessPerStep_YearEndRecordIsTheInMemoryExamplesByteForByte()
    {
        var expected = PartnershipsJson.ToAuditJson(InMemoryYear.YearEnd);

        var stored = Assert.Single(Db.Strings(year.Database, "SELECT record FROM state WHERE key = 'position'"));

        Assert.Equal(expected, stored);
        Assert.Equal(InMemoryYear.YearEnd, PartnershipsJson.FromAuditJson<FundPosition>(stored).Payload);
    }

    [Fact]
    public void Year_Closed_YearEndRecordIsTheInMemoryCloseByteForByte()
    {
        var stored = Assert.Single(Db.Strings(year.Database, "SELECT record FROM state WHERE key = 'year-end'"));

        Assert.Equal(InMemoryYear.AuditRecords[^1], stored);
        Assert.Equal(InMemoryYear.Closed, PartnershipsJson.FromAuditJson<YearEndRecord>(stored).Payload);
        Assert.Equal(InMemoryYear.Terms.Fund, InMemoryYear.Closed.PaidInYear + InMemoryYear.Closed.PaidAfterYearEnd - InMemoryYear.Closed.Recoveries + InMemoryYear.Closed.Lapsed + InMemoryYear.Closed.Unallocated);
    }

    [Fact]
    public void Year_EveryStepsAuditRecord_IsTheInMemoryRecordByteForByte()
    {
        var stored = Db.Strings(year.Database, "SELECT record FROM audit ORDER BY seq");

        Assert.Equal(InMemoryYear.AuditRecords.Length, stored.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.True(InMemoryYear.AuditRecords[i] == stored[i], $"audit record {i + 1} differs from the in-memory year's");
        }
    }

    [Fact]
    public void Year_StatusJson_IsTheYearEndRecord()
    {
        var outcome = LedgerProcess.Ok(year.Folder, "status", "--json");

        Assert.Equal(PartnershipsJson.ToAuditJson(InMemoryYear.YearEnd), outcome.Output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Year_PaymentsTable_HoldsEveryPaymentOfTheYearToThePenny()
    {
        var stored = Db.Strings(year.Database, "SELECT recipient || ' ' || quarter || ' ' || payment_date || ' ' || amount_pence FROM payments ORDER BY quarter, recipient");

        var expected = InMemoryYear.Payments
            .OrderBy(p => p.Quarter.Label, StringComparer.Ordinal).ThenBy(p => p.RecipientId, StringComparer.Ordinal)
            .Select(p => FormattableString.Invariant($"{p.RecipientId} {p.Quarter.Label} {p.PaymentDate:yyyy-MM-dd} {p.Amount.MinorUnits}"));
        Assert.Equal(expected, stored);
    }

    [Fact]
    public void Export_YearEnd_WritesTheRecordsGrantsAndAWorkbookWhoseAmountsSumToTheLibrarysPence()
    {
        using var output = new TempFolder();

        LedgerProcess.Ok(year.Folder, "export", "--out", output.Path, "--xlsx");

        Assert.Equal(Encoding.UTF8.GetBytes(PartnershipsJson.ToAuditJson(InMemoryYear.YearEnd)), File.ReadAllBytes(output.File(LedgerExport.PositionFile)));
        Assert.Equal(string.Concat(InMemoryYear.AuditRecords.Select(r => r + "\n")), File.ReadAllText(output.File(LedgerExport.AuditFile)));
        using (var grants = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(output.File(LedgerExport.GrantsFile))))
        {
            var list = grants.RootElement.GetProperty("grants").EnumerateArray().ToList();
            Assert.Equal(32, list.Count);
            Assert.Equal(1_590_500m, list.Sum(g => g.GetProperty("amountAwarded").GetDecimal()));
            Assert.Equal(1_581_500m, list.Sum(g => g.GetProperty("amountDisbursed").GetDecimal()));
        }

        using var workbook = new XLWorkbook(output.File(LedgerExport.WorkbookFile));
        Assert.Equal(["Assessment", "Allocation", "Payments", "Reclaims", "Grants", "Accounts", "Year-end", "Reconciliation"], workbook.Worksheets.Select(w => w.Name));
        AssertColumnSums(workbook.Worksheet("Reconciliation"), "amount", InMemoryYear.Terms.Fund.MinorUnits);
        AssertColumnSums(workbook.Worksheet("Year-end"), "lapsed", InMemoryYear.Closed.Lapsed.MinorUnits);
        AssertColumnSums(workbook.Worksheet("Year-end"), "paid after year end", InMemoryYear.Closed.PaidAfterYearEnd.MinorUnits);
        AssertColumnSums(workbook.Worksheet("Payments"), "amount", InMemoryYear.Payments.Sum(p => p.Amount.MinorUnits));
        AssertColumnSums(workbook.Worksheet("Allocation"), "allocated", InMemoryYear.Allocation.Activities.Sum(a => a.Allocated.MinorUnits));
        AssertColumnSums(workbook.Worksheet("Accounts"), "allocation", InMemoryYear.YearEnd.Accounts.Sum(a => a.Allocation.MinorUnits));
        AssertColumnSums(workbook.Worksheet("Accounts"), "paid", InMemoryYear.YearEnd.Accounts.Sum(a => a.Paid.MinorUnits));
        AssertColumnSums(workbook.Worksheet("Assessment"), "under query", InMemoryYear.Report.AmountUnderQuery.MinorUnits);
    }

    // Every amount cell is a currency-formatted number; the data cells and the sheet's own total both come to the library's pence.
    private static void AssertColumnSums(IXLWorksheet sheet, string header, long expectedPence)
    {
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
        var last = sheet.LastRowUsed().RowNumber();
        var cells = Enumerable.Range(2, last - 2).Select(r => sheet.Cell(r, column)).ToList();
        Assert.All(cells, c => Assert.Equal(XLDataType.Number, c.DataType));
        Assert.All(cells, c => Assert.Equal(LedgerWorkbook.CurrencyFormat, c.Style.NumberFormat.Format));
        Assert.Equal(expectedPence, cells.Sum(c => decimal.Round(c.GetValue<decimal>() * 100m)));
        Assert.Equal("total", sheet.Cell(last, 1).GetString());
        Assert.Equal(expectedPence, decimal.Round(sheet.Cell(last, column).GetValue<decimal>() * 100m));
    }
}
