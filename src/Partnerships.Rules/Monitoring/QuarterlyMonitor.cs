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
/// is paid then. Missing, late, repeated and unknown returns are findings, never exceptions; so are a return for a quarter
/// of another year or a later quarter, and two returns of one recipient for one quarter in one batch: such a return is set
/// aside with its finding and the rest of the batch is recorded and paid; and so is a query still unanswered after its
/// due date on the day the quarter's returns are due (<see cref="MonitoringFindings.QueryOverdue"/>).</para>
/// <para>A refund (a return with negative spend) lowers spend to date, never below zero. When spend to date falls below
/// what was paid, nothing more is paid until spend passes the payments again; what was paid beyond the smaller of spend
/// and allocation is an over-payment (<see cref="RecipientAccount.Overpaid"/>), recovered by the year-end close
/// (<see cref="YearEnd"/>). A payment never takes payments to date above the smaller of spend to date and the allocation
/// (docs/design.md, invariant 7).</para>
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
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is not the next quarter of the position's year, or a return is in another currency.</exception>
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

        var findings = ImmutableArray.CreateBuilder<Finding>();
        var byRecipient = Group(position, quarter, returns, findings);
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

            Guard.Against.ForeignCurrency(account.Allocation, spendReturn.Spent, "returns");
            hasCurrent |= spendReturn.Quarter == quarter;
            if (spendReturn.Quarter < quarter)
            {
                findings.Add(MonitoringFindings.ReturnCarriedForwardDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", spendReturn.Quarter), ("recorded", quarter)));
            }

            if (returnDueDate is not null && spendReturn.SubmittedOn is { } submitted && submitted > returnDueDate(spendReturn.Quarter))
            {
                findings.Add(MonitoringFindings.ReturnLateDefinition.Make(recipient, null, null, ("recipient", recipient), ("quarter", spendReturn.Quarter), ("submitted", IsoDate(submitted)), ("due", IsoDate(returnDueDate(spendReturn.Quarter)))));
            }

            // A refund may bring spend to date down, never below nothing: such a return is set aside.
            if (spent + spendReturn.Spent < Money.Zero(spent.Currency))
            {
                findings.Add(MonitoringFindings.RefundBeyondSpendDefinition.Make(recipient, null, spendReturn.Spent, ("recipient", recipient), ("quarter", spendReturn.Quarter), ("refund", -spendReturn.Spent), ("spent", spent)));
                continue;
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

    // The returns by recipient, each list in quarter order; returns that cannot be recorded now are set aside with a finding.
    private static Dictionary<string, List<SpendReturn>> Group(FundPosition position, FinancialQuarter quarter, IEnumerable<SpendReturn> returns, ImmutableArray<Finding>.Builder findings)
    {
        var byRecipient = new Dictionary<string, List<SpendReturn>>(StringComparer.Ordinal);
        var setAside = new List<(SpendReturn Return, FindingDefinition Why)>();
        foreach (var spendReturn in returns)
        {
            Guard.Against.Null(spendReturn, nameof(returns));
            if (spendReturn.Quarter.Year != position.Year)
            {
                setAside.Add((spendReturn, MonitoringFindings.ReturnOutsideYearDefinition));
                continue;
            }

            if (spendReturn.Quarter > quarter)
            {
                setAside.Add((spendReturn, MonitoringFindings.ReturnAheadDefinition));
                continue;
            }

            if (!byRecipient.TryGetValue(spendReturn.RecipientId, out var list))
            {
                byRecipient.Add(spendReturn.RecipientId, list = []);
            }

            list.Add(spendReturn);
        }

        foreach (var list in byRecipient.Values)
        {
            if (list.Count > 1)
            {
                list.Sort(static (a, b) => a.Quarter.CompareTo(b.Quarter));
                SetAsideRepeats(list, setAside);
            }
        }

        // Findings in recipient, quarter, code and amount order, so they do not depend on the order of the batch. A
        // finding shows the recipient, the quarters and the amount spent, so returns that differ only in their forecast or
        // date give equal findings, which read the same in either order.
        setAside.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Return.RecipientId, b.Return.RecipientId);
            order = order != 0 ? order : a.Return.Quarter.CompareTo(b.Return.Quarter);
            order = order != 0 ? order : string.CompareOrdinal(a.Why.Code, b.Why.Code);
            order = order != 0 ? order : a.Return.Spent.MinorUnits.CompareTo(b.Return.Spent.MinorUnits);
            return order != 0 ? order : string.CompareOrdinal(a.Return.Spent.Currency.Code, b.Return.Spent.Currency.Code);
        });
        foreach (var (spendReturn, why) in setAside)
        {
            findings.Add(why.Make(spendReturn.RecipientId, null, spendReturn.Spent, ("recipient", spendReturn.RecipientId), ("quarter", spendReturn.Quarter), ("recorded", quarter)));
        }

        return byRecipient;
    }

    // Two returns of one recipient for one quarter in a batch: copies of one return are recorded once; returns that differ
    // are all set aside, since which one stands is for the recipient to say. Either way the result is the same in any order.
    private static void SetAsideRepeats(List<SpendReturn> sorted, List<(SpendReturn, FindingDefinition)> setAside)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var end = i + 1;
            var same = true;
            while (end < sorted.Count && sorted[end].Quarter == sorted[i].Quarter)
            {
                same &= sorted[end] == sorted[i];
                end++;
            }

            if (end - i > 1)
            {
                for (var k = same ? i + 1 : i; k < end; k++)
                {
                    setAside.Add((sorted[k], MonitoringFindings.ReturnRepeatedInBatchDefinition));
                }
            }

            if (end - i == 1 || same)
            {
                sorted[kept++] = sorted[i];
            }

            i = end;
        }

        sorted.RemoveRange(kept, sorted.Count - kept);
    }
}
