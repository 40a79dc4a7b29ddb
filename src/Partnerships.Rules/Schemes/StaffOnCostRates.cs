namespace Partnerships.Rules.Schemes;

/// <summary>
/// The rates added to a salary to cost a staff post: employer National Insurance and pension contributions.
/// </summary>
/// <remarks>
/// The 2003 report costed posts at 9.5% employer NI and 13.5% pension (<see cref="Report2003"/>). Each on-cost
/// is rounded to a minor unit by <see cref="Rounding"/>. This type is immutable and thread-safe.
/// </remarks>
/// <param name="EmployerNationalInsurance">The employer NI rate as a fraction: 0.095 for 9.5%.</param>
/// <param name="Pension">The employer pension rate as a fraction: 0.135 for 13.5%.</param>
public sealed record StaffOnCostRates(decimal EmployerNationalInsurance, decimal Pension)
{
    /// <summary>Gets the rates used in the 2003 staffing appendix: 9.5% employer NI and 13.5% pension.</summary>
    public static StaffOnCostRates Report2003 { get; } = new(0.095m, 0.135m);

    /// <summary>Gets how an on-cost finer than a minor unit is rounded; half away from zero unless set.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;
}
