namespace Partnerships.Rules.Ledger;

/// <summary>A step the ledger refuses: wrong order, a missing or unknown database, a command not in this version. Nothing is changed.</summary>
public class LedgerException : Exception
{
    public const int Refused = 1;
    public const int NotAvailable = 2;
    public const int Usage = 64;

    public LedgerException()
    {
    }

    public LedgerException(string message)
        : base(message)
    {
    }

    public LedgerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LedgerException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    /// <summary>The process exit code for this refusal.</summary>
    public int ExitCode { get; } = Refused;
}
