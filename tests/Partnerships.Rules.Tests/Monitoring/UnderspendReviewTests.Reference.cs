using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>The review walks sorted arrays and calls the allocation core directly; it must give exactly what the plain version gave.</summary>
public sealed partial class UnderspendReviewTests
{
    [Property]
    public Property Hold_AnyYear_GivesWhatTheReferenceReviewGave()
    {
        return Prop.ForAll(MonitoringGenerators.Scenario.ToArbitrary(), scenario => OrOverflow(() =>
        {
            var position = scenario.AfterQ2();
            for (var review = 0; review < 2; review++)
            {
                // The second review starts from the first one's position, so bids already part-funded are held.
                var actual = Outcome(() => UnderspendReview.Hold(position, scenario.Terms, YearScenario.September, scenario.FurtherRound));
                var expected = Outcome(() => ReferenceReview.Hold(position, scenario.Terms, YearScenario.September, scenario.FurtherRound));
                if (actual.Result is null || expected.Result is null)
                {
                    return actual.Error is not null && actual.Error == expected.Error;
                }

                if (!Same(actual.Result, expected.Result))
                {
                    return false;
                }

                position = actual.Result.Position;
            }

            return true;
        }));
    }

    private static bool Same(ReviewResult actual, ReviewResult expected) =>
        actual.Position.Equals(expected.Position)
        && actual.Reclaims.SequenceEqual(expected.Reclaims)
        && actual.Grants.SequenceEqual(expected.Grants)
        && actual.Pool == expected.Pool
        && actual.Findings.SequenceEqual(expected.Findings)
        && actual.Findings.Select(f => f.Message).SequenceEqual(expected.Findings.Select(f => f.Message));

    private static (ReviewResult? Result, Type? Error) Outcome(Func<ReviewResult> review)
    {
        try
        {
            return (review(), null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            return (null, e.GetType());
        }
    }
}
