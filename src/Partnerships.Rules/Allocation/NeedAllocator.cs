using System.Collections.Immutable;
using System.Numerics;

namespace Partnerships.Rules.Allocation;

/// <summary>
/// Allocates a fund by need: in proportion to each recipient's need share under a <see cref="NeedFormula"/>, each
/// recipient clamped to the floor and cap its <see cref="NeedBands"/> give it.
/// </summary>
/// <remarks>
/// <para><b>What it guarantees.</b> The allocations sum to the fund exactly; each is within its floor and cap; a larger
/// fund never gives any recipient less (monotone in the fund); the order of the recipients never changes the result,
/// ties going to the lower id (ordinal). See docs/design.md, invariant 10.</para>
/// <para><b>How rounding is done.</b> Each allocation is clamp(λ × need share, floor, cap) for one common multiplier λ,
/// rounded to the nearest minor unit — the Webster (Sainte-Laguë) divisor rule, with units falling due exactly at λ
/// shared out by id. Need shares are exact rationals (integers of any size), never floating point. The rounding keeps
/// the result monotone in the fund; the price is that an allocation may differ from the exact clamped share by a
/// little more than half a unit when many recipients round the same way.</para>
/// <para><b>Cost.</b> Expected linear in the number of recipients, in integers as wide as the indicators need.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NeedAllocator
{
    /// <summary>Allocates a fund by need.</summary>
    /// <param name="fund">The fund; not negative.</param>
    /// <param name="recipients">The recipients, each with a value for every indicator the formula weighs; ids unique.</param>
    /// <param name="formula">The weights of the indicators.</param>
    /// <param name="bands">The floors and caps; <see cref="NeedBands.None"/> when <see langword="null"/>.</param>
    /// <returns>The allocation, recipients by id, with findings.</returns>
    /// <exception cref="ArgumentNullException">An argument or a recipient is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fund"/> is negative, or the damping percentage is outside 0 to 100.</exception>
    /// <exception cref="ArgumentException">There are no recipients; an id repeats; an amount is in another currency; a recipient lacks an indicator
    /// or, when the bands need it, last year's allocation; a weighted indicator is zero for everyone; a recipient's floor is above its cap;
    /// or the fund is below the sum of the floors or above the sum of the caps (the message names both totals).</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/> minor units.</exception>
    public static NeedAllocation Allocate(Money fund, IEnumerable<NeedRecipient> recipients, NeedFormula formula, NeedBands? bands = null)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(formula);
        bands ??= NeedBands.None;
        ArgumentOutOfRangeException.ThrowIfNegative(fund.MinorUnits, nameof(fund));
        if (bands.DampingPercent is { } percent && (percent < 0 || percent > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(bands), percent, "The damping percentage must be between 0 and 100.");
        }

        var currency = fund.Currency;
        CheckCurrency(bands.Minimum, currency, "band minimum", nameof(bands));
        CheckCurrency(bands.Maximum, currency, "band maximum", nameof(bands));
        var sorted = Sorted(recipients);
        var n = sorted.Length;
        var floors = new long[n];
        var caps = new long[n];
        var floorReasons = new string[n];
        var capReasons = new string?[n];
        for (var i = 0; i < n; i++)
        {
            (floors[i], floorReasons[i], caps[i], capReasons[i]) = Limits(sorted[i], bands, currency, nameof(recipients));
        }

        var shares = NeedShares.Of(formula, sorted, nameof(recipients));
        var awards = new long[n];
        var (last, next) = Divide(fund.MinorUnits, shares.Numerators, floors, caps, awards, currency);

        var result = ImmutableArray.CreateBuilder<RecipientNeed>(n);
        for (var i = 0; i < n; i++)
        {
            var id = sorted[i].Id;
            var share = NeedShares.ToDecimal(shares.Numerators[i], shares.Denominator, 10);
            var unclamped = Money.FromMinorUnits((long)NeedShares.RoundHalfUp(fund.MinorUnits * shares.Numerators[i], shares.Denominator), currency);
            var allocated = Money.FromMinorUnits(awards[i], currency);
            var floor = Money.FromMinorUnits(floors[i], currency);
            Money? cap = capReasons[i] is null ? null : Money.FromMinorUnits(caps[i], currency);
            // Bound by the floor: the formula at the last multiplier gives less; by the cap: at the next multiplier it gives more.
            var bound = awards[i] == floors[i] && last.P * shares.Numerators[i] < floors[i] * last.Q ? NeedBound.Floor
                : cap is not null && awards[i] == caps[i] && shares.Numerators[i] > 0 && (next.Q.IsZero || next.P * shares.Numerators[i] > caps[i] * next.Q) ? NeedBound.Cap
                : NeedBound.None;
            var findings = ImmutableArray.CreateBuilder<Finding>(2);
            findings.Add(NeedFindings.Share(id, share, unclamped, allocated));
            if (bound == NeedBound.Floor)
            {
                findings.Add(NeedFindings.Floor(id, floor, unclamped, floorReasons[i]));
            }
            else if (bound == NeedBound.Cap)
            {
                findings.Add(NeedFindings.Cap(id, cap!.Value, unclamped, capReasons[i]!));
            }

            result.Add(new RecipientNeed
            {
                RecipientId = id,
                NeedShare = share,
                Unclamped = unclamped,
                Floor = floor,
                Cap = cap,
                Allocated = allocated,
                Bound = bound,
                Findings = findings.DrainToImmutable(),
            });
        }

        return new NeedAllocation { Fund = fund, Formula = formula, Bands = bands, Recipients = result.MoveToImmutable() };
    }

    /// <summary>Checks the fund against the floors and caps, then divides it (for the allocator's ByNeed rule too).</summary>
    internal static ((BigInteger P, BigInteger Q) Last, (BigInteger P, BigInteger Q) Next) Divide(long fund, BigInteger[] needs, long[] floors, long[] caps, long[] awards, Currency currency)
    {
        long floorTotal = 0;
        long capTotal = 0;   // Σ caps, saturating: no cap is long.MaxValue
        long reachable = 0;  // what the fund can reach: caps where need is positive, floors where it is zero
        for (var i = 0; i < needs.Length; i++)
        {
            floorTotal = checked(floorTotal + floors[i]);
            capTotal = Saturating(capTotal, caps[i]);
            reachable = Saturating(reachable, needs[i].IsZero ? floors[i] : caps[i]);
        }

        if (fund < floorTotal || fund > capTotal)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The fund of {Money.FromMinorUnits(fund, currency)} is outside what the floors and caps allow: the floors total {Money.FromMinorUnits(floorTotal, currency)} and the caps total {(capTotal == long.MaxValue ? "no limit" : Money.FromMinorUnits(capTotal, currency).ToString())}."),
                nameof(fund));
        }

        if (fund > reachable)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The fund of {Money.FromMinorUnits(fund, currency)} is more than the recipients with a positive need share can take: the floors total {Money.FromMinorUnits(floorTotal, currency)} and the caps of those with need total {Money.FromMinorUnits(reachable, currency)}."),
                nameof(fund));
        }

        return NeedDivision.Divide(fund, needs, floors, caps, awards);
    }

    private static long Saturating(long total, long add) => total > long.MaxValue - add ? long.MaxValue : total + add;

    private static NeedRecipient[] Sorted(IEnumerable<NeedRecipient> recipients)
    {
        var list = new List<NeedRecipient>();
        foreach (var recipient in recipients)
        {
            ArgumentNullException.ThrowIfNull(recipient, nameof(recipients));
            list.Add(recipient);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("There are no recipients to allocate to.", nameof(recipients));
        }

        var sorted = list.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException(FormattableString.Invariant($"The recipient '{sorted[i].Id}' appears twice."), nameof(recipients));
            }
        }

        return sorted;
    }

    private static void CheckCurrency(Money? amount, Currency currency, string what, string parameterName)
    {
        if (amount is { } a && a.Currency != currency)
        {
            throw new ArgumentException(FormattableString.Invariant($"The {what} is in {a.Currency.Code}, the fund in {currency.Code}."), parameterName);
        }

        if (amount is { IsNegative: true } negative)
        {
            throw new ArgumentOutOfRangeException(parameterName, negative, FormattableString.Invariant($"The {what} must not be negative."));
        }
    }

    /// <summary>The recipient's floor and cap (long.MaxValue: none), each with the reason that set it.</summary>
    private static (long Floor, string FloorReason, long Cap, string? CapReason) Limits(NeedRecipient recipient, NeedBands bands, Currency currency, string parameterName)
    {
        long floor = 0;
        var floorReason = "no floor";
        var cap = long.MaxValue;
        string? capReason = null;
        if (bands.Minimum is { } minimum && minimum.MinorUnits > floor)
        {
            (floor, floorReason) = (minimum.MinorUnits, "the band's minimum");
        }

        if (bands.Maximum is { } maximum)
        {
            (cap, capReason) = (maximum.MinorUnits, "the band's maximum");
        }

        if (bands.NoReduction || bands.DampingPercent is not null)
        {
            if (recipient.LastYear is not { } lastYear)
            {
                throw new ArgumentException(FormattableString.Invariant($"'{recipient.Id}' has no allocation for last year, which the bands need."), parameterName);
            }

            if (lastYear.Currency != currency || lastYear.IsNegative)
            {
                throw new ArgumentException(FormattableString.Invariant($"'{recipient.Id}' has last year's allocation of {lastYear}, not a non-negative amount in {currency.Code}."), parameterName);
            }

            var last = lastYear.MinorUnits;
            if (bands.NoReduction && last > floor)
            {
                (floor, floorReason) = (last, FormattableString.Invariant($"no reduction on last year's {lastYear}"));
            }

            if (bands.DampingPercent is { } percent)
            {
                // last × (100 ∓ p) ÷ 100, the floor rounded up and the cap rounded down, exactly.
                var low = (long)decimal.Ceiling(last * (100 - percent) / 100);
                var high = (decimal)last * (100 + percent) / 100;
                var highUnits = high >= long.MaxValue ? long.MaxValue : (long)decimal.Floor(high);
                if (low > floor)
                {
                    (floor, floorReason) = (low, FormattableString.Invariant($"a change of at most {percent}% on last year's {lastYear}"));
                }

                if (highUnits < cap)
                {
                    (cap, capReason) = (highUnits, FormattableString.Invariant($"a change of at most {percent}% on last year's {lastYear}"));
                }
            }
        }

        if (floor > cap)
        {
            throw new ArgumentException(FormattableString.Invariant($"'{recipient.Id}' has a floor of {Money.FromMinorUnits(floor, currency)} ({floorReason}) above its cap of {Money.FromMinorUnits(cap, currency)} ({capReason})."), nameof(bands));
        }

        return (floor, floorReason, cap, capReason);
    }
}
