extern alias analyzers;
using System.Collections.Immutable;
using Amazon.CognitoIdentityProvider.Model;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Cli;
using CognitoGen.Rules;
using CognitoGen.Tests.Cli;
using CognitoGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Tests.Robustness;

/// <summary>
/// Property-based: random clients, valid and invalid, declared through attributes (written by `cognitogen import`),
/// generated, analyzed, compiled and run. Each sample batches its clients into one compilation.
/// </summary>
public class PropertyTests
{
    private static readonly HashSet<string> RequestRules = RuleCatalogue.All.Where(r => !r.SourceOnly).Select(r => r.Id).ToHashSet();

    [Fact]
    public void Random_clients_hold_every_property()
    {
        var roundTrips = 0;
        Gen.Int.Array[12].Sample(seeds => roundTrips += Check(seeds), iter: 5, threads: 1, seed: "0N0XIzNsQ0O2");

        // The samples must include error-free clients, or property (b) was never exercised.
        Assert.True(roundTrips >= 10, $"only {roundTrips} error-free clients");
    }

    /// <summary>Checks one batch; returns how many clients were error-free and round-tripped.</summary>
    private static int Check(int[] seeds)
    {
        var definitions = seeds.Select((s, i) => RandomClient(new Random(s), i)).ToList();
        var sources = definitions.Select((d, i) => ImportCommand.ToCSharp(UserPoolClientDefinition.FromJson(d.ToCliInputJson("us-east-1_p")), "Props", "C" + i, "random")).ToArray();

        // (a) nothing throws; generated code compiles with no warning.
        var input = GeneratorHarness.Compilation(SdkShape.Current, sources);
        var pipeline = FullPipeline.Execute(input).AssertSound("random clients");

        // (e) import adds no finding of its own: under -warnaserror the only warnings and errors are the findings
        // Validate() reports for the configuration itself (e.g. a unit without its lifetime builds clean).
        Assert.All(pipeline.AnalyzerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), d => Assert.True(RequestRules.Contains(d.Id), d.ToString()));
        var warnAsError = pipeline.Output.WithOptions(pipeline.Output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        Assert.Empty(warnAsError.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // (d) deterministic: a second, fresh run gives byte-identical sources.
        var again = GeneratorHarness.Driver().RunGenerators(input).GetRunResult().Results.Single().GeneratedSources;
        Assert.Equal(pipeline.Run.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()), again.Select(s => s.SourceText.ToString()));

        using var stream = new MemoryStream();
        Assert.True(pipeline.Output.Emit(stream).Success);
        var assembly = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
        var byClass = pipeline.AnalyzerDiagnostics.Where(d => RequestRules.Contains(d.Id)).ToLookup(ClassOf);
        var cli = CliFindings(definitions);

        var roundTrips = 0;
        for (var i = 0; i < definitions.Count; i++)
        {
            var type = assembly.GetType("Props.C" + i, throwOnError: true)!;
            var declared = (UserPoolClientDefinition)type.GetProperty("Definition")!.GetValue(null)!;

            // The attributes declare exactly the random definition.
            Assert.Equal(definitions[i], declared);

            // (c) analyzers, Validate() and cognitogen validate agree on every finding.
            var analyzer = byClass["C" + i].Select(d => d.Id).Order().ToList();
            var validated = declared.Validate().Select(f => f.Id).Order().ToList();
            Assert.Equal(validated, analyzer);
            Assert.Equal(validated, cli[i]);

            // (b) without errors, JSON and the SDK request both give the definition back exactly.
            if (byClass["C" + i].Any(d => d.Severity == DiagnosticSeverity.Error)) continue;
            Assert.Equal(declared, UserPoolClientDefinition.FromJson(declared.ToCliInputJson("us-east-1_p")).Definition);
            var request = (CreateUserPoolClientRequest)type.GetMethod("ToCreateRequest")!.Invoke(null, new object[] { "us-east-1_p" })!;
            Assert.Equal(declared, FromRequest(request));
            roundTrips++;
        }

        return roundTrips;
    }

    /// <summary>The class a diagnostic is in (its location's enclosing class declaration).</summary>
    private static string ClassOf(Diagnostic d) =>
        d.Location.SourceTree!.GetRoot().FindNode(d.Location.SourceSpan).AncestorsAndSelf().OfType<ClassDeclarationSyntax>().First().Identifier.ValueText;

    /// <summary>`cognitogen validate` over the clients' JSON files: the rule IDs per file, in order.</summary>
    private static List<string>[] CliFindings(IReadOnlyList<UserPoolClientDefinition> definitions)
    {
        var dir = Directory.CreateTempSubdirectory("cognitogen-props-").FullName;
        var files = definitions.Select((d, i) => Path.Combine(dir, i + ".json")).ToArray();
        for (var i = 0; i < files.Length; i++) File.WriteAllText(files[i], definitions[i].ToCliInputJson("us-east-1_p"));
        var stdout = new StringWriter();
        CommandLine.Run(new[] { "validate" }.Concat(files).ToArray(), stdout, new StringWriter());
        var result = files.Select(_ => new List<string>()).ToArray();
        foreach (var line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var file = Array.FindIndex(files, f => line.StartsWith(f + ": ", StringComparison.Ordinal));
            result[file].Add(line.Substring(files[file].Length + 2).Split(' ')[1]);
        }

        Directory.Delete(dir, recursive: true);
        return result.Select(r => r.Order().ToList()).ToArray();
    }

    /// <summary>Reads a definition back out of an SDK request, member for member.</summary>
    private static UserPoolClientDefinition FromRequest(CreateUserPoolClientRequest r) => new(r.ClientName)
    {
        GenerateSecret = r.GenerateSecret,
        ClientSecret = r.ClientSecret,
        RefreshTokenValidity = r.RefreshTokenValidity,
        AccessTokenValidity = r.AccessTokenValidity,
        IdTokenValidity = r.IdTokenValidity,
        TokenValidityUnits = r.TokenValidityUnits is { } u ? new TokenValidityUnits(u.AccessToken?.Value, u.IdToken?.Value, u.RefreshToken?.Value) : null,
        ReadAttributes = r.ReadAttributes,
        WriteAttributes = r.WriteAttributes,
        ExplicitAuthFlows = r.ExplicitAuthFlows,
        SupportedIdentityProviders = r.SupportedIdentityProviders,
        CallbackURLs = r.CallbackURLs,
        LogoutURLs = r.LogoutURLs,
        DefaultRedirectURI = r.DefaultRedirectURI,
        AllowedOAuthFlows = r.AllowedOAuthFlows,
        AllowedOAuthScopes = r.AllowedOAuthScopes,
        AllowedOAuthFlowsUserPoolClient = r.AllowedOAuthFlowsUserPoolClient,
        AnalyticsConfiguration = r.AnalyticsConfiguration is { } a ? new AnalyticsConfiguration(a.ApplicationId, a.ApplicationArn, a.RoleArn, a.ExternalId, a.UserDataShared) : null,
        PreventUserExistenceErrors = r.PreventUserExistenceErrors?.Value,
        EnableTokenRevocation = r.EnableTokenRevocation,
        EnablePropagateAdditionalUserContextData = r.EnablePropagateAdditionalUserContextData,
        AuthSessionValidity = r.AuthSessionValidity,
        RefreshTokenRotation = r.RefreshTokenRotation is { } rr ? new RefreshTokenRotation(rr.Feature?.Value, rr.RetryGracePeriodSeconds) : null,
    };

    /// <summary>A random client built to satisfy every error rule (warnings and infos may still fire).</summary>
    private static UserPoolClientDefinition ValidClient(Random r, int i)
    {
        bool Maybe() => r.Next(2) == 0;
        var oauth = Maybe();
        var machine = oauth && Maybe();
        return new UserPoolClientDefinition("valid client " + i)
        {
            GenerateSecret = machine || Maybe() ? true : null,
            AccessTokenValidity = Maybe() ? r.Next(5, 1441) : null,
            IdTokenValidity = Maybe() ? r.Next(5, 1441) : null,
            RefreshTokenValidity = Maybe() ? r.Next(1, 3651) : null,
            TokenValidityUnits = new TokenValidityUnits("minutes", "minutes", "days"),
            ReadAttributes = Maybe() ? new[] { "email", "name", "custom:tier" } : null,
            WriteAttributes = Maybe() ? new[] { "name" } : null,
            ExplicitAuthFlows = Maybe() ? new[] { "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" } : null,
            SupportedIdentityProviders = oauth ? new[] { "COGNITO" } : null,
            CallbackURLs = oauth && !machine ? new[] { "https://app" + i + ".example.com/cb", "http://localhost:" + r.Next(1000, 9000) + "/cb" } : null,
            LogoutURLs = oauth && !machine && Maybe() ? new[] { "https://app" + i + ".example.com/bye" } : null,
            AllowedOAuthFlows = oauth ? (machine ? new[] { "client_credentials" } : new[] { "code" }) : null,
            AllowedOAuthScopes = oauth ? (machine ? new[] { "api/read", "api/write" } : new[] { "openid", "email", "profile" }) : null,
            AllowedOAuthFlowsUserPoolClient = oauth ? true : null,
            AnalyticsConfiguration = Maybe() ? new AnalyticsConfiguration(ApplicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc" + i) : null,
            PreventUserExistenceErrors = "ENABLED",
            EnableTokenRevocation = Maybe() ? true : null,
            AuthSessionValidity = Maybe() ? r.Next(3, 16) : null,
            RefreshTokenRotation = Maybe() ? new RefreshTokenRotation("DISABLED", 0) : null,
        };
    }

    /// <summary>A random client: mostly plausible values, with invalid ones mixed in (out-of-range numbers, http URLs, bad names).</summary>
    private static UserPoolClientDefinition RandomClient(Random r, int i)
    {
        var d = r.Next(3) switch
        {
            0 => ValidClient(r, i),
            _ => ImportAndDiffTests.RandomDefinition(r, i),
        };
        if (r.Next(3) > 0) return d;
        string[] Odd(params string[] values) => values.Where(_ => r.Next(2) == 0).DefaultIfEmpty(values[0]).ToArray();
        return r.Next(6) switch
        {
            0 => d with { AccessTokenValidity = r.Next(-5, 100000), AuthSessionValidity = r.Next(-1, 30) },
            1 => d with { CallbackURLs = Odd("http://app.example.com/cb", "https://a.example.com/#x", "relative/path", "https://*.example.com", "") },
            2 => d with { AllowedOAuthScopes = Odd("read", "bad scope", "orders/", "openid", "email"), AllowedOAuthFlowsUserPoolClient = true },
            3 => d with { WriteAttributes = Odd("sub", "email_verified", "nickname", "Email", "custom:x") },
            4 => d with { ClientName = "bad/name:" + i, SupportedIdentityProviders = Odd("cognito", "Google", new string('x', 40)) },
            _ => d with { ExplicitAuthFlows = Odd("ALLOW_USER_SRP_AUTH", "USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH") },
        };
    }
}
