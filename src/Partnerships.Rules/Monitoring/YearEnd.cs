using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Monitoring;

/// <summary>
/// Closes a fund's year after its last quarter's returns, and opens the next year with each recipient's history.
/// </summary>
/// <remarks>
/// <para>Close: for each recipient, with E = min(outturn, allocation), what it is due: the last quarter's payment, in arrears,
/// falls after the year end, in the next financial year; the rest of its payments fell within the year; spend within the
/// allocation still unpaid at the close (only after a review that follows the last quarter) is paid with it; allocation
/// above E lapses back to the fund; payments above E (a later return revised spend down) are a recovery it owes. The record
/// reconciles to the fund to the minor unit (see <see cref="YearEndRecord"/>).</para>
/// <para>The close is a pure function of its arguments: it changes nothing and reads no clock, so closing the same position
/// twice gives equal records (the close is idempotent), and a position saved and restored closes to the same record.</para>
/// <para>Linear in the accounts and their returns' lines. This type is stateless and thread-safe.</para>
/// </remarks>
public static class YearEnd
{
    /// <summary>Closes the year from the result of recording its last quarter.</summary>
    /// <param name="lastQuarter">The result of recording quarter 4: its position and payments.</param>
    /// <param name="terms">The year's terms.</param>
    /// <param name="schedule">When quarterly payments fall; when <see langword="null"/> the latest of the payments' own dates is shown, if any.</param>
    /// <returns>The year-end record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lastQuarter"/> or <paramref name="terms"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As <see cref="Close(FundPosition, FundTerms, IEnumerable{Payment}, QuarterlyPaymentSchedule?)"/>.</exception>
    /// <exception cref="InvalidOperationException">The result is not of quarter 4.</exception>
    public static YearEndRecord Close(QuarterResult lastQuarter, FundTerms terms, QuarterlyPaymentSchedule? schedule = null)
    {
        Guard.Against.Null(lastQuarter);
        return Close(lastQuarter.Position, terms, lastQuarter.Payments, schedule);
    }

    /// <summary>Closes the year.</summary>
    /// <param name="position">The position after quarter 4 was recorded (and any review that follows it).</param>
    /// <param name="terms">The year's terms.</param>
    /// <param name="lastQuarterPayments">The payments made for quarter 4 (<see cref="QuarterResult.Payments"/>), which fall after the year end.</param>
    /// <param name="schedule">When quarterly payments fall; when <see langword="null"/> the latest of the payments' own dates is shown, if any.</param>
    /// <returns>The year-end record.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="schedule"/>, or a payment, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The terms are of another scheme, year or fund; a payment is not of quarter 4, is of a recipient
    /// without an account, repeats a recipient, is not positive, or is more than the recipient has been paid.</exception>
    /// <exception cref="InvalidOperationException">Quarter 4 has not been recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schedule's payment date is outside the years its working-day calendar covers.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static YearEndRecord Close(FundPosition position, FundTerms terms, IEnumerable<Payment> lastQuarterPayments, QuarterlyPaymentSchedule? schedule = null)
    {
        Guard.Against.Null(position);
        Guard.Against.Null(terms);
        Guard.Against.Null(lastQuarterPayments);
        if (!string.Equals(terms.SchemeName, position.SchemeName, StringComparison.Ordinal) || terms.Year != position.Year || terms.Fund != position.Fund)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The terms are of '{terms.SchemeName ?? "(no scheme)"}' for {terms.Year} with a fund of {terms.Fund}; the position is of '{position.SchemeName ?? "(no scheme)"}' for {position.Year} with a fund of {position.Fund}."),
                nameof(terms));
        }

        var last = position.Year.Quarter(4);
        if (position.LastQuarterRecorded != last)
        {
            throw new InvalidOperationException(
                FormattableString.Invariant($"The year {position.Year} closes after {last} is recorded; the position has recorded {position.LastQuarterRecorded?.Label ?? "no quarter"}."));
        }

        var paidAfter = LastQuarterPayments(position, last, lastQuarterPayments, out var paymentDate);
        if (schedule is not null)
        {
            paymentDate = schedule.PaymentDate(last);
        }

        var currency = position.Fund.Currency;
        var zero = Money.Zero(currency);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var recipients = ImmutableArray.CreateBuilder<RecipientOutturn>(position.Accounts.Length);
        Money inYear = zero, after = zero, recoveries = zero, lapsed = zero;
        foreach (var account in position.Accounts)
        {
            var outturn = Outturn(account, paidAfter.GetValueOrDefault(account.RecipientId, zero), position.Year, findings);
            recipients.Add(outturn);
            inYear += outturn.PaidInYear;
            after += outturn.PaidAfterYearEnd;
            recoveries += outturn.Recovery;
            lapsed += outturn.Lapsed;
        }

        var paymentYear = paymentDate is { } date ? position.Year.Calendar.YearContaining(date) : position.Year.Next;
        if (!after.IsZero)
        {
            findings.Add(MonitoringFindings.PaymentAfterYearEndDefinition.Make(null, null, after, ("quarter", last), ("amount", after), ("date", paymentDate is { } d ? (object)d : "a day not given"), ("paymentYear", paymentYear)));
        }

        if (!position.Unallocated.IsZero)
        {
            findings.Add(MonitoringFindings.UnallocatedAtYearEndDefinition.Make(null, null, position.Unallocated, ("amount", position.Unallocated), ("year", position.Year)));
        }

        // Money queries hold or gave back is no recipient's at the close: it stays with the fund, in the unallocated line.
        foreach (var query in position.Queries)
        {
            if (query.IsUnresolved)
            {
                findings.Add(MonitoringFindings.QueryUnresolvedAtYearEndDefinition.Make(
                    query.RecipientId, query.ActivityId, query.Amount, ("query", query.Id), ("recipient", query.RecipientId), ("amount", query.Amount), ("state", query.State.ToString()), ("year", position.Year)));
            }
        }

        if (!position.Returned.IsZero)
        {
            findings.Add(MonitoringFindings.ReturnedNotReallocatedDefinition.Make(null, null, position.Returned, ("amount", position.Returned), ("year", position.Year)));
        }

        var unallocated = position.Unallocated + position.Reserve + position.Returned;
        findings.Add(MonitoringFindings.YearReconciledDefinition.Make(
            null, null, position.Fund, ("fund", position.Fund), ("year", position.Year), ("paidInYear", inYear), ("paidAfter", after), ("recoveries", recoveries), ("lapsed", lapsed), ("unallocated", unallocated)));
        return new YearEndRecord
        {
            SchemeName = position.SchemeName,
            Year = position.Year,
            Fund = position.Fund,
            Recipients = recipients.MoveToImmutable(),
            PaidInYear = inYear,
            PaidAfterYearEnd = after,
            PaymentDateAfterYearEnd = paymentDate,
            PaymentYearAfterYearEnd = paymentYear,
            Recoveries = recoveries,
            Lapsed = lapsed,
            Unallocated = unallocated,
            Findings = findings.ToImmutable(),
        };
    }

    /// <summary>Opens the year after a closed one: the scheme's terms for it, and each recipient's history of the closed year.</summary>
    /// <param name="closed">The closed year's record.</param>
    /// <param name="scheme">The scheme, which gives the terms of each year.</param>
    /// <returns>The next year's terms and the recipients carried over with their history.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The record is of another scheme, or the scheme has no terms for the next year (it ended).</exception>
    public static NextYear OpenNextYear(YearEndRecord closed, FundScheme scheme)
    {
        Guard.Against.Null(closed);
        Guard.Against.Null(scheme);
        if (closed.SchemeName is { } name && name != scheme.Name)
        {
            throw new ArgumentException(FormattableString.Invariant($"The record is of the scheme '{name}'; the scheme given is '{scheme.Name}'."), nameof(scheme));
        }

        if (!scheme.TryGetTerms(closed.Year.Next, out var terms))
        {
            throw new ArgumentException(FormattableString.Invariant($"The scheme '{scheme.Name}' has no terms for {closed.Year.Next}, the year after {closed.Year}."), nameof(scheme));
        }

        var history = ImmutableArray.CreateBuilder<RecipientHistory>(closed.Recipients.Length);
        foreach (var r in closed.Recipients)
        {
            history.Add(new RecipientHistory(r.RecipientId, closed.Year, r.InitialAllocation, r.Allocation, r.Spent, r.Lapsed, r.Reclaimed, r.Recovery));
        }

        return new NextYear(terms, history.MoveToImmutable());
    }

    private static Dictionary<string, Money> LastQuarterPayments(FundPosition position, FinancialQuarter last, IEnumerable<Payment> lastQuarterPayments, out NodaTime.LocalDate? date)
    {
        date = null;
        var byRecipient = new Dictionary<string, Money>(StringComparer.Ordinal);
        foreach (var payment in lastQuarterPayments)
        {
            Guard.Against.Null(payment, nameof(lastQuarterPayments));
            var account = position.FindAccount(payment.RecipientId);
            if (payment.Quarter != last || account is null || byRecipient.ContainsKey(payment.RecipientId)
                || payment.Amount.Currency != position.Fund.Currency || payment.Amount.MinorUnits <= 0 || payment.Amount > account.Paid)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The payment of {payment.Amount} to '{payment.RecipientId}' for {payment.Quarter} is not a payment for {last} of a recipient of the position, at most what it has been paid, given once."),
                    nameof(lastQuarterPayments));
            }

            byRecipient.Add(payment.RecipientId, payment.Amount);
            // The latest day given, when the last of them is paid, so that the order of the payments does not matter.
            date = payment.PaymentDate is { } day && (date is null || day > date) ? day : date;
        }

        return byRecipient;
    }

    private static RecipientOutturn Outturn(RecipientAccount account, Money lastPayment, FinancialYear year, ImmutableArray<Finding>.Builder findings)
    {
        var id = account.RecipientId;
        var due = Money.Min(account.Spent, account.Allocation);
        var recovery = account.Overpaid;
        var outstanding = due > account.Paid ? due - account.Paid : Money.Zero(due.Currency);
        var lapsed = account.Allocation - due;
        var paidInYear = account.Paid - lastPayment;
        var paidAfter = lastPayment + outstanding;
        var byActivity = ActualSpend.ByActivity(account);
        findings.Add(MonitoringFindings.OutturnDefinition.Make(id, null, account.Spent, ("recipient", id), ("outturn", account.Spent), ("year", year), ("allocation", account.Allocation), ("paidInYear", paidInYear), ("paidAfter", paidAfter)));
        if (!lapsed.IsZero)
        {
            findings.Add(MonitoringFindings.AllocationLapsedDefinition.Make(id, null, lapsed, ("recipient", id), ("lapsed", lapsed), ("allocation", account.Allocation), ("year", year)));
        }

        if (!recovery.IsZero)
        {
            findings.Add(MonitoringFindings.OverpaymentRecoveryDefinition.Make(id, null, recovery, ("recipient", id), ("paid", account.Paid), ("outturn", account.Spent), ("allocation", account.Allocation), ("recovery", recovery)));
        }

        if (account.Spent > account.Allocation)
        {
            var excess = account.Spent - account.Allocation;
            findings.Add(MonitoringFindings.OutturnAboveAllocationDefinition.Make(id, null, excess, ("recipient", id), ("outturn", account.Spent), ("year", year), ("excess", excess), ("allocation", account.Allocation)));
        }

        if (!outstanding.IsZero)
        {
            findings.Add(MonitoringFindings.PaymentOutstandingAtCloseDefinition.Make(id, null, outstanding, ("recipient", id), ("outstanding", outstanding)));
        }

        return new RecipientOutturn
        {
            RecipientId = id,
            InitialAllocation = account.InitialAllocation,
            Allocation = account.Allocation,
            Reclaimed = account.Reclaimed,
            Granted = account.Granted,
            Spent = account.Spent,
            PaidInYear = paidInYear,
            PaidAfterYearEnd = paidAfter,
            Lapsed = lapsed,
            Recovery = recovery,
            Activities = byActivity.Activities,
            NotByActivity = byActivity.NotByActivity,
        };
    }
}
