using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests;

/// <summary>Amounts for a property's parameters, registered once for the assembly (see PropertyRuns.cs): any
/// <see cref="long"/> of minor units in pounds, with zero, one penny and the ends of the range drawn often.</summary>
internal static class MoneyArbitraries
{
    public static Arbitrary<Money> Money() => MoneyTests.AnyMinorUnits.Select(m => Rules.Money.FromMinorUnits(m, Currency.Gbp)).ToArbitrary();
}
