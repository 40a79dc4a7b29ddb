using FsCheck;
using FsCheck.Fluent;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>The allocation cases for a property's parameters, registered once for the assembly (see PropertyRuns.cs).</summary>
internal static class AllocationArbitraries
{
    public static Arbitrary<DivisionCase> DivisionCase() => AllocationGenerators.DivisionCases.ToArbitrary();

    public static Arbitrary<AllocationCase> AllocationCase() => AllocationCaseGenerators.Cases.ToArbitrary();
}
