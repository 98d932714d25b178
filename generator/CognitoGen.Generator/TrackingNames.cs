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

        /// <summary>The merged pool names with the options: the input of CognitoGen.Pool.g.cs.</summary>
        public const string PoolNamesWithOptions = nameof(PoolNamesWithOptions);

        /// <summary>Every pool constant's path and value, for client arguments that name one.</summary>
        public const string PoolConstants = nameof(PoolConstants);

        /// <summary>Clients with the pool constants they name resolved (the others unchanged).</summary>
        public const string ResolvedClients = nameof(ResolvedClients);
    }
}
