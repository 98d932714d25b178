using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.CodeFixes
{
    /// <summary>
    /// Base of the fixes: finds the node the diagnostic sits on, re-checks that the fix still applies (the document may
    /// have changed), and offers one action whose equivalence key is the fix's. Fix All applies every diagnostic's edit
    /// to one tree (<see cref="OnePassFixAll"/>), so it converges in one pass and needs no equivalence key.
    /// </summary>
    public abstract class SingleEditCodeFix : CodeFixProvider
    {
        protected abstract string DiagnosticId { get; }

        protected abstract string Title { get; }

        public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

        public sealed override FixAllProvider GetFixAllProvider() => OnePassFixAll.Create((root, _, node) => Edit(root, node));

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                // dotnet format may hand a fixer another rule's diagnostic (the first one it found) to learn its key.
                if (diagnostic.Id != DiagnosticId) continue;
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (Edit(root, node) is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => Apply(context.Document, diagnostic, ct), equivalenceKey: GetType().Name),
                    diagnostic);
            }
        }

        /// <summary>The new root, or null when the fix does not apply to <paramref name="node"/>.</summary>
        protected abstract SyntaxNode? Edit(SyntaxNode root, SyntaxNode node);

        private async Task<Document> Apply(Document document, Diagnostic diagnostic, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return Edit(root, node) is { } newRoot ? document.WithSyntaxRoot(newRoot) : document;
        }

        /// <summary>The argument expression a diagnostic sits on.</summary>
        protected static ExpressionSyntax? Expression(SyntaxNode node) => node switch
        {
            AttributeArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
    }

    /// <summary>CGEN1001: declare the class (or the containing type) partial.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialFix)), Shared]
    public sealed class MakePartialFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN1001";

        protected override string Title => "Make partial";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return null;
            var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            TypeDeclarationSyntax updated = declaration.Modifiers.Count == 0
                ? declaration.WithoutLeadingTrivia().AddModifiers(partial.WithLeadingTrivia(declaration.GetLeadingTrivia()))
                : declaration.AddModifiers(partial);
            return root.ReplaceNode(declaration, updated);
        }
    }

    /// <summary>CGEN3004: http:// becomes https:// in a string literal.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHttpsFix)), Shared]
    public sealed class UseHttpsFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN3004";

        protected override string Title => "Use https://";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (Expression(node) is not LiteralExpressionSyntax { Token.Value: string url } literal || !url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase)) return null;
            return root.ReplaceNode(literal, SyntaxEdits.String("https://" + url.Substring("http://".Length)).WithTriviaFrom(literal));
        }
    }

    /// <summary>CGEN2012: add the openid scope next to email, phone or profile.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOpenIdScopeFix)), Shared]
    public sealed class AddOpenIdScopeFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN2012";

        protected override string Title => "Add the openid scope";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (SyntaxEdits.Attribute(node) is not { } scope) return null;
            // Fix All over two findings of one client must add openid once.
            if (scope.Parent?.Parent is MemberDeclarationSyntax owner && owner.AttributeLists.SelectMany(l => l.Attributes).Any(IsOpenIdScope)) return null;
            var openId = SyntaxEdits.Like(scope, "OAuthScope", SyntaxEdits.StandardScope(root, "OpenId", "openid"));
            return root.InsertNodesBefore(scope, new[] { openId });
        }

        private static bool IsOpenIdScope(AttributeSyntax attribute) =>
            attribute.Name.ToString().EndsWith("OAuthScope", System.StringComparison.Ordinal)
            && attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is { } value
            && (value is LiteralExpressionSyntax { Token.ValueText: "openid" } || value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "OpenId" });
    }

    /// <summary>CGEN5004: add ALLOW_REFRESH_TOKEN_AUTH to the explicit auth flows.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRefreshTokenAuthFix)), Shared]
    public sealed class AddRefreshTokenAuthFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN5004";

        protected override string Title => "Add ALLOW_REFRESH_TOKEN_AUTH";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (SyntaxEdits.Attribute(node) is not { ArgumentList: { } arguments } attribute) return null;
            // Name the new flow the way the existing ones are named (AuthFlow.X or CognitoGen.AuthFlow.X).
            if (arguments.Arguments.Select(a => a.Expression).OfType<MemberAccessExpressionSyntax>().FirstOrDefault() is not { } sample) return null;
            var flow = sample.WithName(SyntaxFactory.IdentifierName("AllowRefreshTokenAuth")).WithoutTrivia();
            return root.ReplaceNode(arguments, arguments.AddArguments(SyntaxFactory.AttributeArgument(flow)));
        }
    }

    /// <summary>CGEN2014: replace the implicit grant with the code grant (or drop it when code is already allowed).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCodeFlowFix)), Shared]
    public sealed class UseCodeFlowFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN2014";

        protected override string Title => "Use the code flow instead of implicit";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (Expression(node) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Implicit" } flow) return null;
            var siblings = SyntaxEdits.Attribute(flow)?.ArgumentList?.Arguments.Select(a => a.Expression) ?? Enumerable.Empty<ExpressionSyntax>();
            var hasCode = siblings.Any(e => e is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Code" });
            return hasCode
                ? SyntaxEdits.RemoveValue(root, flow)
                : root.ReplaceNode(flow, flow.WithName(SyntaxFactory.IdentifierName("Code").WithTriviaFrom(flow.Name)));
        }
    }

    /// <summary>CGEN2007: turn AllowedOAuthFlowsUserPoolClient on, with [EnableOAuth] or by flipping false to true.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableOAuthFix)), Shared]
    public sealed class EnableOAuthFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN2007";

        protected override string Title => "Turn on AllowedOAuthFlowsUserPoolClient";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (Expression(node) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                return root.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(literal));
            }

            if (SyntaxEdits.Attribute(node) is not { } anchor) return null;
            var declaration = anchor.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (declaration is null || declaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().EndsWith("EnableOAuth", System.StringComparison.Ordinal))) return null;
            return SyntaxEdits.AddListAfter(root, anchor, SyntaxEdits.Like(anchor, "EnableOAuth"));
        }
    }

    /// <summary>CGEN3008: add the default redirect URI to the callback URLs.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDefaultRedirectToCallbacksFix)), Shared]
    public sealed class AddDefaultRedirectToCallbacksFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN3008";

        protected override string Title => "Add it to the callback URLs";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node)
        {
            if (Expression(node) is not { } url || SyntaxEdits.Attribute(url) is not { } anchor) return null;
            return SyntaxEdits.AddListAfter(root, anchor, SyntaxEdits.Like(anchor, "CallbackUrl", url.WithoutTrivia()));
        }
    }

    /// <summary>CGEN6002: remove an attribute no client may write from WriteAttributes.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveNotWritableAttributeFix)), Shared]
    public sealed class RemoveNotWritableAttributeFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN6002";

        protected override string Title => "Remove it from WriteAttributes";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node) => Expression(node) is { } value ? SyntaxEdits.RemoveValue(root, value) : null;
    }

    /// <summary>CGEN1201: drop the repeated value.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DropDuplicateValueFix)), Shared]
    public sealed class DropDuplicateValueFix : SingleEditCodeFix
    {
        protected override string DiagnosticId => "CGEN1201";

        protected override string Title => "Drop the duplicate value";

        protected override SyntaxNode? Edit(SyntaxNode root, SyntaxNode node) => Expression(node) is { } value ? SyntaxEdits.RemoveValue(root, value) : null;
    }

    /// <summary>
    /// CGEN2011, CGEN6003, CGEN5001, CGEN2001, CGEN6005, CGEN6006, and with the pool known CGEN8002 (scope), CGEN8003
    /// (identity provider) and CGEN8004 (custom attribute): replace a misspelt string value with the "did you mean" value
    /// the analyzer found (its <c>Suggestion</c> property), keeping the literal's trivia. A standard scope, standard
    /// attribute or built-in identity provider is written as its constant (<c>BuiltInIdentityProvider.Google</c>, with the
    /// file's qualification) when the file already uses that constants class, else as a string literal. A value that is
    /// not a literal (a constant) is left alone.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedNameFix)), Shared]
    public sealed class UseSuggestedNameFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("CGEN2011", "CGEN6003", "CGEN5001", "CGEN2001", "CGEN6005", "CGEN6006", "CGEN8002", "CGEN8003", "CGEN8004");

        public override FixAllProvider GetFixAllProvider() => OnePassFixAll.Create(Edit);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!FixableDiagnosticIds.Contains(diagnostic.Id) || Suggestion(diagnostic) is not { } suggestion) continue;
                if (Edit(root, diagnostic, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create($"Use '{suggestion}'", ct => Apply(context.Document, diagnostic, ct), equivalenceKey: nameof(UseSuggestedNameFix)),
                    diagnostic);
            }
        }

        private static string? Suggestion(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue("Suggestion", out var suggestion) && !string.IsNullOrEmpty(suggestion) ? suggestion : null;

        /// <summary>The root with the literal at <paramref name="node"/> replaced by the suggestion, or null when it does not apply.</summary>
        private static SyntaxNode? Edit(SyntaxNode root, Diagnostic diagnostic, SyntaxNode node)
        {
            if (Suggestion(diagnostic) is not { } suggestion) return null;
            var expression = node is AttributeArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
            if (expression is not LiteralExpressionSyntax { Token.Value: string } literal) return null;
            return root.ReplaceNode(literal, Replacement(root, diagnostic.Id, suggestion).WithTriviaFrom(literal));
        }

        private static ExpressionSyntax Replacement(SyntaxNode root, string id, string suggestion)
        {
            var (constants, names) = id switch
            {
                "CGEN6005" or "CGEN6006" or "CGEN8003" => ("BuiltInIdentityProvider", IdentityProviderConstants),
                "CGEN2011" => ("StandardScope", ScopeConstants),
                "CGEN6003" => ("StandardAttribute", AttributeConstants),
                _ => (null, null),
            };
            return constants is not null && names!.TryGetValue(suggestion, out var constant)
                ? SyntaxEdits.Constant(root, constants, constant, suggestion)
                : SyntaxEdits.String(suggestion);
        }

        private static async Task<Document> Apply(Document document, Diagnostic diagnostic, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            return Edit(root, diagnostic, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is { } newRoot ? document.WithSyntaxRoot(newRoot) : document;
        }

        // Value -> constant name in CognitoGen's BuiltInIdentityProvider, StandardScope and StandardAttribute.
        private static readonly ImmutableDictionary<string, string> IdentityProviderConstants = ImmutableDictionary.CreateRange(new[]
        {
            Pair("COGNITO", "Cognito"), Pair("Facebook", "Facebook"), Pair("Google", "Google"), Pair("SignInWithApple", "SignInWithApple"), Pair("LoginWithAmazon", "LoginWithAmazon"),
        });

        private static readonly ImmutableDictionary<string, string> ScopeConstants = ImmutableDictionary.CreateRange(new[]
        {
            Pair("openid", "OpenId"), Pair("email", "Email"), Pair("phone", "Phone"), Pair("profile", "Profile"), Pair("aws.cognito.signin.user.admin", "CognitoAdmin"),
        });

        internal static readonly ImmutableDictionary<string, string> AttributeConstants = ImmutableDictionary.CreateRange(new[]
        {
            Pair("address", "Address"), Pair("birthdate", "Birthdate"), Pair("email", "Email"), Pair("email_verified", "EmailVerified"),
            Pair("family_name", "FamilyName"), Pair("gender", "Gender"), Pair("given_name", "GivenName"), Pair("locale", "Locale"),
            Pair("middle_name", "MiddleName"), Pair("name", "Name"), Pair("nickname", "Nickname"), Pair("phone_number", "PhoneNumber"),
            Pair("phone_number_verified", "PhoneNumberVerified"), Pair("picture", "Picture"), Pair("preferred_username", "PreferredUsername"),
            Pair("profile", "Profile"), Pair("sub", "Sub"), Pair("updated_at", "UpdatedAt"), Pair("website", "Website"), Pair("zoneinfo", "ZoneInfo"),
        });

        private static System.Collections.Generic.KeyValuePair<string, string> Pair(string value, string constant) => new(value, constant);
    }

    /// <summary>
    /// Fix All in one pass: every diagnostic of a document is fixed in the same tree, each edit on the tree the previous
    /// ones left (nodes are tracked across edits), in reverse document order so that a node an edit copies sits after its
    /// original. Unlike <see cref="WellKnownFixAllProviders.BatchFixer"/>, which merges the text changes of separately
    /// computed fixes, two removals from one argument list do not conflict, and no code action equivalence key is needed:
    /// dotnet format asks for the Fix All with the key of whatever action the fixer offered for the first diagnostic it
    /// found, which may be another rule's, and BatchFixer then finds no action of that key and offers no Fix All.
    /// </summary>
    internal static class OnePassFixAll
    {
        public static FixAllProvider Create(System.Func<SyntaxNode, Diagnostic, SyntaxNode, SyntaxNode?> edit) =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root is null || diagnostics.IsEmpty) return document;
                var targets = diagnostics
                    .Where(d => d.Location.IsInSource && root.FullSpan.Contains(d.Location.SourceSpan))
                    .OrderByDescending(d => d.Location.SourceSpan.Start)
                    .Select(d => (Diagnostic: d, Node: root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true)))
                    .ToArray();
                var current = root.TrackNodes(targets.Select(t => t.Node));
                foreach (var (diagnostic, node) in targets)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (current.GetCurrentNodes(node).FirstOrDefault() is not { } now) continue;
                    if (edit(current, diagnostic, now) is { } next) current = next;
                }

                return document.WithSyntaxRoot(current);
            });
    }

    /// <summary>
    /// CGEN8005: add the required attributes the pool needs writable (the analyzer's <c>MissingAttributes</c> property, one
    /// per line) at the end of the <c>[WriteAttributes(…)]</c> list: as <c>StandardAttribute</c> constants (same
    /// qualification) where the file writes attributes so and a constant exists, as literals otherwise.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredWriteAttributesFix)), Shared]
    public sealed class AddRequiredWriteAttributesFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("CGEN8005");

        public override FixAllProvider GetFixAllProvider() => OnePassFixAll.Create((root, diagnostic, node) => Edit(root, diagnostic, node));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var names = Missing(diagnostic);
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (names.Length == 0 || WriteAttributes(node) is null) continue;
                var title = "Add " + string.Join(names.Length == 2 ? " and " : ", ", names.Select(n => "'" + n + "'")) + " to WriteAttributes";
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => Apply(context.Document, diagnostic, ct), equivalenceKey: nameof(AddRequiredWriteAttributesFix)),
                    diagnostic);
            }
        }

        private static string[] Missing(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue("MissingAttributes", out var value) && !string.IsNullOrEmpty(value)
                ? value!.Split('\n').Where(n => n.Length > 0).ToArray()
                : System.Array.Empty<string>();

        /// <summary>The <c>[WriteAttributes(…)]</c> the diagnostic sits on, when its values are a plain params list.</summary>
        private static AttributeSyntax? WriteAttributes(SyntaxNode node)
        {
            if (SyntaxEdits.Attribute(node) is not { } attribute) return null;
            var simple = attribute.Name switch
            {
                QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
                SimpleNameSyntax n => n.Identifier.ValueText,
                _ => string.Empty,
            };
            if (simple is not ("WriteAttributes" or "WriteAttributesAttribute")) return null;
            // An explicit array or collection expression is the user's own shape: leave it alone.
            var arguments = attribute.ArgumentList?.Arguments ?? default;
            if (arguments.Any(a => a.NameEquals is not null || a.NameColon is not null || a.Expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax)) return null;
            return attribute;
        }

        private static async Task<Document> Apply(Document document, Diagnostic diagnostic, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            return Edit(root, diagnostic, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is { } newRoot ? document.WithSyntaxRoot(newRoot) : document;
        }

        /// <summary>The root with the missing names appended to the attribute at <paramref name="node"/>, or null when it does not apply.</summary>
        private static SyntaxNode? Edit(SyntaxNode root, Diagnostic diagnostic, SyntaxNode node)
        {
            var names = Missing(diagnostic);
            if (names.Length == 0 || WriteAttributes(node) is not { } attribute) return null;
            var values = names.Select(n => SyntaxFactory.AttributeArgument(
                UseSuggestedNameFix.AttributeConstants.TryGetValue(n, out var constant) ? SyntaxEdits.Constant(root, "StandardAttribute", constant, n) : SyntaxEdits.String(n)));
            var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            return root.ReplaceNode(attribute, attribute.WithArgumentList(list.AddArguments(values.ToArray())));
        }
    }
}
