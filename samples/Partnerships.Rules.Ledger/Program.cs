// The fund ledger: the year of a partnership fund run one step at a time, each step a separate run of this
// program, the state kept in a SQLite database between runs. See Options.Usage for the steps.
using Microsoft.Data.Sqlite;
using Partnerships.Rules.Ledger;
using Spectre.Console;

var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
if (Console.IsOutputRedirected)
{
    // Files and pipes get whole lines rather than tables wrapped at 80 columns.
    console.Profile.Width = 200;
}

try
{
    var options = Options.Parse(args);
    return new Steps(options, console, Console.Out).Run();
}
catch (LedgerException e)
{
    Console.Error.WriteLine(e.Message);
    return e.ExitCode;
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException or SqliteException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
{
    // The library refused a value, the step was made to fail, or the file system did: the transaction is rolled back.
    Console.Error.WriteLine($"The step was refused and nothing was changed: {e.Message}");
    return LedgerException.Refused;
}
