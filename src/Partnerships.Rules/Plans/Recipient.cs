using Ardalis.GuardClauses;
namespace Partnerships.Rules.Plans;

/// <summary>A body that may be funded, such as a borough command unit.</summary>
/// <remarks>
/// Recipients are identified by <see cref="Id"/>, which is compared ordinally: ids that differ in case or Unicode
/// normalisation are different recipients. A blank name is data as submitted, reported by the plan's validation.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="Id">The stable id of the recipient, such as <c>BCU-CAMDEN</c>.</param>
/// <param name="Name">The name of the recipient for people.</param>
/// <exception cref="ArgumentNullException"><paramref name="Id"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="Id"/> is blank (only white space or invisible characters) or not well-formed UTF-16.</exception>
public sealed record Recipient(string Id, string Name)
{
    /// <summary>Gets the stable id of the recipient, such as <c>BCU-CAMDEN</c>; never blank.</summary>
    /// <exception cref="ArgumentException">The id set is blank or not well-formed UTF-16.</exception>
    public string Id { get; init => field = Guard.Against.BlankId(value, nameof(Id)); } = Guard.Against.BlankId(Id, nameof(Id));
}
