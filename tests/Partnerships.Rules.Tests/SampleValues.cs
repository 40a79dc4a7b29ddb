using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using Partnerships.Rules.Calendars;
using Partnerships.Rules.Monitoring;
using Partnerships.Rules.Schemes;

namespace Partnerships.Rules.Tests;

/// <summary>
/// Builds a valid sample of any public value type of the library by reflection, in two variants that differ in
/// every member, each call with fresh collection instances: what the equality convention tests compare.
/// </summary>
public static class SampleValues
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

    private static readonly Func<string, string>[] SampleFunctions = [static s => "A-" + s, static s => "B-" + s];

    /// <summary>Makes a sample of <paramref name="type"/>; variant 0 or 1. Equal variants give equal values.</summary>
    public static object Make(Type type, int variant)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Make(underlying, variant);
        }

        // A return's lines sum to its spend: both variants of the lines sum to variant 0's spend, so either can be set on it.
        if (type == typeof(ImmutableArray<ActivitySpend>))
        {
            return variant == 0
                ? ImmutableArray.Create(new ActivitySpend("A1", Money.FromMinorUnits(100, Currency.Gbp)) { Delivered = 0.1m })
                : ImmutableArray.Create(new ActivitySpend("B2", Money.FromMinorUnits(60, Currency.Gbp)) { Delivered = 0.2m }, new ActivitySpend("B3", Money.FromMinorUnits(40, Currency.Gbp)));
        }

        if (type == typeof(SpendReturn))
        {
            var quarter = FinancialYearCalendar.UkGovernment.Year(2011).Quarter(1 + variant);
            var spent = Money.FromMinorUnits(100 + variant, Currency.Gbp);
            return SpendReturn.ByActivity(new string(variant == 0 ? "A1" : "B2"), quarter, [new ActivitySpend(variant == 0 ? "A1" : "B2", spent)], spent) with { SubmittedOn = new LocalDate(2011, 4, 1 + variant) };
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(variant % values.Length)!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, 1);
            array.SetValue(Make(element, variant), 0);
            return typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element)
                .Invoke(null, [array])!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
        {
            var value = type.GetGenericArguments()[1];
            var entry = typeof(KeyValuePair).GetMethod(nameof(KeyValuePair.Create))!.MakeGenericMethod(typeof(string), value).Invoke(null, [new string(variant == 0 ? "A1" : "B2"), Make(value, variant)])!;
            var entries = Array.CreateInstance(entry.GetType(), 1);
            entries.SetValue(entry, 0);
            return typeof(ImmutableDictionary).GetMethods()
                .Single(m => m.Name == nameof(ImmutableDictionary.CreateRange) && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType.Name.StartsWith("IEqualityComparer", StringComparison.Ordinal))
                .MakeGenericMethod(typeof(string), value)
                .Invoke(null, [StringComparer.Ordinal, entries])!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
        {
            var value = type.GetGenericArguments()[1];
            var entry = typeof(KeyValuePair).GetMethod(nameof(KeyValuePair.Create))!.MakeGenericMethod(typeof(string), value).Invoke(null, [new string(variant == 0 ? "A1" : "B2"), Make(value, variant)])!;
            var entries = Array.CreateInstance(entry.GetType(), 1);
            entries.SetValue(entry, 0);
            return typeof(ImmutableSortedDictionary).GetMethods()
                .Single(m => m.Name == nameof(ImmutableSortedDictionary.CreateRange) && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType.Name.StartsWith("IComparer", StringComparison.Ordinal))
                .MakeGenericMethod(typeof(string), value)
                .Invoke(null, [StringComparer.Ordinal, entries])!;
        }

        if (type == typeof(Func<string, string>))
        {
            return SampleFunctions[variant]; // a delegate is equal only to itself: the same instance for the same variant
        }

        return type switch
        {
            _ when type == typeof(string) => new string(variant == 0 ? "A1" : "B2"), // a fresh instance each time
            _ when type == typeof(int) => 1 + variant,
            _ when type == typeof(long) => 1L + variant,
            _ when type == typeof(decimal) => 0.1m + (0.1m * variant),
            _ when type == typeof(bool) => variant == 1,
            _ when type == typeof(Currency) => variant == 0 ? Currency.Gbp : Currency.Create("EUR", 2, "€"),
            _ when type == typeof(Money) => Money.FromMinorUnits(100 + variant, Currency.Gbp),
            _ when type == typeof(AnnualDate) => new AnnualDate(4, 1 + variant),
            _ when type == typeof(FinancialYearCalendar) => FinancialYearCalendar.StartingOn(new AnnualDate(4, 1 + variant), "Sample"),
            _ when type == typeof(FinancialYear) => FinancialYearCalendar.UkGovernment.Year(2011 + variant),
            _ when type == typeof(FinancialQuarter) => FinancialYearCalendar.UkGovernment.Year(2011).Quarter(1 + variant),
            _ when type == typeof(FinancialMonth) => FinancialYearCalendar.UkGovernment.Year(2011).Month(1 + variant),
            _ when type == typeof(Instant) => Instant.FromUnixTimeSeconds(1_300_000_000 + variant),
            _ when type == typeof(LocalDate) => new LocalDate(2011, 4, 1 + variant),
            _ when type == typeof(LocalDateTime) => new LocalDateTime(2011, 4, 1 + variant, 12, 0),
            _ when type == typeof(ImmutableDictionary<string, long>) => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("A1", 1L + variant)]),
            _ when type == typeof(Finding) => Finding.Of("TEST00" + variant, FindingSeverity.Information, "Sample {n}.", ("n", new string('x', 1 + variant))),
            _ when type == typeof(FundScheme) => FundScheme.Create("Scheme " + variant).WithTerms((FundTerms)Make(typeof(FundTerms), variant)),
            _ => Build(type, variant),
        };
    }

    /// <summary>Returns the members of a type that hold its state: each public property that can be set (by its
    /// init accessor or its backing field), with a way to set it on a fresh instance.</summary>
    public static IEnumerable<(PropertyInfo Property, Action<object, object?> Set)> SettableMembers(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { } setter)
            {
                yield return (property, (target, value) => setter.Invoke(target, [value]));
            }
            else if (type.GetField($"<{property.Name}>k__BackingField", Instance) is { } field)
            {
                yield return (property, field.SetValue);
            }
        }
    }

    // A record or class: the constructor with most parameters (public first), then every settable member.
    private static object Build(Type type, int variant)
    {
        var constructor = type.GetConstructors(Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type)) // not the record copy constructor
            .OrderByDescending(c => c.IsPublic)
            .ThenByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"SampleValues cannot make a {type}: give it a case.");
        var instance = constructor.Invoke(constructor.GetParameters().Select(p => Make(p.ParameterType, variant)).ToArray());
        foreach (var (property, set) in SettableMembers(type))
        {
            if (property.SetMethod is not null)
            {
                set(instance, Make(property.PropertyType, variant));
            }
        }

        return instance;
    }
}
