using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Benchmarks;

/// <summary>
/// Loading the sample scheme file with <see cref="Count"/> recipients, against parsing the same text into a
/// <see cref="JsonDocument"/>, which is linear: a ratio that stays put from 5,000 to 80,000 recipients says the load is
/// linear too (the duplicate-id and ordering checks are where a quadratic loop would hide).
/// </summary>
[MemoryDiagnoser]
public class SchemeFileBenchmarks
{
    private string text = string.Empty;

    [Params(5_000, 20_000, 80_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "partnership-fund.scheme.json")))!;
        var recipients = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            recipients.Add(new JsonObject { ["id"] = $"R{i}", ["name"] = $"Recipient {i}" });
        }

        sample["recipients"] = recipients;
        text = sample.ToJsonString();
        if (SchemeFile.Load(text).Scheme?.Recipients.Length != Count)
        {
            throw new InvalidOperationException($"The scheme with {Count} recipients did not load.");
        }
    }

    [Benchmark(Baseline = true)]
    public int ParseYardstick()
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("recipients").GetArrayLength();
    }

    [Benchmark]
    public int Load() => SchemeFile.Load(text).Scheme!.Recipients.Length;
}
