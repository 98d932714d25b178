namespace CognitoGen.Tests.Generator;
public class PoolNamesScratch
{
    [Fact]
    public void Dump()
    {
        var files = new[] { "describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json", "describe-user-pool-domain.json", "describe-user-pool-client.json" }.Select(PoolNamesHarness.Sample);
        var (_, run, diags) = PoolNamesHarness.Run(files);
        File.WriteAllText("/tmp/pool-dump.cs", PoolNamesHarness.PoolSource(run) + "\n//" + string.Join("\n//", diags));
    }
}
