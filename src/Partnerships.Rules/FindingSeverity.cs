namespace Partnerships.Rules;

/// <summary>How much a <see cref="Finding"/> weighs in the decision it explains.</summary>
public enum FindingSeverity
{
    /// <summary>A fact recorded for the reader; it changes no decision.</summary>
    Information = 0,

    /// <summary>Something an assessor should look at; it changes no decision by itself.</summary>
    Warning = 1,

    /// <summary>The outcome stands only once a question to the recipient is answered.</summary>
    Query = 2,

    /// <summary>A rule is not met; the decision it belongs to fails.</summary>
    Failure = 3,
}
