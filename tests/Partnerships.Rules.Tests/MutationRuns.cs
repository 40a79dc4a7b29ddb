#if MUTATION
// Stryker.NET switches its mutant on and off per test, through one static "active mutant" set when a test starts.
// xunit runs test classes in parallel whatever the run settings say, so a test could run with another test's mutant
// switched on: mutants survived that a test kills when the mutation is made by hand (docs/mutation.md). Under
// mutation testing the tests therefore run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
#endif
