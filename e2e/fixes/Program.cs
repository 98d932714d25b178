// Loads the package's code fixes the way an IDE does: the consumer project opened in MSBuildWorkspace, fix providers
// found in the project's analyzer references by [ExportCodeFixProvider], then "Use https://" and "Make partial" applied
// to the diagnostics the package's analyzers report. Exit code 0 only when every step behaves.
using System.Collections.Immutable;
using System.Composition;
using System.Reflection;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

MSBuildLocator.RegisterDefaults();
return await FixesRun.RunAsync(args[0]);

static class FixesRun
{
    // Written by hand: the fix providers the package ships.
    private static readonly string[] ExpectedFixers =
    [
        "AddDefaultRedirectToCallbacksFix", "AddOpenIdScopeFix", "AddRefreshTokenAuthFix", "AddRequiredWriteAttributesFix", "DropDuplicateValueFix",
        "EnableOAuthFix", "MakePartialFix", "RemoveNotWritableAttributeFix", "UseCodeFlowFix", "UseHttpsFix",
        "UseSuggestedNameFix",
    ];

    private static int _failures;

    private static void Check(bool ok, string what)
    {
        Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
        if (!ok) _failures++;
    }

    public static async Task<int> RunAsync(string projectPath)
    {
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(projectPath);
        foreach (var d in workspace.Diagnostics) Console.WriteLine("workspace: " + d);

        var packageRefs = project.AnalyzerReferences.OfType<AnalyzerFileReference>()
            .Where(r => r.FullPath.Contains(Path.DirectorySeparatorChar + "cognitogen" + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Check(packageRefs.Count > 0, $"the project's analyzer references include the package ({packageRefs.Count} assemblies)");

        var fixers = new List<CodeFixProvider>();
        foreach (var reference in packageRefs)
        {
            Type[] types;
            try { types = reference.GetAssembly().GetTypes(); }
            catch (ReflectionTypeLoadException e) { types = e.Types.Where(t => t is not null).ToArray()!; }
            foreach (var type in types)
            {
                if (type.IsAbstract || !typeof(CodeFixProvider).IsAssignableFrom(type)) continue;
                var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
                if (export is null || !export.Languages.Contains(LanguageNames.CSharp)) continue;
                fixers.Add((CodeFixProvider)Activator.CreateInstance(type)!);
            }
        }
        var names = fixers.Select(f => f.GetType().Name).Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"fixers loaded from the package: {names.Length}: {string.Join(", ", names)}");
        Check(names.SequenceEqual(ExpectedFixers), $"all {ExpectedFixers.Length} package fixers load");

        var solution = project.Solution;
        solution = await ApplyAsync(solution, project.Id, fixers, "CGEN3004", "Use https://");
        solution = await ApplyAsync(solution, project.Id, fixers, "CGEN1001", "Make partial");

        var after = await DiagnosticsAsync(solution.GetProject(project.Id)!);
        var errors = after.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var e in errors) Console.WriteLine("  error: " + e);
        Check(errors.Count == 0, "after both fixes the project has no errors (compiler or CGEN)");
        Check(workspace.TryApplyChanges(solution), "the fixed documents are written back to disk");
        return _failures == 0 ? 0 : 1;
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ProjectId projectId, List<CodeFixProvider> fixers, string id, string title)
    {
        var project = solution.GetProject(projectId)!;
        var diagnostic = (await DiagnosticsAsync(project)).FirstOrDefault(d => d.Id == id && d.Location.IsInSource);
        Check(diagnostic is not null, $"{id} is reported before the fix");
        if (diagnostic is null) return solution;
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
        {
            var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
        }
        var action = actions.FirstOrDefault(a => a.Title == title);
        Check(action is not null, $"{id} offers \"{title}\" (offered: {string.Join(", ", actions.Select(a => a.Title))})");
        if (action is null) return solution;
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var newText = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Console.WriteLine($"  {title}: {diagnostic.Location.SourceTree!.FilePath} now reads:\n" + string.Join("\n", newText.Split('\n').Select(l => "    " + l)));
        var remaining = (await DiagnosticsAsync(changed.GetProject(projectId)!)).Count(d => d.Id == id);
        Check(remaining == 0, $"{id} is gone after \"{title}\"");
        return changed;
    }
}
