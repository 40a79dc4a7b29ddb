namespace Partnerships.Rules.Scenarios;

/// <summary>One way a scenario's run differed from what its file expects, worded for a person.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Subject">What it is about: a recipient id, or <c>year end</c>.</param>
/// <param name="Item">What was compared, such as <c>allocation</c>, <c>decision</c> or <c>finding ALLOC003</c>.</param>
/// <param name="Expected">The expected value as written for people, such as <c>£50,000.00</c>.</param>
/// <param name="Actual">The value the run gave, such as <c>£47,500.00</c>, or <c>none</c>.</param>
/// <param name="Codes">The codes of the findings behind the actual value, comma-separated; empty when none.</param>
public sealed record ScenarioDifference(string Subject, string Item, string Expected, string Actual, string Codes)
{
    /// <summary>Returns the difference as one line: <c>BCU-CAMDEN allocation: expected £50,000.00, got £47,500.00 (ALLOC003)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Subject + " " + Item + ": expected " + Expected + ", got " + Actual + (Codes.Length == 0 ? string.Empty : " (" + Codes + ")");
}
