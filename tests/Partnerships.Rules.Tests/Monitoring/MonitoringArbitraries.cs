using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>Years of positions, returns and reviews for a property's parameters, registered once for the assembly
/// (see PropertyRuns.cs).</summary>
internal static class MonitoringArbitraries
{
    public static Arbitrary<YearScenario> YearScenario() => MonitoringGenerators.Scenario.ToArbitrary();
}
