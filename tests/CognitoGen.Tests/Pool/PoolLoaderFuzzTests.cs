using System.Text;
using CognitoGen.Fuzz;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Pool;

/// <summary>
/// A short, seeded run of the pool-file fuzz target (fuzz/CognitoGen.Fuzz/PoolFuzzTarget.cs; the long run is
/// <c>fuzz/run.sh SECONDS pool</c> under AFL++): truncations and mutations of every pool sample and of the committed
/// cdk synth template, and random files built from the shapes' own member names. For each: the loader never throws
/// or needs its last guard, every diagnostic names the file at line and column 1 or later, and a file the loader
/// ignores takes nothing away from valid siblings (the other samples), before or after them.
/// </summary>
public sealed class PoolLoaderFuzzTests
{
    private static readonly string[] SampleNames =
    {
        "describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json",
        "describe-user-pool-domain.json", "describe-user-pool-domain-none.json", "describe-user-pool-client.json",
    };

    private static string Sample(string name) => File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples", name));

    private static readonly string Template = File.ReadAllText(RepoFiles.Path("e2e", "cdk", "AuthStack.template.json"));

    private static IReadOnlyList<(string Path, string Text)> Siblings(string except) =>
        SampleNames.Where(n => n != except).Select(n => ("pool/" + n, Sample(n))).ToArray();

    private const string Palette = "{}[]\":,\\ \n0123456789-.eEtrufalsn\u00e9\ud800\udc00x";

    [Fact]
    public void Truncated_and_mutated_samples_keep_every_promise()
    {
        var random = new Random(8002);
        var outcomes = new Dictionary<PoolFuzzTarget.Outcome, int>();
        var seeds = SampleNames.Select(n => (Name: n, Text: Sample(n))).Append(("AuthStack.template.json", Template)).ToArray();
        foreach (var (name, text) in seeds)
        {
            // Two siblings per seed keep the run short; every sample is a sibling of some seed.
            var siblings = Siblings(name).Take(2).ToArray();
            Count(outcomes, PoolFuzzTarget.Check(text, siblings));
            for (var i = 0; i < 25; i++) Count(outcomes, PoolFuzzTarget.Check(text.Substring(0, random.Next(text.Length)), siblings));
            for (var i = 0; i < 120; i++) Count(outcomes, PoolFuzzTarget.Check(Mutate(random, text), siblings));
        }

        // Both sides of the sibling property were reached: files ignored, and mutated files still read.
        Assert.True(outcomes.GetValueOrDefault(PoolFuzzTarget.Outcome.Ignored) >= 250, Show(outcomes));
        Assert.True(outcomes.GetValueOrDefault(PoolFuzzTarget.Outcome.Read) >= 60, Show(outcomes));
    }

    [Fact]
    public void Random_files_from_the_shapes_member_names_keep_every_promise()
    {
        var random = new Random(8001);
        var outcomes = new Dictionary<PoolFuzzTarget.Outcome, int>();
        for (var i = 0; i < 600; i++) Count(outcomes, PoolFuzzTarget.Check(RandomJson(random, 0), PoolFuzzTarget.DefaultSiblings));

        Assert.True(outcomes.GetValueOrDefault(PoolFuzzTarget.Outcome.Ignored) >= 100, Show(outcomes));
        Assert.True(outcomes.GetValueOrDefault(PoolFuzzTarget.Outcome.Read) + outcomes.GetValueOrDefault(PoolFuzzTarget.Outcome.Other) >= 20, Show(outcomes));
    }

    [Fact]
    public void The_target_refuses_a_sibling_that_is_not_a_valid_pool_file()
    {
        // The target's own checks can fail: a sibling that is not a valid pool file is refused.
        var error = Assert.Throws<InvalidOperationException>(() => PoolFuzzTarget.Check("{}", new[] { ("pool/bad.json", "[]") }));
        Assert.StartsWith("a sibling is not a valid pool file: pool/bad.json(1,1): expected a JSON object", error.Message);
    }

    /// <summary>
    /// Regression, found by the first run of this target: positions were found by scanning from the start of the file for
    /// every value, so a large template (cdk.out holds whole stacks) took quadratic time. Linear now: a 3 MB template with
    /// 40,000 other resources loads in well under the bound (the quadratic reader needed minutes).
    /// </summary>
    [Fact]
    public void A_large_template_loads_in_linear_time()
    {
        var others = string.Join(",\n", Enumerable.Range(0, 40000).Select(i => $"    \"Topic{i}\": {{ \"Type\": \"AWS::SNS::Topic\", \"Properties\": {{ \"TopicName\": \"topic-{i}\", \"Tags\": [{{ \"Key\": \"k\", \"Value\": \"v\" }}] }} }}"));
        var text = "{\n  \"Resources\": {\n" + others + ",\n    \"Pool\": { \"Type\": \"AWS::Cognito::UserPool\", \"Properties\": { \"Schema\": [{ \"Name\": \"tier\" }] } }\n  }\n}";
        Assert.True(text.Length > 3_000_000);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CognitoGen.Pool.UserPoolContextLoader.Load(new[] { ("cdk.out/Big.template.json", text) });
        clock.Stop();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Context.SchemaAttributes!, a => a.IsCustom && a.Name == "tier");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    /// <summary>Regression, found by the first run of this target: a member name with a line break made a two-line diagnostic.</summary>
    [Fact]
    public void A_member_name_with_a_line_break_is_quoted_on_one_line()
    {
        var result = CognitoGen.Pool.UserPoolContextLoader.Load(new[] { ("pool/odd.json", "{\"Domain\\nDescription\": {}}") });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "not a pool file: the top-level members are \"Domain\\u000aDescription\"; expected the output of describe-user-pool ({\"UserPool\": …}), " +
            "list-resource-servers ({\"ResourceServers\": […]}), list-identity-providers ({\"Providers\": […]}), describe-user-pool-domain ({\"DomainDescription\": …}), " +
            "describe-user-pool-client ({\"UserPoolClient\": …}) or a CloudFormation template ({\"Resources\": …}); the file was ignored",
            d.Message);
    }

    private static void Count(Dictionary<PoolFuzzTarget.Outcome, int> outcomes, PoolFuzzTarget.Outcome outcome) =>
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

    private static string Show(Dictionary<PoolFuzzTarget.Outcome, int> outcomes) => string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"));

    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0 && chars.Length > 0; edits--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0: chars[at] = Palette[random.Next(Palette.Length)]; break;
                case 1: chars.Remove(at, 1); break;
                case 2: chars.Insert(at, Palette[random.Next(Palette.Length)]); break;
                default:
                    // Swap a string value for another type: where shapes are checked, not just JSON syntax.
                    var quote = text.IndexOf(": \"", at, StringComparison.Ordinal);
                    if (quote < 0 || quote + 3 > chars.Length) break;
                    var end = chars.ToString().IndexOf('"', quote + 3);
                    if (end < 0) break;
                    chars.Remove(quote + 2, end - quote - 1).Insert(quote + 2, new[] { "3", "true", "null", "[]", "{}", "\"\"" }[random.Next(6)]);
                    break;
            }
        }

        return chars.ToString();
    }

    private static readonly string[] Keys =
    {
        "UserPool", "Id", "Arn", "SchemaAttributes", "Name", "Required", "Mutable", "Domain", "CustomDomain", "ResourceServers", "UserPoolId",
        "Identifier", "Scopes", "ScopeName", "Providers", "ProviderName", "NextToken", "DomainDescription", "UserPoolClient", "ClientId",
        "ClientName", "ClientSecret", "AllowedOAuthFlows", "Resources", "Type", "Properties", "Schema", "Condition", "Ref", "Fn::GetAtt", "x",
    };

    private static readonly string[] Strings =
    {
        "us-west-2_AbC", "eu-west-1_x", "arn:aws:cognito-idp:us-west-2:1:userpool/us-west-2_AbC", "AWS::Cognito::UserPool",
        "AWS::Cognito::UserPoolResourceServer", "AWS::Cognito::UserPoolIdentityProvider", "AWS::Cognito::UserPoolDomain", "custom:tier",
        "dev:custom:x", "Pool", "UserPoolId", "orders", "read", "Google", "", "\\ud800", "é", "true", "code",
    };

    /// <summary>A random JSON value whose objects use the pool shapes' member names, so the shape readers are reached.</summary>
    private static string RandomJson(Random r, int depth)
    {
        // Scalars only from depth 4 on, so files stay small.
        var kind = depth == 0 ? 0 : depth >= 4 ? r.Next(2, 5) : r.Next(7);
        switch (kind)
        {
            case 0:
            case 5:
                var members = Enumerable.Range(0, r.Next(depth == 0 ? 1 : 0, 4)).Select(_ => $"\"{Keys[r.Next(Keys.Length)]}\": {RandomJson(r, depth + 1)}");
                return "{" + string.Join(", ", members) + "}";
            case 1:
            case 6:
                return "[" + string.Join(", ", Enumerable.Range(0, r.Next(0, 4)).Select(_ => RandomJson(r, depth + 1))) + "]";
            case 2:
                return "\"" + Strings[r.Next(Strings.Length)] + "\"";
            case 3:
                return new[] { "true", "false", "null" }[r.Next(3)];
            default:
                return new[] { "0", "-1", "3.5e300", "12" }[r.Next(4)];
        }
    }
}
