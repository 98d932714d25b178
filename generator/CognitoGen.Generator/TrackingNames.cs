namespace CognitoGen.Generator
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Each file's syntax reading (the semantic-only mode: each [UserPoolClient] class's model or null).</summary>
        public const string Clients = nameof(Clients);

        /// <summary>Each client's model, from the syntax reading or from the compiler, in file order.</summary>
        public const string NonNullClients = nameof(NonNullClients);

        /// <summary>What all files say together: shadowing names, global usings and aliases, types declared twice.</summary>
        public const string ClientFacts = nameof(ClientFacts);

        /// <summary>What our names mean in the compilation (attribute shapes, constants).</summary>
        public const string Vocabulary = nameof(Vocabulary);

        /// <summary>The clients of the files the syntax reading left to the compiler, read by it.</summary>
        public const string SemanticClients = nameof(SemanticClients);

        /// <summary>Each file's clients from its syntax reading, or the verdict that the compiler must read it.</summary>
        public const string FileClients = nameof(FileClients);
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
