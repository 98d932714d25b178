using CognitoGen.Rules;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static CognitoGen.Tests.Infrastructure.AnalyzerVerifier;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// Every request rule of the catalogue against its case table (<see cref="RuleCases"/>): a violation reports exactly the
/// marked arguments, a near miss or boundary reports nothing for the rule. Then the catalogue's evaluation order.
/// </summary>
public class RuleCaseTests
{
    public static TheoryData<string> AttributeCases => new(RuleCases.Attribute.Select(c => c.Name));

    public static TheoryData<string> ValidateCases => new(RuleCases.ValidateOnly.Select(c => c.Name));

    /// <summary>The analyzer with only the case's rule enabled; the markup says where (and that) it reports.</summary>
    [Theory]
    [MemberData(nameof(AttributeCases))]
    public Task Analyzer_reports_exactly_the_marked_arguments(string name)
    {
        var c = RuleCases.Get(name);
        var test = WithPool(Test(c.Source(), new[] { c.Id }), c.PoolId, c.PoolFiles);
        // The framework's re-runs (source marked generated, diagnostics suppressed) test plumbing that is the same for every
        // rule; the evaluation-order facts below keep them. Skipping them here keeps ~300 cases fast.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        return test.RunAsync();
    }

    /// <summary>Cases only a run-time value can produce: Validate() on a hand-built definition.</summary>
    [Theory]
    [MemberData(nameof(ValidateCases))]
    public void Validate_reports_exactly_the_expected_members(string name)
    {
        var c = RuleCases.GetValidate(name);
        var findings = c.Validate().Where(f => f.Id == c.Id).Select(f => (f.Member, f.Index)).ToArray();
        Assert.Equal(c.Kind == CaseKind.Violation ? c.Expected : Array.Empty<(string, int?)>(), findings);
    }

    [Fact]
    public void Every_request_rule_has_violations_and_valid_neighbours()
    {
        // unknown-member comes from the JSON reader, not from a definition: its cases are in Cli/CliJsonReaderTests.cs.
        // pool-file-unreadable (CGEN8001) comes from the pool-file loader, not from a definition: its cases are in
        // Pool/UserPoolContextLoaderTests.cs (the loader's messages) and Analyzers/PoolFileAnalyzerTests.cs (reported on the file).
        var notFromDefinitions = new[] { RuleCatalogue.UnknownMember, RuleCatalogue.PoolFileUnreadable };
        var requestRules = RuleCatalogue.All.Where(r => !r.SourceOnly && !notFromDefinitions.Contains(r)).Select(r => r.Id).ToHashSet();
        var kinds = RuleCases.Attribute.Select(c => (c.Id, c.Kind)).Concat(RuleCases.ValidateOnly.Select(c => (c.Id, c.Kind))).ToList();

        var problems = new List<string>();
        problems.AddRange(kinds.Select(k => k.Id).Distinct().Where(id => !requestRules.Contains(id)).Select(id => id + " is not a request rule"));
        problems.AddRange(requestRules.Where(id => !kinds.Contains((id, CaseKind.Violation))).Select(id => id + " has no violation"));
        problems.AddRange(requestRules.Where(id => !kinds.Any(k => k.Id == id && k.Kind != CaseKind.Violation)).Select(id => id + " has no near miss or boundary"));
        problems.AddRange(RuleCases.Boundaries.SelectMany(b => b.Value.Where(kind => !kinds.Contains((b.Key, kind))).Select(kind => $"{b.Key} has no {kind} case")));
        Assert.Empty(problems);
    }

    [Fact]
    public void Case_table_is_well_formed()
    {
        var names = RuleCases.Attribute.Select(c => c.Name).Concat(RuleCases.ValidateOnly.Select(c => c.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var c in RuleCases.Attribute)
        {
            var marked = c.MarkedIds();
            Assert.All(marked, id => Assert.Equal(c.Id, id));
            if (c.Kind == CaseKind.Violation) Assert.True(marked.Count > 0 || c.OnClass, c.Name + ": a violation marks where it is reported");
            else Assert.True(marked.Count == 0 && !c.OnClass, c.Name + ": only violations carry markup");
        }

        foreach (var c in RuleCases.ValidateOnly) Assert.Equal(c.Kind == CaseKind.Violation, c.Expected.Length > 0);
    }

    // Evaluation order (cognito-rules.md, "Evaluation order"): one finding per root cause.

    [Fact]
    public Task Invalid_unit_reports_only_the_unit() => VerifyAsync(Client("""
        [TokenValidity(Access = 1000, AccessUnit = {|CGEN4001:(TimeUnit)9|}, Refresh = 60, RefreshUnit = TimeUnit.Minutes)]
        """), new[] { "CGEN4001", "CGEN4002", "CGEN4003" });

    [Fact]
    public Task Range_error_suppresses_the_order_check() => VerifyAsync(Client("""
        [TokenValidity(Access = {|CGEN4002:25|}, Id = 2, Refresh = 60, RefreshUnit = TimeUnit.Minutes)]
        """), new[] { "CGEN4001", "CGEN4002", "CGEN4003" });

    [Fact]
    public Task Url_failing_format_gets_no_other_url_finding() => VerifyAsync(Client("""
        [CallbackUrl({|CGEN3001:"http://*.example.com/a b#x"|}), CallbackUrl("https://app.example.com/cb")]
        [DefaultRedirectUri({|CGEN3001:"https://app.example.com/c b"|})]
        """), new[] { "CGEN3001", "CGEN3004", "CGEN3005", "CGEN3006", "CGEN3007", "CGEN3008" });

    [Fact]
    public Task Url_that_is_not_absolute_gets_no_fragment_https_or_wildcard_finding() => VerifyAsync(Client("""
        [CallbackUrl({|CGEN3006:"*.example.com/cb#x"|})]
        """), new[] { "CGEN3004", "CGEN3005", "CGEN3006", "CGEN3007" });

    [Fact]
    public Task Http_and_fragment_are_separate_causes() => VerifyAsync(Client("""
        [CallbackUrl({|CGEN3004:{|CGEN3005:"http://app.example.com/cb#x"|}|})]
        """), new[] { "CGEN3001", "CGEN3004", "CGEN3005", "CGEN3006", "CGEN3007" });

    [Fact]
    public Task Scope_failing_format_is_not_also_unknown() => VerifyAsync(Client("""
        [OAuthScope({|CGEN2003:"read all"|}), OAuthScope({|CGEN2003:"rs/read all"|})]
        """), new[] { "CGEN2003", "CGEN2011", "CGEN2015" });

    [Fact]
    public Task Legacy_mix_suppresses_legacy_deprecated_and_refresh_token_auth() => VerifyAsync(Client("""
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, {|CGEN5002:AuthFlow.UserPasswordAuth|}, AuthFlow.AdminNoSrpAuth)]
        """), new[] { "CGEN5002", "CGEN5003", "CGEN5004" });

    [Fact]
    public Task Unknown_auth_flow_suppresses_the_checks_that_need_valid_flows() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("a"), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, {|CGEN5001:(AuthFlow)9|})] public partial class A { }
        [UserPoolClient("b"), ExplicitAuthFlows(AuthFlow.AdminNoSrpAuth, {|CGEN5001:(AuthFlow)9|})] public partial class B { }
        """, new[] { "CGEN5001", "CGEN5002", "CGEN5003", "CGEN5004" });

    private static readonly string[] OAuthCrossField =
    {
        "CGEN2005", "CGEN2006", "CGEN2007", "CGEN2008", "CGEN2009", "CGEN2010", "CGEN2012", "CGEN2013", "CGEN2014",
    };

    [Fact]
    public Task OAuth_cross_field_rules_apply_when_OAuth_is_on() => VerifyAsync(Client("""
        [EnableOAuth]
        [AllowedOAuthFlows({|CGEN2006:{|CGEN2013:{|CGEN2014:OAuthFlow.Implicit|}|}|}, {|CGEN2008:{|CGEN2009:OAuthFlow.ClientCredentials|}|})]
        [OAuthScope({|CGEN2010:"email"|})]
        """), OAuthCrossField);

    [Fact]
    public Task Without_the_OAuth_flag_only_CGEN2007_covers_the_same_settings() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("a"), {|CGEN2007:AllowedOAuthFlows(OAuthFlow.Implicit, OAuthFlow.ClientCredentials)|}, OAuthScope("email")] public partial class A { }
        [UserPoolClient("b"), EnableOAuth({|CGEN2007:false|}), AllowedOAuthFlows(OAuthFlow.Implicit, OAuthFlow.ClientCredentials), OAuthScope("email")] public partial class B { }
        """, OAuthCrossField);

    [Fact]
    public Task Url_scope_and_size_rules_apply_without_the_OAuth_flag() => VerifyAsync(Client("""
        [OAuthScope({|CGEN2011:"read"|}), CallbackUrl({|CGEN3004:"http://app.example.com/cb"|})]
        [{|CGEN2002:{|CGEN2007:AllowedOAuthFlows(OAuthFlow.Code, OAuthFlow.Code, OAuthFlow.Code, OAuthFlow.Code)|}|}]
        """), OAuthCrossField.Concat(new[] { "CGEN2002", "CGEN2011", "CGEN3004" }).ToArray());

    [Fact]
    public Task Over_long_flow_list_is_not_also_a_duplicate() => VerifyAsync(Client("""
        [{|CGEN2002:AllowedOAuthFlows(OAuthFlow.Code, OAuthFlow.Code, OAuthFlow.Implicit, OAuthFlow.Code)|}]
        """), new[] { "CGEN1201", "CGEN2002" });

    [Fact]
    public Task Invalid_attribute_names_get_no_schema_or_readability_hint() => VerifyAsync(Client("""
        [ReadAttributes("email", {|CGEN6001:""|}), WriteAttributes({|CGEN6002:"sub"|}, {|CGEN6003:"tier"|}, {|CGEN6001:""|})]
        """), new[] { "CGEN6001", "CGEN6002", "CGEN6003", "CGEN6007", "CGEN6009" });

    [Fact]
    public Task Malformed_identity_provider_gets_no_casing_or_existence_finding() => VerifyAsync(Client("""
        [IdentityProvider({|CGEN6004:"google\t"|})]
        """), new[] { "CGEN6004", "CGEN6005", "CGEN6006" });

    [Fact]
    public Task Malformed_application_arn_gets_no_region_finding() => WithPool(Test(Client("""
        [Analytics(ApplicationArn = {|CGEN7002:"arn:aws:mobiletargeting:eu-west-1:acct:apps/1"|})]
        """), new[] { "CGEN7002", "CGEN7004", "CGEN7005" }), RuleCases.Pool).RunAsync();

    [Fact]
    public void Malformed_custom_secret_is_not_a_secret()
    {
        var definition = new UserPoolClientDefinition("m2m")
        {
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = new[] { "client_credentials" },
            AllowedOAuthScopes = new[] { "rs/read" },
            ClientSecret = "short",
            PreventUserExistenceErrors = "ENABLED",
        };
        Assert.Equal(new[] { "CGEN5008", "CGEN2015", "CGEN2009" }, definition.Validate().Select(f => f.Id));
    }

    /// <summary>
    /// Sets the pool ID the analyzer reads from <c>build_property.CognitoGenUserPoolId</c>, and adds the pool files as
    /// AdditionalFiles with the metadata the package's props give them (<c>build_metadata.AdditionalFiles.CognitoGenPool = true</c>),
    /// in one global analyzer config as the build writes it.
    /// </summary>
    internal static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> WithPool<TAnalyzer>(CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> test, string? poolId, IReadOnlyList<PoolFile>? poolFiles = null)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        if (GlobalConfig(poolId, poolFiles ?? Array.Empty<PoolFile>()) is { } config) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        foreach (var file in poolFiles ?? Array.Empty<PoolFile>()) test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        return test;
    }

    /// <summary>The global analyzer config for a pool ID and pool files, or null when there is neither.</summary>
    internal static string? GlobalConfig(string? poolId, IReadOnlyList<PoolFile> poolFiles)
    {
        if (poolId is null && poolFiles.Count == 0) return null;
        var config = new System.Text.StringBuilder("is_global = true\n");
        if (poolId is not null) config.Append("build_property.CognitoGenUserPoolId = ").Append(poolId).Append('\n');
        foreach (var file in poolFiles) config.Append('[').Append(file.Path).Append("]\nbuild_metadata.AdditionalFiles.CognitoGenPool = true\n");
        return config.ToString();
    }
}
