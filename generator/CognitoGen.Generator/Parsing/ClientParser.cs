using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Model;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>Symbols to model. Returns null for a class the generator cannot extend; the analyzers explain why.</summary>
    internal static class ClientParser
    {
        private static readonly SymbolDisplayFormat NamespaceFormat =
            SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

        public static ClientModel? TryParse(GeneratorAttributeSyntaxContext context, CancellationToken ct) =>
            context.TargetSymbol is INamedTypeSymbol type ? TryParse(type, context.SemanticModel.Compilation, ct) : null;

        /// <summary>The model of a class, read from its symbol: the generator's semantic reading (see <see cref="FileReader"/> for the other).</summary>
        public static ClientModel? TryParse(INamedTypeSymbol type, Compilation compilation, CancellationToken ct)
        {
            if (!IsSupported(type, ct)) return null;

            var attributes = type.GetAttributes();
            AttributeData? marker = null;
            foreach (var a in attributes)
            {
                if (MetadataName(a) == AttributeNames.UserPoolClient) { marker = a; break; }
            }

            if (marker is null) return null;

            var parents = new List<TypeShape>();
            for (var p = type.ContainingType; p is not null; p = p.ContainingType) parents.Insert(0, Shape(p));

            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : null;
            return new ClientModel(ns, parents.ToEquatableArray(), Shape(type), HintName(type), ParseDefinition(marker, attributes, ct, pendingFrom: compilation));
        }

        /// <summary>Reads every CognitoGen attribute of a class into a model; tells <paramref name="observer"/> where each value came from.</summary>
        /// <param name="pendingFrom">
        /// The generator's own parse passes its input compilation: an attribute whose arguments do not bind yet is then read
        /// from its syntax, and an argument written as a name (it may be a constant of the pool class this generator emits,
        /// which the generator's input cannot contain) is kept as a <see cref="PendingConstant"/>, to be resolved against
        /// the pool names. The analyzers, which see the generated class, pass null.
        /// </param>
        internal static DefinitionModel ParseDefinition(AttributeData marker, ImmutableArray<AttributeData> attributes, CancellationToken ct, IParseObserver? observer = null, Compilation? pendingFrom = null)
        {
            var views = new List<AttributeView>(attributes.Length);
            AttributeView? markerView = null;
            foreach (var a in attributes)
            {
                if (AttributeView.From(a) is not { } view) continue;
                if (ReferenceEquals(a, marker)) markerView = view;
                views.Add(view);
            }

            return ParseDefinition(markerView ?? AttributeView.From(marker)!, views, ct, observer, pendingFrom);
        }

        /// <summary>The same, from attribute views (of ours only, in declaration order): the one place attributes become a definition.</summary>
        internal static DefinitionModel ParseDefinition(AttributeView marker, IReadOnlyList<AttributeView> attributes, CancellationToken ct, IParseObserver? observer = null, Compilation? pendingFrom = null)
        {
            var p = new DefinitionParser(observer, pendingFrom, ct);
            p.Marker(marker);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in attributes)
            {
                ct.ThrowIfCancellationRequested();
                var name = a.MetadataName;
                if (name == AttributeNames.UserPoolClient) continue;

                // Repeatable attributes add one value each; for the others a duplicate is a compiler error (CS0579), and the first wins.
                switch (name)
                {
                    case AttributeNames.IdentityProvider: p.Repeated(ref p.Idps, "SupportedIdentityProviders", a); continue;
                    case AttributeNames.CallbackUrl: p.Repeated(ref p.Callbacks, "CallbackURLs", a); continue;
                    case AttributeNames.LogoutUrl: p.Repeated(ref p.Logouts, "LogoutURLs", a); continue;
                    case AttributeNames.OAuthScope: p.Repeated(ref p.Scopes, "AllowedOAuthScopes", a); continue;
                }

                if (seen.Add(name)) p.Single(name, a);
            }

            return p.ToModel();
        }

        /// <summary>Accumulates one definition; every read goes through here so the observer sees exactly what the model holds.</summary>
        private sealed class DefinitionParser
        {
            private readonly IParseObserver? _observer;
            public string ClientName = string.Empty;
            public bool? GenerateSecret;
            public bool CustomSecret;
            public int? Refresh, Access, Id, AuthSession, Grace;
            public string? AccessUnit, IdUnit, RefreshUnit, DefaultRedirect, Prevent, Feature;
            public EquatableArray<string>? Read, Write, AuthFlows, OAuthFlows;
            public List<string>? Idps, Callbacks, Logouts, Scopes;
            public bool? OAuth, Revocation, Propagate, UserDataShared;
            public bool HasAnalytics, HasRotation;
            public string? ApplicationId, ApplicationArn, RoleArn, ExternalId;

            private readonly Compilation? _pendingFrom;
            private readonly CancellationToken _ct;
            private List<PendingConstant>? _pending;

            public DefinitionParser(IParseObserver? observer, Compilation? pendingFrom, CancellationToken ct)
            {
                _observer = observer;
                _pendingFrom = pendingFrom;
                _ct = ct;
            }

            /// <summary>
            /// The positional arguments of an attribute that did not bind (the compiler reports why), read from syntax: a
            /// constant string as its value, a name as pending. Null outside the generator's own parse or when the attribute bound.
            /// </summary>
            private List<(string? Value, string? Pending)>? Unbound(AttributeView a)
            {
                if (_pendingFrom is null || a.Bound) return null;
                if (a.Data?.ApplicationSyntaxReference?.GetSyntax(_ct) is not AttributeSyntax { ArgumentList: { } list } syntax) return null;
                if (!_pendingFrom.ContainsSyntaxTree(syntax.SyntaxTree)) return null;
                var model = _pendingFrom.GetSemanticModel(syntax.SyntaxTree);
                var result = new List<(string? Value, string? Pending)>();
                foreach (var argument in list.Arguments)
                {
                    if (argument.NameEquals is not null || argument.NameColon is not null) continue;
                    var constant = model.GetConstantValue(argument.Expression, _ct);
                    if (constant.HasValue && constant.Value is string value) result.Add((value, null));
                    else if (IsName(argument.Expression)) result.Add((null, new string(argument.Expression.ToString().Where(static c => !char.IsWhiteSpace(c)).ToArray())));
                }

                return result;
            }

            private static bool IsName(ExpressionSyntax e) => e switch
            {
                IdentifierNameSyntax => true,
                AliasQualifiedNameSyntax => true,
                QualifiedNameSyntax => true,
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } m => IsName(m.Expression),
                _ => false,
            };

            private int PendingCount(string member) => _pending?.Count(p => p.Member == member) ?? 0;

            public void Marker(AttributeView marker)
            {
                ClientName = CtorString(marker, "ClientName") ?? string.Empty;
                GenerateSecret = NamedBool(marker, "GenerateSecret", "GenerateSecret");
            }

            public void Repeated(ref List<string>? list, string member, AttributeView a)
            {
                var value = CtorString(a, member, (list?.Count ?? 0));
                if (value is not null)
                {
                    (list ??= new List<string>()).Add(value);
                }
                else if (Unbound(a) is { Count: 1 } unbound && a.Data?.ApplicationSyntaxReference?.GetSyntax(_ct) is AttributeSyntax { ArgumentList.Arguments.Count: 1 })
                {
                    var only = unbound[0];
                    if (only.Value is not null) (list ??= new List<string>()).Add(only.Value);
                    else (_pending ??= new List<PendingConstant>()).Add(new PendingConstant(member, (list?.Count ?? 0) + PendingCount(member), only.Pending!));
                }
            }

            public void Single(string name, AttributeView a)
            {
                switch (name)
                {
                    case AttributeNames.CustomClientSecret:
                        CustomSecret = true;
                        _observer?.Declared("ClientSecret", null, a.Data!, ArgumentRef.Whole);
                        break;
                    case AttributeNames.TokenValidity:
                        _observer?.Declared("TokenValidityUnits", null, a.Data!, ArgumentRef.Whole);
                        Access = NamedInt(a, "Access", "AccessTokenValidity");
                        Id = NamedInt(a, "Id", "IdTokenValidity");
                        Refresh = NamedInt(a, "Refresh", "RefreshTokenValidity");
                        AccessUnit = NamedEnum(a, "AccessUnit", "TokenValidityUnits.AccessToken", WireValues.TimeUnits);
                        IdUnit = NamedEnum(a, "IdUnit", "TokenValidityUnits.IdToken", WireValues.TimeUnits);
                        RefreshUnit = NamedEnum(a, "RefreshUnit", "TokenValidityUnits.RefreshToken", WireValues.TimeUnits);
                        break;
                    case AttributeNames.ReadAttributes: Read = List(a, "ReadAttributes", null); break;
                    case AttributeNames.WriteAttributes: Write = List(a, "WriteAttributes", null); break;
                    case AttributeNames.ExplicitAuthFlows: AuthFlows = List(a, "ExplicitAuthFlows", WireValues.AuthFlows); break;
                    case AttributeNames.AllowedOAuthFlows: OAuthFlows = List(a, "AllowedOAuthFlows", WireValues.OAuthFlows); break;
                    case AttributeNames.DefaultRedirectUri: DefaultRedirect = CtorString(a, "DefaultRedirectURI"); break;
                    case AttributeNames.EnableOAuth: OAuth = CtorBool(a, "AllowedOAuthFlowsUserPoolClient"); break;
                    case AttributeNames.Analytics:
                        HasAnalytics = true;
                        _observer?.Declared("AnalyticsConfiguration", null, a.Data!, ArgumentRef.Whole);
                        ApplicationId = NamedString(a, "ApplicationId", "AnalyticsConfiguration.ApplicationId");
                        ApplicationArn = NamedString(a, "ApplicationArn", "AnalyticsConfiguration.ApplicationArn");
                        RoleArn = NamedString(a, "RoleArn", "AnalyticsConfiguration.RoleArn");
                        ExternalId = NamedString(a, "ExternalId", "AnalyticsConfiguration.ExternalId");
                        UserDataShared = NamedBool(a, "UserDataShared", "AnalyticsConfiguration.UserDataShared");
                        break;
                    case AttributeNames.PreventUserExistenceErrors:
                        Prevent = CtorBool(a, "PreventUserExistenceErrors") is bool enabled ? (enabled ? WireValues.PreventUserExistenceEnabled : WireValues.PreventUserExistenceLegacy) : null;
                        break;
                    case AttributeNames.EnableTokenRevocation: Revocation = CtorBool(a, "EnableTokenRevocation"); break;
                    case AttributeNames.PropagateAdditionalUserContextData: Propagate = CtorBool(a, "EnablePropagateAdditionalUserContextData"); break;
                    case AttributeNames.AuthSessionValidity: AuthSession = CtorInt(a, "AuthSessionValidity"); break;
                    case AttributeNames.RefreshTokenRotation:
                        HasRotation = true;
                        _observer?.Declared("RefreshTokenRotation", null, a.Data!, ArgumentRef.Whole);
                        Feature = CtorEnum(a, "RefreshTokenRotation.Feature", WireValues.RotationFeatures);
                        Grace = NamedInt(a, "RetryGracePeriodSeconds", "RefreshTokenRotation.RetryGracePeriodSeconds");
                        break;
                }
            }

            public DefinitionModel ToModel() => new(
                ClientName, GenerateSecret, CustomSecret, Refresh, Access, Id,
                AccessUnit is null && IdUnit is null && RefreshUnit is null ? null : new UnitsModel(AccessUnit, IdUnit, RefreshUnit),
                Read, Write, AuthFlows, Idps?.ToEquatableArray(), Callbacks?.ToEquatableArray(), Logouts?.ToEquatableArray(),
                DefaultRedirect, OAuthFlows, Scopes?.ToEquatableArray(), OAuth,
                HasAnalytics ? new AnalyticsModel(ApplicationId, ApplicationArn, RoleArn, ExternalId, UserDataShared) : null,
                Prevent, Revocation, Propagate, AuthSession, HasRotation ? new RotationModel(Feature, Grace) : null,
                _pending?.ToEquatableArray());

            /// <summary>The first constructor argument, or null (reported) when it is null or not a constant.</summary>
            private ArgumentValue? Ctor(AttributeView a, string member, int? index = null)
            {
                if (!a.Bound || a.Constructor.Length == 0) return null;
                var arg = a.Constructor[0];
                if (arg.Kind == ArgumentKind.Error || arg.IsNull)
                {
                    if (arg.IsNull) _observer?.Invalid(member, a.Data!, ArgumentRef.Constructor(0));
                    return null;
                }

                _observer?.Declared(member, index, a.Data!, ArgumentRef.Constructor(0));
                return arg;
            }

            private string? CtorString(AttributeView a, string member, int? index = null) => Ctor(a, member, index)?.Value as string;

            private int? CtorInt(AttributeView a, string member) => Ctor(a, member)?.Value is int i ? i : null;

            private string? CtorEnum(AttributeView a, string member, string[] table) => Ctor(a, member) is { } c ? EnumWire(c, table) : null;

            /// <summary>The bool constructors default to true; Roslyn supplies the default for an omitted optional argument.</summary>
            private bool? CtorBool(AttributeView a, string member) => Ctor(a, member)?.Value is bool b ? b : null;

            private ArgumentValue? Named(AttributeView a, string name, string member)
            {
                foreach (var pair in a.Named)
                {
                    if (pair.Key != name) continue;
                    if (pair.Value.Kind == ArgumentKind.Error) return null;
                    if (pair.Value.IsNull)
                    {
                        _observer?.Invalid(member, a.Data!, ArgumentRef.Named(name));
                        return null;
                    }

                    _observer?.Declared(member, null, a.Data!, ArgumentRef.Named(name));
                    return pair.Value;
                }

                return null;
            }

            private string? NamedString(AttributeView a, string name, string member) => Named(a, name, member)?.Value as string;

            private bool? NamedBool(AttributeView a, string name, string member) => Named(a, name, member)?.Value is bool b ? b : null;

            private int? NamedInt(AttributeView a, string name, string member) => Named(a, name, member)?.Value is int i ? i : null;

            private string? NamedEnum(AttributeView a, string name, string member, string[] table) => Named(a, name, member) is { } c ? EnumWire(c, table) : null;

            /// <summary>A params list: strings as they are, enums as wire values. A null array declares nothing (reported).</summary>
            private EquatableArray<string>? List(AttributeView a, string member, string[]? enumTable)
            {
                if (enumTable is null && Unbound(a) is { } unbound)
                {
                    var known = new List<string>();
                    foreach (var (value, pending) in unbound)
                    {
                        if (value is not null) known.Add(value);
                        else (_pending ??= new List<PendingConstant>()).Add(new PendingConstant(member, known.Count + PendingCount(member), pending!));
                    }

                    return known.ToEquatableArray();
                }

                if (!a.Bound || a.Constructor.Length != 1) return null;
                var arg = a.Constructor[0];
                if (arg.Kind != ArgumentKind.Array || arg.IsNull)
                {
                    if (arg.IsNull) _observer?.Invalid(member, a.Data!, ArgumentRef.Constructor(0));
                    return null;
                }

                _observer?.Declared(member, null, a.Data!, ArgumentRef.Whole);
                var values = new List<string>(arg.Values.Length);
                for (var i = 0; i < arg.Values.Length; i++)
                {
                    var v = arg.Values[i];
                    if (v.Kind == ArgumentKind.Error) continue;
                    var value = v.IsNull ? null : enumTable is null ? v.Value as string : EnumWire(v, enumTable);
                    if (value is null)
                    {
                        _observer?.Invalid(member, a.Data!, ArgumentRef.Constructor(0, i));
                        continue;
                    }

                    _observer?.Declared(member, values.Count, a.Data!, ArgumentRef.Constructor(0, i));
                    values.Add(value);
                }

                return values.ToEquatableArray();
            }
        }

        /// <summary>The metadata name of one of our attributes, or null. Compares the cheap simple name first.</summary>
        internal static string? MetadataName(AttributeData a)
        {
            var c = a.AttributeClass;
            if (c is null || c.ContainingNamespace is not { Name: AttributeNames.Namespace } ns || !ns.ContainingNamespace.IsGlobalNamespace) return null;
            return AttributeNames.Namespace + "." + c.MetadataName;
        }

        /// <summary>The wire value of an enum constant; an out-of-range cast keeps its number so the rules can name it.</summary>
        private static string? EnumWire(ArgumentValue c, string[] table)
        {
            if (c.Value is null) return null;
            long number;
            try
            {
                number = Convert.ToInt64(c.Value, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
            {
                return null;
            }

            return WireValues.Lookup(table, number) ?? number.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>A class (not a record, not file-local) whose declarations, and its containing types', are all partial; otherwise our part would not compile.</summary>
        internal static bool IsSupported(INamedTypeSymbol type, CancellationToken ct) =>
            IsSupportedKind(type) && NonPartialType(type, ct) is null;

        internal static bool IsSupportedKind(INamedTypeSymbol type) => type.TypeKind == TypeKind.Class && !type.IsRecord && !type.IsFileLocal && HasNames(type);

        /// <summary>Mid-typing, a type or namespace can lack its name (`partial class [cursor]`); nothing can be re-declared then.</summary>
        private static bool HasNames(INamedTypeSymbol type)
        {
            for (ISymbol? s = type; s is not null && s is not INamespaceSymbol { IsGlobalNamespace: true }; s = s.ContainingSymbol)
            {
                if (string.IsNullOrEmpty(s.Name)) return false;
            }

            return true;
        }

        /// <summary>The class itself or the first containing type that is not declared partial everywhere, or null.</summary>
        internal static INamedTypeSymbol? NonPartialType(INamedTypeSymbol type, CancellationToken ct)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (!IsPartial(t, ct)) return t;
            }

            return null;
        }

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken ct)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty) return false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(ct) is not TypeDeclarationSyntax declaration) return false;
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
            }

            return true;
        }

        private static TypeShape Shape(INamedTypeSymbol type)
        {
            var keyword = type switch
            {
                { TypeKind: TypeKind.Interface } => "interface",
                { TypeKind: TypeKind.Struct, IsRecord: true } => Prefix(type) + "record struct",
                { TypeKind: TypeKind.Struct } => Prefix(type) + "struct",
                { IsRecord: true } => "record",
                _ => "class",
            };

            var typeParameters = type.TypeParameters.IsEmpty
                ? string.Empty
                : "<" + string.Join(", ", type.TypeParameters.Select(p => Variance(p) + Identifier(p.Name))) + ">";
            return new TypeShape(keyword, Identifier(type.Name), typeParameters);
        }

        private static string Prefix(INamedTypeSymbol type) => (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRefLikeType ? "ref " : string.Empty);

        private static string Variance(ITypeParameterSymbol p) => p.Variance switch
        {
            VarianceKind.In => "in ",
            VarianceKind.Out => "out ",
            _ => string.Empty,
        };

        /// <summary>Escapes keywords (and contextual keywords, harmlessly) with @.</summary>
        internal static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>`Namespace.Outer+Inner`1.CognitoClient.g.cs`: unique per type, stable across runs.</summary>
        private static string HintName(INamedTypeSymbol type)
        {
            var name = type.MetadataName;
            for (var p = type.ContainingType; p is not null; p = p.ContainingType) name = p.MetadataName + "+" + name;
            // Plain metadata names: no @ escapes or generic brackets, which hint names reject.
            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) name = ns.MetadataName + "." + name;
            return name.Replace('`', '_') + ".CognitoClient.g.cs";
        }
    }
}
