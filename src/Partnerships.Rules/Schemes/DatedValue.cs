using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Schemes;

/// <summary>One value of a scheme parameter, in force from a year to a year (open-ended when <see cref="To"/> is null), and its source.</summary>
internal sealed record DatedValue(FinancialYear From, FinancialYear? To, object? Value, ParameterSource Source, string Path)
{
    public bool InForce(FinancialYear year) => year >= From && (To is not { } to || year <= to);

    public string Range => To is { } to ? From.Label + "–" + to.Label : From.Label + " onwards";
}
