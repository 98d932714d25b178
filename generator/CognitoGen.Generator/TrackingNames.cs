namespace CognitoGen.Generator
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        public const string Clients = nameof(Clients);
        public const string NonNullClients = nameof(NonNullClients);
        public const string Environment = nameof(Environment);
        public const string ClientEnvironment = nameof(ClientEnvironment);

        /// <summary>Each pool file (an AdditionalFile with CognitoGenPool=true): its display path and text.</summary>
        public const string PoolFiles = nameof(PoolFiles);

        /// <summary>The names one pool file gives, read by the pool loader: re-run only when that file changes.</summary>
        public const string PoolFileNames = nameof(PoolFileNames);

        /// <summary>The names of all pool files, merged; null when there are none (then nothing is emitted).</summary>
        public const string PoolNames = nameof(PoolNames);

        /// <summary>The pool class's name and namespace from the MSBuild properties.</summary>
        public const string PoolOptions = nameof(PoolOptions);
    }
}
