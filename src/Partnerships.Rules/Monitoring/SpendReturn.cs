using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// A recipient's spend return for one quarter: what it actually spent in the quarter, by activity when it says, and
/// what it now forecasts to spend in the whole year (its forecast outturn).
/// </summary>
/// <remarks>
/// <para><see cref="Spent"/> covers the quarter only; <see cref="ForecastOutturn"/> covers the whole financial year,
/// spend to date included. Both are whole minor units. <see cref="Spent"/> is negative for a refund (money returned in
/// the quarter for spend reported before); the forecast is never negative.</para>
/// <para>A return by activity (<see cref="ByActivity"/>) gives one <see cref="Lines">line</see> per activity, and its
/// <see cref="Spent"/> is their sum. Lines set on a return made with one figure must sum to that figure, or they are
/// refused with an <see cref="ArgumentException"/>: a total that disagrees with its lines is a wrong return, not a finding,
/// because the library cannot tell which of the two is right. Lines are kept in activity-id order (ordinal).</para>
/// <para>Equality compares every property, the lines as a sequence. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SpendReturn
{
    /// <summary>Makes a spend return.</summary>
    /// <param name="recipientId">The id of the recipient that made the return.</param>
    /// <param name="quarter">The quarter the return is for.</param>
    /// <param name="spent">What the recipient spent in the quarter; negative for a refund.</param>
    /// <param name="forecastOutturn">What the recipient forecasts to spend in the whole year; never negative, same currency as <paramref name="spent"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipientId"/> is blank or not well-formed UTF-16, or the amounts are in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="forecastOutturn"/> is negative.</exception>
    public SpendReturn(string recipientId, FinancialQuarter quarter, Money spent, Money forecastOutturn)
    {
        RecipientId = Guard.Against.BlankId(recipientId);
        Guard.Against.NegativeMoney(forecastOutturn);
        Guard.Against.ForeignCurrency(spent, forecastOutturn);
        Quarter = quarter;
        Spent = spent;
        ForecastOutturn = forecastOutturn;
    }

    /// <summary>Gets the id of the recipient that made the return.</summary>
    public string RecipientId { get; }

    /// <summary>Gets the quarter the return is for.</summary>
    public FinancialQuarter Quarter { get; }

    /// <summary>Makes a return by activity: the quarter's spend is the sum of the lines.</summary>
    /// <param name="recipientId">The id of the recipient that made the return.</param>
    /// <param name="quarter">The quarter the return is for.</param>
    /// <param name="lines">What was spent on each activity in the quarter (negative for a refund), and the outputs delivered; one line per activity.</param>
    /// <param name="forecastOutturn">What the recipient forecasts to spend in the whole year; never negative.</param>
    /// <returns>The return, its <see cref="Spent"/> the sum of the lines (zero when there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipientId"/>, <paramref name="lines"/> or a line is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipientId"/> is blank, an activity has two lines, or a line is in another currency from <paramref name="forecastOutturn"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="forecastOutturn"/> is negative.</exception>
    /// <exception cref="OverflowException">The lines sum beyond the range of <see cref="long"/> minor units.</exception>
    public static SpendReturn ByActivity(string recipientId, FinancialQuarter quarter, IEnumerable<ActivitySpend> lines, Money forecastOutturn)
    {
        Guard.Against.Null(lines);
        var list = lines.ToImmutableArray();
        var spent = Money.Zero(forecastOutturn.Currency);
        foreach (var line in list)
        {
            Guard.Against.Null(line, nameof(lines));
            Guard.Against.ForeignCurrency(forecastOutturn, line.Spent, nameof(lines));
            spent += line.Spent;
        }

        return new SpendReturn(recipientId, quarter, spent, forecastOutturn) { Lines = Checked(list, spent, nameof(lines)) };
    }

    /// <summary>Gets what the recipient spent in the quarter; negative for a refund.</summary>
    public Money Spent { get; }

    /// <summary>Gets what the recipient forecasts to spend in the whole year, spend to date included.</summary>
    public Money ForecastOutturn { get; }

    /// <summary>Gets the quarter's spend by activity, in activity-id order; empty for a return of one figure.</summary>
    /// <exception cref="ArgumentNullException">A line set is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lines set do not sum to <see cref="Spent"/>, an activity has two lines, or a line is in another currency.</exception>
    public ImmutableArray<ActivitySpend> Lines { get; init => field = Checked(value.OrEmpty(), Spent, nameof(Lines)); } = [];

    /// <summary>Gets the day the return was submitted, if known; a return without one is never judged late.</summary>
    public LocalDate? SubmittedOn { get; init; }

    /// <summary>Returns a value indicating whether another return holds equal values: the lines compared in order.</summary>
    /// <param name="other">The return to compare with.</param>
    /// <returns><see langword="true"/> if every property is equal.</returns>
    public bool Equals(SpendReturn? other) =>
        other is not null
        && RecipientId == other.RecipientId
        && Quarter == other.Quarter
        && Spent == other.Spent
        && ForecastOutturn == other.ForecastOutturn
        && SubmittedOn == other.SubmittedOn
        && ValueEquality.Equal(Lines, other.Lines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecipientId, Quarter, Spent, ForecastOutturn, SubmittedOn, ValueEquality.Hash(Lines));

    // Lines in activity-id order, each activity once, summing to the return's spend.
    private static ImmutableArray<ActivitySpend> Checked(ImmutableArray<ActivitySpend> lines, Money spent, string parameterName)
    {
        if (lines.IsEmpty)
        {
            return lines;
        }

        var sorted = lines.ToBuilder();
        var total = Money.Zero(spent.Currency);
        foreach (var line in sorted)
        {
            Guard.Against.Null(line, parameterName);
            Guard.Against.ForeignCurrency(spent, line.Spent, parameterName);
            total = checked(total + line.Spent);
        }

        sorted.Sort(static (a, b) => string.CompareOrdinal(a.ActivityId, b.ActivityId));
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].ActivityId == sorted[i].ActivityId)
            {
                throw new ArgumentException(FormattableString.Invariant($"The activity '{sorted[i].ActivityId}' has two lines; give one."), parameterName);
            }
        }

        if (total != spent)
        {
            throw new ArgumentException(FormattableString.Invariant($"The lines sum to {total}; the return says {spent} was spent."), parameterName);
        }

        return sorted.MoveToImmutable();
    }
}
