using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// One cell or property read from an input file, with where it came from; converting it records a problem
/// instead of throwing, so a file's every problem is listed at once.
/// </summary>
internal sealed record InputField(string File, string Where, string Name, string? Text)
{
    /// <summary>The field's column is missing from the file: already a problem of the header, so never one of each line.</summary>
    public bool Absent { get; init; }

    public bool IsBlank => Absent || string.IsNullOrWhiteSpace(Text);

    public InputProblem Problem(string message) => new(File, Where, Name, Text, message);

    private void Report(List<InputProblem> problems, InputProblem problem)
    {
        if (!Absent)
        {
            problems.Add(problem);
        }
    }

    public string? Required(List<InputProblem> problems)
    {
        if (IsBlank)
        {
            Report(problems, Problem("a value is required"));
            return null;
        }

        return Text!.Trim();
    }

    public Money? Money(Currency currency, List<InputProblem> problems, bool required = true, bool allowNegative = false)
    {
        if (IsBlank)
        {
            if (required)
            {
                Report(problems, Problem("an amount is required"));
            }

            return null;
        }

        if (!Rules.Money.TryParse(Text, currency, out var amount))
        {
            Report(problems, Problem($"not an amount of {currency.Code} (such as 15000.00 or £15,000.00)"));
            return null;
        }

        if (amount.IsNegative && !allowNegative)
        {
            Report(problems, Problem("an amount here must not be negative"));
            return null;
        }

        return amount;
    }

    public Instant? Instant(List<InputProblem> problems, bool required)
    {
        if (IsBlank)
        {
            if (required)
            {
                Report(problems, Problem("a date and time is required"));
            }

            return null;
        }

        var result = InstantPattern.ExtendedIso.Parse(Text!.Trim());
        if (!result.Success)
        {
            Report(problems, Problem("not a date and time in UTC (such as 2011-03-28T09:00:00Z)"));
            return null;
        }

        return result.Value;
    }

    public LocalDate? Date(List<InputProblem> problems)
    {
        if (IsBlank)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(Text!.Trim());
        if (!result.Success)
        {
            Report(problems, Problem("not a date (such as 2011-07-08)"));
            return null;
        }

        return result.Value;
    }

    public bool Flag(List<InputProblem> problems)
    {
        switch (Text?.Trim().ToUpperInvariant())
        {
            case null or "" or "NO" or "FALSE" or "N" or "0":
                return false;
            case "YES" or "TRUE" or "Y" or "1":
                return true;
            default:
                Report(problems, Problem("not yes or no"));
                return false;
        }
    }

    public int? Int(List<InputProblem> problems, int minimum)
    {
        if (IsBlank)
        {
            return null;
        }

        if (!int.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            Report(problems, Problem(string.Create(CultureInfo.InvariantCulture, $"not a whole number of at least {minimum}")));
            return null;
        }

        return value;
    }

    public decimal? Decimal(List<InputProblem> problems)
    {
        if (IsBlank)
        {
            return null;
        }

        if (!decimal.TryParse(Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            Report(problems, Problem("not a positive number"));
            return null;
        }

        return value;
    }
}
