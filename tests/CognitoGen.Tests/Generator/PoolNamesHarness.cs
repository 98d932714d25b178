extern alias generator;

using System.Collections.Immutable;
using CognitoGen.Tests.Infrastructure;
using generator::CognitoGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Tests.Generator;

/// <summary>
/// Runs the generator with additional files and MSBuild-style options, as a project with <c>&lt;CognitoGenPool&gt;</c>
/// items gives them: pool files carry <c>build_metadata.AdditionalFiles.CognitoGenPool = true</c>.
/// </summary>
public static class PoolNamesHarness
{
    public const string ProjectDir = "/src/App/";

    public static readonly string SamplesDir = RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples");

    /// <summary>A pool file (with the metadata) at <c>/src/App/infra/pool/NAME</c>.</summary>
    public static InMemoryText PoolFile(string name, string text) => new(ProjectDir + "infra/pool/" + name, text, isPool: true);

    /// <summary>A sample from tests/CognitoGen.Tests/Pool/Samples as a pool file.</summary>
    public static InMemoryText PoolSample(string name) => PoolFile(name, File.ReadAllText(System.IO.Path.Combine(SamplesDir, name)));

    /// <summary>An ordinary AdditionalFile (no pool metadata).</summary>
    public static InMemoryText Ordinary(string path, string text) => new(ProjectDir + path, text, isPool: false);

    public static Options Properties(string? rootNamespace = "App", string? className = null, string? ns = null) => new(rootNamespace, className, ns);

    public static GeneratorDriver Driver(IEnumerable<InMemoryText> files, Options? options = null, bool trackSteps = false, CSharpParseOptions? parse = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            files.Cast<AdditionalText>(),
            parse ?? GeneratorHarness.ParseOptions,
            Provider(options ?? Properties(), files),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the output compilation, the run result and every warning or error (generator and compiler).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<InMemoryText> files, Options? options = null, params string[] sources) => Run(files, options, GeneratorHarness.ParseOptions, sources);

    /// <summary>As <see cref="Run(IEnumerable{InMemoryText}, Options?, string[])"/>, with the generated sources parsed with <paramref name="parse"/>.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<InMemoryText> files, Options? options, CSharpParseOptions parse, params string[] sources)
    {
        var input = GeneratorHarness.Compilation(SdkShape.None, sources);
        var list = files.ToList();
        ParserEquivalence.AssertSame(input, list, Provider(options ?? Properties(), list), parse);
        var driver = Driver(list, options, parse: parse).RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>The pool source, or null when none was generated.</summary>
    public static string? PoolSource(GeneratorDriverRunResult run) =>
        run.Results.Single().GeneratedSources.SingleOrDefault(s => s.HintName == "CognitoGen.Pool.g.cs").SourceText?.ToString();

    /// <summary>The MSBuild-written options for <paramref name="files"/> with these properties.</summary>
    public static AnalyzerConfigOptionsProvider Provider(Options options, IEnumerable<InMemoryText> files) => new OptionsProvider(options, files);

    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text, bool isPool)
        {
            Path = path;
            _text = SourceText.From(text);
            IsPool = isPool;
        }

        public override string Path { get; }

        public bool IsPool { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

        public InMemoryText WithText(string text) => new(Path, text, IsPool);
    }

    public sealed record Options(string? RootNamespace, string? ClassName, string? Namespace);

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, bool> _pool;

        public OptionsProvider(Options options, IEnumerable<InMemoryText> files)
        {
            var global = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir };
            if (options.RootNamespace is not null) global["build_property.RootNamespace"] = options.RootNamespace;
            if (options.ClassName is not null) global["build_property.CognitoGenPoolClassName"] = options.ClassName;
            if (options.Namespace is not null) global["build_property.CognitoGenPoolNamespace"] = options.Namespace;
            GlobalOptions = new DictionaryOptions(global);
            _pool = files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().IsPool);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

        // As MSBuild writes it: every AdditionalFile gets the metadata key, with an empty value unless it is a pool file.
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CognitoGenPool"] = _pool.TryGetValue(textFile.Path, out var isPool) && isPool ? "true" : string.Empty,
        });
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
