namespace Partnerships.Rules.Publishing;

/// <summary>An organisation in a 360Giving record: its org-id identifier and its name.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Id">The organisation identifier (see org-id.guide), such as <c>GB-GOR-PC000123</c>; or a <c>360G-</c> identifier for a body with no register entry.</param>
/// <param name="Name">The name of the organisation.</param>
public sealed record GivingOrganization(string Id, string Name);
