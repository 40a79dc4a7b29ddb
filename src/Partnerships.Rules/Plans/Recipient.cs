namespace Partnerships.Rules.Plans;

/// <summary>A body that may be funded, such as a borough command unit.</summary>
/// <remarks>Recipients are identified by <see cref="Id"/>, which is compared ordinally. This type is immutable and thread-safe.</remarks>
/// <param name="Id">The stable id of the recipient, such as <c>BCU-CAMDEN</c>.</param>
/// <param name="Name">The name of the recipient for people.</param>
public sealed record Recipient(string Id, string Name);
