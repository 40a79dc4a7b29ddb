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

    [Fact]
    public void Capabilities_DependOnlyOnThoseBeforeThemInTheChain()
    {
        // root ← Calendars ← Schemes ← Plans ← Assessment ← Allocation ← Monitoring ← Scenarios ← Publishing ← Json, read from public signatures.
        string[] chain = ["Partnerships.Rules", "Partnerships.Rules.Calendars", "Partnerships.Rules.Schemes", "Partnerships.Rules.Plans",
            "Partnerships.Rules.Assessment", "Partnerships.Rules.Allocation", "Partnerships.Rules.Monitoring", "Partnerships.Rules.Scenarios",
            "Partnerships.Rules.Publishing", "Partnerships.Rules.Json"];
        var backwards = new List<string>();
        foreach (var type in PublicTypes)
        {
            var level = Array.IndexOf(chain, type.Namespace);
            Assert.True(level >= 0, $"{type.FullName} is in no capability namespace.");
            foreach (var used in SignatureTypes(type).Where(t => t.Assembly == typeof(Money).Assembly))
            {
                if (Array.IndexOf(chain, used.Namespace) > level)
                {
                    backwards.Add($"{type.FullName} uses {used.FullName}");
                }
            }
        }

        Assert.Empty(backwards.Distinct());
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
        var direct = members.SelectMany(member => member switch
        {
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            _ => Enumerable.Empty<Type>(),
        });
        return direct.SelectMany(Unwrap);

        static IEnumerable<Type> Unwrap(Type t) =>
            t.HasElementType ? Unwrap(t.GetElementType()!)
            : t.IsGenericType ? t.GetGenericArguments().SelectMany(Unwrap).Append(t)
            : [t];
    }

    [GeneratedRegex("^[A-Z]{3,5}[0-9]{3}$")]
    private static partial Regex FindingCode();
}
