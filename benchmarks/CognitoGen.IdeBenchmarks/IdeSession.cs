using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.IdeBenchmarks;

/// <summary>
/// The consumer solution opened in MSBuildWorkspace and driven the way the IDE drives it after a keystroke: the edited
/// document's new text goes into the solution (<see cref="Solution.WithDocumentText(DocumentId, SourceText, PreservationMode)"/>),
/// the workspace forks the project's compilation (the edited tree reparsed incrementally, every other tree reused),
/// one <see cref="GeneratorDriver"/> per project kept across edits runs the project's generators on it, and the
/// compilation with the generated sources is what the compiler's and the analyzers' diagnostics are asked of.
/// </summary>
/// <remarks>
/// The projects' analyzer references are taken out of the workspace's solution (so the workspace does not run the
/// generators a second time inside <c>GetCompilationAsync</c>) and handed to our own driver, with the project's parse
/// options, additional files and analyzer config options (the build properties the SDK passes), as the IDE does.
/// </remarks>
public sealed class IdeSession : IDisposable
{
    public sealed class ProjectState
    {
        public required ProjectSpec Spec { get; init; }
        public required ProjectId Id { get; init; }
        public required ImmutableArray<AnalyzerReference> AnalyzerReferences { get; init; }
        public required GeneratorDriver Driver { get; set; }

        /// <summary>Clients only: a driver with <see cref="CognitoGen.Benchmarks.FloorGenerator"/> alone, kept across edits like the real one.</summary>
        public GeneratorDriver? FloorDriver { get; set; }
        public required Compilation Output { get; set; }
        public required TimeSpan FirstRun { get; init; }
        public required ImmutableArray<(string Generator, TimeSpan Time)> FirstRunPerGenerator { get; init; }
        public int EditsMade { get; set; }
    }

    private readonly MSBuildWorkspace _workspace;
    public Solution Solution { get; private set; }
    public IReadOnlyList<ProjectState> Projects { get; }
    public ImmutableArray<DiagnosticAnalyzer> OurAnalyzers { get; }
    public TimeSpan LoadTime { get; }

    private IdeSession(MSBuildWorkspace workspace, Solution solution, IReadOnlyList<ProjectState> projects, ImmutableArray<DiagnosticAnalyzer> ours, TimeSpan load)
    {
        _workspace = workspace;
        Solution = solution;
        Projects = projects;
        OurAnalyzers = ours;
        LoadTime = load;
    }

    public static async Task<IdeSession> OpenAsync(string root, int n, bool trackSteps)
    {
        var sw = Stopwatch.StartNew();
        var workspace = MSBuildWorkspace.Create(new Dictionary<string, string> { ["Configuration"] = "Release" });
        var specs = ConsumerSolution.Projects(n);
        var ids = new List<ProjectId>();
        foreach (var spec in specs)
        {
            var project = await workspace.OpenProjectAsync(ConsumerSolution.ProjectPath(root, spec.Name));
            ids.Add(project.Id);
        }

        foreach (var d in workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure)) Console.Error.WriteLine("workspace: " + d.Message);
        var load = sw.Elapsed;

        var solution = workspace.CurrentSolution;
        var states = new List<ProjectState>();
        var ours = ImmutableArray<DiagnosticAnalyzer>.Empty;
        for (var i = 0; i < specs.Count; i++)
        {
            var project = solution.GetProject(ids[i])!;
            var references = project.AnalyzerReferences.ToImmutableArray();
            if (specs[i].Name == "Clients")
            {
                ours = references.Where(r => r.Display == "CognitoGen.Analyzers").SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
                if (ours.IsEmpty) throw new InvalidOperationException("CognitoGen.Analyzers is not among the Clients project's analyzer references: " + string.Join(", ", references.Select(r => r.Display)));
            }

            var generators = references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToImmutableArray();
            if (!generators.Any(g => GeneratorName(g) == specs[i].GeneratorType))
                throw new InvalidOperationException($"{specs[i].GeneratorType} is not among {specs[i].Name}'s generators: " + string.Join(", ", generators.Select(GeneratorName)));

            solution = solution.WithProjectAnalyzerReferences(project.Id, []);
            project = solution.GetProject(project.Id)!;
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, project.AnalyzerOptions.AdditionalFiles, (CSharpParseOptions)project.ParseOptions!,
                project.AnalyzerOptions.AnalyzerConfigOptionsProvider, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
            var compilation = (await project.GetCompilationAsync())!;
            GeneratorDriver? floor = specs[i].Name == "Clients"
                ? CSharpGeneratorDriver.Create([new CognitoGen.Benchmarks.FloorGenerator().AsSourceGenerator()], parseOptions: (CSharpParseOptions)project.ParseOptions!,
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps)).RunGenerators(compilation.Clone())
                : null;
            sw.Restart();
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var first = sw.Elapsed;
            var timing = driver.GetTimingInfo();
            states.Add(new ProjectState
            {
                Spec = specs[i], Id = project.Id, AnalyzerReferences = references, Driver = driver, FloorDriver = floor, Output = output, FirstRun = first,
                FirstRunPerGenerator = timing.GeneratorTimes.Select(g => (GeneratorName(g.Generator), g.ElapsedTime)).ToImmutableArray(),
            });
        }

        return new IdeSession(workspace, solution, states, ours, load);
    }

    public static string GeneratorName(ISourceGenerator generator) => generator.GetGeneratorType().FullName ?? generator.GetGeneratorType().Name;

    /// <summary>What one edit cost, and the compilation it produced.</summary>
    public sealed record EditResult(
        string Project, string Kind, SyntaxTree EditedTree, Compilation Output,
        TimeSpan Fork, TimeSpan DriverWall, TimeSpan DriverCpu, TimeSpan Generator, TimeSpan? Floor, TimeSpan AllGenerators, ImmutableArray<(string Generator, TimeSpan Time)> PerGenerator);

    /// <summary>
    /// One keystroke: <paramref name="edit"/>'s one character inserted (even-numbered edits of the project) or deleted
    /// again (odd), then the workspace's compilation and the generators.
    /// </summary>
    public async Task<EditResult> EditAsync(ProjectState state, EditSpec edit)
    {
        var project = Solution.GetProject(state.Id)!;
        var document = project.Documents.Single(d => Path.GetFileName(d.FilePath) == edit.FileName);
        var text = await document.GetTextAsync();
        var (from, to) = Has(text, edit.After) ? (edit.After, edit.Before) : (edit.Before, edit.After);
        var at = UniqueIndex(text.ToString(), from, edit.FileName);
        // The IDE hands the workspace a text change, not a new text: the tree is reparsed incrementally.
        var changed = text.WithChanges(new TextChange(new TextSpan(at, from.Length), to));

        var sw = Stopwatch.StartNew();
        Solution = Solution.WithDocumentText(document.Id, changed);
        var newProject = Solution.GetProject(state.Id)!;
        var compilation = (await newProject.GetCompilationAsync())!;
        var tree = (await newProject.GetDocument(document.Id)!.GetSyntaxTreeAsync())!;
        var fork = sw.Elapsed;

        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        sw.Restart();
        state.Driver = state.Driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var wall = sw.Elapsed;
        process.Refresh();
        var driverCpu = process.TotalProcessorTime - cpu;
        state.Output = output;
        state.EditsMade++;
        var timing = state.Driver.GetTimingInfo();
        var per = timing.GeneratorTimes.Select(g => (GeneratorName(g.Generator), g.ElapsedTime)).ToImmutableArray();

        // The floor, on a clone of the same compilation (same trees, no bound state shared with the run above).
        TimeSpan? floor = null;
        if (state.FloorDriver is not null)
        {
            state.FloorDriver = state.FloorDriver.RunGenerators(compilation.Clone());
            floor = state.FloorDriver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime;
        }

        return new EditResult(state.Spec.Name, edit.Kind, tree, output, fork, wall, driverCpu, per.Single(p => p.Item1 == state.Spec.GeneratorType).ElapsedTime, floor, timing.ElapsedTime, per);
    }

    private static bool Has(SourceText text, string what) => text.ToString().Contains(what, StringComparison.Ordinal);

    private static int UniqueIndex(string text, string what, string file)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(what, at + 1, StringComparison.Ordinal) >= 0) throw new InvalidOperationException($"'{what}' must occur exactly once in {file}");
        return at;
    }

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, Project project) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles, project.AnalyzerOptions.AnalyzerConfigOptionsProvider),
            onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));

    public Project Project(ProjectState state) => Solution.GetProject(state.Id)!;

    public void Dispose() => _workspace.Dispose();
}
