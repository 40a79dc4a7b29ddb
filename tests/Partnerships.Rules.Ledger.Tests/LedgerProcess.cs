using System.Diagnostics;
using System.Reflection;

namespace Partnerships.Rules.Ledger.Tests;

/// <summary>Runs the ledger as its own process, as an officer would: <c>dotnet Partnerships.Rules.Ledger.dll step ...</c>.</summary>
public static class LedgerProcess
{
    public static string Dll { get; } = typeof(LedgerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LedgerDll").Value!;

    public static string DataFolder { get; } = Path.Combine(AppContext.BaseDirectory, "ledger-data");

    public static string Data(string file) => Path.Combine(DataFolder, file);

    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
    }

    public static Outcome Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output, error.Result);
    }

    /// <summary>
    /// Runs a step inside the test process, on the ledger in <paramref name="folder"/>: the same code as a run of the
    /// program, without the half second each process costs. File arguments must be absolute paths.
    /// </summary>
    public static Outcome InProcess(string folder, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LedgerApp.Run([.. args, "--db", Path.Combine(folder, "ledger.db")], output, error, redirected: true);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a step that must succeed.</summary>
    public static Outcome Ok(string workingDirectory, params string[] args)
    {
        var outcome = Run(workingDirectory, args);
        Assert.True(outcome.ExitCode == 0, $"ledger {string.Join(" ", args)}: {outcome}");
        return outcome;
    }
}

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ledger-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
