using Partnerships.Rules.Allocation;

namespace Partnerships.Rules.Monitoring;

/// <summary>A bid for money beyond the allocation, held in a <see cref="FundPosition"/> with what it has been given at reviews.</summary>
/// <remarks>
/// The bid is an over-programmed activity left unfunded (or part-funded) at the start of the year, or a bid of a
/// further round. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Bid">The bid, as the allocation's over-programming stage takes it.</param>
/// <param name="Funded">What the bid has been given at reviews so far; at most its amount.</param>
public sealed record HeldBid(OverProgrammedBid Bid, Money Funded)
{
    /// <summary>Gets what the bid still asks for: its amount less what it has been given.</summary>
    public Money Outstanding => Bid.Amount - Funded;

    /// <summary>
    /// Returns the bid for what is still outstanding, as the over-programming stage takes it: a bid already given
    /// something is viable, so any top-up helps it and it has no minimum.
    /// </summary>
    /// <returns>The bid for <see cref="Outstanding"/>.</returns>
    public OverProgrammedBid ForOutstanding() => Funded.IsZero
        ? Bid
        : Bid with { Amount = Outstanding, MinimumViableAmount = OutstandingMinimum };

    // The least the stage may give towards what is outstanding: the bid's own minimum until it is given something.
    internal Money OutstandingMinimum => Funded.IsZero ? Bid.MinimumViableAmount ?? Bid.Amount : Money.Zero(Funded.Currency);
}
