namespace Partnerships.Rules.Allocation;

/// <summary>What one over-programmed bid was given, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Bid">The bid.</param>
/// <param name="Awarded">The amount awarded: zero, the bid's amount, or between its minimum viable amount and its amount.</param>
/// <param name="Reason">Why: <see cref="AllocationFindings.OverProgrammedFunded"/>, <see cref="AllocationFindings.OverProgrammedPartlyFunded"/>,
/// <see cref="AllocationFindings.OverProgrammedDidNotFit"/> or <see cref="AllocationFindings.OverProgrammedNotReached"/>.</param>
public sealed record BidAward(OverProgrammedBid Bid, Money Awarded, Finding Reason);
