using Ardalis.GuardClauses;
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
/// <exception cref="ArgumentOutOfRangeException">A rate is not from 0 to 1.</exception>
public sealed record StaffOnCostRates(decimal EmployerNationalInsurance, decimal Pension)
{
    /// <summary>Gets the employer NI rate as a fraction from 0 to 1: 0.095 for 9.5%.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate set is not from 0 to 1.</exception>
    public decimal EmployerNationalInsurance { get; init => field = Guard.Against.NotAFraction(value, nameof(EmployerNationalInsurance)); } = Guard.Against.NotAFraction(EmployerNationalInsurance, nameof(EmployerNationalInsurance));

    /// <summary>Gets the employer pension rate as a fraction from 0 to 1: 0.135 for 13.5%.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate set is not from 0 to 1.</exception>
    public decimal Pension { get; init => field = Guard.Against.NotAFraction(value, nameof(Pension)); } = Guard.Against.NotAFraction(Pension, nameof(Pension));

    /// <summary>Gets the rates used in the 2003 staffing appendix: 9.5% employer NI and 13.5% pension.</summary>
    public static StaffOnCostRates Report2003 { get; } = new(0.095m, 0.135m);

    /// <summary>Gets how an on-cost finer than a minor unit is rounded; half away from zero unless set.</summary>
    /// <exception cref="ArgumentException">The rule set is not a defined <see cref="MidpointRounding"/>.</exception>
    public MidpointRounding Rounding { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Rounding)); } = MidpointRounding.AwayFromZero;
}
