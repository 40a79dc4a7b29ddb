using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Partnerships.Rules.Monitoring;

/// <summary>One recipient's outturn at the year-end close: what it was given, spent and paid, what lapses and what it owes back.</summary>
/// <remarks>
/// <para>With E = min(<see cref="Spent"/>, <see cref="Allocation"/>), what the recipient is due:
/// <see cref="PaidInYear"/> + <see cref="PaidAfterYearEnd"/> − <see cref="Recovery"/> = E, and E + <see cref="Lapsed"/> =
/// <see cref="Allocation"/>, to the minor unit. <see cref="Activities"/> sums the returns by activity (empty when every
/// return was of one figure) and, with <see cref="NotByActivity"/>, is <see cref="Spent"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RecipientOutturn
{
    /// <summary>Gets the id of the recipient.</summary>
    /// <exception cref="ArgumentException">The id set is blank or not well-formed UTF-16.</exception>
    public required string RecipientId { get; init => field = Guard.Against.BlankId(value, nameof(RecipientId)); }

    /// <summary>Gets the allocation at the start of the year.</summary>
    public required Money InitialAllocation { get; init; }

    /// <summary>Gets the allocation at the close: the initial allocation less reclaims plus grants.</summary>
    public required Money Allocation { get; init; }

    /// <summary>Gets what was reclaimed at reviews in the year.</summary>
    public required Money Reclaimed { get; init; }

    /// <summary>Gets what was granted at reviews in the year.</summary>
    public required Money Granted { get; init; }

    /// <summary>Gets the outturn: spend in the year, refunds netted.</summary>
    public required Money Spent { get; init; }

    /// <summary>Gets what was paid within the year: the payments for the first three quarters, and any earlier late returns.</summary>
    public required Money PaidInYear { get; init; }

    /// <summary>Gets what is paid after the year end: the last quarter's payment in arrears, and any spend still unpaid at the close.</summary>
    public required Money PaidAfterYearEnd { get; init; }

    /// <summary>Gets the allocation not spent, which lapses back to the fund.</summary>
    public required Money Lapsed { get; init; }

    /// <summary>Gets what was paid beyond the outturn (a later return revised spend down): a recovery the recipient owes.</summary>
    public required Money Recovery { get; init; }

    /// <summary>Gets the outturn by activity, in activity-id order, when returns gave lines.</summary>
    public ImmutableArray<ActivitySpend> Activities { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the spend of returns given as one figure.</summary>
    public required Money NotByActivity { get; init; }

    /// <summary>Returns a value indicating whether another outturn holds equal figures: the activities compared in order.</summary>
    /// <param name="other">The outturn to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(RecipientOutturn? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && InitialAllocation == other.InitialAllocation
        && Allocation == other.Allocation
        && Reclaimed == other.Reclaimed
        && Granted == other.Granted
        && Spent == other.Spent
        && PaidInYear == other.PaidInYear
        && PaidAfterYearEnd == other.PaidAfterYearEnd
        && Lapsed == other.Lapsed
        && Recovery == other.Recovery
        && NotByActivity == other.NotByActivity
        && ValueEquality.Equal(Activities, other.Activities);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(RecipientId, Allocation, Spent, PaidInYear, PaidAfterYearEnd, Lapsed, Recovery, HashCode.Combine(InitialAllocation, Reclaimed, Granted, NotByActivity, ValueEquality.Hash(Activities)));
}
