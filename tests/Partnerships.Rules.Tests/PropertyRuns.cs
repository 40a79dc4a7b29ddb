using System.Globalization;
using FsCheck.Xunit;
using Partnerships.Rules.Tests;
using Partnerships.Rules.Tests.Allocation;
using Partnerships.Rules.Tests.Calendars;
using Partnerships.Rules.Tests.Monitoring;
using Xunit.Abstractions;
using Xunit.Sdk;

// Every property: 1,000 cases, at most 10% discarded (FsCheck gives up, and the test fails, past 100 discards), and
// the shared Arbitrary instances of each capability, registered once here.
[assembly: Properties(
    MaxTest = PropertyRuns.NormalCases,
    MaxRejected = PropertyRuns.NormalCases / 10,
    Arbitrary = [typeof(MoneyArbitraries), typeof(CalendarArbitraries), typeof(AllocationArbitraries), typeof(MonitoringArbitraries)])]

namespace Partnerships.Rules.Tests;

/// <summary>How many cases a property runs: 1,000 normally; a deep run (<c>PARTNERSHIPS_DEEP=1</c>, or a number of
/// cases) runs every <see cref="InvariantPropertyAttribute"/> property 100,000 times or the number given.</summary>
internal static class PropertyRuns
{
    public const int NormalCases = 1_000;
    public const int DeepCases = 100_000;
    public const string DeepVariable = "PARTNERSHIPS_DEEP";

    public static int InvariantCases { get; } = Cases(Environment.GetEnvironmentVariable(DeepVariable));

    /// <summary>The discards allowed in <paramref name="cases"/> cases: 10%, but never fewer than a normal run
    /// allows, so a short run (<c>PARTNERSHIPS_DEEP=100</c> under mutation testing) does not fail by chance on a
    /// property that discards 8% of its cases.</summary>
    internal static int MaxRejected(int cases) => Math.Max(cases, NormalCases) / 10;

    internal static int Cases(string? deep) =>
        string.IsNullOrWhiteSpace(deep) || deep.Trim() == "0" ? NormalCases
        : int.TryParse(deep, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? n
        : DeepCases;
}

/// <summary>
/// An FsCheck property that proves a numbered invariant of docs/design.md. It carries the traits
/// <c>Category=Invariant</c> and <c>Invariant=N</c>, so a deep run can select it
/// (<c>dotnet test --filter Category=Invariant</c>), and runs <see cref="PropertyRuns.InvariantCases"/> cases, at most
/// 10% of them (or of a normal run, if more) discarded. FsCheck writes the cases run ("Ok, passed 100000 tests.") to the test's output.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[TraitDiscoverer("Partnerships.Rules.Tests.InvariantTraitDiscoverer", "Partnerships.Rules.Tests")]
public sealed class InvariantPropertyAttribute : PropertyAttribute, ITraitAttribute
{
    public InvariantPropertyAttribute(int invariant)
    {
        Invariant = invariant;
        MaxTest = PropertyRuns.InvariantCases;
        MaxRejected = PropertyRuns.MaxRejected(PropertyRuns.InvariantCases);
    }

    /// <summary>Gets the number of the invariant in docs/design.md.</summary>
    public int Invariant { get; }
}

/// <summary>Reads the traits of an <see cref="InvariantPropertyAttribute"/>.</summary>
public sealed class InvariantTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        ArgumentNullException.ThrowIfNull(traitAttribute);
        var invariant = traitAttribute.GetConstructorArguments().Single();
        yield return new("Category", "Invariant");
        yield return new("Invariant", Convert.ToString(invariant, CultureInfo.InvariantCulture)!);
    }
}
