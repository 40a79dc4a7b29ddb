using Partnerships.Rules.Example;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests;

/// <summary>
/// Hostile input at every public entry point of the main flow: each gets an <see cref="ArgumentException"/>-family
/// error of the exact type naming the parameter, a coded finding, or documented behaviour; never a
/// NullReference, IndexOutOfRange, InvalidCast or DivideByZero exception; and the inputs are unchanged.
/// </summary>
public sealed partial class HostileInputTests
{
    private const string ZeroWidth = "\u200B\u200B";
    private const string LoneHighSurrogate = "BCU-\uD800";
    private const string LoneLowSurrogate = "\uDC00BCU";
    private static readonly string LongId = new('X', 10_000);

    // Properties, not fields: BlankIds is read when xunit discovers the tests, and that runs the class's field
    // initialisers outside any test (docs/mutation.md).
    private static FundTerms Terms => Round2011.Terms;
    private static Currency Euro => Currency.Create("EUR", 2, "€");

    // By index: a lone surrogate would not survive the serialisation of theory data.
    private static readonly string?[] Blank = [null, string.Empty, " ", "\t\r\n", ZeroWidth, "\uFEFF", " \u200B ", LoneHighSurrogate, LoneLowSurrogate];

    public static TheoryData<int> BlankIds => [.. Enumerable.Range(0, Blank.Length)];

    private static void Rejects<TException>(string parameterName, Action act)
        where TException : ArgumentException
    {
        var error = Assert.Throws<TException>(act); // the exact type
        Assert.Equal(parameterName, error.ParamName);
    }

    private static Activity Line(string id, long pence, params string[] priorities) => new()
    {
        Id = id,
        Title = "Activity " + id,
        Cost = Money.FromMinorUnits(pence, Currency.Gbp),
        ActivityType = Round2011.DomesticViolenceAdvocacy,
        ClaimedPriorities = [.. priorities],
    };

    private static SpendPlan Plan(string recipientId, params Activity[] activities) => new()
    {
        Recipient = new Recipient(recipientId, "Recipient " + recipientId),
        Year = Terms.Year,
        Activities = [.. activities],
        EqualityImpactStatement = "Addressed.",
    };

    // A deep copy: new arrays holding copies of every element, equal but not the same. An array, not an
    // ImmutableArray, which xUnit would compare by reference through its own IEquatable.
    private static SpendPlan[] Copy(IEnumerable<SpendPlan> plans) =>
        [.. plans.Select(p => p with { Activities = [.. p.Activities.Select(a => a with { ClaimedPriorities = [.. a.ClaimedPriorities] })] })];
}
