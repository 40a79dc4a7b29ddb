using Partnerships.Rules.Allocation;
using static Partnerships.Rules.Tests.Allocation.AllocationFixtures;

namespace Partnerships.Rules.Tests.Allocation;

/// <summary>The arguments of need formulas and recipients: each refusal names its parameter and says why.</summary>
public sealed class NeedVocabularyTests
{
    [Fact]
    public void NeedFormula_BadWeights_ThrowNamingTheParameter()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => NeedFormula.Of(("crime", 1), (" ", 1))).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => NeedFormula.Of(("crime", 1), ("crime", 2)));
        Assert.Equal(("weights", "The indicator 'crime' is weighted twice."), (twice.ParamName, twice.Message.Split(" (Parameter")[0]));
        var none = Assert.Throws<ArgumentException>(() => NeedFormula.Of(("crime", 0), ("area", 0)));
        Assert.Equal(("weights", "At least one indicator needs a positive weight."), (none.ParamName, none.Message.Split(" (Parameter")[0]));

        var formula = NeedFormula.Of(("crime", 1));
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => formula.WithWeight("", 1)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => formula.WithWeight("area", -0.01m)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentException>(() => formula.WithWeight("crime", 0)).ParamName);
    }

    [Fact]
    public void NeedFormula_Hash_DependsOnEachNameAndWeight()
    {
        Assert.Equal(NeedFormula.Of(("a", 1), ("b", 2)).GetHashCode(), NeedFormula.Of(("b", 2), ("a", 1)).GetHashCode());
        Assert.NotEqual(NeedFormula.Of(("a", 1)).GetHashCode(), NeedFormula.Of(("b", 1)).GetHashCode());
        Assert.NotEqual(NeedFormula.Of(("a", 1)).GetHashCode(), NeedFormula.Of(("a", 2)).GetHashCode());
    }

    [Fact]
    public void NeedRecipient_BadIndicators_ThrowNamingTheParameter()
    {
        Assert.Equal("indicators", Assert.Throws<ArgumentException>(() => NeedRecipient.Of("A", ("crime", 1), ("", 1))).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => NeedRecipient.Of("A", ("crime", 1), ("crime", 2)));
        Assert.Equal(("indicators", "'A' gives 'crime' twice."), (twice.ParamName, twice.Message.Split(" (Parameter")[0]));

        var recipient = NeedRecipient.Of("A", ("crime", 1));
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => recipient.WithIndicator(" ", 1)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => recipient.WithIndicator("area", -1)).ParamName);
    }

    [Fact]
    public void NeedRecipient_WithIndicator_KeepsLastYear()
    {
        var recipient = NeedRecipient.Of("A", ("crime", 1)) with { LastYear = Pence(500) };
        var changed = recipient.WithIndicator("area", 3);
        Assert.Equal(Pence(500), changed.LastYear);
        Assert.Equal(3, changed.Indicators["area"]);
    }
}
