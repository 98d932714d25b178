using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoGen;
using CognitoGen.Sample;

// Usage: CdkE2e OUTDIR
// Synthesizes AuthStack (a user pool that declares what the sample client refers to, and the sample client built by the
// generated ToCfnProps) into OUTDIR, and writes next to it what CognitoGen itself says the client is:
// expected.cfn.json (Definition.ToCloudFormationJson()) and expected.cli.json (Definition.ToCliInputJson(...)).
var outdir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: CdkE2e OUTDIR");

var app = new App(new AppProps { Outdir = outdir, AnalyticsReporting = false });
var stack = new Stack(app, "AuthStack");

var pool = new CfnUserPool(stack, "Pool", new CfnUserPoolProps
{
    UserPoolName = "cognitogen-cdk-e2e",
    // A required standard attribute (the sample client writes it) and a custom one (e2e/cdk.sh's pool app reads it).
    Schema = new[]
    {
        new CfnUserPool.SchemaAttributeProperty { Name = "email", AttributeDataType = "String", Required = true, Mutable = true },
        new CfnUserPool.SchemaAttributeProperty { Name = "tier", AttributeDataType = "String", Mutable = true },
    },
});

// What the sample client refers to, declared in the pool (so the template can serve as the pool's context).
var domain = new CfnUserPoolDomain(stack, "Domain", new CfnUserPoolDomainProps { UserPoolId = pool.Ref, Domain = "cognitogen-cdk-e2e" });
var resourceServer = new CfnUserPoolResourceServer(stack, "SolarSystemData", new CfnUserPoolResourceServerProps
{
    UserPoolId = pool.Ref,
    Identifier = "solar-system-data",
    Name = "Solar system data",
    Scopes = new[] { new CfnUserPoolResourceServer.ResourceServerScopeTypeProperty { ScopeName = "asteroids.add", ScopeDescription = "Add asteroids" } },
});
var providers = new[]
{
    new CfnUserPoolIdentityProvider(stack, "Google", new CfnUserPoolIdentityProviderProps
    {
        UserPoolId = pool.Ref, ProviderName = "Google", ProviderType = "Google",
        ProviderDetails = new Dictionary<string, object> { ["client_id"] = "example-google-client-id", ["client_secret"] = "{{resolve:secretsmanager:google-idp:SecretString:secret}}", ["authorize_scopes"] = "openid email" },
        AttributeMapping = new Dictionary<string, object> { ["email"] = "email" },
    }),
    new CfnUserPoolIdentityProvider(stack, "Facebook", new CfnUserPoolIdentityProviderProps
    {
        UserPoolId = pool.Ref, ProviderName = "Facebook", ProviderType = "Facebook",
        ProviderDetails = new Dictionary<string, object> { ["client_id"] = "example-facebook-app-id", ["client_secret"] = "{{resolve:secretsmanager:facebook-idp:SecretString:secret}}", ["authorize_scopes"] = "public_profile,email" },
        AttributeMapping = new Dictionary<string, object> { ["email"] = "email" },
    }),
    new CfnUserPoolIdentityProvider(stack, "MyOIDC", new CfnUserPoolIdentityProviderProps
    {
        UserPoolId = pool.Ref, ProviderName = "MyOIDC", ProviderType = "OIDC",
        ProviderDetails = new Dictionary<string, object> { ["client_id"] = "example-oidc-client-id", ["oidc_issuer"] = "https://issuer.example.com", ["authorize_scopes"] = "openid email", ["attributes_request_method"] = "GET" },
        AttributeMapping = new Dictionary<string, object> { ["email"] = "email" },
    }),
};

// The point of the test: the checked definition is the only input of the client.
var client = new CfnUserPoolClient(stack, "MyTestClient", MyTestClient.ToCfnProps(pool.Ref));
client.Node.AddDependency(resourceServer);
foreach (var provider in providers) client.Node.AddDependency(provider);
_ = domain;

app.Synth();

// Against the real CDK's metadata: a member this CDK version lacks (2.160.0 has no RefreshTokenRotation) fails loudly when
// declared, and a custom secret is refused rather than written into a template.
var rotating = MyTestClient.Definition with { RefreshTokenRotation = new RefreshTokenRotation(Feature: "ENABLED", RetryGracePeriodSeconds: 10) };
var customSecret = Guid.NewGuid().ToString("N"); // as if read from a secret store
var secret = MyTestClient.Definition with { GenerateSecret = null, ClientSecret = customSecret };
foreach (var (what, definition, expectFailure) in new[] { ("rotation", rotating, !HasRotation()), ("custom secret", secret, true) })
{
    try
    {
        definition.ToCfnProps(pool.Ref);
        if (expectFailure) throw new InvalidOperationException($"ToCfnProps accepted a declared {what}");
    }
    catch (NotSupportedException e) when (expectFailure)
    {
        if (e.Message.Contains(customSecret)) throw new InvalidOperationException("the refusal quotes the secret");
        Console.WriteLine($"refused {what}: {e.Message}");
    }
}

File.WriteAllText(Path.Combine(outdir, "expected.cfn.json"), MyTestClient.Definition.ToCloudFormationJson());
File.WriteAllText(Path.Combine(outdir, "expected.cli.json"), MyTestClient.Definition.ToCliInputJson("us-west-2_EXAMPLE"));
Console.WriteLine("synthesized " + Path.Combine(outdir, "AuthStack.template.json"));

static bool HasRotation() => typeof(CfnUserPoolClientProps).GetProperty("RefreshTokenRotation") is not null;
