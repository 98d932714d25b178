using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Parsing;
using CognitoGen.Rules;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// Reports every catalogue rule on the exact attribute argument of an app client class, plus the usage rules about the
    /// declaration itself. Costs nothing in a compilation that does not reference CognitoGen.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UserPoolClientAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>MSBuild property (made compiler-visible by the package) holding the target user pool ID, for the pool-ID and analytics-region rules.</summary>
        internal const string UserPoolIdOption = "build_property.CognitoGenUserPoolId";

        /// <summary>CGEN8005's diagnostic property: the required attributes WriteAttributes leaves out, one per line.</summary>
        internal const string MissingAttributesProperty = "MissingAttributes";

        private const string SdkCreateRequest = "Amazon.CognitoIdentityProvider.Model.CreateUserPoolClientRequest";

        /// <summary>List members: a null element is left out, but the rest of the list still counts.</summary>
        private static readonly HashSet<string> ListMembers = new(StringComparer.Ordinal)
        {
            "ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
        };

        private static readonly (string Unit, string Value)[] TokenUnits = { ("AccessUnit", "Access"), ("IdUnit", "Id"), ("RefreshUnit", "Refresh") };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                // Nothing to do, and nothing to pay, where CognitoGen is not referenced.
                if (start.Compilation.GetTypeByMetadataName(AttributeNames.UserPoolClient) is null) return;

                var poolId = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(UserPoolIdOption, out var configured) && !string.IsNullOrWhiteSpace(configured)
                    ? configured.Trim()
                    : null;
                var names = new ClientNameIndex(start.Compilation);

                // The pool files (AdditionalFiles marked CognitoGenPool=true), parsed once per change of them; none: no context.
                var poolFiles = PoolFiles.Select(start.Options);
                var loaded = poolFiles.IsEmpty ? null : PoolFiles.Load(poolFiles, start.CancellationToken);
                var pool = loaded?.Context;
                start.RegisterSymbolAction(c => AnalyzeType(c, poolId, pool, names), SymbolKind.NamedType);

                // CGEN8001 on the pool file itself, so it shows in the IDE on that file and in the build as path(line,col).
                if (loaded is { Diagnostics.IsEmpty: false }) start.RegisterAdditionalFileAction(c => PoolFiles.Report(c, loaded));

                // Per file, after a text check, rather than an operation or syntax node action: either of those makes the driver
                // walk (and for operations, build an IOperation tree for) every executable block of the compilation, every
                // client's attribute arguments included, which cost more than all the rest of this analyzer.
                // Without the SDK there are no ToCreateRequest/ToUpdateRequest; a call to one gets CGEN1009 beside the compiler's CS0117,
                // found in the same per-file pass. The types are looked up only once a file passes the text check (most never do).
                var compilation = start.Compilation;
                var secretTargets = new Lazy<SecretTargets>(() =>
                {
                    var create = compilation.GetTypeByMetadataName(SdkCreateRequest);
                    var properties = new[]
                    {
                        compilation.GetTypeByMetadataName(AttributeNames.Definition)?.GetMembers("ClientSecret").FirstOrDefault(),
                        create?.GetMembers("ClientSecret").FirstOrDefault(),
                    }.OfType<IPropertySymbol>().ToImmutableArray();
                    return new SecretTargets(properties, SdkMissing: create is null);
                }, LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(c => AnalyzeFile(c, secretTargets));
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, string? poolId, Pool.UserPoolContext? pool, ClientNameIndex names)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            var ct = context.CancellationToken;
            AttributeData? marker = null;
            List<AttributeData>? members = null;
            foreach (var a in type.GetAttributes())
            {
                var name = ClientParser.MetadataName(a);
                if (name is null) continue;
                if (name == AttributeNames.UserPoolClient) marker = a;
                else (members ??= new List<AttributeData>()).Add(a);
            }

            if (marker is null)
            {
                foreach (var a in members ?? Enumerable.Empty<AttributeData>())
                {
                    Report(context, RuleCatalogue.AttributeWithoutMarker, OriginMap.Location(a, ArgumentRef.Whole, ct) ?? Identifier(type, ct),
                        $"[{a.AttributeClass!.Name.Replace("Attribute", string.Empty)}] has no effect on '{type.Name}' without [UserPoolClient]: nothing is generated or checked; add [UserPoolClient(\"name\")] or remove the attribute.");
                }

                return;
            }

            if (!ClientParser.IsSupportedKind(type))
            {
                var kind = type.IsRecord ? "a record" : type.IsFileLocal ? "a file-local class" : "a " + type.TypeKind.ToString().ToLowerInvariant();
                Report(context, RuleCatalogue.UnsupportedTarget, Identifier(type, ct), $"'{type.Name}' is {kind}; [UserPoolClient] needs a class the generator can re-declare as partial, so nothing is generated.");
                return;
            }

            if (ClientParser.NonPartialType(type, ct) is { } notPartial)
            {
                var what = SymbolEqualityComparer.Default.Equals(notPartial, type) ? $"'{type.Name}'" : $"'{notPartial.Name}', which contains '{type.Name}',";
                Report(context, RuleCatalogue.ClassNotPartial, Identifier(notPartial, ct), $"{what} is not partial, so the generator cannot add Definition or the request builders; declare it partial.");
            }

            if (type.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp9 } options)
            {
                Report(context, RuleCatalogue.LanguageVersion, OriginMap.Location(marker, ArgumentRef.Whole, ct) ?? Identifier(type, ct),
                    $"The project uses C# {options.LanguageVersion.ToDisplayString()}; CognitoGen's generated definitions need C# 9 or later, so nothing is generated. Set <LangVersion> to 9 or later.");
            }

            var origins = new OriginMap(ct);
            var model = ClientParser.ParseDefinition(marker, type.GetAttributes(), ct, origins);
            var invalidScalars = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (member, attribute, argument) in origins.Invalid)
            {
                if (!ListMembers.Contains(member)) invalidScalars.Add(member);
                Report(context, RuleCatalogue.NullArgument, OriginMap.Location(attribute, argument, ct) ?? Identifier(type, ct),
                    $"The value for {member} is null; it cannot be sent to Cognito, so it is left out. Give it a value or remove it.");
            }

            IneffectiveAttributes(context, type, marker, members, ct);

            // The same model, pool and pool ID always give the same findings: those of an unchanged client are reused across compilations.
            var validated = FindingsCache.Get(model, pool, poolId);
            var definition = validated.Definition;
            foreach (var finding in validated.Findings)
            {
                // A member whose value was null is already reported above: one finding per root cause.
                if (finding.Index is null && invalidScalars.Any(m => m == finding.Member || m.StartsWith(finding.Member + ".", StringComparison.Ordinal))) continue;
                var properties = SuggestionProperties(finding.Suggestion);
                if (finding.Rule == RuleCatalogue.PoolRequiredAttributeNotWritable && pool is not null && definition.WriteAttributes is { } write)
                {
                    // The attributes to add, one per line (no attribute name holds a line break), for the add-to-WriteAttributes fix.
                    properties = ImmutableDictionary<string, string?>.Empty.Add(MissingAttributesProperty, string.Join("\n", ClientValidator.RequiredNotWritable(pool, write)));
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Rule), origins.Locate(finding.Member, finding.Index) ?? Identifier(type, ct), properties, finding.Message));
            }

            if (!invalidScalars.Contains("ClientName") && names.Others(type, definition.ClientName, ct) is { Count: > 0 } others)
            {
                Report(context, RuleCatalogue.DuplicateClientName, origins.Locate("ClientName", null) ?? Identifier(type, ct),
                    $"ClientName '{definition.ClientName}' is also used by {string.Join(", ", others.Select(o => "'" + o + "'"))}; Cognito accepts it, but clients with one name are hard to tell apart. Give each client its own name.");
            }
        }

        /// <summary>CGEN1005: an attribute with nothing in it, or a token unit without its validity.</summary>
        private static void IneffectiveAttributes(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData marker, List<AttributeData>? members, CancellationToken ct)
        {
            foreach (var a in members ?? Enumerable.Empty<AttributeData>())
            {
                if (ClientParser.MetadataName(a) != AttributeNames.TokenValidity) continue;
                var named = new HashSet<string>(StringComparer.Ordinal);
                foreach (var n in a.NamedArguments) named.Add(n.Key);
                if (named.Count == 0)
                {
                    Report(context, RuleCatalogue.IneffectiveAttribute, OriginMap.Location(a, ArgumentRef.Whole, ct) ?? Identifier(type, ct),
                        "[TokenValidity] sets no value, so nothing is sent; set Access, Id or Refresh (and their units), or remove it.");
                    continue;
                }

                foreach (var (unit, value) in TokenUnits)
                {
                    if (named.Contains(unit) && !named.Contains(value))
                    {
                        Report(context, RuleCatalogue.IneffectiveAttribute, OriginMap.Location(a, ArgumentRef.Named(unit), ct) ?? Identifier(type, ct),
                            $"{unit} is set without {value}: a unit without its lifetime is rarely what was meant; set {value} too, or remove {unit}.");
                    }
                }
            }
        }

        /// <summary>The ClientSecret properties a literal must not be assigned to, and whether the SDK (hence ToCreateRequest/ToUpdateRequest) is absent.</summary>
        private sealed record SecretTargets(ImmutableArray<IPropertySymbol> Properties, bool SdkMissing);

        /// <summary>CGEN1006: a string literal assigned to ClientSecret, on a definition or an SDK request; CGEN1009: a request builder called without the SDK.</summary>
        private static void AnalyzeFile(SemanticModelAnalysisContext context, Lazy<SecretTargets> targets)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var ct = context.CancellationToken;
            // Identifiers may be spelled with Unicode escapes (Client\u0053ecret); such a file is walked too.
            var text = tree.GetText(ct).ToString();
            var escapes = text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0;
            var secretText = escapes || text.IndexOf("ClientSecret", StringComparison.Ordinal) >= 0;
            var builderText = escapes || text.IndexOf("ToCreateRequest", StringComparison.Ordinal) >= 0 || text.IndexOf("ToUpdateRequest", StringComparison.Ordinal) >= 0;
            if (!secretText && !builderText) return;
            var secretProperties = targets.Value.Properties;
            var secrets = !secretProperties.IsEmpty && secretText;
            var builders = targets.Value.SdkMissing && builderText;
            if (!secrets && !builders) return;
            foreach (var node in tree.GetRoot(ct).DescendantNodes())
            {
                if (builders && node is MemberAccessExpressionSyntax access)
                {
                    SdkBuilderWithoutSdk(context, access, ct);
                    continue;
                }

                if (!secrets) continue;
                if (node is not AssignmentExpressionSyntax assignment || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)) continue;
                // `ClientSecret = …` (initializers, `with`), `x.ClientSecret = …` and `x?.ClientSecret = …`.
                var name = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier,
                    MemberAccessExpressionSyntax { Name: IdentifierNameSyntax identifier } => identifier,
                    MemberBindingExpressionSyntax { Name: IdentifierNameSyntax identifier } => identifier,
                    _ => null,
                };
                if (name?.Identifier.ValueText != "ClientSecret") continue;
                if (context.SemanticModel.GetSymbolInfo(name, ct).Symbol is not IPropertySymbol property) continue;
                if (!secretProperties.Any(p => SymbolEqualityComparer.Default.Equals(p, property.OriginalDefinition))) continue;
                if (context.SemanticModel.GetConstantValue(assignment.Right, ct) is not { HasValue: true, Value: string { Length: > 0 } }) continue;
                Report(context.ReportDiagnostic, RuleCatalogue.SecretLiteral, assignment.Right.GetLocation(),
                    "A client secret is written as a literal: it ends up in version control and build output. Load it at run time from a secret store.");
            }
        }

        /// <summary>CGEN1009: <c>Client.ToCreateRequest(…)</c> or <c>definition.ToUpdateRequest(…)</c> that does not bind because the SDK is absent.</summary>
        private static void SdkBuilderWithoutSdk(SemanticModelAnalysisContext context, MemberAccessExpressionSyntax access, CancellationToken ct)
        {
            var method = access.Name.Identifier.ValueText;
            if (method != "ToCreateRequest" && method != "ToUpdateRequest") return;
            if (context.SemanticModel.GetSymbolInfo(access, ct).Symbol is not null) return; // bound to something: not ours to report
            string? client = null;
            if (context.SemanticModel.GetSymbolInfo(access.Expression, ct).Symbol is INamedTypeSymbol type && type.GetAttributes().Any(a => ClientParser.MetadataName(a) == AttributeNames.UserPoolClient))
            {
                client = type.Name;
            }
            else if (context.SemanticModel.GetTypeInfo(access.Expression, ct).Type is INamedTypeSymbol { } t && t.ToDisplayString() == AttributeNames.Definition)
            {
                client = "UserPoolClientDefinition";
            }

            if (client is null) return;
            Report(context.ReportDiagnostic, RuleCatalogue.SdkNotReferenced, access.Name.GetLocation(),
                $"'{client}.{method}' exists only when the project references AWSSDK.CognitoIdentityProvider, which it does not: add the package (dotnet add package AWSSDK.CognitoIdentityProvider), or call ToCliInputJson, which needs no SDK.");
        }

        private static Location Identifier(INamedTypeSymbol type, CancellationToken ct)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(ct) is BaseTypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return declaration.Identifier.GetLocation();
            }

            return type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(ct) is BaseTypeDeclarationSyntax first ? first.Identifier.GetLocation() : type.Locations.FirstOrDefault() ?? Location.None;
        }

        private static void Report(SymbolAnalysisContext context, Rule rule, Location location, string message) => Report(context.ReportDiagnostic, rule, location, message);

        private static void Report(Action<Diagnostic> report, Rule rule, Location location, string message, string? suggestion = null) =>
            report(Diagnostic.Create(Descriptors.For(rule), location, SuggestionProperties(suggestion), message));

        /// <summary>The finding's "did you mean" value as the <c>Suggestion</c> property the replace-value fix reads.</summary>
        private static ImmutableDictionary<string, string?>? SuggestionProperties(string? suggestion) =>
            suggestion is null ? null : ImmutableDictionary<string, string?>.Empty.Add("Suggestion", suggestion);
    }
}
