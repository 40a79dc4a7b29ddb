using System.Globalization;
using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Example;

/// <summary>
/// An allocation by need for the 32 London boroughs as a committee would read it: the formula, each borough's share
/// and award within a £40,000–£50,000 band, the fairness ratios next to it, and what a proposed change of the terms
/// would do. The indicator figures are illustrative (plausible orders of magnitude), not official statistics.
/// </summary>
public static class NeedExample
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Borough, recorded crime, resident population, day-time population, area (km²), deprivation score: illustrative.
    private static readonly (string Borough, decimal Crime, decimal Residents, decimal DayTime, decimal Area, decimal Deprivation)[] Figures =
    [
        ("Barking and Dagenham", 19_800, 164_000, 140_000, 36.1m, 34.5m),
        ("Barnet", 27_400, 314_000, 280_000, 86.7m, 17.6m),
        ("Bexley", 15_300, 218_000, 180_000, 60.6m, 15.1m),
        ("Brent", 31_900, 263_000, 250_000, 43.2m, 28.9m),
        ("Bromley", 24_100, 295_000, 260_000, 150.1m, 13.4m),
        ("Camden", 38_700, 198_000, 520_000, 21.8m, 27.8m),
        ("Croydon", 35_600, 330_000, 300_000, 86.5m, 22.7m),
        ("Ealing", 33_200, 300_000, 280_000, 55.5m, 24.1m),
        ("Enfield", 26_900, 273_000, 240_000, 82.2m, 25.8m),
        ("Greenwich", 27_800, 214_000, 190_000, 47.3m, 31.1m),
        ("Hackney", 32_500, 203_000, 200_000, 19.1m, 46.2m),
        ("Hammersmith and Fulham", 25_600, 165_000, 210_000, 16.4m, 26.4m),
        ("Haringey", 30_100, 216_000, 190_000, 29.6m, 35.7m),
        ("Harrow", 14_900, 207_000, 180_000, 50.5m, 15.7m),
        ("Havering", 17_600, 224_000, 200_000, 112.3m, 14.9m),
        ("Hillingdon", 28_300, 243_000, 290_000, 115.7m, 18.2m),
        ("Hounslow", 25_700, 212_000, 230_000, 56.0m, 22.9m),
        ("Islington", 31_800, 176_000, 260_000, 14.9m, 39.0m),
        ("Kensington and Chelsea", 25_200, 159_000, 250_000, 12.1m, 21.2m),
        ("Kingston upon Thames", 12_700, 148_000, 150_000, 37.3m, 12.5m),
        ("Lambeth", 42_300, 266_000, 280_000, 26.8m, 33.9m),
        ("Lewisham", 31_400, 249_000, 210_000, 35.2m, 31.0m),
        ("Merton", 15_800, 188_000, 170_000, 37.6m, 16.2m),
        ("Newham", 38_900, 244_000, 220_000, 36.2m, 42.9m),
        ("Redbridge", 22_500, 239_000, 200_000, 56.4m, 19.5m),
        ("Richmond upon Thames", 14_400, 172_000, 170_000, 57.4m, 9.7m),
        ("Southwark", 40_600, 244_000, 300_000, 28.9m, 35.9m),
        ("Sutton", 12_900, 180_000, 160_000, 43.9m, 13.9m),
        ("Tower Hamlets", 36_800, 196_000, 330_000, 19.8m, 45.8m),
        ("Waltham Forest", 27_000, 219_000, 190_000, 38.8m, 33.2m),
        ("Wandsworth", 29_800, 260_000, 250_000, 34.3m, 20.4m),
        ("Westminster", 61_500, 181_000, 1_000_000, 21.5m, 29.6m),
    ];

    /// <summary>Writes the allocation, its fairness ratios and one comparison of terms.</summary>
    /// <param name="writer">Where to write.</param>
    public static void Run(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var boroughs = Figures.Select(f => NeedRecipient.Of(
            f.Borough,
            ("crime", f.Crime), ("residents", f.Residents), ("day-time population", f.DayTime), ("area km²", f.Area), ("deprivation", f.Deprivation))).ToArray();
        var formula = NeedFormula.Of(("crime", 40), ("residents", 25), ("day-time population", 15), ("area km²", 10), ("deprivation", 10));
        var band = NeedBands.Band(Money.Pounds(40_000m), Money.Pounds(50_000m));
        var fund = Money.Pounds(1_440_000m);
        var allocation = NeedAllocator.Allocate(fund, boroughs, formula, band);

        writer.WriteLine("Allocation by need: 32 London boroughs (indicator figures illustrative)");
        writer.WriteLine(string.Create(Invariant, $"Fund {fund}; each borough between {band.Minimum} and {band.Maximum}."));
        writer.WriteLine("Formula weights: " + string.Join(", ", formula.Weights.Select(w => string.Create(Invariant, $"{w.Key} {w.Value}%"))));
        writer.WriteLine();

        var perCrime = FairnessRatios.Of(allocation, boroughs, "crime", per: 100);
        var perResident = FairnessRatios.Of(allocation, boroughs, "residents", per: 1_000);
        var perArea = FairnessRatios.Of(allocation, boroughs, "area km²");
        writer.WriteLine(string.Create(Invariant, $"{"Borough",-24}{"Need share",11}{"By formula",13}{"Allocated",13}  {"Bound",-6}{"£/100 crimes",13}{"£/1,000 res.",13}{"£/km²",11}"));
        for (var i = 0; i < allocation.Recipients.Length; i++)
        {
            var r = allocation.Recipients[i];
            writer.WriteLine(string.Create(Invariant,
                $"{r.RecipientId,-24}{r.NeedShare,11:P2}{r.Unclamped,13}{r.Allocated,13}  {Bound(r.Bound),-6}{perCrime.Rates[i].AmountPerUnit,13:N2}{perResident.Rates[i].AmountPerUnit,13:N2}{perArea.Rates[i].AmountPerUnit,11:N0}"));
        }

        writer.WriteLine(string.Create(Invariant, $"{"Total",-24}{"",11}{"",13}{Money.FromMinorUnits(allocation.Recipients.Sum(r => r.Allocated.MinorUnits), fund.Currency),13}"));
        writer.WriteLine();
        writer.WriteLine("Fairness ratios (how evenly the money follows each indicator; 0 is perfectly even):");
        writer.WriteLine(string.Create(Invariant, $"{"",-24}{"max ÷ min",11}{"CV",11}{"Gini",11}"));
        foreach (var report in new[] { perCrime, perResident, perArea })
        {
            writer.WriteLine(string.Create(Invariant, $"{"£ per " + (report.Per == 1 ? string.Empty : report.Per.ToString("N0", Invariant) + " ") + report.Indicator,-24}{report.MaxToMin,11:N2}{report.CoefficientOfVariation,11:N3}{report.Gini,11:N3}"));
        }

        // The proposal: a larger fund, and area counting for more at the expense of crime.
        var proposedFormula = formula.WithWeight("crime", 30).WithWeight("area km²", 20);
        var proposedFund = Money.Pounds(1_500_000m);
        var proposal = NeedAllocator.Allocate(proposedFund, boroughs, proposedFormula, band);
        var comparison = AllocationComparison.Compare(allocation, proposal);
        writer.WriteLine();
        writer.WriteLine("Proposed change of terms: " + string.Join("; ", comparison.TermChanges));
        writer.WriteLine(string.Create(Invariant, $"{"Borough",-24}{"Baseline",13} {"Proposed",13}{"Change",13}  Why (besides the change of terms)"));
        foreach (var line in comparison.Recipients)
        {
            var own = line.Reason.Values["reasons"].Split("; ").Skip(comparison.TermChanges.Length);
            writer.WriteLine(string.Create(Invariant, $"{line.RecipientId,-24}{line.Baseline,13} {line.Proposed,13}{line.Difference,13}  {string.Join("; ", own)}"));
        }

        writer.WriteLine(string.Create(Invariant, $"{"Total",-24}{comparison.BaselineTotal,13} {comparison.ProposedTotal,13}{comparison.ProposedTotal - comparison.BaselineTotal,13}"));
    }

    private static string Bound(NeedBound bound) => bound switch
    {
        NeedBound.Floor => "floor",
        NeedBound.Cap => "cap",
        _ => string.Empty,
    };
}
