namespace Partnerships.Rules.Allocation;

/// <summary>What bound a recipient's allocation by need.</summary>
public enum NeedBound
{
    /// <summary>Neither: the recipient got its need share under the common multiplier, rounded to the minor unit.</summary>
    None = 0,

    /// <summary>The floor: the formula would have given less.</summary>
    Floor = 1,

    /// <summary>The cap: the formula would have given more.</summary>
    Cap = 2,
}
