using System.Diagnostics.CodeAnalysis;
using CognitoGen.Pool;
using CognitoGen.Rules;

namespace CognitoGen.Fuzz;

/// <summary>
/// The pool-file target: one input is one pool file, loaded alone and next to valid siblings. Any broken promise throws
/// (a crash for afl-fuzz; a failure for the seeded run in tests/CognitoGen.Tests/Pool/PoolLoaderFuzzTests.cs, which
/// compiles this same file):
/// the loader never throws and never needs its last-guard catch; every diagnostic names the file, a line and a column
/// of at least 1, in one line; loading is deterministic; a file the loader ignores takes nothing away from a valid
/// sibling, whichever comes first; and the rules run on whatever context comes out.
/// </summary>
public static class PoolFuzzTarget
{
    /// <summary>The path the input is loaded under.</summary>
    public const string InputPath = "fuzz/input.json";

    /// <summary>A valid list-resource-servers output and a valid describe-user-pool output: the default siblings.</summary>
    public static readonly IReadOnlyList<(string Path, string Text)> DefaultSiblings = new[]
    {
        ("pool/list-resource-servers.json",
            "{\"ResourceServers\": [{\"UserPoolId\": \"us-west-2_AbCdEf123\", \"Identifier\": \"solar-system-data\", \"Name\": \"Solar system data\", " +
            "\"Scopes\": [{\"ScopeName\": \"asteroids.add\", \"ScopeDescription\": \"Add asteroids\"}]}]}"),
        ("pool/describe-user-pool.json",
            "{\"UserPool\": {\"Id\": \"us-west-2_AbCdEf123\", \"Arn\": \"arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_AbCdEf123\", " +
            "\"SchemaAttributes\": [{\"Name\": \"email\", \"Required\": true, \"Mutable\": true}, {\"Name\": \"custom:tier\", \"Required\": false, \"Mutable\": false}]}}"),
    };

    private static readonly UserPoolClientDefinition Probe = new("probe")
    {
        ReadAttributes = new[] { "email", "custom:tier", "dev:custom:tier" },
        WriteAttributes = new[] { "name" },
        SupportedIdentityProviders = new[] { "COGNITO", "Google", "google" },
        AllowedOAuthFlowsUserPoolClient = true,
        AllowedOAuthFlows = new[] { "client_credentials" },
        AllowedOAuthScopes = new[] { "solar-system-data/asteroids.add", "orders/read" },
        AnalyticsConfiguration = new AnalyticsConfiguration(ApplicationArn: "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc"),
    };

    /// <summary>What one check saw, so a seeded run can show that it reached every branch.</summary>
    public enum Outcome
    {
        /// <summary>The file was ignored (a broken file); the sibling property was checked.</summary>
        Ignored,
        /// <summary>The file was read and describes something about a pool.</summary>
        Read,
        /// <summary>The file was read with notes only (a page of a list, an unresolvable value) or said nothing.</summary>
        Other,
    }

    /// <summary>Checks one input against <paramref name="siblings"/> (valid files without diagnostics of their own).</summary>
    /// <exception cref="InvalidOperationException">A property does not hold.</exception>
    public static Outcome Check(string text, IReadOnlyList<(string Path, string Text)> siblings)
    {
        var alone = Load(new[] { (InputPath, text) });
        var again = Load(new[] { (InputPath, text) });
        if (!alone.Context.Equals(again.Context) || !alone.Diagnostics.SequenceEqual(again.Diagnostics)) Fail("two loads of the same file differ");
        Sound(alone, InputPath);
        Rules(alone.Context);

        var ignored = alone.Diagnostics.Any(d => d.Message.EndsWith("was ignored", StringComparison.Ordinal));
        foreach (var sibling in siblings)
        {
            var reference = Load(new[] { sibling });
            if (reference.Diagnostics.Count > 0) Fail("a sibling is not a valid pool file: " + reference.Diagnostics[0]);
            var after = Load(new[] { sibling, (InputPath, text) });
            var before = Load(new[] { (InputPath, text), sibling });
            Sound(after, InputPath, sibling.Path);
            Sound(before, InputPath, sibling.Path);
            Rules(after.Context);
            Rules(before.Context);
            if (!ignored) continue;

            // The input was ignored: next to it, the sibling says exactly what it says alone, and the input's diagnostics are its own.
            if (!after.Context.Equals(reference.Context)) Fail($"an ignored file changed what {sibling.Path} says, when loaded after it");
            if (!before.Context.Equals(reference.Context)) Fail($"an ignored file changed what {sibling.Path} says, when loaded before it");
            if (!after.Diagnostics.SequenceEqual(alone.Diagnostics) || !before.Diagnostics.SequenceEqual(alone.Diagnostics)) Fail("an ignored file's diagnostics change next to a valid sibling");
        }

        if (ignored)
        {
            if (!alone.Context.Equals(UserPoolContext.Unknown)) Fail("an ignored file still contributed to the context");
            return Outcome.Ignored;
        }

        return alone.Diagnostics.Count == 0 && !alone.Context.Equals(UserPoolContext.Unknown) ? Outcome.Read : Outcome.Other;
    }

    private static PoolLoadResult Load(IEnumerable<(string Path, string Text)> files)
    {
        try
        {
            return UserPoolContextLoader.Load(files);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("UserPoolContextLoader.Load threw " + e.GetType().Name, e);
        }
    }

    /// <summary>Every diagnostic names one of the files, at line and column 1 or later, in one line; the loader's last guard never caught anything.</summary>
    private static void Sound(PoolLoadResult result, params string[] files)
    {
        if (result is null || result.Context is null || result.Diagnostics is null) Fail("Load returned null parts");
        foreach (var d in result.Diagnostics)
        {
            if (!files.Contains(d.File)) Fail($"a diagnostic names '{d.File}', not a loaded file");
            if (d.Line < 1 || d.Column < 1) Fail($"a diagnostic is at line {d.Line}, column {d.Column}: {d.Message}");
            if (string.IsNullOrWhiteSpace(d.Message) || d.Message.IndexOfAny(new[] { '\n', '\r' }) >= 0) Fail("a diagnostic message is empty or spans lines: " + d.Message);
            if (d.Message.StartsWith("could not be read (", StringComparison.Ordinal)) Fail("the loader's last guard caught an exception: " + d.Message);
        }
    }

    /// <summary>The rules run on any context the loader produces, for a create and for an update of each deployed client.</summary>
    private static void Rules(UserPoolContext context)
    {
        try
        {
            _ = ClientValidator.Validate(Probe, context);
            foreach (var client in context.DeployedClients ?? Enumerable.Empty<DeployedClient>())
            {
                _ = ClientValidator.Validate(Probe, context, null, ClientOperation.Update, client.ClientId);
            }
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("ClientValidator.Validate threw " + e.GetType().Name + " on a loaded context", e);
        }
    }

    [DoesNotReturn]
    private static void Fail(string message) => throw new InvalidOperationException(message);
}
