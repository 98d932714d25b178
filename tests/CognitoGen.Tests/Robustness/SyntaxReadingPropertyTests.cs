extern alias generator;

using CognitoGen.Tests.Infrastructure;
using generator::CognitoGen.Generator;
using generator::CognitoGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Robustness;

/// <summary>
/// Random edit sequences, as an IDE applies them to one kept driver: after every edit the incremental syntax reading
/// must give exactly what a fresh compiler reading of the same compilation gives. The edits are the ones that change
/// what the syntax reading may assume: imports, global usings and aliases, shadowing types, second partial parts,
/// user constants, casts, base classes, renames, a missing `partial`, and half-typed files.
/// </summary>
public class SyntaxReadingPropertyTests
{
    private const int Clients = 6;

    private sealed class ClientState
    {
        public bool Using = true;
        public bool Partial = true;
        public bool Base;
        public bool UserConstant;
        public bool Cast;
        public bool Renamed;
        public bool AliasedMarker;
        public int Path;
        public int? Truncate;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_edit_gives_the_models_a_fresh_compiler_reading_gives(int seed)
    {
        var random = new Random(seed);
        var clients = Enumerable.Range(0, Clients).Select(_ => new ClientState()).ToArray();
        var optional = new Dictionary<string, string>();
        var trees = new Dictionary<string, SyntaxTree>();
        var compilation = GeneratorHarness.Compilation(SdkShape.Current).RemoveAllSyntaxTrees();
        GeneratorDriver driver = GeneratorHarness.Driver(trackSteps: true);
        var bySyntax = 0;

        for (var step = 0; step < 40; step++)
        {
            if (step > 0) Edit(random, clients, optional);
            var texts = Texts(clients, optional);
            foreach (var (path, text) in texts)
            {
                var tree = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path);
                if (!trees.TryGetValue(path, out var old)) compilation = compilation.AddSyntaxTrees(tree);
                else if (old.ToString() != text) compilation = compilation.ReplaceSyntaxTree(old, tree);
                else continue;
                trees[path] = tree;
            }

            foreach (var gone in trees.Keys.Where(k => !texts.ContainsKey(k)).ToList())
            {
                compilation = compilation.RemoveSyntaxTrees(trees[gone]);
                trees.Remove(gone);
            }

            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult().Results.Single();
            try
            {
                ParserEquivalence.AssertSame(result, compilation);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed}, step {step}, on these files:\n" + string.Join("\n----\n", compilation.SyntaxTrees.Select(t => t.FilePath + "\n" + t)) + "\n" + e.Message);
            }
            if (result.TrackedSteps.TryGetValue(TrackingNames.FileClients, out var files))
            {
                bySyntax += files.SelectMany(s => s.Outputs).Count(o => o.Value is FileClients { Semantic: false, Clients.Count: > 0 });
            }
        }

        // The sequences must exercise the syntax reading itself, not only its fallback.
        Assert.True(bySyntax >= 20, $"only {bySyntax} file readings came from syntax");
    }

    private static void Edit(Random random, ClientState[] clients, Dictionary<string, string> optional)
    {
        var c = clients[random.Next(clients.Length)];
        var i = Array.IndexOf(clients, c);
        switch (random.Next(13))
        {
            case 0: case 1: c.Path++; break;
            case 2: c.Using = !c.Using; break;
            case 3: Toggle(optional, "GlobalUsing.cs", "global using CognitoGen;"); break;
            case 4: Toggle(optional, "Shadow.cs", "namespace App { public sealed class OAuthScopeAttribute : System.Attribute { public OAuthScopeAttribute(string s) { } } }"); break;
            case 5: Toggle(optional, $"Part{i}.cs", $"namespace App {{ [CognitoGen.LogoutUrl(\"https://part{i}.example.com\")] partial class Client{i} {{ }} }}"); break;
            case 6: c.UserConstant = !c.UserConstant; break;
            case 7: c.Cast = !c.Cast; break;
            case 8: c.Base = !c.Base; break;
            case 9: c.Renamed = !c.Renamed; break;
            case 10: c.Partial = !c.Partial; break;
            case 12: c.AliasedMarker = !c.AliasedMarker; break;
            case 11:
                c.Truncate = c.Truncate is null ? random.Next(1, 400) : null;
                Toggle(optional, "Alias.cs", "global using Scope = CognitoGen.OAuthScopeAttribute;");
                break;
        }
    }

    private static void Toggle(Dictionary<string, string> files, string path, string text)
    {
        if (!files.Remove(path)) files[path] = text;
    }

    private static Dictionary<string, string> Texts(ClientState[] clients, Dictionary<string, string> optional)
    {
        var texts = new Dictionary<string, string>
        {
            ["Constants.cs"] = "namespace App { public static class Consts { public const string Scope = \"email\"; } }",
        };
        for (var i = 0; i < clients.Length; i++)
        {
            var c = clients[i];
            var text = $$"""
                {{(c.Using ? "using CognitoGen;" : "// no using")}}
                {{(c.AliasedMarker ? "using Client = CognitoGen.UserPoolClientAttribute;" : string.Empty)}}
                namespace App;
                [{{(c.AliasedMarker ? "Client" : "UserPoolClient")}}("client-{{i}}")]
                [CallbackUrl("https://app{{i}}.example.com/p{{c.Path}}"), OAuthScope({{(c.UserConstant ? "Consts.Scope" : "StandardScope.OpenId")}}), {{(i % 2 == 0 ? "Scope(\"profile\")" : "OAuthScope(\"profile\")")}}]
                [ExplicitAuthFlows({{(c.Cast ? "(AuthFlow)1" : "AuthFlow.AllowUserSrpAuth")}}), TokenValidity(Access = {{60 + c.Path}}, AccessUnit = TimeUnit.Minutes)]
                public {{(c.Partial ? "partial " : string.Empty)}}class Client{{i}}{{(c.Renamed ? "x" : string.Empty)}}{{(c.Base ? " : object" : string.Empty)}} { }
                """;
            texts[$"Client{i}.cs"] = c.Truncate is { } n && n < text.Length ? text.Substring(0, n) : text;
        }

        foreach (var (path, text) in optional) texts[path] = text;
        return texts;
    }
}
