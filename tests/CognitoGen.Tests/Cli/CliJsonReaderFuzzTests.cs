using System.Text;
using CognitoGen.Cli;

namespace CognitoGen.Tests.Cli;

/// <summary>
/// Seeded random tests: any definition survives ToCliInputJson → FromJson, and no truncation or mutation of a valid
/// document lets anything but UserPoolClientJsonException out of the loader (or any exception out of the validator).
/// </summary>
public class CliJsonReaderFuzzTests
{
    // Characters that stress the writer's escaping and the reader's unescaping: quotes, backslashes, controls,
    // separators, non-ASCII, a surrogate pair and both lone surrogates.
    private static readonly string[] Atoms =
    {
        "a", "Z", "0", " ", "_", "/", ":", "#", "*", "\"", "\\", "\n", "\r", "\t", "\0", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029",
        "é", "€", "😀", "\ud800", "\udfff", "\uffff", "https://app.example.com/cb", "code", "openid", "custom:tier",
    };

    [Fact]
    public void Any_definition_round_trips_through_create_and_update_JSON()
    {
        var random = new Random(20240919);
        for (var i = 0; i < 400; i++)
        {
            var d = RandomDefinition(random);
            var pool = random.Next(4) == 0 ? "" : Text(random);

            var created = UserPoolClientDefinition.FromJson(d.ToCliInputJson(pool));
            Assert.Equal(d, created.Definition);
            Assert.Equal(pool, created.UserPoolId);

            var clientId = Text(random);
            var updated = UserPoolClientDefinition.FromJson(d.ToUpdateCliInputJson(pool, clientId));
            Assert.Equal(d with { GenerateSecret = null, ClientSecret = null }, updated.Definition);
            Assert.Equal(clientId, updated.ClientId);
            Assert.Equal(Rules.ClientOperation.Update, updated.Operation);
        }
    }

    [Fact]
    public void Truncations_and_mutations_throw_only_the_loader_exception()
    {
        var random = new Random(7);
        var documents = new[]
        {
            CliJsonReaderTests.SeedDescribeOutput,
            Clients.AllMembersClient.Definition.ToUpdateCliInputJson("eu-west-1_abc", "c1"),
            RandomDefinition(random).ToCliInputJson("us-east-1_x"),
        };
        const string Palette = "{}[]\":,\\ \n0123456789-.eEtrufalsn\u00e9\ud800\udc00x";

        foreach (var document in documents)
        {
            for (var length = 0; length < document.Length; length++) LoadOrReject(document.Substring(0, length));

            for (var i = 0; i < 1500; i++)
            {
                var chars = new StringBuilder(document);
                for (var edits = random.Next(1, 4); edits > 0; edits--)
                {
                    var at = random.Next(chars.Length);
                    switch (random.Next(3))
                    {
                        case 0: chars[at] = Palette[random.Next(Palette.Length)]; break;
                        case 1: chars.Remove(at, 1); break;
                        default: chars.Insert(at, Palette[random.Next(Palette.Length)]); break;
                    }
                }

                LoadOrReject(chars.ToString());
            }
        }
    }

    [Fact]
    public void Byte_flipped_files_give_one_line_per_problem_and_never_an_internal_error()
    {
        var random = new Random(11);
        var original = Encoding.UTF8.GetBytes(CliJsonReaderTests.SeedDescribeOutput);
        var directory = Directory.CreateTempSubdirectory("cognitogen-fuzz-");
        try
        {
            var path = Path.Combine(directory.FullName, "client.json");
            for (var i = 0; i < 300; i++)
            {
                var bytes = (byte[])original.Clone();
                for (var flips = random.Next(1, 4); flips > 0; flips--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                File.WriteAllBytes(path, bytes);

                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var exit = ValidateCommand.Run(new[] { path }, stdout, stderr);

                var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.All(lines, line => Assert.StartsWith(path + ": ", line));
                Assert.DoesNotContain("internal error", stdout.ToString());
                Assert.Equal("", stderr.ToString());
                Assert.Contains(exit, new[] { 0, 1, 2 });
                if (exit == 2) Assert.Single(lines);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void LoadOrReject(string json)
    {
        UserPoolClientDocument document;
        try
        {
            document = UserPoolClientDefinition.FromJson(json);
        }
        catch (UserPoolClientJsonException e)
        {
            Assert.DoesNotContain('\n', e.Message);
            return;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} escaped the loader for: {json}\n{e}");
            return;
        }

        // Whatever loads must also validate without throwing.
        document.Validate();
    }

    internal static UserPoolClientDefinition RandomDefinition(Random random)
    {
        string? S() => random.Next(3) == 0 ? null : Text(random);
        int? I() => random.Next(3) switch { 0 => null, 1 => random.Next(-5, 100), _ => new[] { int.MinValue, int.MaxValue, 0, -1, 315360000 }[random.Next(5)] };
        bool? B() => random.Next(3) switch { 0 => null, 1 => true, _ => false };
        string[]? L() => random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(5)).Select(_ => Text(random)).ToArray();

        return new UserPoolClientDefinition(Text(random))
        {
            GenerateSecret = B(),
            ClientSecret = S(),
            RefreshTokenValidity = I(),
            AccessTokenValidity = I(),
            IdTokenValidity = I(),
            TokenValidityUnits = random.Next(2) == 0 ? null : new TokenValidityUnits(S(), S(), S()),
            ReadAttributes = L(),
            WriteAttributes = L(),
            ExplicitAuthFlows = L(),
            SupportedIdentityProviders = L(),
            CallbackURLs = L(),
            LogoutURLs = L(),
            DefaultRedirectURI = S(),
            AllowedOAuthFlows = L(),
            AllowedOAuthScopes = L(),
            AllowedOAuthFlowsUserPoolClient = B(),
            AnalyticsConfiguration = random.Next(2) == 0 ? null : new AnalyticsConfiguration(S(), S(), S(), S(), B()),
            PreventUserExistenceErrors = S(),
            EnableTokenRevocation = B(),
            EnablePropagateAdditionalUserContextData = B(),
            AuthSessionValidity = I(),
            RefreshTokenRotation = random.Next(2) == 0 ? null : new RefreshTokenRotation(S(), I()),
        };
    }

    private static string Text(Random random)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(0, 6); n > 0; n--) sb.Append(Atoms[random.Next(Atoms.Length)]);
        return sb.ToString();
    }

    /// <summary>
    /// Regression for the 17 inputs the first AFL++ run (fuzz/run.sh, 600 s) saved: describe output carrying a
    /// ClientSecret made the harness call ToCloudFormationJson, which refuses a custom secret. That refusal is the
    /// documented NotSupportedException with a clear message, never anything else.
    /// </summary>
    [Fact]
    public void A_loaded_secret_makes_CloudFormation_refuse_clearly()
    {
        var document = UserPoolClientDefinition.FromJson(File.ReadAllText(CognitoGen.Tests.Infrastructure.RepoFiles.Path("tests", "CognitoGen.Tests", "Cli", "seed-describe-output.json")));

        var error = Assert.Throws<NotSupportedException>(() => document.Definition.ToCloudFormationJson());
        Assert.Contains("custom client secret", error.Message);
        Assert.DoesNotContain(document.Definition.ClientSecret!, error.Message);
        Assert.Contains("AWS::Cognito::UserPoolClient", (document.Definition with { ClientSecret = null }).ToCloudFormationJson());
    }
}
