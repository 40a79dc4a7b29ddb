namespace Partnerships.Rules.Assessment;

/// <summary>How well an activity fits the priorities it claims.</summary>
public enum PriorityFitLevel
{
    /// <summary>Its theme is a direct theme of a claimed priority.</summary>
    Direct = 0,

    /// <summary>Its theme is only an arguable theme of a claimed priority: it needs a query.</summary>
    Arguable = 1,

    /// <summary>Its theme fits none of its claimed priorities, or it claims none: it needs a query.</summary>
    None = 2,
}
