using System.Globalization;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// One MON006 finding (six values, five of them money): making it, rendering its message, and reading its values,
/// against formatting the same message by hand with <see cref="string.Format(IFormatProvider, string, object[])"/>.
/// </summary>
[MemoryDiagnoser]
public class FindingBenchmarks
{
    // Instance fields set once: static readonly inputs would let the JIT fold the work away.
    private string recipient = string.Empty;
    private Money forecast;
    private Money allocation;
    private Money underspend;
    private Money tolerance;
    private Money reclaimed;
    private Finding finding = null!;

    [GlobalSetup]
    public void Setup()
    {
        recipient = "BCU-CAMDEN";
        forecast = Money.Pounds(42_500m);
        allocation = Money.Pounds(50_000m);
        underspend = allocation - forecast;
        tolerance = Money.Pounds(2_500m);
        reclaimed = underspend - tolerance;
        finding = Make();
    }

    [Benchmark(Baseline = true)]
    public string FormatByHand() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} forecasts {1} against an allocation of {2}: under-spend {3}, of which {4} is tolerated and {5} is reclaimed.",
        recipient,
        forecast,
        allocation,
        underspend,
        tolerance,
        reclaimed);

    [Benchmark]
    public Finding Of() => Make();

    [Benchmark]
    public string OfAndMessage() => Make().Message;

    [Benchmark]
    public int Values() => finding.Values.Count;

    [Benchmark]
    public bool EqualsCopy() => finding.Equals(finding with { });

    private Finding Make() => Finding.Of(
        MonitoringFindings.UnderspendReclaimed,
        FindingSeverity.Information,
        MonitoringFindings.UnderspendReclaimedDefinition.MessageTemplate,
        ("recipient", recipient),
        ("forecast", forecast),
        ("allocation", allocation),
        ("underspend", underspend),
        ("tolerance", tolerance),
        ("reclaimed", reclaimed)) with { RecipientId = recipient, Amount = reclaimed };
}
