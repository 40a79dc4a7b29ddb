namespace Partnerships.Rules.Monitoring;

/// <summary>Checks across two arguments that .NET's throw helpers do not cover.</summary>
internal static class Preconditions
{
    internal static void SameCurrency(Money expected, Money actual, string parameterName)
    {
        if (expected.Currency != actual.Currency)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The amount {actual} is in {actual.Currency}; the fund is in {expected.Currency}."),
                parameterName);
        }
    }
}
