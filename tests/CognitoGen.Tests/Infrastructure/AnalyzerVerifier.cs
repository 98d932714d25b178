extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Runs <see cref="UserPoolClientAnalyzer"/> with the shared references; markup <c>{|CGEN3004:…|}</c> marks an expected diagnostic.</summary>
public static class AnalyzerVerifier
{
    public static IReadOnlyList<string> AllIds { get; } = Descriptors.All.Select(d => d.Id).ToArray();

    public static DiagnosticResult Diagnostic(string id) => new(Descriptors.ById[id]);

    /// <summary>Verifies the markup; only the rules in <paramref name="only"/> are enabled (all when empty), so each case checks just its own rules.</summary>
    public static Task VerifyAsync(string source, string[] only, params DiagnosticResult[] expected) =>
        Test(source, only, expected).RunAsync();

    public static CSharpAnalyzerTest<UserPoolClientAnalyzer, DefaultVerifier> Test(string source, string[] only, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UserPoolClientAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.Net80,
        };
        test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
        test.ExpectedDiagnostics.AddRange(expected);
        if (only.Length > 0) test.DisabledDiagnostics.AddRange(AllIds.Except(only));
        return test;
    }

    /// <summary>Wraps attribute lines into a client class <c>C</c> named "client".</summary>
    public static string Client(string attributes, string name = "C") => $$"""
        using CognitoGen;

        [UserPoolClient("client")]
        {{attributes}}
        public partial class {{name}} { }
        """;

    /// <summary>
    /// Analyzer options as a build gives them: <c>build_property.CognitoGenUserPoolId</c> when <paramref name="poolId"/> is set,
    /// and <paramref name="additionalFiles"/>, those in <paramref name="poolFiles"/> with <c>build_metadata.AdditionalFiles.CognitoGenPool = true</c>.
    /// </summary>
    public static AnalyzerOptions Options(string? poolId, IEnumerable<AdditionalText> additionalFiles, IEnumerable<AdditionalText> poolFiles) =>
        new(additionalFiles.ToImmutableArray(), new BuildOptions(poolId, poolFiles));

    /// <summary>An in-memory AdditionalFile; <see cref="GetText"/> calls are counted, and it can be made to throw.</summary>
    public sealed class TestAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;
        private int _reads;

        public TestAdditionalText(string path, string? text, bool throws = false)
        {
            Path = path;
            _text = text is null ? null : SourceText.From(text);
            Throws = throws;
        }

        public override string Path { get; }

        public bool Throws { get; }

        public int Reads => Volatile.Read(ref _reads);

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            if (Throws) throw new IOException("reading " + Path + " is not allowed in this test");
            return _text;
        }
    }

    private sealed class BuildOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Values(ImmutableDictionary<string, string>.Empty);
        private static readonly AnalyzerConfigOptions Pool = new Values(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.CognitoGenPool", "true"));
        private readonly HashSet<AdditionalText> _pool;

        public BuildOptions(string? poolId, IEnumerable<AdditionalText> poolFiles)
        {
            GlobalOptions = new Values(poolId is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add("build_property.CognitoGenUserPoolId", poolId));
            _pool = new HashSet<AdditionalText>(poolFiles, ReferenceEqualityComparer.Instance);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _pool.Contains(textFile) ? Pool : Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Values(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
