namespace Partnerships.Rules.Publishing;

/// <summary>A local authority district with its GSS code, such as <c>E09000007</c> for Camden.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="GssCode">The nine-character Government Statistical Service code.</param>
/// <param name="Name">The name of the district.</param>
public sealed record LocalAuthority(string GssCode, string Name);
