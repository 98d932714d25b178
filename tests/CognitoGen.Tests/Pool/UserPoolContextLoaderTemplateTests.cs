using CognitoGen.Pool;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Pool;

/// <summary>UserPoolContextLoader on CloudFormation templates: Ref and GetAtt between Cognito resources, unknowns stay unknown.</summary>
public sealed class UserPoolContextLoaderTemplateTests
{
    private static PoolLoadResult Load(string text) => UserPoolContextLoader.Load(new[] { ("template.json", text) });

    [Fact]
    public void The_committed_cdk_synth_output_gives_scopes_providers_and_domain()
    {
        var path = RepoFiles.Path("e2e", "cdk", "AuthStack.template.json");
        var result = UserPoolContextLoader.Load(new[] { (path, File.ReadAllText(path)) });
        Assert.Empty(result.Diagnostics);
        var c = result.Context;
        var server = Assert.Single(c.ResourceServers!);
        Assert.Equal("solar-system-data", server.Identifier);
        Assert.Equal("Solar system data", server.Name);
        Assert.Equal(new[] { "asteroids.add" }, server.ScopeNames.ToArray());
        Assert.Equal(new[] { "Google", "Facebook", "MyOIDC" }, c.IdentityProviderNames!.ToArray());
        Assert.True(c.HasDomain);
        // The pool's physical ID is only known after deployment.
        Assert.Null(c.UserPoolId);
        Assert.Null(c.Region);
        // The stack's Schema: email made required, and one custom attribute (e2e/cdk.sh's pool app reads it).
        Assert.Contains(new SchemaAttribute("email", false, true, true), c.SchemaAttributes!);
        Assert.Equal(new SchemaAttribute("tier", true, null, true), Assert.Single(c.SchemaAttributes!, a => a.IsCustom));
        Assert.Equal("custom:tier", c.SchemaAttributes!.Single(a => a.IsCustom).ClientAttributeName);
    }

    private const string Template = """
        {
          "Parameters": { "ServerId": { "Type": "String" } },
          "Resources": {
            "Pool": {
              "Type": "AWS::Cognito::UserPool",
              "Properties": {
                "Schema": [
                  { "Name": "email", "AttributeDataType": "String", "Required": true, "Mutable": true },
                  { "Name": "tier", "AttributeDataType": "String", "Mutable": "false" }
                ]
              }
            },
            "Orders": {
              "Type": "AWS::Cognito::UserPoolResourceServer",
              "Properties": { "Identifier": "orders", "Name": "Orders", "UserPoolId": { "Fn::GetAtt": ["Pool", "UserPoolId"] },
                              "Scopes": [ { "ScopeName": "read", "ScopeDescription": "r" }, { "ScopeName": "write", "ScopeDescription": "w" } ] }
            },
            "Elsewhere": {
              "Type": "AWS::Cognito::UserPoolIdentityProvider",
              "Properties": { "ProviderName": "OtherPoolIdp", "ProviderType": "OIDC", "UserPoolId": "us-east-1_Other" }
            },
            "Imported": {
              "Type": "AWS::Cognito::UserPoolIdentityProvider",
              "Properties": { "ProviderName": "Okta", "ProviderType": "SAML", "UserPoolId": { "Fn::ImportValue": "pool" } }
            },
            "Bucket": { "Type": "AWS::S3::Bucket" }
          }
        }
        """;

    [Fact]
    public void Refs_resolve_to_the_template_pool_and_resources_of_another_pool_are_left_out()
    {
        var result = Load(Template);
        Assert.Empty(result.Diagnostics);
        var c = result.Context;
        var server = Assert.Single(c.ResourceServers!);
        Assert.Equal(new[] { "orders/read", "orders/write" }, server.FullScopes.ToArray());
        // The literal ID names a pool other than the template's; the import cannot be resolved, so it is counted.
        Assert.Equal(new[] { "Okta" }, c.IdentityProviderNames!.ToArray());
        Assert.Null(c.HasDomain);
        Assert.Contains(new SchemaAttribute("email", false, true, true), c.SchemaAttributes!);
        Assert.Contains(new SchemaAttribute("tier", true, null, false), c.SchemaAttributes!);
        Assert.Equal("custom:tier", c.SchemaAttributes!.Single(a => a.IsCustom).ClientAttributeName);
    }

    [Fact]
    public void An_identifier_from_a_parameter_leaves_the_resource_servers_unknown_with_a_note()
    {
        var result = Load(Template.Replace("\"Identifier\": \"orders\"", "\"Identifier\": { \"Ref\": \"ServerId\" }"));
        Assert.Null(result.Context.ResourceServers);
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("Orders", d.Message);
        Assert.Contains("unknown", d.Message);
        Assert.Equal(13, d.Line);
        Assert.NotNull(result.Context.IdentityProviderNames);
    }

    [Fact]
    public void A_schema_name_from_an_intrinsic_leaves_the_schema_unknown()
    {
        var result = Load(Template.Replace("\"Name\": \"tier\"", "\"Name\": { \"Fn::Sub\": \"t${AWS::Region}\" }"));
        Assert.Null(result.Context.SchemaAttributes);
        Assert.NotNull(result.Context.ResourceServers);
    }

    [Fact]
    public void Without_a_pool_resource_a_literal_pool_id_is_the_pool()
    {
        var result = Load("""
            {"Resources": {
              "Idp": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"ProviderName": "Google", "UserPoolId": "eu-west-1_Abc"}},
              "Domain": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"Domain": "d", "UserPoolId": "eu-west-1_Abc"}}
            }}
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("eu-west-1_Abc", result.Context.UserPoolId);
        Assert.Equal("eu-west-1", result.Context.Region);
        Assert.Equal(new[] { "Google" }, result.Context.IdentityProviderNames!.ToArray());
        Assert.True(result.Context.HasDomain);
        Assert.Null(result.Context.SchemaAttributes);
    }

    [Fact]
    public void A_domain_under_a_condition_leaves_the_domain_unknown()
    {
        var result = Load("""
            {"Resources": {
              "Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {}},
              "Domain": {"Type": "AWS::Cognito::UserPoolDomain", "Condition": "WithDomain", "Properties": {"Domain": "d", "UserPoolId": {"Ref": "Pool"}}}
            }}
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Context.HasDomain);
    }

    [Fact]
    public void Two_pools_in_one_template_is_a_diagnostic_at_the_second()
    {
        var result = Load("{\"Resources\": {\n \"A\": {\"Type\": \"AWS::Cognito::UserPool\", \"Properties\": {}},\n \"B\": {\"Type\": \"AWS::Cognito::UserPool\", \"Properties\": {}}}}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 7), (d.Line, d.Column));
        Assert.Contains("2 user pools (A, B)", d.Message);
        Assert.Equal(UserPoolContext.Unknown, result.Context);
    }

    [Fact]
    public void Properties_of_the_wrong_type_are_a_diagnostic()
    {
        var result = Load("{\"Resources\": {\"Pool\": {\"Type\": \"AWS::Cognito::UserPool\", \"Properties\": []}}}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("Resources.Pool.Properties: expected an object, got an array", d.Message);
        Assert.Equal((1, 73), (d.Line, d.Column));
    }
}
