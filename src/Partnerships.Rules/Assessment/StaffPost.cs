namespace Partnerships.Rules.Assessment;

/// <summary>A staff post to cost: its title, basic salary, running costs (training, travel) and how many there are.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Title">The post's title, such as <c>CDRP Policy Development Officer</c>.</param>
/// <param name="Salary">The basic annual salary of one post.</param>
/// <param name="RunningCosts">The annual running costs of one post.</param>
public sealed record StaffPost(string Title, Money Salary, Money RunningCosts)
{
    /// <summary>Gets how many posts of this kind there are; 1 unless set.</summary>
    public int Count { get; init; } = 1;
}
