using System.Linq;
using System.Text;
using System.Threading;
using CognitoGen.Generator.Emitting;
using CognitoGen.Generator.Model;
using CognitoGen.Generator.Parsing;
using CognitoGen.Generator.PoolNames;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Generator
{
    /// <summary>
    /// For each <c>[UserPoolClient]</c> partial class: a static <c>Definition</c>, plus <c>ToCreateRequest</c>/<c>ToUpdateRequest</c>
    /// when AWSSDK.CognitoIdentityProvider is referenced. Reports no diagnostics: the analyzers do, live in the IDE.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ClientGenerator : IIncrementalGenerator
    {
        internal const string CreateRequest = "Amazon.CognitoIdentityProvider.Model.CreateUserPoolClientRequest";
        internal const string UpdateRequest = "Amazon.CognitoIdentityProvider.Model.UpdateUserPoolClientRequest";
        internal const string CdkProps = "Amazon.CDK.AWS.Cognito.CfnUserPoolClientProps";
        internal const string CdkClient = "Amazon.CDK.AWS.Cognito.CfnUserPoolClient";

        private readonly bool _semanticOnly;

        public ClientGenerator()
        {
        }

        /// <summary>
        /// <paramref name="semanticOnly"/>: read every client with the compiler (ForAttributeWithMetadataName), as before the
        /// syntax reading existed. Only the tests use it, to prove both readings give the same models on every input.
        /// </summary>
        internal ClientGenerator(bool semanticOnly) => _semanticOnly = semanticOnly;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Only primitives leave the compilation, so an edit that changes nothing here caches everything downstream.
            var environment = context.CompilationProvider
                .Select(static (c, ct) => ReadEnvironment(c, ct))
                .WithTrackingName(TrackingNames.Environment);

            var clientEnvironment = environment
                .Select(static (e, _) => new ClientEnvironment(e.CanEmit, e.HasSdk, e.SdkExtensionsClass, e.HasCdk, e.CdkExtensionsClass))
                .WithTrackingName(TrackingNames.ClientEnvironment);

            // Clients that name pool constants get their values; the others pass through unchanged (and stay cached).
            var poolConstants = InitializePoolNames(context);

            if (_semanticOnly)
            {
                var clients = context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        AttributeNames.UserPoolClient,
                        predicate: static (node, _) => node is ClassDeclarationSyntax,
                        transform: static (ctx, ct) => ClientParser.TryParse(ctx, ct))
                    .WithTrackingName(TrackingNames.Clients)
                    .Where(static m => m is not null)
                    .Select(static (m, _) => m!)
                    .WithTrackingName(TrackingNames.NonNullClients);
                Emit(context, clients, poolConstants, clientEnvironment);
            }
            else
            {
                // Each file read from its syntax, once per change of that file (a tree that is the same object is not read
                // again); only files the reading cannot be sure of are read by the compiler, on every compilation.
                var files = context.CompilationProvider
                    .SelectMany(static (c, _) => TreeItem.Of(c))
                    .Select(static (item, ct) => FileReader.Read(item.Index, item.Tree, ct))
                    .WithTrackingName(TrackingNames.Clients);
                var facts = files.Collect()
                    .Select(static (all, ct) => FastPath.Facts(all, ct))
                    .WithTrackingName(TrackingNames.ClientFacts);
                var vocabulary = context.CompilationProvider
                    .Select(static (c, ct) => Vocabulary.Read(c, ct))
                    .WithTrackingName(TrackingNames.Vocabulary);
                var decided = files
                    .Combine(facts.Combine(vocabulary))
                    .Select(static (pair, ct) => FastPath.Decide(pair.Left, pair.Right.Left, pair.Right.Right, ct))
                    .WithTrackingName(TrackingNames.FileClients);

                // One ordered list of every client (syntax-read files and compiler-read files in file order), then one
                // value per client: a one-client edit changes one item, so one source is regenerated. The list is
                // flattened from a single value on purpose: flattening the per-file values themselves (a SelectMany or a
                // Where on them) made the kept driver lose sources after files moved between the two readings (found by
                // the edit-sequence test, SyntaxReadingPropertyTests).
                var allFiles = decided.Collect();
                var fromSymbols = allFiles
                    .Combine(context.CompilationProvider)
                    .Select(static (pair, ct) => FastPath.Semantic(pair.Right, pair.Left, ct))
                    .WithTrackingName(TrackingNames.SemanticClients);
                var clients = allFiles
                    .Combine(fromSymbols)
                    .SelectMany(static (pair, _) => FastPath.InOrder(pair.Left, pair.Right))
                    .WithTrackingName(TrackingNames.NonNullClients);
                Emit(context, clients, poolConstants, clientEnvironment);
            }

            context.RegisterSourceOutput(environment, static (spc, env) =>
            {
                if (env.CanEmit && env.HasSdk) spc.AddSource("CognitoGen.SdkRequests.g.cs", SourceText.From(SdkEmitter.Emit(env), Encoding.UTF8));
                if (env.CanEmit && env.HasCdk) spc.AddSource("CognitoGen.CdkProps.g.cs", SourceText.From(CdkEmitter.Emit(env), Encoding.UTF8));
            });
        }

        private static void Emit(
            IncrementalGeneratorInitializationContext context,
            IncrementalValuesProvider<ClientModel> clients,
            IncrementalValueProvider<EquatableArray<PoolConstant>> poolConstants,
            IncrementalValueProvider<ClientEnvironment> clientEnvironment)
        {
            var resolvedClients = clients
                .Combine(poolConstants)
                .Select(static (pair, _) => PendingResolver.Resolve(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ResolvedClients);

            context.RegisterSourceOutput(resolvedClients.Combine(clientEnvironment), static (spc, pair) =>
            {
                if (!pair.Right.CanEmit) return;
                spc.AddSource(pair.Left.HintName, SourceText.From(ClientEmitter.Emit(pair.Left, pair.Right), Encoding.UTF8));
            });
        }

        /// <summary>
        /// Typed names from the pool files (AdditionalFiles with <c>CognitoGenPool=true</c>, which the package's targets make
        /// from <c>&lt;CognitoGenPool&gt;</c> items; no other file is read). Each file is loaded once per change of that file,
        /// the names merged, and one source written; client edits reach none of these steps.
        /// </summary>
        private static IncrementalValueProvider<EquatableArray<PoolConstant>> InitializePoolNames(IncrementalGeneratorInitializationContext context)
        {
            var poolFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => PoolFileFilter.IsPoolFile(pair.Left, pair.Right))
                .Select(static (pair, ct) => PoolNamesReader.ToPoolFile(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.PoolFiles);

            var perFile = poolFiles
                .Select(static (file, ct) => PoolNamesReader.Read(file, ct))
                .WithTrackingName(TrackingNames.PoolFileNames);

            var names = perFile
                .Collect()
                .Select(static (parts, ct) => parts.IsEmpty ? null : PoolNamesReader.Merge(parts, ct))
                .WithTrackingName(TrackingNames.PoolNames);

            var options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => PoolNamesReader.ReadOptions(
                    pair.Left.GlobalOptions,
                    pair.Right is not CSharpParseOptions parse || parse.LanguageVersion >= LanguageVersion.CSharp8))
                .WithTrackingName(TrackingNames.PoolOptions);

            var pool = names.Combine(options).WithTrackingName(TrackingNames.PoolNamesWithOptions);
            context.RegisterSourceOutput(pool, static (spc, pair) =>
            {
                if (pair.Left is null) return;
                spc.AddSource(PoolEmitter.HintName, SourceText.From(PoolEmitter.Emit(pair.Left, pair.Right), Encoding.UTF8));
            });

            return pool
                .Select(static (pair, _) => pair.Left is null ? EquatableArray<PoolConstant>.Empty : PoolEmitter.Constants(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.PoolConstants);
        }

        private static EnvironmentModel ReadEnvironment(Compilation compilation, CancellationToken ct)
        {
            // Init-only setters (C# 9) are needed for the emitted object initializers; the runtime library must be referenced.
            var canEmit = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 }
                          && compilation.GetTypeByMetadataName(AttributeNames.Definition) is not null;
            var create = compilation.GetTypeByMetadataName(CreateRequest);
            var update = compilation.GetTypeByMetadataName(UpdateRequest);
            ct.ThrowIfCancellationRequested();
            var hasSdk = create is not null && update is not null;
            var cdkProps = compilation.GetTypeByMetadataName(CdkProps);
            ct.ThrowIfCancellationRequested();
            return new EnvironmentModel(
                canEmit,
                hasSdk,
                "UserPoolClientSdkExtensions_" + Sanitize(compilation.AssemblyName),
                hasSdk ? PublicSettableProperties(create!) : EquatableArray<string>.Empty,
                hasSdk ? PublicSettableProperties(update!) : EquatableArray<string>.Empty,
                cdkProps is not null,
                "UserPoolClientCdkExtensions_" + Sanitize(compilation.AssemblyName),
                cdkProps is not null ? CdkMembers(compilation, cdkProps) : EquatableArray<string>.Empty);
        }

        /// <summary>
        /// The settable members of <c>CfnUserPoolClientProps</c>, plus, for each nested property type the referenced CDK has
        /// (a public class with a parameterless constructor), its name and its settable members as <c>Type.Member</c>.
        /// </summary>
        private static EquatableArray<string> CdkMembers(Compilation compilation, INamedTypeSymbol props)
        {
            var names = PublicSettableProperties(props).ToList();
            foreach (var (type, _) in CdkEmitter.NestedTypes)
            {
                var nested = compilation.GetTypeByMetadataName(CdkClient + "+" + type);
                if (nested is not { DeclaredAccessibility: Accessibility.Public, IsAbstract: false } ||
                    !nested.InstanceConstructors.Any(static c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 0))
                {
                    continue;
                }

                names.Add(type);
                names.AddRange(PublicSettableProperties(nested).Select(p => type + "." + p));
            }

            return names.OrderBy(static n => n, System.StringComparer.Ordinal).ToEquatableArray();
        }

        private static EquatableArray<string> PublicSettableProperties(INamedTypeSymbol type) =>
            type.GetMembers()
                .OfType<IPropertySymbol>()
                .Where(static p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.SetMethod is { DeclaredAccessibility: Accessibility.Public })
                .Select(static p => p.Name)
                .OrderBy(static n => n, System.StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>The SDK builders are internal; naming them per assembly keeps InternalsVisibleTo friends from clashing (CS0436).</summary>
        private static string Sanitize(string? assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName)) return "Assembly";
            var sb = new StringBuilder(assemblyName!.Length);
            foreach (var c in assemblyName) sb.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            return sb.ToString();
        }
    }
}
