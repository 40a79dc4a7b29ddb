using System.Collections.Immutable;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>The outcome of recording a quarter's spend returns: the payments made in arrears, the findings, and the new position.</summary>
/// <remarks>Payments and findings are ordered by recipient id. This type is immutable and thread-safe.</remarks>
public sealed record QuarterResult
{
    internal QuarterResult(FinancialQuarter quarter, FundPosition position, ImmutableArray<Payment> payments, ImmutableArray<Finding> findings)
    {
        Quarter = quarter;
        Position = position;
        Payments = payments.OrEmpty();
        Findings = findings.OrEmpty();
    }

    /// <summary>Gets the quarter recorded.</summary>
    public FinancialQuarter Quarter { get; }

    /// <summary>Gets the position after the quarter: spend, forecasts and payments updated.</summary>
    public FundPosition Position { get; }

    /// <summary>Gets the payments made for the quarter, one per recipient paid anything.</summary>
    public ImmutableArray<Payment> Payments { get; }

    /// <summary>Gets the findings: missing, late, repeated or unknown returns, returns set aside (of another year or quarter, repeated
    /// in the batch, refunding more than was spent), and spend beyond the allocation.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Returns a value indicating whether another result holds equal values: payments and findings compared in order.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(QuarterResult? other) =>
        other is not null
        && Quarter == other.Quarter
        && Position == other.Position
        && ValueEquality.Equal(Payments, other.Payments)
        && ValueEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quarter, Position, ValueEquality.Hash(Payments), ValueEquality.Hash(Findings));

    /// <summary>Rebuilds a result written earlier (by the JSON reader), checking that it is of one quarter.</summary>
    /// <exception cref="ArgumentException">The position has not recorded the quarter, or a payment is of another quarter.</exception>
    internal static QuarterResult Restore(FinancialQuarter quarter, FundPosition position, ImmutableArray<Payment> payments, ImmutableArray<Finding> findings)
    {
        // The reader refuses a null position before this, so there is no null check here.
        if (position.LastQuarterRecorded != quarter)
        {
            throw new ArgumentException(FormattableString.Invariant($"The result is of {quarter}; its position has recorded {position.LastQuarterRecorded?.Label ?? "no quarter"}."), nameof(position));
        }

        foreach (var payment in payments)
        {
            if (payment is null || payment.Quarter != quarter)
            {
                throw new ArgumentException(FormattableString.Invariant($"A payment of the result of {quarter} is {(payment is null ? "missing" : "of " + payment.Quarter.Label)}."), nameof(payments));
            }
        }

        return new(quarter, position, payments, findings);
    }
}
