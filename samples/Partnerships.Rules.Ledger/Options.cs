using NodaTime;
using NodaTime.Text;

namespace Partnerships.Rules.Ledger;

/// <summary>The command line: a step, its arguments, and the options shared by every step.</summary>
public sealed record Options
{
    public required string Command { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The database file; ./ledger.db in the working directory unless given.</summary>
    public string Database { get; init; } = "ledger.db";

    /// <summary>Machines read the step's audit record(s) as JSON instead of tables.</summary>
    public bool Json { get; init; }

    /// <summary>The instant written in the step's audit record; the clock's when not given.</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Hidden: throw after the step's writes, before its commit (for the tests).</summary>
    public bool FailAfterWrite { get; init; }

    public string? Year { get; init; }

    public string? Out { get; init; }

    public bool Xlsx { get; init; }

    public string? Policy { get; init; }

    /// <summary>Need indicators (CSV) to share a shortfall by need.</summary>
    public string? Need { get; init; }

    public bool Chart { get; init; }

    /// <summary>The day a query moves; the day of the step's record when not given.</summary>
    public LocalDate? On { get; init; }

    public const string Usage = """
        Usage: ledger <step> [arguments] [--db ledger.db] [--json] [--recorded-at 2011-06-13T09:00:00Z]
          init [scheme.json] [--year 2011/12]   start a ledger from a scheme file (default: the 2011/12 scheme)
          assess plans.csv|plans.json           assess the year's spend plans
          allocate [--policy policy.json] [--need indicators.csv]
                                                allocate the fund (by need with indicators) and open the year
          return <quarter> returns.csv          record a quarter's spend returns and pay in arrears
          review                                hold the review point after the last quarter recorded
          query raise [--on 2011-06-13]         raise the assessment's queries (their money held in reserve)
          query <id> answer|accept|reject|withdraw [--on date]
          query <id> reattribute <priority>     move a query along; an impossible move changes nothing
          further-round plans.json              assess and fund a further round at a review point
          close                                 close the year
          status                                where the year stands
          export [--out folder] [--xlsx] [--chart]
                                                audit records, the year-end record, 360Giving grants, a workbook,
                                                and a chart of allocation against need share (allocation by need)
        """;

    /// <exception cref="LedgerException">The command line cannot be read (exit code 64).</exception>
    public static Options Parse(IReadOnlyList<string> args)
    {
        string? command = null;
        var arguments = new List<string>();
        var options = new Options { Command = "" };
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new LedgerException($"{arg} needs a value.{Environment.NewLine}{Usage}", LedgerException.Usage);
            switch (arg)
            {
                case "--db":
                    options = options with { Database = Value() };
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--recorded-at":
                    var text = Value();
                    var parsed = InstantPattern.ExtendedIso.Parse(text);
                    options = options with { RecordedAt = parsed.Success ? parsed.Value : throw new LedgerException($"--recorded-at '{text}' is not an instant such as 2011-06-13T09:00:00Z.", LedgerException.Usage) };
                    break;
                case "--fail-after-write":
                    options = options with { FailAfterWrite = true };
                    break;
                case "--year":
                    options = options with { Year = Value() };
                    break;
                case "--out":
                    options = options with { Out = Value() };
                    break;
                case "--on":
                    var day = Value();
                    var date = LocalDatePattern.Iso.Parse(day);
                    options = options with { On = date.Success ? date.Value : throw new LedgerException($"--on '{day}' is not a date such as 2011-07-01.", LedgerException.Usage) };
                    break;
                case "--policy":
                    options = options with { Policy = Value() };
                    break;
                case "--need":
                    options = options with { Need = Value() };
                    break;
                case "--chart":
                    options = options with { Chart = true };
                    break;
                case "--xlsx":
                    options = options with { Xlsx = true };
                    break;
                case "-h" or "--help":
                    throw new LedgerException(Usage, LedgerException.Usage);
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new LedgerException($"Unknown option {arg}.{Environment.NewLine}{Usage}", LedgerException.Usage);
                    }

                    if (command is null)
                    {
                        command = arg;
                    }
                    else
                    {
                        arguments.Add(arg);
                    }

                    break;
            }
        }

        return command is null
            ? throw new LedgerException(Usage, LedgerException.Usage)
            : options with { Command = command, Arguments = arguments };
    }

    /// <summary>The step's arguments, exactly as many as it takes.</summary>
    public IReadOnlyList<string> Expect(int count, string shape) =>
        Arguments.Count == count ? Arguments : throw new LedgerException($"'{Command}' takes {shape}; got {(Arguments.Count == 0 ? "nothing" : string.Join(" ", Arguments))}.", LedgerException.Usage);
}
