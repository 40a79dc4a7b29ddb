using Partnerships.Rules.Allocation;
using ScottPlot;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// Draws an allocation by need as an SVG (ScottPlot): per recipient, side by side, the money it was allocated and its
/// need share of the fund (the fund × its share under the policy's need formula, before any claim limits it).
/// </summary>
public static class LedgerChart
{
    public const string ChartFile = "need-chart.svg";

    /// <summary>The fill of the allocation bars and of the need share bars; a reader of the SVG finds the bars by them.</summary>
    public static readonly string AllocatedFill = "#1F77B4";
    public static readonly string NeedShareFill = "#FF7F0E";

    /// <summary>Each recipient's need share of the fund, in the order of the allocation's recipients.</summary>
    /// <exception cref="LedgerException">The allocation was not by need.</exception>
    public static IReadOnlyList<(string RecipientId, Money Allocated, Money NeedShare)> Figures(AllocationResult allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        if (allocation.Policy.ShortfallRule != ShortfallRule.ByNeed || allocation.Policy.NeedFormula is not { } formula)
        {
            throw new LedgerException($"The fund was allocated by the {allocation.Policy.ShortfallRule} rule, not by need; there is no need share to chart. Allocate with --need indicators.csv for a chart.");
        }

        var byNeed = NeedAllocator.Allocate(allocation.Terms.Fund, allocation.Policy.NeedIndicators, formula)
            .Recipients.ToDictionary(r => r.RecipientId, r => r.Unclamped, StringComparer.Ordinal);
        return [.. allocation.Recipients.Select(r => (r.RecipientId, r.CoreAllocated + r.OverProgrammedAllocated, byNeed.TryGetValue(r.RecipientId, out var share) ? share : Money.Zero(allocation.Terms.Fund.Currency)))];
    }

    public static void Write(AllocationResult allocation, string path)
    {
        var figures = Figures(allocation);
        var plot = new Plot();
        var allocated = Color.FromHex(AllocatedFill);
        var needShare = Color.FromHex(NeedShareFill);
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < figures.Count; i++)
        {
            // Drawing only: the figures are exact money; a chart's coordinates are doubles.
            var (id, given, share) = figures[i];
            bars.Add(new Bar { Position = (3 * i) + 0.5, Value = (double)given.Amount, FillColor = allocated, LineWidth = 0 });
            bars.Add(new Bar { Position = (3 * i) + 1.5, Value = (double)share.Amount, FillColor = needShare, LineWidth = 0 });
            ticks.Add(new Tick((3 * i) + 1, id.StartsWith("BCU-", StringComparison.Ordinal) ? id[4..] : id, isMajor: true));
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 90;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 170;
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{allocation.Terms.Year.Label}: allocation against need share of the fund ({allocation.Terms.Fund})");
        plot.YLabel($"{allocation.Terms.Fund.Currency.Code}");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "allocated", FillColor = allocated });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "need share of the fund", FillColor = needShare });
        plot.ShowLegend(Alignment.UpperRight);
        plot.SaveSvg(path, Math.Max(800, 40 * figures.Count), 600);
    }
}
