using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace Partnerships.Rules.Tests;

/// <summary>Every public value of the library compares by value: collections by content, and no member forgotten.</summary>
public sealed partial class ConventionTests
{
    // Every public class or struct that says it is equatable to itself: the records, the value structs, the scheme.
    private static readonly Type[] ValueTypes = PublicTypes
        .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !t.ContainsGenericParameters)
        .Where(t => typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    // Members left out of equality on purpose: a calendar is its year start, whatever it is called.
    private static readonly HashSet<string> NotCompared = ["FinancialYearCalendar.Name"];

    public static TheoryData<string> ValueTypeNames => [.. ValueTypes.Select(t => t.FullName!)];

    [Fact]
    public void ValueTypes_IncludeEveryRecordWithACollection()
    {
        // The theories below are only as good as the list they run over.
        var records = PublicTypes.Where(t => !t.ContainsGenericParameters).Where(t => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null));
        Assert.Empty(records.Except(ValueTypes));
        Assert.Contains(typeof(Rules.Allocation.AllocationResult), ValueTypes);
        Assert.Contains(typeof(Rules.Schemes.FundScheme), ValueTypes);
    }

    [Theory]
    [MemberData(nameof(ValueTypeNames))]
    public void ValueType_SameContentInOtherCollections_IsEqualWithEqualHash(string typeName)
    {
        var type = ValueTypes.Single(t => t.FullName == typeName);
        var value = SampleValues.Make(type, 0);
        var same = SampleValues.Make(type, 0);

        if (!type.IsValueType)
        {
            Assert.NotSame(value, same);
        }

        Assert.True(value.Equals(same), $"{type.Name}.Equals(same content)");
        Assert.True(same.Equals(value), $"{type.Name}.Equals(same content), reversed");
        Assert.Equal(value.GetHashCode(), same.GetHashCode());
        Assert.True(Operator(type, "op_Equality", value, same), $"{type.Name} == same content");
        Assert.False(Operator(type, "op_Inequality", value, same), $"{type.Name} != same content");
        Assert.False(value.Equals(null));
    }

    [Theory]
    [MemberData(nameof(ValueTypeNames))]
    public void ValueType_EveryMemberTakesPartInEquality(string typeName)
    {
        // Fails when someone adds a member and forgets to compare it in a hand-written Equals.
        var type = ValueTypes.Single(t => t.FullName == typeName);
        var forgotten = new List<string>();
        foreach (var (property, set) in SampleValues.SettableMembers(type))
        {
            var value = SampleValues.Make(type, 0);
            var changed = SampleValues.Make(type, 0);
            set(changed, SampleValues.Make(property.PropertyType, 1));
            if (NotCompared.Contains($"{type.Name}.{property.Name}"))
            {
                continue;
            }

            if (value.Equals(changed) || changed.Equals(value) || Operator(type, "op_Equality", value, changed))
            {
                forgotten.Add(property.Name);
            }
        }

        Assert.Empty(forgotten);
    }

    [Theory]
    [MemberData(nameof(ValueTypeNames))]
    public void ValueType_DefaultArrayIsNormalisedToEmpty(string typeName)
    {
        var type = ValueTypes.Single(t => t.FullName == typeName);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { } setter && property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                var value = SampleValues.Make(type, 0);
                setter.Invoke(value, [Activator.CreateInstance(property.PropertyType)]);
                var array = (IEnumerable)property.GetValue(value)!;
                Assert.Empty(array); // a default ImmutableArray would throw here
            }
        }
    }

    private static bool Operator(Type type, string name, object left, object right) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is { } method
            ? (bool)method.Invoke(null, [left, right])!
            : throw new Xunit.Sdk.XunitException($"{type.Name} has no {name}.");
}
