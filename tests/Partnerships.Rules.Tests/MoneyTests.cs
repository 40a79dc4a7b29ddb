namespace Partnerships.Rules.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Multiply_ThirtyTwoUnitsAtStandardAllocation_IsTheWholeFund()
    {
        var standardAllocation = Money.Pounds(50_000m);

        Assert.Equal(Money.Pounds(1_600_000m), standardAllocation * 32);
    }

    [Fact]
    public void ToString_LargeAmount_IsWrittenAsAPersonInTheUkReadsIt()
    {
        Assert.Equal("£1,600,000.00", Money.Pounds(1_600_000m).ToString());
        Assert.Equal("-£12.50", Money.Pounds(-12.50m).ToString());
    }
}
