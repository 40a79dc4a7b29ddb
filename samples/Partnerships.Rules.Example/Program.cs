using Partnerships.Rules;

var standardAllocation = Money.Pounds(50_000m);
Console.WriteLine($"32 borough units at {standardAllocation}: {standardAllocation * 32}");
