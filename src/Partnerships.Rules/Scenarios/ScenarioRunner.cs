using System.Collections.Immutable;
using System.Globalization;
using Partnerships.Rules.Allocation;
using Partnerships.Rules.Assessment;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Scenarios;

/// <summary>
/// Runs a scenario file — a scheme, a year's plans, its quarterly returns and the outcomes expected — through the
/// library's steps, and says how the outcomes differed: the test cases a fund's own people can write and keep in CI.
/// </summary>
/// <remarks>
/// <para>Steps: the terms for the scenario's year from its scheme; <see cref="RoundAssessor.Assess"/>;
/// <see cref="Allocator.Allocate(FundTerms, AssessmentReport, AllocationPolicy)"/> with the default policy;
/// <see cref="FundPosition.Open(AllocationResult, IEnumerable{Plans.SpendPlan})"/>; each quarter's returns through
/// <see cref="QuarterlyMonitor.Record"/>, followed by <see cref="UnderspendReview.Hold"/> where the quarter names a
/// review point of the terms.</para>
/// <para>The file's problems (and its scheme's) carry <see cref="SchemeFileFindings"/> codes and JSON paths; a file
/// with any problem does not run. A step the library refuses (such as returns that take a recipient's spend to
/// date past the range of whole minor units) is reported as a problem at that step's path. The library reads no files: a scheme given by path is read by
/// the caller's resolver. This type is stateless and thread-safe.</para>
/// </remarks>
public static class ScenarioRunner
{
    /// <summary>The longest scenario file read, in characters: 16,000,000.</summary>
    public const int MaximumLength = 16_000_000;

    /// <summary>Reads a scenario file, runs it and compares the outcomes with what it expects.</summary>
    /// <param name="json">The text of the scenario file.</param>
    /// <param name="resolveScheme">Returns the text of a scheme file given the <c>schemePath</c> the scenario names; not needed when the scheme is inline.</param>
    /// <returns>The problems of the file, or the outcomes of each step and every difference from what was expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ScenarioResult Run(string json, Func<string, string>? resolveScheme = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (file, problems) = ScenarioFileReader.Read(json, resolveScheme);
        if (file is null)
        {
            return new ScenarioResult { Name = string.Empty, Problems = problems };
        }

        FundTerms terms;
        try
        {
            terms = file.Scheme.TermsFor(file.Year);
        }
        catch (KeyNotFoundException exception)
        {
            return Failed(file, "$.year", file.Year.Label, exception.Message);
        }

        var report = RoundAssessor.Assess(terms, file.Plans);
        var allocation = Allocator.Allocate(terms, report, AllocationPolicy.Default);
        var position = FundPosition.Open(allocation, file.Plans);
        var payday = file.PaymentWorkingDays is { } days ? QuarterlyPaymentSchedule.WorkingDaysAfterQuarterEnd(days, WorkingDayCalendar.EnglandAndWales) : null;
        var quarters = ImmutableArray.CreateBuilder<QuarterResult>();
        var reviews = ImmutableArray.CreateBuilder<ReviewResult>();
        foreach (var quarter in file.Quarters)
        {
            try
            {
                var recorded = QuarterlyMonitor.Record(position, file.Year.Quarter(quarter.Number), quarter.Returns, paymentDate: payday is null ? null : payday.PaymentDate);
                quarters.Add(recorded);
                position = recorded.Position;
            }
            catch (Exception exception) when (exception is ArgumentException or OverflowException)
            {
                return Failed(file, quarter.Path + ".returns", "quarter " + quarter.Number.ToString(CultureInfo.InvariantCulture), exception.Message);
            }

            if (quarter.Review is { } name)
            {
                var point = terms.ReviewPoints.FirstOrDefault(r => r.AfterQuarter == quarter.Number && string.Equals(r.Name, name, StringComparison.Ordinal));
                if (point is null)
                {
                    var known = string.Join(", ", terms.ReviewPoints.Select(r => FormattableString.Invariant($"'{r.Name}' after quarter {r.AfterQuarter}")));
                    return Failed(file, quarter.Path + ".review", "'" + name + "'", "the terms' review points are " + (known.Length == 0 ? "none" : known));
                }

                var review = UnderspendReview.Hold(position, terms, point);
                reviews.Add(review);
                position = review.Position;
            }
        }

        var result = new ScenarioResult
        {
            Name = file.Name,
            Terms = terms,
            Assessment = report,
            Allocation = allocation,
            Quarters = quarters.ToImmutable(),
            Reviews = reviews.ToImmutable(),
            Position = position,
        };
        return result with { Differences = ScenarioComparison.Compare(file.Expect, result) };
    }

    private static ScenarioResult Failed(ScenarioFile file, string path, string value, string why) => new()
    {
        Name = file.Name,
        Problems = [new SchemeProblem(SchemeFileFindings.InvalidValue, path, SchemeFileFindings.Render(SchemeFileFindings.InvalidValue, ("Value", value), ("Rule", why)))],
    };
}
