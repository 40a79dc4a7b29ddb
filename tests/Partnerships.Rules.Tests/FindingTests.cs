using System.Globalization;

namespace Partnerships.Rules.Tests;

public sealed class FindingTests
{
    [Fact]
    public void Message_FillsEveryPlaceholderFromTheValues()
    {
        var finding = Finding.Of(
            "TEST001",
            FindingSeverity.Warning,
            "{activity} costs {ratio} times the median of {median}.",
            ("activity", "Cadets"),
            ("ratio", 2.4m),
            ("median", Money.Pounds(1_250m)));

        Assert.Equal("Cadets costs 2.4 times the median of £1,250.00.", finding.Message);
        Assert.Equal("TEST001: Cadets costs 2.4 times the median of £1,250.00.", finding.ToString());
    }

    [Fact]
    public void Of_ValuesAreWrittenInvariantly_WhateverTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var finding = Finding.Of("TEST002", FindingSeverity.Information, "{rate}", ("rate", 0.095m));

            Assert.Equal("0.095", finding.Values["rate"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Message_UnknownPlaceholder_IsLeftAsWritten()
    {
        var finding = Finding.Of("TEST003", FindingSeverity.Information, "Left {missing} as is.");

        Assert.Equal("Left {missing} as is.", finding.Message);
    }

    [Theory]
    [InlineData("Left {missing} beside {a}.", "Left {missing} beside 1.")]
    [InlineData("{a} and then {missing}", "1 and then {missing}")]
    [InlineData("{a}{missing}{a}", "1{missing}1")]
    public void Message_UnknownPlaceholderAmongKnownOnes_IsLeftAsWritten(string template, string expected)
    {
        var finding = Finding.Of("TEST003", FindingSeverity.Information, template, ("a", 1));

        Assert.Equal(expected, finding.Message);
    }

    [Fact]
    public void Of_NameGivenTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Finding.Of("TEST004", FindingSeverity.Information, "{a}", ("a", 1), ("a", 2)));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameCodeValuesAndSubject_AreEqual()
    {
        Finding Make() => Finding.Of("TEST005", FindingSeverity.Query, "{x}", ("x", 1)) with { RecipientId = "R1", Amount = Money.Pounds(5m) };

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { ActivityId = "A1" });
    }

    [Theory]
    [InlineData(null, "x", "v", "code")]
    [InlineData(" ", "x", "v", "code")]
    [InlineData("TEST006", null, "v", "messageTemplate")]
    [InlineData("TEST006", " ", "v", "messageTemplate")]
    [InlineData("TEST006", "x", " ", "values")]
    public void Of_NullOrBlankCodeTemplateOrValueName_ThrowsNamingIt(string? code, string? template, string name, string parameter)
    {
        var error = Record.Exception(() => Finding.Of(code!, FindingSeverity.Information, template!, (name, 1)));

        Assert.IsType(code is null || template is null ? typeof(ArgumentNullException) : typeof(ArgumentException), error);
        Assert.Equal(parameter, ((ArgumentException)error).ParamName);
    }

    [Fact]
    public void Format_EachKindOfValue_AsAPersonReadsIt()
    {
        // Decimals lose trailing zeros (up to 12 places); anything else not formattable is its ToString().
        Assert.Equal(string.Empty, Finding.Format(null));
        Assert.Equal("1.5", Finding.Format(1.50m));
        Assert.Equal("0.000000000001", Finding.Format(0.000000000001m));
        Assert.Equal("£1,250.00", Finding.Format(Money.Pounds(1_250m)));
        Assert.Equal("System.Object", Finding.Format(new object()));
        Assert.Equal("True", Finding.Format(true));
        Assert.Equal(string.Empty, Finding.Format(new NoText()));
    }

    [Fact]
    public void Format_Date_IsIso()
    {
        Assert.Equal("2011-07-14", Finding.Format(new NodaTime.LocalDate(2011, 7, 14)));
    }

    // A value whose ToString breaks its contract and returns null.
    private sealed class NoText
    {
        public override string? ToString() => null;
    }
}
