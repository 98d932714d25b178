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

        public static ClientModel? TryParse(GeneratorAttributeSyntaxContext context, CancellationToken ct)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || type.TypeKind != TypeKind.Class || type.IsRecord) return null;

            // Every declaration of the class and of its containing types must be partial, or our part would not compile.
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (!IsPartial(t, ct)) return null;
            }

            var attributes = type.GetAttributes();
            AttributeData? marker = null;
            foreach (var a in attributes)
            {
                if (IsOurs(a, AttributeNames.UserPoolClient)) { marker = a; break; }
            }

            if (marker is null) return null;

            var parents = new List<TypeShape>();
            for (var p = type.ContainingType; p is not null; p = p.ContainingType) parents.Insert(0, Shape(p));

            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : null;
            return new ClientModel(ns, parents.ToEquatableArray(), Shape(type), HintName(type), ParseDefinition(marker, attributes, ct));
        }

        private static DefinitionModel ParseDefinition(AttributeData marker, ImmutableArray<AttributeData> attributes, CancellationToken ct)
        {
            var clientName = Ctor(marker, 0)?.Value as string ?? string.Empty;
            var generateSecret = NamedBool(marker, "GenerateSecret");
            bool customSecret = false;
            int? refresh = null, access = null, id = null, authSession = null;
            UnitsModel? units = null;
            EquatableArray<string>? read = null, write = null, authFlows = null, oauthFlows = null;
            List<string>? idps = null, callbacks = null, logouts = null, scopes = null;
            string? defaultRedirect = null, prevent = null;
            bool? oauth = null, revocation = null, propagate = null;
            AnalyticsModel? analytics = null;
            RotationModel? rotation = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);

            foreach (var a in attributes)
            {
                ct.ThrowIfCancellationRequested();
                var name = MetadataName(a);
                if (name is null) continue;

                // Repeatable attributes add one value each; for the others a duplicate is a compiler error, and the first wins.
                if (name is AttributeNames.IdentityProvider) { AddString(ref idps, a); continue; }
                if (name is AttributeNames.CallbackUrl) { AddString(ref callbacks, a); continue; }
                if (name is AttributeNames.LogoutUrl) { AddString(ref logouts, a); continue; }
                if (name is AttributeNames.OAuthScope) { AddString(ref scopes, a); continue; }
                if (!seen.Add(name)) continue;

                switch (name)
                {
                    case AttributeNames.CustomClientSecret:
                        customSecret = true;
                        break;
                    case AttributeNames.TokenValidity:
                        access = NamedInt(a, "Access");
                        id = NamedInt(a, "Id");
                        refresh = NamedInt(a, "Refresh");
                        var accessUnit = NamedEnum(a, "AccessUnit", WireValues.TimeUnits);
                        var idUnit = NamedEnum(a, "IdUnit", WireValues.TimeUnits);
                        var refreshUnit = NamedEnum(a, "RefreshUnit", WireValues.TimeUnits);
                        if (accessUnit is not null || idUnit is not null || refreshUnit is not null) units = new UnitsModel(accessUnit, idUnit, refreshUnit);
                        break;
                    case AttributeNames.ReadAttributes:
                        read = StringList(a);
                        break;
                    case AttributeNames.WriteAttributes:
                        write = StringList(a);
                        break;
                    case AttributeNames.ExplicitAuthFlows:
                        authFlows = EnumList(a, WireValues.AuthFlows);
                        break;
                    case AttributeNames.AllowedOAuthFlows:
                        oauthFlows = EnumList(a, WireValues.OAuthFlows);
                        break;
                    case AttributeNames.DefaultRedirectUri:
                        defaultRedirect = Ctor(a, 0)?.Value as string;
                        break;
                    case AttributeNames.EnableOAuth:
                        oauth = CtorBool(a);
                        break;
                    case AttributeNames.Analytics:
                        analytics = new AnalyticsModel(
                            NamedString(a, "ApplicationId"), NamedString(a, "ApplicationArn"), NamedString(a, "RoleArn"),
                            NamedString(a, "ExternalId"), NamedBool(a, "UserDataShared"));
                        break;
                    case AttributeNames.PreventUserExistenceErrors:
                        prevent = CtorBool(a) is bool enabled ? (enabled ? WireValues.PreventUserExistenceEnabled : WireValues.PreventUserExistenceLegacy) : null;
                        break;
                    case AttributeNames.EnableTokenRevocation:
                        revocation = CtorBool(a);
                        break;
                    case AttributeNames.PropagateAdditionalUserContextData:
                        propagate = CtorBool(a);
                        break;
                    case AttributeNames.AuthSessionValidity:
                        authSession = Ctor(a, 0) is { } minutes ? AsInt(minutes) : null;
                        break;
                    case AttributeNames.RefreshTokenRotation:
                        rotation = new RotationModel(Ctor(a, 0) is { } f ? EnumWire(f, WireValues.RotationFeatures) : null, NamedInt(a, "RetryGracePeriodSeconds"));
                        break;
                }
            }

            return new DefinitionModel(
                clientName, generateSecret, customSecret, refresh, access, id, units,
                read, write, authFlows, idps?.ToEquatableArray(), callbacks?.ToEquatableArray(), logouts?.ToEquatableArray(),
                defaultRedirect, oauthFlows, scopes?.ToEquatableArray(), oauth, analytics, prevent, revocation, propagate,
                authSession, rotation);
        }

        /// <summary>The metadata name of one of our attributes, or null. Compares the cheap simple name first.</summary>
        private static string? MetadataName(AttributeData a)
        {
            var c = a.AttributeClass;
            if (c is null || c.ContainingNamespace is not { Name: AttributeNames.Namespace } ns || !ns.ContainingNamespace.IsGlobalNamespace) return null;
            return AttributeNames.Namespace + "." + c.MetadataName;
        }

        private static bool IsOurs(AttributeData a, string metadataName) => MetadataName(a) == metadataName;

        private static TypedConstant? Ctor(AttributeData a, int index)
        {
            var args = a.ConstructorArguments;
            if (args.Length <= index) return null;
            var arg = args[index];
            return arg.Kind == TypedConstantKind.Error || arg.IsNull ? null : arg;
        }

        private static bool? CtorBool(AttributeData a)
        {
            // The bool constructors default to true; Roslyn fills in the default value for an omitted optional argument.
            if (a.AttributeConstructor is null) return null;
            return Ctor(a, 0)?.Value is bool b ? b : a.ConstructorArguments.Length == 0 ? true : null;
        }

        private static TypedConstant? Named(AttributeData a, string name)
        {
            foreach (var pair in a.NamedArguments)
            {
                if (pair.Key == name) return pair.Value.Kind == TypedConstantKind.Error || pair.Value.IsNull ? null : pair.Value;
            }

            return null;
        }

        private static string? NamedString(AttributeData a, string name) => Named(a, name)?.Value as string;

        private static bool? NamedBool(AttributeData a, string name) => Named(a, name)?.Value is bool b ? b : null;

        private static int? NamedInt(AttributeData a, string name) => Named(a, name) is { } c ? AsInt(c) : null;

        private static string? NamedEnum(AttributeData a, string name, string[] table) => Named(a, name) is { } c ? EnumWire(c, table) : null;

        private static int? AsInt(TypedConstant c) => c.Value is int i ? i : null;

        /// <summary>The wire value of an enum constant; an out-of-range cast keeps its number so the rules can name it.</summary>
        private static string? EnumWire(TypedConstant c, string[] table)
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

        private static void AddString(ref List<string>? list, AttributeData a)
        {
            if (Ctor(a, 0)?.Value is string value) (list ??= new List<string>()).Add(value);
        }

        private static IEnumerable<TypedConstant> ParamsValues(AttributeData a)
        {
            if (a.ConstructorArguments.Length != 1) return Array.Empty<TypedConstant>();
            var arg = a.ConstructorArguments[0];
            if (arg.Kind != TypedConstantKind.Array || arg.IsNull) return Array.Empty<TypedConstant>();
            return arg.Values.Where(v => v.Kind != TypedConstantKind.Error && !v.IsNull);
        }

        private static EquatableArray<string>? StringList(AttributeData a) =>
            IsNullParams(a) ? null : ParamsValues(a).Select(v => v.Value as string).Where(s => s is not null).Select(s => s!).ToEquatableArray();

        private static EquatableArray<string>? EnumList(AttributeData a, string[] table) =>
            IsNullParams(a) ? null : ParamsValues(a).Select(v => EnumWire(v, table)).Where(s => s is not null).Select(s => s!).ToEquatableArray();

        /// <summary>`[ReadAttributes(null)]` or an unbound constructor declares nothing (the analyzers report it).</summary>
        private static bool IsNullParams(AttributeData a) =>
            a.AttributeConstructor is null || a.ConstructorArguments.Length != 1 || a.ConstructorArguments[0].IsNull || a.ConstructorArguments[0].Kind != TypedConstantKind.Array;

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
