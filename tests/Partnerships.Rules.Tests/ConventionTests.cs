using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Partnerships.Rules.Tests;

/// <summary>Rules every public type of the library keeps, checked by reflection so new code cannot drift.</summary>
public sealed partial class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSealedStaticStructsEnumsOrInterfaces()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrMutableFields()
    {
        var mutable = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    mutable.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral && !type.IsEnum)
                {
                    mutable.Add($"{type.Name}.{field.Name} is a writable field");
                }
            }
        }

        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicApi_NeverUsesBinaryFloatingPoint()
    {
        var floating = new HashSet<Type> { typeof(double), typeof(float), typeof(double?), typeof(float?) };
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => Enumerable.Empty<Type>(),
                };
                if (types.Any(floating.Contains))
                {
                    offenders.Add($"{type.Name}.{member.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void FindingCodes_AreUniqueAcrossTheLibrary()
    {
        var codes = typeof(Money).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Field: $"{f.DeclaringType!.Name}.{f.Name}", Code: (string)f.GetRawConstantValue()!))
            .Where(x => FindingCode().IsMatch(x.Code))
            .ToList();

        var repeated = codes.GroupBy(x => x.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Field))}");

        Assert.Empty(repeated);
    }

    [GeneratedRegex("^[A-Z]{3,5}[0-9]{3}$")]
    private static partial Regex FindingCode();
}
