namespace CognitoGen.Generator
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        public const string Clients = nameof(Clients);
        public const string NonNullClients = nameof(NonNullClients);
        public const string Environment = nameof(Environment);
        public const string ClientEnvironment = nameof(ClientEnvironment);
    }
}
