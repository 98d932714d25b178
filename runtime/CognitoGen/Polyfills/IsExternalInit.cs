#if NETSTANDARD2_0
// Lets netstandard2.0 builds use init-only setters and records; .NET 5+ has the type built in.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
#endif
