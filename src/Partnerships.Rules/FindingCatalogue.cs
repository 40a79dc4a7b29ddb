using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Partnerships.Rules;

/// <summary>
/// Every finding the library can make, by code: its severity, its English message template and its placeholder
/// names. An app that translates findings, or checks its own table of messages, starts here.
/// </summary>
/// <remarks>
/// <para>The catalogue is the union of the capabilities' own definitions (<c>SchemeFileFindings</c>, <c>PlanFindings</c>,
/// <c>AssessmentFindings</c>, <c>AllocationFindings</c>, <c>NeedFindings</c>, <c>ComparisonFindings</c>, <c>MonitoringFindings</c>), ordered by code. Codes never change
/// meaning and are never reused.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public static class FindingCatalogue
{
    // The one place the root names the capabilities: an index of what they define, used by no rule.
    private static readonly FrozenDictionary<string, FindingDefinition> ByCode = new[]
    {
        Schemes.SchemeFileFindings.Definitions,
        Plans.PlanFindings.Definitions,
        Assessment.AssessmentFindings.Definitions,
        Allocation.AllocationFindings.Definitions,
        Allocation.NeedFindings.Definitions,
        Allocation.ComparisonFindings.Definitions,
        Monitoring.MonitoringFindings.Definitions,
    }.SelectMany(static d => d).ToFrozenDictionary(static d => d.Code, StringComparer.Ordinal);

    /// <summary>Gets every definition, ordered by code (ordinal).</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = [.. ByCode.Values.OrderBy(static d => d.Code, StringComparer.Ordinal)];

    /// <summary>Finds the definition of a code.</summary>
    /// <param name="code">The code, such as <c>ALLOC003</c> (ordinal, case-sensitive).</param>
    /// <returns>The definition, or <see langword="null"/> when the library has no such code.</returns>
    public static FindingDefinition? Find(string code) => code is not null && ByCode.TryGetValue(code, out var definition) ? definition : null;

    /// <summary>Gets the definition of a code.</summary>
    /// <param name="code">The code, such as <c>ALLOC003</c> (ordinal, case-sensitive).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The library has no finding of that code.</exception>
    public static FindingDefinition Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Find(code) ?? throw new KeyNotFoundException(FormattableString.Invariant($"The library makes no finding of code '{code}'."));
    }
}
