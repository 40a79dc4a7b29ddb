using System.Collections.Immutable;
using NodaTime;

namespace Partnerships.Rules.Publishing;

/// <summary>
/// What a 360Giving export needs that the library cannot know: the funder's identity and prefix, the award date,
/// the programme's name, how recipients are identified and located, and when the data was last changed.
/// </summary>
/// <remarks>This type is immutable and thread-safe if <see cref="RecipientOrganizationId"/> is.</remarks>
public sealed record GrantExportOptions
{
    /// <summary>Gets the funder's 360Giving prefix, which every grant identifier starts with, such as <c>360G-mpa</c>.</summary>
    public required string GrantIdPrefix { get; init; }

    /// <summary>Gets the funder, with its org-id identifier.</summary>
    public required GivingOrganization Funder { get; init; }

    /// <summary>Gets the date the awards were decided, such as the date of the report that signed them off.</summary>
    public required LocalDate AwardDate { get; init; }

    /// <summary>Gets the title of the grant programme, such as <c>MPA Partnership Fund</c>.</summary>
    public required string ProgrammeTitle { get; init; }

    /// <summary>Gets the code of the grant programme; the prefix and the year, such as <c>360G-mpa-2011-12</c>, when <see langword="null"/>.</summary>
    public string? ProgrammeCode { get; init; }

    /// <summary>Gets how a recipient id becomes an organisation identifier; the prefix, a dash and the id when <see langword="null"/>.</summary>
    public Func<string, string>? RecipientOrganizationId { get; init; }

    /// <summary>Gets the GSS code of the area each recipient serves, by recipient id; a London borough named in the recipient's name or id is found otherwise.</summary>
    public ImmutableDictionary<string, LocalAuthority> BeneficiaryLocations { get; init; } = ImmutableDictionary<string, LocalAuthority>.Empty;

    /// <summary>Gets when the data was last modified, written on every grant; left out when <see langword="null"/> (the library reads no clock).</summary>
    public Instant? DateModified { get; init; }

    /// <inheritdoc />
    public bool Equals(GrantExportOptions? other) =>
        other is not null
        && GrantIdPrefix == other.GrantIdPrefix
        && Funder == other.Funder
        && AwardDate == other.AwardDate
        && ProgrammeTitle == other.ProgrammeTitle
        && ProgrammeCode == other.ProgrammeCode
        && Equals(RecipientOrganizationId, other.RecipientOrganizationId)
        && ValueEquality.Equal(BeneficiaryLocations, other.BeneficiaryLocations)
        && DateModified == other.DateModified;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GrantIdPrefix, Funder, AwardDate, ProgrammeTitle, ProgrammeCode, ValueEquality.Hash(BeneficiaryLocations), DateModified);
}
