namespace Partnerships.Rules.Schemes;

/// <summary>A body a scheme funds, such as a borough command unit, as the scheme lists it.</summary>
/// <remarks>Ids are compared ordinally; they match <c>Recipient.Id</c> of a spend plan. This type is immutable and thread-safe.</remarks>
/// <param name="Id">The stable id, such as <c>BCU-CAMDEN</c>.</param>
/// <param name="Name">The name for people, such as <c>Camden BCU</c>.</param>
public sealed record SchemeRecipient(string Id, string Name);
