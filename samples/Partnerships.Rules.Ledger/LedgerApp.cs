using System.Text.Json;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Partnerships.Rules.Ledger;

/// <summary>One run of the ledger: one step, its output, and its exit code (0 done, 1 refused, 2 not available, 64 usage).</summary>
public static class LedgerApp
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool redirected)
    {
        ArgumentNullException.ThrowIfNull(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (redirected)
        {
            // Files and pipes get whole lines rather than tables wrapped at 80 columns.
            console.Profile.Width = 200;
        }

        var json = args.Contains("--json");
        try
        {
            return new Steps(Options.Parse(args), console, output).Run();
        }
        catch (LedgerException e)
        {
            Report(error, json, e.Message, e is InputFileException bad ? bad.Problems : []);
            return e.ExitCode;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or SqliteException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            // The library refused a value, the step was made to fail, or the file system did: the transaction is rolled back.
            Report(error, json, $"The step was refused and nothing was changed: {e.Message}", []);
            return LedgerException.Refused;
        }
    }

    // Machines get the error as JSON, with each problem of a bad file as an object of its own.
    private static void Report(TextWriter error, bool json, string message, IReadOnlyList<InputProblem> problems)
    {
        if (!json)
        {
            error.WriteLine(message);
            return;
        }

        error.WriteLine(JsonSerializer.Serialize(new
        {
            error = message,
            problems = problems.Select(p => new { file = p.File, where = p.Where, field = p.Field, value = p.Value, message = p.Message }),
        }));
    }
}
