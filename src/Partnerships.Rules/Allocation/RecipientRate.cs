namespace Partnerships.Rules.Allocation;

/// <summary>One recipient's amount per unit of an indicator: £ per crime, £ per 1,000 residents, £ per km².</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RecipientRate
{
    /// <summary>Gets the id of the recipient.</summary>
    public required string RecipientId { get; init; }

    /// <summary>Gets the recipient's allocation.</summary>
    public required Money Allocated { get; init; }

    /// <summary>Gets the recipient's value of the indicator.</summary>
    public required decimal IndicatorValue { get; init; }

    /// <summary>
    /// Gets the allocation in major units per <see cref="FairnessReport.Per"/> units of the indicator, rounded half-even
    /// to 4 decimal places; <see langword="null"/> when the indicator is zero.
    /// </summary>
    public required decimal? AmountPerUnit { get; init; }
}
