using FsCheck;
using FsCheck.Fluent;
using Partnerships.Rules.Monitoring;

namespace Partnerships.Rules.Tests.Monitoring;

/// <summary>The review walks sorted arrays and calls the allocation core directly; it must give exactly what the plain version gave.</summary>
public sealed partial class UnderspendReviewTests
{
    [InvariantProperty(11)]
    public Property Hold_AnyYear_GivesWhatTheReferenceReviewGave()
    {
        return Prop.ForAll(MonitoringGenerators.Scenario.ToArbitrary(), scenario => EarnedOverflow.Or(EarnedOverflow.Amounts(scenario), () =>
        {
            var position = scenario.AfterQ2();
            for (var review = 0; review < 2; review++)
            {
                // The second review starts from the first one's position, so bids already part-funded are held.
                var actual = Outcome(() => UnderspendReview.Hold(position, scenario.Terms, YearScenario.September, scenario.FurtherRound));
                var expected = Outcome(() => ReferenceReview.Hold(position, scenario.Terms, YearScenario.September, scenario.FurtherRound));
                if (actual.Error is not null || expected.Error is not null)
                {
                    return SameRefusal(actual.Error, expected.Error);
                }

                if (!Same(actual.Result!, expected.Result!))
                {
                    return false;
                }

                position = actual.Result!.Position;
            }

            return true;
        }));
    }

    private static bool Same(ReviewResult actual, ReviewResult expected) =>
        actual == expected
        && actual.Findings.Select(f => f.Message).SequenceEqual(expected.Findings.Select(f => f.Message));

    /// <summary>Both refusing proves nothing by itself: an overflow goes on to EarnedOverflow.Or, which allows it only
    /// when the input's amounts pass long; an argument error must be the same error, parameter and message.</summary>
    private static bool SameRefusal(Exception? actual, Exception? expected)
    {
        if (actual is OverflowException && expected is OverflowException)
        {
            throw actual;
        }

        return actual is ArgumentException a && expected is ArgumentException e
            && a.GetType() == e.GetType() && a.ParamName == e.ParamName && a.Message == e.Message;
    }

    private static (ReviewResult? Result, Exception? Error) Outcome(Func<ReviewResult> review)
    {
        try
        {
            return (review(), null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            return (null, e);
        }
    }
}
