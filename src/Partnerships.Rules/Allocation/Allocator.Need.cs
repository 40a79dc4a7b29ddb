using Partnerships.Rules.Plans;

namespace Partnerships.Rules.Allocation;

/// <summary>The core stage under <see cref="ShortfallRule.ByNeed"/>.</summary>
public static partial class Allocator
{
    /// <summary>
    /// Divides the fund among core claims by need: floors zero, each claim its cap (see <see cref="NeedAllocator"/>).
    /// Need shares are among the recipients with a positive claim. <paramref name="awards"/> is all zeros on entry.
    /// </summary>
    private static long ByNeed(Money fundMoney, long[] claims, AllocationPolicy policy, SpendPlan[] plans, long[] awards)
    {
        var fund = fundMoney.MinorUnits;
        var total = ClaimsDivision.Total(claims, nameof(claims));
        if (fund >= total)
        {
            claims.CopyTo(awards, 0);
            return fund - total;
        }

        if (policy.NeedFormula is not { } formula)
        {
            throw new ArgumentException("The ByNeed rule needs a need formula in the policy.", nameof(policy));
        }

        var byId = new Dictionary<string, NeedRecipient>(StringComparer.Ordinal);
        foreach (var recipient in policy.NeedIndicators)
        {
            byId[recipient.Id] = recipient;
        }

        var claimants = new List<int>();
        var recipients = new List<NeedRecipient>();
        for (var p = 0; p < plans.Length; p++)
        {
            if (claims[p] == 0)
            {
                continue;
            }

            var id = plans[p].Recipient.Id;
            if (!byId.TryGetValue(id, out var recipient))
            {
                throw new ArgumentException(FormattableString.Invariant($"The ByNeed rule needs need indicators for '{id}'."), nameof(policy));
            }

            claimants.Add(p);
            recipients.Add(recipient);
        }

        var shares = NeedShares.Of(formula, recipients, nameof(policy));
        var caps = new long[claimants.Count];
        for (var c = 0; c < caps.Length; c++)
        {
            caps[c] = claims[claimants[c]];
        }

        var given = new long[caps.Length];
        _ = NeedAllocator.Divide(fund, shares.Numerators, new long[caps.Length], caps, given, fundMoney.Currency);
        for (var c = 0; c < caps.Length; c++)
        {
            awards[claimants[c]] = given[c];
        }

        return 0;
    }
}
