using System.Reflection;

namespace Partnerships.Rules.Tests;

/// <summary>
/// Checks the equality and ordering contracts of value types in one place, so every struct of the library is held
/// to the same rules: <c>Equals(T)</c>, <c>Equals(object)</c>, <c>GetHashCode</c>, the operators found by
/// reflection, <c>CompareTo(T)</c> and non-generic <c>IComparable.CompareTo</c>.
/// </summary>
public static class TestHelper
{
    /// <summary>Checks that <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct but equal
    /// instance) and no value of <paramref name="unequalValues"/>, by every route.</summary>
    public static void TestEqualsStruct<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.True(value.Equals(equalValue), $"{value}.Equals({equalValue})");
        Assert.True(equalValue.Equals(value), $"{equalValue}.Equals({value})");
        Assert.True(value.Equals(value), $"{value}.Equals(itself)");
        Assert.True(value.Equals((object)equalValue), $"{value}.Equals((object){equalValue})");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(null), $"{value}.Equals(null)");
        Assert.False(value.Equals(new object()), $"{value}.Equals(new object())");
        CheckOperator(value, equalValue, "op_Equality", true);
        CheckOperator(value, equalValue, "op_Inequality", false);
        Assert.NotEmpty(unequalValues);
        foreach (var other in unequalValues)
        {
            Assert.False(value.Equals(other), $"{value}.Equals({other})");
            Assert.False(other.Equals(value), $"{other}.Equals({value})");
            Assert.False(value.Equals((object)other), $"{value}.Equals((object){other})");
            CheckOperator(value, other, "op_Equality", false);
            CheckOperator(value, other, "op_Inequality", true);
        }
    }

    /// <summary>Checks that <paramref name="value"/> and <paramref name="equalValue"/> compare as equal and both
    /// compare below <paramref name="greaterValue"/>, by <c>CompareTo</c> and by every comparison operator found.</summary>
    public static void TestCompareToStruct<T>(T value, T equalValue, T greaterValue)
        where T : struct, IComparable<T>
    {
        Assert.Equal(0, value.CompareTo(equalValue));
        Assert.Equal(0, equalValue.CompareTo(value));
        Assert.True(value.CompareTo(greaterValue) < 0, $"{value}.CompareTo({greaterValue}) < 0");
        Assert.True(greaterValue.CompareTo(value) > 0, $"{greaterValue}.CompareTo({value}) > 0");
        CheckOrderOperators(value, equalValue, 0);
        CheckOrderOperators(value, greaterValue, -1);
        CheckOrderOperators(greaterValue, value, 1);

        if (value is IComparable comparable)
        {
            Assert.Equal(0, comparable.CompareTo(equalValue));
            Assert.True(comparable.CompareTo(greaterValue) < 0);
            Assert.True(comparable.CompareTo(null) > 0, "CompareTo(null) puts null first");
            Assert.Throws<ArgumentException>(() => comparable.CompareTo(new object()));
        }
    }

    private static void CheckOrderOperators<T>(T left, T right, int expectedSign)
    {
        CheckOperator(left, right, "op_LessThan", expectedSign < 0);
        CheckOperator(left, right, "op_LessThanOrEqual", expectedSign <= 0);
        CheckOperator(left, right, "op_GreaterThan", expectedSign > 0);
        CheckOperator(left, right, "op_GreaterThanOrEqual", expectedSign >= 0);
    }

    private static void CheckOperator<T>(T left, T right, string name, bool expected)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        Assert.True(method is not null, $"{typeof(T).Name} has no {name}");
        Assert.True(expected == (bool)method.Invoke(null, [left, right])!, $"{name}({left}, {right}) should be {expected}");
    }
}
