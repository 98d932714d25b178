using System;
using System.Collections.Generic;
using System.Linq;

namespace CognitoGen.Pool
{
    /// <summary>What <see cref="UserPoolContextLoader.Load"/> found: one merged context, and the problems met on the way.</summary>
    /// <param name="Context">Everything the files say about the pool; parts no file describes stay unknown (null).</param>
    /// <param name="Diagnostics">One entry per file that could not be read, and per conflict or incomplete list.</param>
    public sealed record PoolLoadResult(UserPoolContext Context, IReadOnlyList<PoolLoadDiagnostic> Diagnostics);

    /// <summary>
    /// Reads a user pool context from files people already have, recognised by their shape:
    /// the AWS CLI outputs of <c>describe-user-pool</c>, <c>list-resource-servers</c>, <c>list-identity-providers</c>,
    /// <c>describe-user-pool-domain</c> and <c>describe-user-pool-client</c>, and CloudFormation JSON templates (such as
    /// <c>cdk synth</c> writes) holding <c>AWS::Cognito::UserPool*</c> resources. Never throws: a malformed or
    /// unrecognised file gives one diagnostic naming its line and column, and the other files still count.
    /// </summary>
    public static partial class UserPoolContextLoader
    {
        /// <summary>Loads and merges <paramref name="files"/>, in order.</summary>
        /// <param name="files">Each file's path (used in diagnostics only) and text.</param>
        /// <returns>The merged context and the diagnostics.</returns>
        public static PoolLoadResult Load(IEnumerable<(string Path, string Text)> files)
        {
            var merger = new Merger();
            if (files is null) return new PoolLoadResult(UserPoolContext.Unknown, Array.Empty<PoolLoadDiagnostic>());
            foreach (var (path, text) in files)
            {
                var file = path ?? "(unnamed)";
                try
                {
                    LoadOne(file, text ?? string.Empty, merger);
                }
                catch (Exception e)
                {
                    // A last guard: the loader must not throw, whatever the text.
                    merger.Report(file, 1, 1, $"could not be read ({e.GetType().Name}: {e.Message}); the file was ignored");
                }
            }

            return merger.Result();
        }

        private static void LoadOne(string file, string text, Merger merger)
        {
            var json = new JsonText(text);
            var root = PoolJsonParser.Parse(json, out var error);
            if (root is null)
            {
                var (line, column, message) = error ?? (1, 1, "invalid JSON");
                merger.Report(file, line, column, message + "; the file was ignored");
                return;
            }

            if (root.Kind != JsonTreeKind.Object)
            {
                var (rootLine, rootColumn) = json.At(root.Offset);
                merger.Report(file, rootLine, rootColumn, $"expected a JSON object, got {PoolJsonParser.Describe(root)}; {Expected}; the file was ignored");
                return;
            }

            var part = new Part(file, json);
            var problem = root["UserPool"] is { } pool ? ReadDescribeUserPool(pool, part)
                : root["ResourceServers"] is { } servers ? ReadResourceServers(root, servers, part)
                : root["Providers"] is { } providers ? ReadProviders(root, providers, part)
                : root["DomainDescription"] is { } domain ? ReadDomain(domain, part)
                : root["UserPoolClient"] is { } client ? ReadClient(text, client, part)
                : root["Resources"] is { } resources ? ReadTemplate(resources, part)
                : new Problem(root, $"not a pool file: the top-level members are {Names(root)}; {Expected}");
            if (problem is not null)
            {
                var (line, column) = problem.Node is { } node ? json.At(node.Offset) : problem.Position;
                merger.Report(file, line, column, problem.Message + "; the file was ignored");
                return;
            }

            merger.Add(part);
        }

        private const string Expected =
            "expected the output of describe-user-pool ({\"UserPool\": …}), list-resource-servers ({\"ResourceServers\": […]}), " +
            "list-identity-providers ({\"Providers\": […]}), describe-user-pool-domain ({\"DomainDescription\": …}), " +
            "describe-user-pool-client ({\"UserPoolClient\": …}) or a CloudFormation template ({\"Resources\": …})";

        private static string Names(JsonTreeNode obj) =>
            obj.Members.Count == 0 ? "none (an empty object)" : string.Join(", ", obj.Members.Take(5).Select(m => "\"" + m.Name + "\"")) + (obj.Members.Count > 5 ? ", …" : "");

        /// <summary>A shape problem at a node, or (with no node) at <see cref="Position"/>.</summary>
        private sealed record Problem(JsonTreeNode? Node, string Message)
        {
            public (int Line, int Column) Position { get; init; } = (1, 1);

            public static Problem At(int line, int column, string message) => new(null, message) { Position = (line, column) };
        }

        private static Problem? ExpectKind(JsonTreeNode? node, string path, JsonTreeKind kind, JsonTreeNode parent)
        {
            if (node is null || node.Kind == kind) return null;
            var want = kind switch
            {
                JsonTreeKind.Object => "an object",
                JsonTreeKind.Array => "an array",
                JsonTreeKind.String => "a string",
                _ => "a boolean",
            };
            return new Problem(node, $"{path}: expected {want}, got {PoolJsonParser.Describe(node)}");
        }

        private static Problem? First(params Problem?[] problems)
        {
            foreach (var p in problems)
            {
                if (p is not null) return p;
            }

            return null;
        }

        private static Problem? ExpectBool(JsonTreeNode? node, string path)
        {
            if (node is null || node.BoolValue is not null) return null;
            return new Problem(node, $"{path}: expected a boolean, got {PoolJsonParser.Describe(node)}");
        }

        /// <summary>The region a pool ID (<c>us-west-2_AbC</c>) or user pool ARN names, or null.</summary>
        /// <param name="poolIdOrArn">A user pool ID or ARN.</param>
        /// <returns>The region, or null when the value names none.</returns>
        public static string? RegionOf(string? poolIdOrArn)
        {
            if (string.IsNullOrEmpty(poolIdOrArn)) return null;
            var s = poolIdOrArn!;
            if (s.StartsWith("arn:", StringComparison.Ordinal))
            {
                var parts = s.Split(':');
                return parts.Length > 3 && IsRegion(parts[3]) ? parts[3] : null;
            }

            var underscore = s.IndexOf('_');
            if (underscore <= 0) return null;
            var region = s.Substring(0, underscore);
            return IsRegion(region) ? region : null;
        }

        private static bool IsRegion(string s) =>
            s.Length > 0 && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && s.Contains('-') && char.IsDigit(s[s.Length - 1]);
    }
}
