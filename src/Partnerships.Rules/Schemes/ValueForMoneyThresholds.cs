using Ardalis.GuardClauses;
namespace Partnerships.Rules.Schemes;

/// <summary>
/// When a unit cost is compared with the same kind of activity in other plans, and when it stands out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ValueForMoneyThresholds
{
    /// <summary>Gets the default thresholds: at least 3 peers; flag above 2× the median or beyond 1.5 interquartile ranges.</summary>
    public static ValueForMoneyThresholds Default { get; } = new();

    /// <summary>Gets the least number of other plans' activities of the same type needed before any judgement is made.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number set is below 1.</exception>
    public int MinimumPeers { get; init => field = Guard.Against.OutOfRange(value, nameof(MinimumPeers), 1, int.MaxValue); } = 3;

    /// <summary>Gets the ratio to the peers' median unit cost above which an activity is flagged as high cost.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The ratio set is negative.</exception>
    public decimal HighRatioToMedian { get; init => field = Guard.Against.OutOfRange(value, nameof(HighRatioToMedian), 0m, decimal.MaxValue); } = 2.0m;

    /// <summary>Gets how many interquartile ranges above the upper quartile a unit cost must be to be an outlier (Tukey's fence).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number set is negative.</exception>
    public decimal InterquartileFence { get; init => field = Guard.Against.OutOfRange(value, nameof(InterquartileFence), 0m, decimal.MaxValue); } = 1.5m;

    /// <summary>
    /// Gets the share of a plan's total cost that may sit in flagged (outlier) activities before the plan as a whole
    /// no longer broadly represents value for money and is queried; 0.5 for half.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share set is not from 0 to 1.</exception>
    public decimal MaximumOutlierShare { get; init => field = Guard.Against.NotAFraction(value, nameof(MaximumOutlierShare)); } = 0.5m;
}
