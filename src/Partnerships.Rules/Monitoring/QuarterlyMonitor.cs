using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Partnerships.Rules.Calendars;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Records each quarter's spend returns and pays recipients quarterly in arrears.
/// </summary>
/// <remarks>
/// <para>A quarter pays each recipient what it has reported spending to date, less what it has been paid, but
/// never beyond its allocation: after every quarter a recipient's payments to date are at most the smaller of its
/// spend to date and its allocation. Spend above the allocation is recorded and left unpaid (a
/// <see cref="MonitoringFindings.SpendAboveAllocation"/> finding); it is paid later only if the allocation grows.</para>
/// <para>A missing return pays nothing for the quarter; when it arrives with a later quarter's returns its spend
/// is paid then. Missing, late, repeated and unknown returns are findings, never exceptions, and so is a query still
/// unanswered after its due date on the day the quarter's returns are due (<see cref="MonitoringFindings.QueryOverdue"/>).</para>
/// <para>Quarters are recorded in order, one at a time. Inputs are not changed; the result does not depend on the
/// order of the returns. This type is stateless and thread-safe.</para>
/// </remarks>
public static class QuarterlyMonitor
{
    /// <summary>Records the spend returns for a quarter and makes its payments.</summary>
    /// <param name="position">The position after the previous quarter (or as opened).</param>
    /// <param name="quarter">The quarter to record: the one after <see cref="FundPosition.LastQuarterRecorded"/>, or quarter 1.</param>
    /// <param name="returns">The returns received: this quarter's, and any late ones for earlier quarters of the year.</param>
    /// <param name="returnDueDate">When a quarter's return is due; a return submitted later is a finding. Not judged when <see langword="null"/>.</param>
    /// <param name="paymentDate">When a quarter's payment is due; payments carry no date when <see langword="null"/>.</param>
    /// <returns>The payments, findings and new position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> or <paramref name="returns"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is not the next quarter of the position's year; a return is for
    /// another year or a later quarter, is in another currency, or repeats a recipient and quarter within <paramref name="returns"/>.</exception>
    /// <exception cref="OverflowException">Spend to date is beyond the range of <see cref="long"/> minor units.</exception>
    public static QuarterResult Record(
        FundPosition position,
        FinancialQuarter quarter,
        IEnumerable<SpendReturn> returns,
        Func<FinancialQuarter, LocalDate>? returnDueDate = null,
        Func<FinancialQuarter, LocalDate>? paymentDate = null)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(returns);
        Guard.Against.QuarterOfAnotherYear(position.Year, quarter);
        var expected = position.LastQuarterRecorded is { } last ? last.Number + 1 : 1;
        if (quarter.Number != expected)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The next quarter to record is {(expected > 4 ? "none" : position.Year.Quarter(expected).Label)}; got {quarter}."),
                nameof(quarter));
        }

        var byRecipient = Group(position, quarter, returns);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var payments = ImmutableArray.CreateBuilder<Payment>();
        var accounts = position.Accounts.ToBuilder();
        foreach (var recipientId in byRecipient.Keys.Where(id => position.FindAccount(id) is null).Order(StringComparer.Ordinal))
        {
            foreach (var spendReturn in byRecipient[recipientId])
            {
                findings.Add(MonitoringFindings.ReturnUnknownRecipientDefinition.Make(recipientId, null, null, ("recipient", recipientId), ("quarter", spendReturn.Quarter)));
            }
        }

        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            IReadOnlyList<SpendReturn> received = byRecipient.TryGetValue(account.RecipientId, out var list) ? list : [];
            var recorded = Apply(account, quarter, received, returnDueDate, findings);
            var spent = recorded?.Spent ?? account.Spent;
            var payable = Money.Min(spent, account.Allocation) - account.Paid;
            var paid = account.Paid;
            if (payable.MinorUnits > 0)
            {
                payments.Add(new Payment(account.RecipientId, quarter, payable) { PaymentDate = paymentDate?.Invoke(quarter) });
                paid += payable;
            }

            // One copy of the account for the returns and the payment together.
            var updated = recorded is { } r
                ? account with { Spent = r.Spent, ForecastOutturn = r.Forecast, Returns = r.Returns, Paid = paid }
                : paid == account.Paid ? account : account with { Paid = paid };

            if (updated.Spent > updated.Allocation)
            {
                findings.Add(MonitoringFindings.SpendAboveAllocationDefinition.Make(
                    account.RecipientId,
                    null,
                    updated.Spent - updated.Allocation,
                    ("recipient", account.RecipientId),
                    ("spent", updated.Spent),
                    ("allocation", updated.Allocation),
                    ("unpaid", updated.Spent - updated.Allocation)));
            }

            accounts[i] = updated;
        }

        // Queries still unanswered on the recording date: the day returns are due, or the quarter's last day.
        findings.AddRange(QueryDesk.Overdue(position, returnDueDate?.Invoke(quarter) ?? quarter.End));
        return new QuarterResult(quarter, position.With(accounts.ToImmutable(), position.Unallocated, quarter), payments.ToImmutable(), findings.ToImmutable());
    }

    // The account's spend, forecast and returns once the quarter's returns are taken in; null when nothing changes.
    private static (Money Spent, Money? Forecast, ImmutableArray<SpendReturn> Returns)? Apply(
        RecipientAccount account,
        FinancialQuarter quarter,
        IReadOnlyList<SpendReturn> received,
        Func<FinancialQuarter, LocalDate>? returnDueDate,
        ImmutableArray<Finding>.Builder findings)
    {
        var recipient = account.RecipientId;
        if (received.Count == 0)
        {
            findings.Add(Missing(recipient, quarter));
            return null;
        }

        var spent = account.Spent;
        var forecast = account.ForecastOutturn;
        var latest = account.Returns.IsEmpty ? (FinancialQuarter?)null : account.Returns[^1].Quarter;
        var history = ImmutableArray.CreateBuilder<SpendReturn>(account.Returns.Length + received.Count);
        history.AddRange(account.Returns);
        var inOrder = true;
        var hasCurrent = false;
        foreach (var spendReturn in received)
        {
            if (Holds(account.Returns, spendReturn.Quarter))
            {
                findings.Add(MonitoringFindings.ReturnDuplicateDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", spendReturn.Quarter)));
                continue;
            }

            Guard.Against.ForeignCurrency(account.Allocation, spendReturn.Spent, nameof(received));
            hasCurrent |= spendReturn.Quarter == quarter;
            if (spendReturn.Quarter < quarter)
            {
                findings.Add(MonitoringFindings.ReturnCarriedForwardDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", spendReturn.Quarter), ("recorded", quarter)));
            }

            if (returnDueDate is not null && spendReturn.SubmittedOn is { } submitted && submitted > returnDueDate(spendReturn.Quarter))
            {
                findings.Add(MonitoringFindings.ReturnLateDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", spendReturn.Quarter), ("submitted", IsoDate(submitted)), ("due", IsoDate(returnDueDate(spendReturn.Quarter)))));
            }

            spent += spendReturn.Spent;
            if (latest is null || spendReturn.Quarter > latest.Value)
            {
                latest = spendReturn.Quarter;
                forecast = spendReturn.ForecastOutturn;
            }
            else
            {
                inOrder = false;
            }

            history.Add(spendReturn);
        }

        if (!hasCurrent)
        {
            findings.Add(Missing(recipient, quarter));
        }

        if (history.Count == account.Returns.Length)
        {
            return null;
        }

        if (!inOrder)
        {
            history.Sort(static (a, b) => a.Quarter.CompareTo(b.Quarter));
        }

        return (spent, forecast, history.Count == history.Capacity ? history.MoveToImmutable() : history.ToImmutable());
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static Finding Missing(string recipient, FinancialQuarter quarter) =>
        MonitoringFindings.ReturnMissingDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", quarter));

    private static bool Holds(IEnumerable<SpendReturn> returns, FinancialQuarter quarter)
    {
        foreach (var spendReturn in returns)
        {
            if (spendReturn.Quarter == quarter)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<SpendReturn>> Group(FundPosition position, FinancialQuarter quarter, IEnumerable<SpendReturn> returns)
    {
        var byRecipient = new Dictionary<string, List<SpendReturn>>(StringComparer.Ordinal);
        foreach (var spendReturn in returns)
        {
            Guard.Against.Null(spendReturn, nameof(returns));
            if (spendReturn.Quarter.Year != position.Year || spendReturn.Quarter > quarter)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The return of '{spendReturn.RecipientId}' is for {spendReturn.Quarter}; only quarters of {position.Year} up to {quarter} can be recorded now."),
                    nameof(returns));
            }

            if (!byRecipient.TryGetValue(spendReturn.RecipientId, out var list))
            {
                byRecipient.Add(spendReturn.RecipientId, list = []);
            }
            else if (Holds(list, spendReturn.Quarter))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Two returns of '{spendReturn.RecipientId}' for {spendReturn.Quarter} are given; give one."),
                    nameof(returns));
            }

            list.Add(spendReturn);
        }

        foreach (var list in byRecipient.Values)
        {
            if (list.Count > 1)
            {
                list.Sort(static (a, b) => a.Quarter.CompareTo(b.Quarter));
            }
        }

        return byRecipient;
    }
}
