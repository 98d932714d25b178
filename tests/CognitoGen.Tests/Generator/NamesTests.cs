extern alias generator;

using generator::CognitoGen.Generator;
using generator::CognitoGen.Wire;

namespace CognitoGen.Tests.Generator;

/// <summary>The generator finds attributes by metadata-name constants (linked source, tested here through the generator's copy); these keep them equal to the runtime's types.</summary>
public class NamesTests
{
    /// <summary>The version written into [GeneratedCode].</summary>
    public const string Version = ThisAssembly.Version;

    [Fact]
    public void Every_attribute_name_constant_names_a_runtime_type()
    {
        var constants = typeof(AttributeNames).GetFields().Where(f => f.IsLiteral && f.Name != nameof(AttributeNames.Namespace))
            .Select(f => (string)f.GetRawConstantValue()!).Order().ToArray();
        var runtimeTypes = typeof(UserPoolClientDefinition).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(Attribute)) || t == typeof(UserPoolClientDefinition))
            .Select(t => t.FullName!).Order().ToArray();

        Assert.Equal(runtimeTypes, constants);
    }

    [Fact]
    public void Every_enum_member_has_a_wire_value()
    {
        Assert.Equal(Enum.GetValues<TimeUnit>().Length, WireValues.TimeUnits.Length);
        Assert.Equal(Enum.GetValues<AuthFlow>().Length, WireValues.AuthFlows.Length);
        Assert.Equal(Enum.GetValues<OAuthFlow>().Length, WireValues.OAuthFlows.Length);
        Assert.Equal(Enum.GetValues<RefreshTokenRotationFeature>().Length, WireValues.RotationFeatures.Length);
        Assert.Equal("ALLOW_USER_PASSWORD_AUTH", AuthFlow.AllowUserPasswordAuth.ToWireValue());
        Assert.Equal("client_credentials", OAuthFlow.ClientCredentials.ToWireValue());
        Assert.Equal("days", TimeUnit.Days.ToWireValue());
        Assert.Equal("DISABLED", RefreshTokenRotationFeature.Disabled.ToWireValue());
    }

    [Fact]
    public void GeneratedCode_version_is_the_package_version()
    {
        Assert.Equal(ThisAssembly.Version, typeof(UserPoolClientDefinition).Assembly.GetName().Version!.ToString(3));
    }
}
