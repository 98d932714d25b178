using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CognitoGen.Generator.Model;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>
    /// What our names mean in one compilation, read from the CognitoGen library it references: each attribute's
    /// constructor and properties, each constant and enum member, and the namespaces of referenced assemblies where a
    /// type spelled like one of our names lives (an unqualified name looked up there could bind to it). The syntax
    /// reading (<see cref="FileReader"/>) is interpreted against this; equal across edits, so nothing downstream re-runs.
    /// </summary>
    internal sealed record Vocabulary(
        bool Usable,
        EquatableArray<AttributeShape> Attributes,
        EquatableArray<ConstantEntry> Constants,
        EquatableArray<string> ShadowingNamespaces)
    {
        public static readonly Vocabulary None = new(false, EquatableArray<AttributeShape>.Empty, EquatableArray<ConstantEntry>.Empty, EquatableArray<string>.Empty);

        private static readonly ConditionalWeakTable<IAssemblySymbol, Box> Shadowing = new();

        public static Vocabulary Read(Compilation compilation, CancellationToken ct)
        {
            var marker = compilation.GetTypeByMetadataName(AttributeNames.UserPoolClient);
            if (marker is not { DeclaredAccessibility: Accessibility.Public }) return None;

            var shadowing = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                ct.ThrowIfCancellationRequested();
                var box = Shadowing.GetValue(assembly, static a => new Box(ShadowingNamespacesOf(a)));
                if (box.Namespaces is null) return None;
                foreach (var ns in box.Namespaces) shadowing.Add(ns);
            }

            var attributes = new List<AttributeShape>();
            foreach (var full in FileReader.Attributes.Values.Distinct().OrderBy(static n => n, StringComparer.Ordinal))
            {
                // `[UserPoolClient]` would be ambiguous if CognitoGen also had a type `UserPoolClient`.
                var simple = full.Substring(0, full.Length - "Attribute".Length);
                if (compilation.GetTypeByMetadataName(simple) is { } same && IsAttribute(same)) continue;
                if (compilation.GetTypeByMetadataName(full) is { DeclaredAccessibility: Accessibility.Public } type && Shape(full, type) is { } shape) attributes.Add(shape);
            }

            var constants = new List<ConstantEntry>();
            foreach (var holder in FileReader.Holders.OrderBy(static h => h, StringComparer.Ordinal))
            {
                if (compilation.GetTypeByMetadataName(AttributeNames.Namespace + "." + holder) is not { DeclaredAccessibility: Accessibility.Public } type) continue;
                if (type.TypeKind == TypeKind.Enum && type.EnumUnderlyingType?.SpecialType != SpecialType.System_Int32) continue;
                foreach (var member in type.GetMembers())
                {
                    if (member is not IFieldSymbol { HasConstantValue: true, DeclaredAccessibility: Accessibility.Public } field) continue;
                    if (type.TypeKind == TypeKind.Enum && field.ConstantValue is int number) constants.Add(new ConstantEntry(holder, field.Name, null, number, true));
                    else if (type.TypeKind != TypeKind.Enum && field.ConstantValue is string text) constants.Add(new ConstantEntry(holder, field.Name, text, 0, false));
                }
            }

            return new Vocabulary(true, attributes.ToEquatableArray(), constants.ToEquatableArray(), shadowing.ToEquatableArray());
        }

        public AttributeShape? Attribute(string metadataName)
        {
            foreach (var a in Attributes)
            {
                if (a.MetadataName == metadataName) return a;
            }

            return null;
        }

        public ConstantEntry? Constant(string holder, string member)
        {
            foreach (var c in Constants)
            {
                if (c.Holder == holder && c.Member == member) return c;
            }

            return null;
        }

        /// <summary>The attribute's only constructor and its settable properties, or null when its shape is more than the syntax reading handles.</summary>
        private static AttributeShape? Shape(string full, INamedTypeSymbol type)
        {
            if (type.InstanceConstructors.Length != 1) return null;
            var ctor = type.InstanceConstructors[0];
            if (ctor.DeclaredAccessibility != Accessibility.Public) return null;
            var parameters = new List<SlotShape>();
            foreach (var p in ctor.Parameters)
            {
                var slot = SlotType(p.Type);
                if (slot is null || p.RefKind != RefKind.None) return null;
                if (p.IsParams != slot.EndsWith("[]", StringComparison.Ordinal)) return null;
                bool? defaultValue = null;
                if (p.HasExplicitDefaultValue)
                {
                    if (p.ExplicitDefaultValue is not bool b) return null;
                    defaultValue = b;
                }

                parameters.Add(new SlotShape(p.Name, slot, p.IsParams, defaultValue));
            }

            var properties = new List<SlotShape>();
            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    switch (member)
                    {
                        case IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, SetMethod.DeclaredAccessibility: Accessibility.Public, IsIndexer: false } property:
                            if (SlotType(property.Type) is { } slot && !slot.EndsWith("[]", StringComparison.Ordinal)) properties.Add(new SlotShape(property.Name, slot, false, null));
                            else return null;
                            break;
                        case IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsReadOnly: false, IsConst: false }:
                            return null;
                    }
                }
            }

            return new AttributeShape(full, parameters.ToEquatableArray(), properties.ToEquatableArray());
        }

        /// <summary>`string`, `bool`, `int`, `enum:AuthFlow` (our enums), with `[]` for arrays; null for any other type.</summary>
        private static string? SlotType(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => SlotType(array.ElementType) is { } element && !element.EndsWith("[]", StringComparison.Ordinal) && element != "bool" && element != "int" ? element + "[]" : null,
            { SpecialType: SpecialType.System_String } => "string",
            { SpecialType: SpecialType.System_Boolean } => "bool",
            { SpecialType: SpecialType.System_Int32 } => "int",
            INamedTypeSymbol { TypeKind: TypeKind.Enum, ContainingNamespace: { Name: AttributeNames.Namespace } ns } e when ns.ContainingNamespace.IsGlobalNamespace && FileReader.Holders.Contains(e.Name) => "enum:" + e.Name,
            _ => null,
        };

        /// <summary>
        /// The namespaces of one referenced assembly holding a type spelled like one of our names (other than ours in
        /// CognitoGen itself), or null when the assembly has a namespace spelled like one (then nothing is read from syntax).
        /// </summary>
        private static string[]? ShadowingNamespacesOf(IAssemblySymbol assembly)
        {
            var hits = assembly.TypeNames.Where(FileReader.Known.Contains).ToList();
            var result = new List<string>();
            if (hits.Count == 0 && !assembly.NamespaceNames.Any(static n => n.Split('.').Any(FileReader.Known.Contains))) return result.ToArray();
            var ok = true;
            Walk(assembly.GlobalNamespace, string.Empty, 0);
            return ok ? result.ToArray() : null;

            void Walk(INamespaceSymbol ns, string name, int depth)
            {
                if (!ok) return;
                foreach (var hit in hits)
                {
                    var types = ns.GetTypeMembers(hit);
                    if (types.IsEmpty) continue;
                    // Ours: CognitoGen's own attributes, constants and enums, and in CognitoGen a type spelled like an
                    // attribute's short name that is no attribute (`[X]` binds XAttribute when X is not an attribute class).
                    var ours = name == AttributeNames.Namespace &&
                               (FileReader.Holders.Contains(hit) || hit.EndsWith("Attribute", StringComparison.Ordinal) || types.All(static t => !IsAttribute(t)));
                    if (!ours && !result.Contains(name)) result.Add(name);
                }

                foreach (var child in ns.GetNamespaceMembers())
                {
                    if (FileReader.Known.Contains(child.Name) && !(child.Name == AttributeNames.Namespace && depth == 0))
                    {
                        ok = false;
                        return;
                    }

                    Walk(child, depth == 0 ? child.Name : name + "." + child.Name, depth + 1);
                }
            }
        }

        private static bool IsAttribute(INamedTypeSymbol type)
        {
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                if (t is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }) return true;
            }

            return false;
        }

        private sealed class Box
        {
            public Box(string[]? namespaces) => Namespaces = namespaces;

            public string[]? Namespaces { get; }
        }
    }

    /// <summary>An attribute's constructor parameters and settable properties, as <see cref="Vocabulary"/> types them.</summary>
    internal sealed record AttributeShape(string MetadataName, EquatableArray<SlotShape> Parameters, EquatableArray<SlotShape> Properties);

    /// <summary>A parameter or property: its name, its type (`string`, `enum:AuthFlow`, `string[]`…), params, and a bool default.</summary>
    internal sealed record SlotShape(string Name, string Type, bool IsParams, bool? Default);

    /// <summary>A constant of ours: a string of a constant class, or an enum member's number.</summary>
    internal sealed record ConstantEntry(string Holder, string Member, string? Text, int Number, bool IsEnum);
}
