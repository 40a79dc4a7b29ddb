namespace Partnerships.Rules.Monitoring;

/// <summary>A bid held in a <see cref="FundPosition"/>, with what it has been given so far.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Bid">The bid.</param>
/// <param name="Funded">What the bid has been given so far; at most its request.</param>
public sealed record HeldBid(ActivityBid Bid, Money Funded)
{
    /// <summary>Gets what the bid still asks for: its request less what it has been given.</summary>
    public Money Outstanding => Bid.Request - Funded;
}
