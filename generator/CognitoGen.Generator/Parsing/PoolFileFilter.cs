using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>
    /// Which AdditionalFiles are pool files: those the package's targets mark <c>CognitoGenPool=true</c> (from
    /// <c>&lt;CognitoGenPool Include="…" /&gt;</c> items). The generator and the analyzers (linked source) both ask here,
    /// so they read exactly the same files and no other AdditionalFile.
    /// </summary>
    internal static class PoolFileFilter
    {
        /// <summary>The item metadata, as the compiler sees it.</summary>
        public const string Metadata = "build_metadata.AdditionalFiles.CognitoGenPool";

        public static bool IsPoolFile(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
            options.GetOptions(file).TryGetValue(Metadata, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
