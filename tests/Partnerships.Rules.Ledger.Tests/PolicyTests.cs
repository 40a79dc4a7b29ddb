using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Example;
using Partnerships.Rules.Json;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>A year whose fund falls short of the bids, allocated under a policy given as a file.</summary>
public sealed class PolicyTests
{
    [Fact]
    public void Allocate_ShortFundWithAPolicyFile_AllocatesAsTheLibrary()
    {
        using var folder = ShortYear();
        var policy = AllocationPolicy.Default with { ShortfallRule = ShortfallRule.ConstrainedEqualAwards };
        File.WriteAllText(folder.File("policy.json"), PartnershipsJson.Serialize(policy));

        var allocated = LedgerProcess.InProcess(folder.Path, "allocate", "--policy", folder.File("policy.json"), "--json", "--recorded-at", "2011-06-13T09:00:00Z");

        Assert.Equal(0, allocated.ExitCode);
        var terms = InMemoryYear.Terms with { Fund = Money.Pounds(1_440_000m) };
        var expected = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), policy);
        Assert.True(expected.ShortfallApplied);
        Assert.Equal(PartnershipsJson.ToAuditJson(expected, Round2011.Plans, NodaTime.Instant.FromUtc(2011, 6, 13, 9, 0)), allocated.Output.TrimEnd());
    }

    [Fact]
    public void Allocate_ByNeedPolicyFile_AllocatesAsTheLibrary()
    {
        using var folder = ShortYear();
        var policy = AllocationPolicy.Default with
        {
            ShortfallRule = ShortfallRule.ByNeed,
            NeedFormula = NeedFormula.Of(("crime", 60), ("residents", 40)),
            NeedIndicators = [.. Round2011.Boroughs.Select((b, i) => NeedRecipient.Of(Round2011.RecipientId(b), ("crime", 10_000 + (i * 1_000)), ("residents", 150_000)))],
        };
        File.WriteAllText(folder.File("policy.json"), PartnershipsJson.Serialize(policy));

        var allocated = LedgerProcess.InProcess(folder.Path, "allocate", "--policy", folder.File("policy.json"), "--json", "--recorded-at", "2011-06-13T09:00:00Z");

        Assert.Equal(0, allocated.ExitCode);
        var terms = InMemoryYear.Terms with { Fund = Money.Pounds(1_440_000m) };
        var expected = Allocator.Allocate(terms, RoundAssessor.Assess(terms, Round2011.Plans), policy);
        Assert.True(expected.ShortfallApplied);
        Assert.Equal(PartnershipsJson.ToAuditJson(expected, Round2011.Plans, NodaTime.Instant.FromUtc(2011, 6, 13, 9, 0)), allocated.Output.TrimEnd());
    }

    // The 2011/12 scheme with a fund of £1.44m, and its plans assessed.
    internal static TempFolder ShortYear()
    {
        var folder = new TempFolder();
        var scheme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SchemeFromFile.RelativePath));
        File.WriteAllText(folder.File("short.scheme.json"), scheme.Replace("\"value\": 1600000", "\"value\": 1440000", StringComparison.Ordinal));
        Assert.Equal(0, LedgerProcess.InProcess(folder.Path, "init", folder.File("short.scheme.json")).ExitCode);
        Assert.Equal(0, LedgerProcess.InProcess(folder.Path, "assess", LedgerProcess.Data("plans-2011-12.csv")).ExitCode);
        return folder;
    }
}
