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

        try
        {
            return new Steps(Options.Parse(args), console, output).Run();
        }
        catch (LedgerException e)
        {
            error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or SqliteException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            // The library refused a value, the step was made to fail, or the file system did: the transaction is rolled back.
            error.WriteLine($"The step was refused and nothing was changed: {e.Message}");
            return LedgerException.Refused;
        }
    }
}
