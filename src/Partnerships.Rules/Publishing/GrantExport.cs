using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Plans;
using Partnerships.Rules.Scenarios;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Publishing;

/// <summary>
/// Writes a year's grants in the 360Giving Data Standard's JSON: a package <c>{ "grants": [...] }</c> with one grant
/// per recipient allocated money, and its payments as disbursements where the year has been monitored.
/// </summary>
/// <remarks>
/// <para>Each grant has the fields the standard requires (<c>id</c>, <c>title</c>, <c>description</c>, <c>currency</c>,
/// <c>amountAwarded</c>, <c>awardDate</c>, <c>recipientOrganization</c>, <c>fundingOrganization</c>) and
/// <c>amountAppliedFor</c>, <c>grantProgramme</c>, <c>plannedDates</c> (the financial year),
/// <c>beneficiaryLocation</c> (the GSS code of the area, such as a London borough's E09…), <c>classifications</c>
/// (the priorities the plan claims) and, with payments, <c>amountDisbursed</c> and <c>disbursementTransaction</c>.</para>
/// <para>The amount awarded is the allocation at the start of the year, or the allocation as it stands in a
/// monitored position (after reclaims and grants at reviews) when one is given. Amounts are written in major units;
/// dates as <c>YYYY-MM-DD</c>. What the library cannot know comes from <see cref="GrantExportOptions"/>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class GrantExport
{
    /// <summary>The 360Giving Data Standard version the output follows.</summary>
    public const string StandardVersion = "1.4";

    /// <summary>Writes the grants of an allocation, and of its monitored year when given, as a 360Giving package.</summary>
    /// <param name="allocation">The allocation; its terms give the year, currency and priorities.</param>
    /// <param name="plans">The plans allocated, for each recipient's name, activities, request and priorities.</param>
    /// <param name="options">What the library cannot know.</param>
    /// <param name="payments">The payments made, written as disbursements; none when <see langword="null"/>.</param>
    /// <param name="position">The monitored position whose allocations are the amounts awarded; the start-of-year allocation when <see langword="null"/>.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="payments"/> and <paramref name="position"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The grant prefix does not start with <c>360G-</c>, or the funder's id or name or the programme title is blank.</exception>
    public static string ToJson(AllocationResult allocation, IEnumerable<SpendPlan> plans, GrantExportOptions options, IEnumerable<Payment>? payments = null, FundPosition? position = null)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(options);
        Check(options);

        var plansById = new Dictionary<string, SpendPlan>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            ArgumentNullException.ThrowIfNull(plan, nameof(plans));
            plansById.TryAdd(plan.Recipient.Id, plan);
        }

        var paid = new Dictionary<string, List<Payment>>(StringComparer.Ordinal);
        foreach (var payment in payments ?? [])
        {
            if (!payment.Amount.IsZero)
            {
                (paid.TryGetValue(payment.RecipientId, out var list) ? list : paid[payment.RecipientId] = []).Add(payment);
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", StandardVersion);
            writer.WriteStartArray("grants");
            foreach (var recipient in allocation.Recipients)
            {
                var awarded = position?.FindAccount(recipient.RecipientId)?.Allocation ?? recipient.Allocated;
                if (!awarded.IsZero)
                {
                    WriteGrant(writer, allocation.Terms, recipient.RecipientId, awarded, plansById.GetValueOrDefault(recipient.RecipientId), paid.GetValueOrDefault(recipient.RecipientId), options);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the grants of a scenario's run: its allocation, plans, payments and final position.</summary>
    /// <param name="run">A scenario that ran (<see cref="ScenarioResult.Allocation"/> is set).</param>
    /// <param name="options">What the library cannot know.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scenario did not run (its file had problems), or the options are incomplete.</exception>
    public static string ToJson(ScenarioResult run, GrantExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Allocation is null || run.Assessment is null)
        {
            throw new ArgumentException(FormattableString.Invariant($"The scenario '{run.Name}' did not run, so it has no grants: {run.Problems.Length} problem(s)."), nameof(run));
        }

        var plans = run.Assessment.Plans.Select(p => p.Plan).OfType<SpendPlan>();
        return ToJson(run.Allocation, plans, options, run.Quarters.SelectMany(q => q.Payments), run.Position);
    }

    private static void Check(GrantExportOptions options)
    {
        if (options.GrantIdPrefix is null || !options.GrantIdPrefix.StartsWith("360G-", StringComparison.Ordinal) || options.GrantIdPrefix.Length == 5)
        {
            throw new ArgumentException(FormattableString.Invariant($"The grant id prefix must be the funder's 360Giving prefix, '360G-' and a name; it is '{options.GrantIdPrefix}'."), nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Funder?.Id) || string.IsNullOrWhiteSpace(options.Funder.Name) || string.IsNullOrWhiteSpace(options.ProgrammeTitle))
        {
            throw new ArgumentException("The funder's id and name and the programme title must not be blank.", nameof(options));
        }
    }

    private static void WriteGrant(Utf8JsonWriter writer, FundTerms terms, string recipientId, Money awarded, SpendPlan? plan, List<Payment>? payments, GrantExportOptions options)
    {
        var year = terms.Year;
        var yearCode = year.Label.Replace('/', '-');
        var grantId = options.GrantIdPrefix + "-" + yearCode + "-" + recipientId;
        var name = plan?.Recipient.Name ?? recipientId;

        writer.WriteStartObject();
        writer.WriteString("id", grantId);
        writer.WriteString("title", Truncate(options.ProgrammeTitle + " " + year.Label + ": " + name, 140));
        writer.WriteString("description", Description(plan, options.ProgrammeTitle, year));
        writer.WriteString("currency", awarded.Currency.Code);
        if (plan is not null && !plan.Activities.IsEmpty)
        {
            writer.WriteNumber("amountAppliedFor", Total(plan, awarded.Currency).Amount);
        }

        writer.WriteNumber("amountAwarded", awarded.Amount);
        writer.WriteString("awardDate", LocalDatePattern.Iso.Format(options.AwardDate));

        writer.WriteStartArray("plannedDates");
        writer.WriteStartObject();
        writer.WriteString("startDate", LocalDatePattern.Iso.Format(year.Start));
        writer.WriteString("endDate", LocalDatePattern.Iso.Format(year.End));
        writer.WriteString("duration", "12");
        writer.WriteEndObject();
        writer.WriteEndArray();

        WriteOrganization(writer, "recipientOrganization", options.RecipientOrganizationId?.Invoke(recipientId) ?? options.GrantIdPrefix + "-" + recipientId, name);
        WriteOrganization(writer, "fundingOrganization", options.Funder.Id, options.Funder.Name);

        writer.WriteStartArray("grantProgramme");
        writer.WriteStartObject();
        writer.WriteString("code", options.ProgrammeCode ?? options.GrantIdPrefix + "-" + yearCode);
        writer.WriteString("title", options.ProgrammeTitle + " " + year.Label);
        writer.WriteEndObject();
        writer.WriteEndArray();

        var area = options.BeneficiaryLocations.GetValueOrDefault(recipientId) ?? LondonBoroughs.Find(name) ?? LondonBoroughs.Find(recipientId);
        if (area is not null)
        {
            writer.WriteStartArray("beneficiaryLocation");
            writer.WriteStartObject();
            writer.WriteString("name", area.Name);
            writer.WriteString("countryCode", "GB");
            writer.WriteString("geoCode", area.GssCode);
            writer.WriteString("geoCodeType", "LAD");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        WriteClassifications(writer, terms, plan, options.GrantIdPrefix);
        if (payments is not null)
        {
            WriteDisbursements(writer, grantId, payments);
        }

        if (options.DateModified is { } modified)
        {
            writer.WriteString("dateModified", InstantPattern.ExtendedIso.Format(modified));
        }

        writer.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter writer, string field, string id, string name)
    {
        writer.WriteStartArray(field);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("name", name);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    // The priorities the plan's activities claim, in the terms' order.
    private static void WriteClassifications(Utf8JsonWriter writer, FundTerms terms, SpendPlan? plan, string prefix)
    {
        if (plan is null || plan.Activities.IsEmpty)
        {
            return;
        }

        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var activity in plan.Activities)
        {
            foreach (var code in activity.ClaimedPriorities)
            {
                claimed.Add(code);
            }
        }

        var started = false;
        foreach (var priority in terms.Priorities)
        {
            if (!claimed.Contains(priority.Code))
            {
                continue;
            }

            if (!started)
            {
                writer.WriteStartArray("classifications");
                started = true;
            }

            writer.WriteStartObject();
            writer.WriteString("vocabulary", prefix + "-priorities-" + terms.Year.Label.Replace('/', '-'));
            writer.WriteString("code", priority.Code);
            writer.WriteString("title", priority.Name);
            writer.WriteEndObject();
        }

        if (started)
        {
            writer.WriteEndArray();
        }
    }

    private static void WriteDisbursements(Utf8JsonWriter writer, string grantId, List<Payment> payments)
    {
        var total = Money.Zero(payments[0].Amount.Currency);
        foreach (var payment in payments)
        {
            total += payment.Amount;
        }

        writer.WriteNumber("amountDisbursed", total.Amount);
        writer.WriteStartArray("disbursementTransaction");
        foreach (var payment in payments)
        {
            writer.WriteStartObject();
            writer.WriteString("id", grantId + "-" + payment.Quarter.Label.Replace('/', '-').Replace(' ', '-'));
            writer.WriteString("transactionDate", LocalDatePattern.Iso.Format(payment.PaymentDate ?? payment.Quarter.End));
            writer.WriteString("currency", payment.Amount.Currency.Code);
            writer.WriteNumber("value", payment.Amount.Amount);
            writer.WriteString("description", "Payment in arrears for " + payment.Quarter.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Description(SpendPlan? plan, string programme, FinancialYear year)
    {
        var text = new StringBuilder(programme).Append(' ').Append(year.Label);
        if (plan is not null && !plan.Activities.IsEmpty)
        {
            text.Append(": ");
            for (var i = 0; i < plan.Activities.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : "; ").Append(plan.Activities[i].Title);
            }
        }

        return text.Append('.').ToString();
    }

    private static Money Total(SpendPlan plan, Currency currency)
    {
        var total = Money.Zero(currency);
        foreach (var activity in plan.Activities)
        {
            if (activity.Cost.Currency == currency)
            {
                total += activity.Cost;
            }
        }

        return total;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
