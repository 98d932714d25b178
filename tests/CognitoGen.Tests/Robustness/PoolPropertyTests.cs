using CognitoGen.Pool;
using CognitoGen.Rules;
using CognitoGen.Tests.Cli;
using CsCheck;

namespace CognitoGen.Tests.Robustness;

/// <summary>
/// Property-based, for the pool rules: random pool contexts (resource servers, scopes, identity providers, schema,
/// domain, deployed clients; each part sometimes unknown) times random definitions, mostly built from names near the
/// pool's. (a) The run-time path equals the JSON path: <c>ClientValidator.Validate(definition, context)</c> gives
/// exactly the findings of <c>UserPoolClientDocument.Validate(context)</c> on the definition's CLI JSON, for create and
/// update input. (b) <see cref="UserPoolContext.Unknown"/> changes nothing: the findings equal <c>Validate(definition)</c>.
/// (c) An 8xxx finding needs its part of the pool known, and its Suggestion, when present, is a name of the context.
/// </summary>
public sealed class PoolPropertyTests
{
    private static readonly string[] Identifiers = { "orders", "solar-system-data", "https://api.example.com", "Orders", "billing" };
    private static readonly string[] ScopeNames = { "read", "write", "asteroids.add", "asteroids.read", "Read", "admin" };
    private static readonly string[] Providers = { "Google", "Facebook", "MyOIDC", "CorporateAD", "SignInWithApple", "LoginWithAmazon" };
    private static readonly string[] CustomNames = { "tier", "plan", "Tier", "region", "tenant_id" };
    private static readonly string[] StandardNames = { "email", "name", "phone_number", "given_name", "sub", "email_verified", "address" };
    private static readonly string[] PoolIds = { "us-west-2_AbCdEf123", "eu-central-1_Pool9", "us-east-1_x" };
    private static readonly string[] ClientIds = { "4example5clientid6abcdefgh", "1other2client3id" };

    [Fact]
    public void Run_time_and_JSON_agree_unknown_changes_nothing_and_suggestions_come_from_the_pool()
    {
        var poolFindings = 0;
        var suggestions = 0;
        Gen.Int.Sample(seed =>
        {
            var (p, s) = Check(new Random(seed));
            poolFindings += p;
            suggestions += s;
        }, iter: 400, threads: 1, seed: "0N0XIzNsQ0O2");

        // The samples must reach the pool rules and their did-you-mean, or properties (a) and (c) were never exercised.
        Assert.True(poolFindings >= 100, $"only {poolFindings} 8xxx findings");
        Assert.True(suggestions >= 20, $"only {suggestions} 8xxx suggestions");
    }

    /// <summary>Checks one random context and definition; returns how many 8xxx findings and suggestions it saw.</summary>
    private static (int PoolFindings, int Suggestions) Check(Random r)
    {
        var context = RandomContext(r);
        var definition = RandomDefinition(r, context);
        var seen = 0;
        var suggested = 0;

        // (a), create: the context's pool ID, or (when it is unknown) one given explicitly, as the JSON carries it.
        var poolId = context.UserPoolId ?? PoolIds[r.Next(PoolIds.Length)];
        var created = UserPoolClientDefinition.FromJson(definition.ToCliInputJson(poolId));
        var runTime = context.UserPoolId is null ? ClientValidator.Validate(definition, context, poolId) : ClientValidator.Validate(definition, context);
        Assert.Equal(runTime, created.Validate(context));

        // (a), update: a client ID the context may describe, so CGEN8008 and the deployed-secret CGEN2009 take part.
        var clientId = r.Next(4) == 0 ? "no-such-client" : ClientIds[r.Next(ClientIds.Length)];
        var updated = UserPoolClientDefinition.FromJson(definition.ToUpdateCliInputJson(poolId, clientId));
        var updateDefinition = definition with { GenerateSecret = null, ClientSecret = null };
        var runTimeUpdate = ClientValidator.Validate(updateDefinition, context, poolId, ClientOperation.Update, clientId);
        Assert.Equal(runTimeUpdate, updated.Validate(context));

        // (b) nothing known about the pool: the findings of today, on every entry point.
        Assert.Equal(ClientValidator.Validate(definition, poolId), ClientValidator.Validate(definition, UserPoolContext.Unknown, poolId));
        Assert.Equal(ClientValidator.Validate(definition), ClientValidator.Validate(definition, UserPoolContext.Unknown));
        Assert.Equal(ClientValidator.Validate(updateDefinition, poolId, ClientOperation.Update), ClientValidator.Validate(updateDefinition, UserPoolContext.Unknown, poolId, ClientOperation.Update, clientId));
        Assert.Equal(created.Validate(), created.Validate(UserPoolContext.Unknown));
        Assert.DoesNotContain(ClientValidator.Validate(definition, UserPoolContext.Unknown), f => f.Id.StartsWith("CGEN8", StringComparison.Ordinal));

        // (c) on both operations.
        foreach (var finding in runTime.Concat(runTimeUpdate).Where(f => f.Id.StartsWith("CGEN8", StringComparison.Ordinal)))
        {
            seen++;
            Assert.True(PartKnown(finding.Id, context), $"{finding.Id} with its part of the pool unknown: {finding.Message}");
            if (finding.Suggestion is not { } suggestion) continue;
            suggested++;
            Assert.Contains(suggestion, Names(finding.Id, context));
            Assert.EndsWith($" Did you mean '{suggestion}'?", finding.Message);
            var offending = finding.Member == "AllowedOAuthScopes" ? definition.AllowedOAuthScopes : finding.Member == "SupportedIdentityProviders" ? definition.SupportedIdentityProviders
                : finding.Member == "ReadAttributes" ? definition.ReadAttributes : definition.WriteAttributes;
            Assert.NotEqual(offending![finding.Index!.Value], suggestion);
        }

        return (seen, suggested);
    }

    private static bool PartKnown(string id, UserPoolContext c) => id switch
    {
        "CGEN8002" => c.ResourceServers is not null,
        "CGEN8003" => c.IdentityProviderNames is not null,
        "CGEN8004" or "CGEN8005" => c.SchemaAttributes is not null,
        "CGEN8007" => c.HasDomain == false,
        "CGEN8008" => c.DeployedClients is not null,
        _ => false, // CGEN8001 comes from the loader, never from Validate.
    };

    /// <summary>The names of the context a suggestion of the rule may be.</summary>
    private static IEnumerable<string> Names(string id, UserPoolContext c) => id switch
    {
        "CGEN8002" => c.ResourceServers!.SelectMany(s => s.FullScopes),
        "CGEN8003" => c.IdentityProviderNames!.Append("COGNITO"),
        "CGEN8004" => c.SchemaAttributes!.Where(a => a.IsCustom).SelectMany(a => new[] { "custom:" + a.Name, "dev:custom:" + a.Name }),
        _ => Array.Empty<string>(),
    };

    private static T Pick<T>(Random r, IReadOnlyList<T> values) => values[r.Next(values.Count)];

    /// <summary>A misspelling, a case change, or the name itself.</summary>
    private static string Near(Random r, string name)
    {
        if (name.Length == 0) return name;
        var at = r.Next(name.Length);
        return r.Next(5) switch
        {
            0 => name.Remove(at, 1),
            1 => name.Insert(at, "x"),
            2 => name.ToUpperInvariant(),
            3 => name.Substring(0, at) + (char)(name[at] + 1) + name.Substring(at + 1),
            _ => name,
        };
    }

    private static EquatableArray<T>? Maybe<T>(Random r, Func<IEnumerable<T>> items) => r.Next(3) == 0 ? null : new EquatableArray<T>(items());

    private static UserPoolContext RandomContext(Random r)
    {
        var servers = Maybe(r, () => Identifiers.Where(_ => r.Next(2) == 0).Select(id =>
            new ResourceServer(id, r.Next(2) == 0 ? null : id + " API", new EquatableArray<string>(ScopeNames.Where(_ => r.Next(3) == 0)))).ToList());
        var providers = Maybe(r, () => Providers.Where(_ => r.Next(3) == 0).ToList());
        var schema = Maybe(r, () => StandardNames.Where(_ => r.Next(2) == 0).Select(n => new SchemaAttribute(n, false, r.Next(3) switch { 0 => null, 1 => true, _ => false }, r.Next(2) == 0))
            .Concat(CustomNames.Where(_ => r.Next(2) == 0).Select(n => new SchemaAttribute(n, true, r.Next(4) == 0, r.Next(2) == 0))).ToList());
        var clients = Maybe(r, () => ClientIds.Where(_ => r.Next(2) == 0).Select(id => new DeployedClient(id, r.Next(3) switch { 0 => null, 1 => true, _ => false }, RandomNamedDefinition(r, "deployed")))
            .ToList());
        return new UserPoolContext(
            r.Next(3) == 0 ? null : Pick(r, PoolIds),
            r.Next(3) == 0 ? null : Pick(r, new[] { "us-west-2", "eu-central-1", "us-east-1" }),
            schema,
            servers,
            providers,
            r.Next(3) switch { 0 => null, 1 => true, _ => false },
            clients);
    }

    /// <summary>Mostly names near the context's (and near the built-in ones), sometimes the fuzz tests' odd text.</summary>
    private static UserPoolClientDefinition RandomDefinition(Random r, UserPoolContext context)
    {
        if (r.Next(6) == 0) return CliJsonReaderFuzzTests.RandomDefinition(r);
        var definition = RandomNamedDefinition(r, "client");
        var scopes = context.ResourceServers?.SelectMany(s => s.FullScopes).ToList() ?? new List<string>();
        var allScopes = scopes.Concat(Identifiers.Select(i => i + "/" + Pick(r, ScopeNames))).ToList();
        return definition with
        {
            AllowedOAuthScopes = r.Next(4) == 0 ? null : Enumerable.Range(0, r.Next(1, 4)).Select(_ => r.Next(4) == 0 ? Pick(r, new[] { "openid", "email", "profile" }) : Near(r, Pick(r, allScopes))).ToArray(),
            SupportedIdentityProviders = r.Next(4) == 0 ? null : Enumerable.Range(0, r.Next(1, 4)).Select(_ => r.Next(4) == 0 ? "COGNITO" : Near(r, Pick(r, Providers))).ToArray(),
            ReadAttributes = r.Next(3) == 0 ? null : Attributes(r),
            WriteAttributes = r.Next(3) == 0 ? null : Attributes(r),
        };
    }

    private static string[] Attributes(Random r) => Enumerable.Range(0, r.Next(0, 4)).Select(_ => r.Next(3) switch
    {
        0 => Pick(r, StandardNames),
        1 => "custom:" + Near(r, Pick(r, CustomNames)),
        _ => (r.Next(4) == 0 ? "dev:custom:" : "custom:") + Near(r, Pick(r, CustomNames)),
    }).ToArray();

    /// <summary>A plausible client: OAuth or not, some lifetimes and switches, so updates have members to leave out.</summary>
    private static UserPoolClientDefinition RandomNamedDefinition(Random r, string name)
    {
        bool? B() => r.Next(3) switch { 0 => null, 1 => true, _ => false };
        var flows = new[] { "code", "implicit", "client_credentials" };
        return new UserPoolClientDefinition(name)
        {
            GenerateSecret = B(),
            AccessTokenValidity = r.Next(3) == 0 ? r.Next(5, 1441) : null,
            TokenValidityUnits = r.Next(2) == 0 ? new TokenValidityUnits("minutes", null, null) : null,
            ReadAttributes = r.Next(2) == 0 ? new[] { "email" } : null,
            CallbackURLs = r.Next(2) == 0 ? new[] { "https://app.example.com/cb" } : null,
            AllowedOAuthFlows = r.Next(4) == 0 ? null : flows.Where(_ => r.Next(2) == 0).DefaultIfEmpty("code").ToArray(),
            AllowedOAuthScopes = r.Next(2) == 0 ? new[] { "orders/read" } : null,
            AllowedOAuthFlowsUserPoolClient = r.Next(4) == 0 ? null : r.Next(4) > 0,
            EnableTokenRevocation = B(),
            PreventUserExistenceErrors = r.Next(2) == 0 ? "ENABLED" : null,
            AuthSessionValidity = r.Next(3) == 0 ? r.Next(3, 16) : null,
        };
    }
}
