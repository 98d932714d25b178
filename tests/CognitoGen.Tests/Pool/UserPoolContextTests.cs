using CognitoGen.Pool;

namespace CognitoGen.Tests.Pool;

/// <summary>UserPoolContext compares by value (it is meant to be a generator pipeline input) and keeps unknown parts null.</summary>
public sealed class UserPoolContextTests
{
    private static UserPoolContext Make(string scope) => new(
        "us-east-1_abc",
        "us-east-1",
        new EquatableArray<SchemaAttribute>(new[] { new SchemaAttribute("email", false, true, true), new SchemaAttribute("tier", true, false, false) }),
        new EquatableArray<ResourceServer>(new[] { new ResourceServer("orders", "Orders", new EquatableArray<string>(new[] { scope })) }),
        new EquatableArray<string>(new[] { "Google" }),
        true,
        null);

    [Fact]
    public void Two_contexts_built_from_the_same_values_are_equal()
    {
        Assert.Equal(Make("read"), Make("read"));
        Assert.Equal(Make("read").GetHashCode(), Make("read").GetHashCode());
    }

    [Fact]
    public void A_different_scope_makes_the_contexts_differ()
    {
        Assert.NotEqual(Make("read"), Make("write"));
    }

    [Fact]
    public void Unknown_has_every_part_null_and_finds_no_client()
    {
        var unknown = UserPoolContext.Unknown;

        Assert.Null(unknown.SchemaAttributes);
        Assert.Null(unknown.ResourceServers);
        Assert.Null(unknown.IdentityProviderNames);
        Assert.Null(unknown.HasDomain);
        Assert.Null(unknown.FindClient("1example"));
    }

    [Fact]
    public void Custom_attributes_are_named_with_the_custom_prefix_and_scopes_with_the_identifier()
    {
        var context = Make("read");

        Assert.Equal(new[] { "email", "custom:tier" }, context.SchemaAttributes!.Select(a => a.ClientAttributeName));
        Assert.Equal(new[] { "orders/read" }, context.ResourceServers![0].FullScopes);
    }
}
