// Checks the test-only AWSSDK.CognitoIdentityProvider stand-in (tests/CognitoGen.SdkStandIn) against the botocore
// service model in ../shared/aws/cognito-idp-service-2.json, which is read at test time and never copied into the repo.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Xunit;

namespace CognitoGen.Tests.StandIn;

public class StandInMatchesServiceModelTests
{
    private static readonly Assembly StandInAssembly = typeof(CreateUserPoolClientRequest).Assembly;

    /// <summary>Stand-in types that have a shape of the same name in the service model.</summary>
    private static readonly Type[] StructureTypes =
    {
        typeof(CreateUserPoolClientRequest),
        typeof(UpdateUserPoolClientRequest),
        typeof(DescribeUserPoolClientRequest),
        typeof(UserPoolClientType),
        typeof(TokenValidityUnitsType),
        typeof(AnalyticsConfigurationType),
        typeof(RefreshTokenRotationType),
    };

    /// <summary>Stand-in ConstantClasses; each has an enum shape of the same name in the service model.</summary>
    private static readonly Type[] ConstantClassTypes =
    {
        typeof(TimeUnitsType),
        typeof(PreventUserExistenceErrorTypes),
        typeof(FeatureType),
        typeof(ExplicitAuthFlowsType),
        typeof(OAuthFlowType),
    };

    /// <summary>
    /// Where the stand-in deliberately follows ../shared/docs/aws-sdk-shapes.md rather than the current model.
    /// Key: (shape, member, "Min" or "Max"); value: (stand-in value, model value). Both are asserted, so an entry
    /// fails as soon as either side changes and has to be revisited.
    /// </summary>
    private static readonly Dictionary<(string Shape, string Member, string Facet), (long StandIn, long Model)> KnownDeviations = new()
    {
        // The doc reads UserPoolClientType at SDK commit 838a1bd, which predates the 2026-02-27 model change that
        // raised ClientSecretType's min from 1 to 24 (the release that added CreateUserPoolClientRequest.ClientSecret).
        // The doc lists Min=1 here and points out the difference from the Create request's Min=24.
        [("UserPoolClientType", "ClientSecret", "Min")] = (1, 24),
    };

    public static TheoryData<string> StructureShapeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in StructureTypes)
        {
            data.Add(type.Name);
        }

        return data;
    }

    public static TheoryData<string> EnumShapeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ConstantClassTypes)
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StructureShapeNames))]
    public void PropertyNames_EqualShapeMemberNames(string shapeName)
    {
        if (LoadShapes() is not { } shapes)
        {
            return;
        }

        var type = StructureTypeFor(shapeName);
        var shape = GetShape(shapes, shapeName);
        var modelMembers = MemberNames(shape).ToHashSet(StringComparer.Ordinal);
        var properties = PublicInstanceProperties(type).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        problems.AddRange(modelMembers.Except(properties).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => $"{type.Name} lacks model member {n}"));
        problems.AddRange(properties.Except(modelMembers).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => $"{type.Name}.{n} is not a member of model shape {shapeName}"));
        FailIfAny(problems);
    }

    [Theory]
    [MemberData(nameof(StructureShapeNames))]
    public void RequiredFlag_EqualsMembershipInShapeRequiredList(string shapeName)
    {
        if (LoadShapes() is not { } shapes)
        {
            return;
        }

        var type = StructureTypeFor(shapeName);
        var shape = GetShape(shapes, shapeName);
        var required = shape.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var property in PublicInstanceProperties(type))
        {
            var isRequired = property.GetCustomAttribute<AWSPropertyAttribute>()?.Required ?? false;
            if (isRequired != required.Contains(property.Name))
            {
                problems.Add($"{type.Name}.{property.Name}: [AWSProperty] Required={isRequired}, model required={required.Contains(property.Name)}");
            }
        }

        FailIfAny(problems);
    }

    [Theory]
    [MemberData(nameof(StructureShapeNames))]
    public void MinMaxAndSensitive_EqualTargetShape(string shapeName)
    {
        if (LoadShapes() is not { } shapes)
        {
            return;
        }

        var type = StructureTypeFor(shapeName);
        var shape = GetShape(shapes, shapeName);

        var problems = new List<string>();
        foreach (var property in PublicInstanceProperties(type))
        {
            if (!TryGetMemberTarget(shapes, shape, property.Name, out var targetName, out var target))
            {
                continue; // reported by PropertyNames_EqualShapeMemberNames
            }

            var attribute = property.GetCustomAttribute<AWSPropertyAttribute>();
            var where = $"{type.Name}.{property.Name} (target shape {targetName})";

            CheckBound(problems, where, shapeName, property.Name, "Min", target,
                attribute is { IsMinSet: true } ? attribute.Min : null);
            CheckBound(problems, where, shapeName, property.Name, "Max", target,
                attribute is { IsMaxSet: true } ? attribute.Max : null);

            var modelSensitive = target.TryGetProperty("sensitive", out var s) && s.GetBoolean();
            var standInSensitive = attribute?.Sensitive ?? false;
            if (modelSensitive != standInSensitive)
            {
                problems.Add($"{where}: [AWSProperty] Sensitive={standInSensitive}, model sensitive={modelSensitive}");
            }
        }

        FailIfAny(problems);
    }

    [Theory]
    [MemberData(nameof(StructureShapeNames))]
    public void PropertyTypes_FollowTargetShapeType(string shapeName)
    {
        if (LoadShapes() is not { } shapes)
        {
            return;
        }

        var type = StructureTypeFor(shapeName);
        var shape = GetShape(shapes, shapeName);

        var problems = new List<string>();
        foreach (var property in PublicInstanceProperties(type))
        {
            if (!TryGetMemberTarget(shapes, shape, property.Name, out var targetName, out var target))
            {
                continue; // reported by PropertyNames_EqualShapeMemberNames
            }

            var where = $"{type.Name}.{property.Name} (target shape {targetName})";
            var expected = ExpectedClrType(shapes, targetName, target, out var error);
            if (expected is null)
            {
                problems.Add($"{where}: {error}");
            }
            else if (property.PropertyType != expected)
            {
                problems.Add($"{where}: C# type is {Describe(property.PropertyType)}, expected {Describe(expected)}");
            }
        }

        FailIfAny(problems);
    }

    [Theory]
    [MemberData(nameof(EnumShapeNames))]
    public void ConstantClassFields_EqualEnumValues(string shapeName)
    {
        if (LoadShapes() is not { } shapes)
        {
            return;
        }

        var type = ConstantClassTypes.Single(t => t.Name == shapeName);
        Assert.True(typeof(ConstantClass).IsAssignableFrom(type), $"{type.FullName} does not derive from ConstantClass");

        var shape = GetShape(shapes, shapeName);
        Assert.True(shape.TryGetProperty("enum", out var enumValues), $"model shape {shapeName} has no enum list");
        var modelValues = enumValues.EnumerateArray().Select(e => e.GetString()!).ToList();

        var problems = new List<string>();
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsInitOnly)
            .ToList();
        var standInValues = new List<string>();
        foreach (var field in fields)
        {
            if (field.FieldType != type)
            {
                problems.Add($"{type.Name}.{field.Name} is of type {Describe(field.FieldType)}, expected {type.Name}");
                continue;
            }

            var value = ((ConstantClass?)field.GetValue(null))?.Value;
            if (value is null)
            {
                problems.Add($"{type.Name}.{field.Name} is null or has no Value");
                continue;
            }

            standInValues.Add(value);
            var expectedName = char.ToUpperInvariant(value[0]) + value.Substring(1);
            if (field.Name != expectedName)
            {
                problems.Add($"{type.Name}.{field.Name} carries \"{value}\" but should be named {expectedName}");
            }
        }

        problems.AddRange(modelValues.Except(standInValues, StringComparer.Ordinal)
            .Select(v => $"{type.Name} lacks a field for model value \"{v}\""));
        problems.AddRange(standInValues.Except(modelValues, StringComparer.Ordinal)
            .Select(v => $"{type.Name} has value \"{v}\" that model shape {shapeName} does not list"));
        problems.AddRange(standInValues.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{type.Name} has {g.Count()} fields for \"{g.Key}\""));
        FailIfAny(problems);
    }

    private static void CheckBound(
        List<string> problems, string where, string shapeName, string member, string facet, JsonElement target, long? standIn)
    {
        long? model = target.TryGetProperty(facet.ToLowerInvariant(), out var bound) ? bound.GetInt64() : null;
        if (KnownDeviations.TryGetValue((shapeName, member, facet), out var deviation))
        {
            if (standIn != deviation.StandIn || model != deviation.Model)
            {
                problems.Add($"{where}: known deviation on {facet} expected stand-in={deviation.StandIn}, model={deviation.Model}; " +
                             $"found stand-in={Show(standIn)}, model={Show(model)}. Revisit KnownDeviations.");
            }

            return;
        }

        if (standIn != model)
        {
            problems.Add($"{where}: [AWSProperty] {facet}={Show(standIn)}, model {facet.ToLowerInvariant()}={Show(model)}");
        }
    }

    private static Type? ExpectedClrType(JsonElement shapes, string targetName, JsonElement target, out string error)
    {
        error = string.Empty;
        var kind = target.GetProperty("type").GetString();
        switch (kind)
        {
            case "string" when target.TryGetProperty("enum", out _):
            {
                var constantClass = StandInAssembly.GetType("Amazon.CognitoIdentityProvider." + targetName);
                if (constantClass is null || !typeof(ConstantClass).IsAssignableFrom(constantClass))
                {
                    error = $"no ConstantClass Amazon.CognitoIdentityProvider.{targetName} in the stand-in";
                }

                return error.Length == 0 ? constantClass : null;
            }
            case "string":
                return typeof(string);
            case "integer":
                return typeof(int?);
            case "long":
                return typeof(long?);
            case "boolean":
                return typeof(bool?);
            case "timestamp":
                return typeof(DateTime?);
            case "list":
            {
                // Lists of strings, including lists of enum strings, are List<string> in the .NET SDK.
                var elementName = target.GetProperty("member").GetProperty("shape").GetString()!;
                var elementKind = GetShape(shapes, elementName).GetProperty("type").GetString();
                if (elementKind != "string")
                {
                    error = $"list of {elementKind} ({elementName}) is not handled by this test";
                    return null;
                }

                return typeof(List<string>);
            }
            case "structure":
            {
                var structure = StandInAssembly.GetType("Amazon.CognitoIdentityProvider.Model." + targetName);
                if (structure is null)
                {
                    error = $"no structure type Amazon.CognitoIdentityProvider.Model.{targetName} in the stand-in";
                }

                return structure;
            }
            default:
                error = $"model type '{kind}' is not handled by this test";
                return null;
        }
    }

    private static Type StructureTypeFor(string shapeName) => StructureTypes.Single(t => t.Name == shapeName);

    private static PropertyInfo[] PublicInstanceProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static IEnumerable<string> MemberNames(JsonElement shape) =>
        shape.GetProperty("members").EnumerateObject().Select(m => m.Name);

    private static bool TryGetMemberTarget(
        JsonElement shapes, JsonElement shape, string member, out string targetName, out JsonElement target)
    {
        targetName = string.Empty;
        target = default;
        if (!shape.GetProperty("members").TryGetProperty(member, out var memberElement))
        {
            return false;
        }

        targetName = memberElement.GetProperty("shape").GetString()!;
        target = GetShape(shapes, targetName);
        return true;
    }

    private static JsonElement GetShape(JsonElement shapes, string name)
    {
        Assert.True(shapes.TryGetProperty(name, out var shape), $"model has no shape {name}");
        return shape;
    }

    private static void FailIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, problems));
        }
    }

    private static string Show(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(unset)";

    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + "?";
        }

        return type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
    }

    private static JsonElement? LoadShapes() => CognitoGen.Tests.Infrastructure.RepoFiles.ServiceModelShapes();
}
