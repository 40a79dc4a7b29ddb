namespace Partnerships.Rules.Tests;

public sealed class FindingFormatTests
{
    // Neither money, a date, a decimal nor formattable: written by its own ToString.
    private sealed class Plain
    {
        public override string ToString() => "plain text";
    }

    [Fact]
    public void Format_ValueThatIsNotFormattable_IsItsToString()
    {
        Assert.Equal("plain text", Finding.Format(new Plain()));
        Assert.Equal("plain text", Finding.Of("TEST001", FindingSeverity.Information, "{v}", ("v", new Plain())).Message);
    }
}
