namespace Partnerships.Rules.Tests;

public sealed class TargetFrameworkTests
{
    [Fact]
    public void Runtime_IsTheOneTheTestsWereBuiltFor()
    {
        // The net8.0 tests run self-contained on the .NET 8 runtime pack, not rolled forward to the machine's .NET 10.
#if NET10_0_OR_GREATER
        const int expected = 10;
#else
        const int expected = 8;
#endif
        Assert.Equal(expected, Environment.Version.Major);
    }
}
