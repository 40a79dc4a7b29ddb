// The fund ledger: the year of a partnership fund run one step at a time, each step a separate run of this
// program, the state kept in a SQLite database between runs. See Options.Usage for the steps.
using Partnerships.Rules.Ledger;

return LedgerApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected);
