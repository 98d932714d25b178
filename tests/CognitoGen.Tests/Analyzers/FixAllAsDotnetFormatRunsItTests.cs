extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.CodeFixes;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// Fix All driven the way `dotnet format analyzers --diagnostics A B C` drives it (SolutionCodeFixApplier in the .NET
/// SDK): for each reported ID in turn it re-runs the analyzer, asks the fixer for an action on the FIRST diagnostic of
/// the selected IDs, whatever its ID, takes that action's equivalence key (null when the fixer declines it), and asks the
/// Fix All provider for that key and the one ID over the whole solution. One such run must leave nothing to fix.
/// </summary>
public class FixAllAsDotnetFormatRunsItTests
{
    private static readonly CodeFixProvider[] Fixers =
    {
        new MakePartialFix(), new UseHttpsFix(), new AddOpenIdScopeFix(), new AddRefreshTokenAuthFix(), new UseCodeFlowFix(),
        new EnableOAuthFix(), new AddDefaultRedirectToCallbacksFix(), new RemoveNotWritableAttributeFix(), new DropDuplicateValueFix(),
        new UseSuggestedNameFix(),
    };

    private const string Web = """
        using CognitoGen;

        namespace App;

        [UserPoolClient("web-app")]
        [CallbackUrl("http://app.example.com/cb"), CallbackUrl("http://app.example.com/cb2")]
        [LogoutUrl("http://app.example.com/out")]
        [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope(StandardScope.Email), OAuthScope("phone"), EnableOAuth]
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
        [IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider("google"), IdentityProvider("Facebok")]
        [WriteAttributes(StandardAttribute.Email, "email_verified", "sub")]
        public class WebAppClient { }
        """;

    private const string Admin = """
        using CognitoGen;

        namespace App;

        [UserPoolClient("admin-app")]
        [CallbackUrl("http://admin.example.com/cb")]
        [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("profile"), OAuthScope("emial"), EnableOAuth]
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
        [IdentityProvider("cognito")]
        public class AdminClient { }
        """;

    private const string WebFixed = """
        using CognitoGen;

        namespace App;

        [UserPoolClient("web-app")]
        [CallbackUrl("https://app.example.com/cb"), CallbackUrl("https://app.example.com/cb2")]
        [LogoutUrl("https://app.example.com/out")]
        [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email), OAuthScope("phone"), EnableOAuth]
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
        [IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider(BuiltInIdentityProvider.Google), IdentityProvider(BuiltInIdentityProvider.Facebook)]
        [WriteAttributes(StandardAttribute.Email)]
        public partial class WebAppClient { }
        """;

    private const string AdminFixed = """
        using CognitoGen;

        namespace App;

        [UserPoolClient("admin-app")]
        [CallbackUrl("https://admin.example.com/cb")]
        [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid"), OAuthScope("profile"), OAuthScope("email"), EnableOAuth]
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
        [IdentityProvider("COGNITO")]
        public partial class AdminClient { }
        """;

    private static readonly string[] Selected = { "CGEN1001", "CGEN3004", "CGEN2012", "CGEN2011", "CGEN6005", "CGEN6006", "CGEN6002" };

    [Fact]
    public async Task One_run_over_several_ids_fixes_everything_and_a_second_run_finds_nothing()
    {
        var solution = Solution(Web, Admin);
        var first = await Diagnostics(solution);

        // The run that broke: the first diagnostic found is another rule's, so most fixers decline it and the key is null.
        Assert.Contains(first, d => d.Id != first[0].Id);

        solution = await RunOnce(solution, first);
        Assert.Equal(WebFixed, await Text(solution, "Web.cs"));
        Assert.Equal(AdminFixed, await Text(solution, "Admin.cs"));

        // --verify-no-changes: nothing fixable is left (the built-in providers stay CGEN6006 reminders, without a suggestion).
        var left = await Diagnostics(solution);
        Assert.DoesNotContain(left, d => d.Id != "CGEN6006");
        Assert.All(left, d => Assert.False(d.Properties.ContainsKey("Suggestion"), d.ToString()));
        var again = await RunOnce(solution, left);
        Assert.Equal(WebFixed, await Text(again, "Web.cs"));
        Assert.Equal(AdminFixed, await Text(again, "Admin.cs"));
    }

    [Fact]
    public async Task Each_fix_all_provider_fixes_its_ids_with_no_equivalence_key()
    {
        var solution = Solution(Web, Admin);
        var diagnostics = await Diagnostics(solution);
        foreach (var fixer in Fixers)
        {
            foreach (var id in fixer.FixableDiagnosticIds.Where(i => diagnostics.Any(d => d.Id == i)))
            {
                var action = await FixAll(solution, fixer, id, equivalenceKey: null, diagnostics);
                Assert.True(action is not null, $"{fixer.GetType().Name} returned no Fix All action for {id} with a null key");
                var changed = ApplyChanges(solution, await action!.GetOperationsAsync(CancellationToken.None));
                Assert.True(changed.GetChanges(solution).GetProjectChanges().Any(), $"{fixer.GetType().Name}'s Fix All changed nothing for {id}");
                Assert.DoesNotContain(await Diagnostics(changed), d => d.Id == id && (id is not "CGEN6006" || d.Properties.ContainsKey("Suggestion")));
            }
        }
    }

    [Fact]
    public async Task The_suggested_name_fix_is_offered_as_use_the_name_for_both_provider_rules_and_not_for_other_names()
    {
        var solution = Solution("""
            using CognitoGen;
            [UserPoolClient("a"), IdentityProvider("google"), IdentityProvider("Facebok"), IdentityProvider("MyOIDC"), IdentityProvider("Okta")]
            public partial class A { }
            """);
        var offered = new List<(string Id, string Title)>();
        foreach (var diagnostic in (await Diagnostics(solution)).Where(d => d.Id is "CGEN6005" or "CGEN6006"))
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            await new UseSuggestedNameFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => offered.Add((diagnostic.Id, a.Title)), CancellationToken.None));
        }

        Assert.Equal(new[] { ("CGEN6005", "Use 'Google'"), ("CGEN6006", "Use 'Facebook'") }, offered);
    }

    /// <summary>One `dotnet format analyzers` run: per reported ID, fresh diagnostics, the key of the first one's action, Fix All.</summary>
    private static async Task<Solution> RunOnce(Solution solution, ImmutableArray<Diagnostic> initial)
    {
        foreach (var id in initial.Select(d => d.Id).Distinct().ToArray())
        {
            var fixer = Fixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(id));
            if (fixer is null) continue;
            var diagnostics = await Diagnostics(solution);
            if (diagnostics.IsEmpty) continue;
            var firstDiagnostic = diagnostics[0];
            var document = solution.GetDocument(firstDiagnostic.Location.SourceTree)!;
            CodeAction? offered = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, firstDiagnostic, (a, _) => offered ??= a, CancellationToken.None));
            var action = await FixAll(solution, fixer, id, offered?.EquivalenceKey, diagnostics);
            if (action is null) continue;
            solution = ApplyChanges(solution, await action.GetOperationsAsync(CancellationToken.None));
        }

        return solution;
    }

    private static Task<CodeAction?> FixAll(Solution solution, CodeFixProvider fixer, string id, string? equivalenceKey, ImmutableArray<Diagnostic> diagnostics)
    {
        var context = new FixAllContext(
            solution.Projects.Single().Documents.First(), fixer, FixAllScope.Solution, equivalenceKey!, new[] { id },
            new Provider(diagnostics), CancellationToken.None);
        return fixer.GetFixAllProvider()!.GetFixAsync(context);
    }

    private static Solution ApplyChanges(Solution solution, ImmutableArray<CodeActionOperation> operations) =>
        operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;

    private static Solution Solution(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "App", "App", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: TestReferences.For(SdkShape.None)));
        var solution = project.Solution;
        var names = new[] { "Web.cs", "Admin.cs" };
        for (var i = 0; i < sources.Length; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), names[i], SourceText.From(sources[i]), filePath: "/app/" + names[i]);
        }

        return solution;
    }

    private static async Task<string> Text(Solution solution, string name) =>
        (await solution.Projects.Single().Documents.Single(d => d.Name == name).GetTextAsync()).ToString();

    /// <summary>The analyzer's findings of the selected IDs, in document order, as dotnet format collects them.</summary>
    private static async Task<ImmutableArray<Diagnostic>> Diagnostics(Solution solution)
    {
        var compilation = (await solution.Projects.Single().GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
        var found = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return found.Where(d => Selected.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
