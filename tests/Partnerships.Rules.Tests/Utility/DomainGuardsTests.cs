using Ardalis.GuardClauses;
using NodaTime;

namespace Partnerships.Rules.Tests.Utility;

/// <summary>The library's own guard clauses: the parameter named, and the bad value quoted so a reader can see it.</summary>
public sealed class DomainGuardsTests
{
    [Fact]
    public void BlankId_LongerThanFortyCharacters_IsQuotedCutShortWithItsLength()
    {
        // 41 characters: a lone surrogate makes it bad; the quote keeps the first 40 and gives the length.
        var id = new string('a', 40) + "\uD800";

        var error = Assert.Throws<ArgumentException>(() => Guard.Against.BlankId(id));

        Assert.Equal("id", error.ParamName);
        Assert.StartsWith($"An id must be well-formed UTF-16 (no lone surrogate); got '{new string('a', 40)}'… (41 characters).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankId_OfFortyCharacters_IsQuotedWhole()
    {
        var id = new string('a', 39) + "\uD800";

        var error = Assert.Throws<ArgumentException>(() => Guard.Against.BlankId(id));

        Assert.StartsWith($"An id must be well-formed UTF-16 (no lone surrogate); got '{new string('a', 39)}\\uD800'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankText_InvisibleCharacters_AreWrittenAsEscapesAndSpacesKept()
    {
        // A space stays a space; a tab (white space), a zero-width space (format) and a bell (control) are escaped.
        var error = Assert.Throws<ArgumentException>(() => Guard.Against.BlankText(" \t\u200B\u0007"));

        Assert.StartsWith(@"A text must be filled in and well-formed; got ' \u0009\u200B\u0007'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroNumber_Zero_SaysSoNamingTheParameter()
    {
        var denominator = 0m;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.ZeroNumber(denominator));

        Assert.Equal("denominator", error.ParamName);
        Assert.StartsWith("The number must not be zero; got 0.", error.Message, StringComparison.Ordinal);
        Assert.Equal(5m, Guard.Against.ZeroNumber(5m));
    }

    [Fact]
    public void NotIso_DateOfAnotherCalendar_IsRefusedNamingTheParameter()
    {
        var date = new LocalDate(2011, 4, 1, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => Guard.Against.NotIso(date));

        Assert.Equal("date", error.ParamName);
        Assert.Contains("must be in the ISO calendar", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2011, 4, 1), Guard.Against.NotIso(new LocalDate(2011, 4, 1)));
    }
}
