namespace CognitoGen.Generator
{
    internal static class ThisAssembly
    {
        /// <summary>Written into [GeneratedCode]; a test keeps it equal to the package version in Directory.Build.props.</summary>
        public const string Version = "0.1.0";
    }
}
