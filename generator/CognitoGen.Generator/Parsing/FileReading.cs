using CognitoGen.Generator.Model;

namespace CognitoGen.Generator.Parsing
{
    // The generator's syntax reading of one file (FileReader), cached per syntax tree: strings, numbers and
    // EquatableArray only, so an edit elsewhere reuses it, and an edit that changes none of it stops here.

    /// <summary>
    /// What one file says about app clients and about the names that could change what its attributes mean.
    /// <paramref name="Unsure"/>: something in this file only the compiler can decide (the file is then read semantically).
    /// </summary>
    internal sealed record FileReading(
        int Index,
        bool Unsure,
        bool Shadows,
        bool GlobalUsingCognitoGen,
        EquatableArray<string> GlobalUsings,
        EquatableArray<string> GlobalAliases,
        EquatableArray<string> AttributeNames,
        EquatableArray<string> DeclaredTypes,
        EquatableArray<ClassReading> Clients);

    /// <summary>
    /// One <c>[UserPoolClient]</c> class as its syntax declares it. <paramref name="Scope"/>: the namespaces its unqualified
    /// names are looked up in (enclosing namespaces, "" for the global one, and the file's usings in scope).
    /// <paramref name="FullNames"/>: the metadata names of the class and its containing types, each of which must be
    /// declared once in the compilation for this reading to hold.
    /// </summary>
    internal sealed record ClassReading(
        string? Namespace,
        EquatableArray<TypeShape> Parents,
        TypeShape Type,
        string HintName,
        EquatableArray<string> FullNames,
        EquatableArray<string> Scope,
        bool NeedsCognitoGenImport,
        bool ImportsCognitoGen,
        EquatableArray<AttributeReading> Attributes);

    /// <summary>One of our attributes: metadata name, positional arguments, named arguments, as written.</summary>
    internal sealed record AttributeReading(string MetadataName, EquatableArray<ValueReading> Positional, EquatableArray<NamedReading> Named);

    internal sealed record NamedReading(string Name, ValueReading Value);

    internal enum ValueKind
    {
        String,
        Null,
        True,
        False,
        Int,

        /// <summary>A constant or enum member of ours: <c>StandardScope.OpenId</c> is <c>Holder</c> StandardScope, <c>Text</c> OpenId.</summary>
        Member,

        /// <summary>String constants joined with <c>+</c>.</summary>
        Concat,
    }

    internal sealed record ValueReading(ValueKind Kind, string? Text = null, int Number = 0, string? Holder = null, EquatableArray<ValueReading> Parts = default);
}
