using CognitoGen.Generator.Model;

namespace CognitoGen.Generator.PoolNames
{
    /// <summary>One <c>CognitoGenPool</c> file: the path shown in generated docs (project-relative where possible) and its text.</summary>
    internal sealed record PoolFile(string DisplayPath, string Text);

    /// <summary>A name as the pool lists it, and the pool file it was first read from.</summary>
    internal sealed record PoolName(string Value, string File);

    /// <summary>A resource server: its identifier, its friendly name if known, the file that named it first, and its scopes.</summary>
    internal sealed record PoolServerNames(string Identifier, string? Name, string File, EquatableArray<PoolName> Scopes);

    /// <summary>
    /// The names one pool file gives, or the names of all the pool files merged. A null list is unknown (no file lists it,
    /// or the file that does could not be read completely); an empty list is known to be empty.
    /// </summary>
    internal sealed record PoolNamesModel(
        EquatableArray<string> Files,
        string? UserPoolId,
        EquatableArray<PoolServerNames>? ResourceServers,
        EquatableArray<PoolName>? IdentityProviders,
        EquatableArray<PoolName>? CustomAttributes);

    /// <summary>Where the pool class goes: its identifier, its namespace (null for the global one), and whether <c>#nullable</c> is allowed.</summary>
    internal sealed record PoolOptions(string ClassName, string? Namespace, bool NullableDirective);

    /// <summary>
    /// A constant of the generated pool class: what it names (<c>Scopes</c>, <c>IdentityProviders</c> or <c>CustomAttributes</c>,
    /// whatever its group class is called), its dotted path (no <c>@</c>) and its value.
    /// </summary>
    internal sealed record PoolConstant(string Kind, string Path, string Value);
}
