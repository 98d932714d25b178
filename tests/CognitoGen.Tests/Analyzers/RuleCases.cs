using System.Text.RegularExpressions;
using CognitoGen.Pool;
using CognitoGen.Rules;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Analyzers;

/// <summary>What a case proves about its rule.</summary>
public enum CaseKind
{
    /// <summary>Breaks the rule: exactly the marked arguments are reported.</summary>
    Violation,
    /// <summary>The closest valid neighbour of a violation: nothing is reported for the rule.</summary>
    NearMiss,
    /// <summary>The smallest valid value (inclusive boundary): nothing is reported for the rule.</summary>
    Min,
    /// <summary>The largest valid value (inclusive boundary): nothing is reported for the rule.</summary>
    Max,
}

/// <summary>
/// One client declared with attributes. <see cref="Attributes"/> holds the attribute lines; a <c>[UserPoolClient("client")]</c>
/// marker is added unless the lines declare their own. Violations mark the exact argument with <c>{|CGENxxxx:…|}</c>,
/// or set <see cref="OnClass"/> when the finding sits on the class name (nothing declares the member).
/// </summary>
/// <param name="PoolId">Value of <c>build_property.CognitoGenUserPoolId</c> for the analyzer, and the pool ID passed to Validate().</param>
public sealed record RuleCase(string Id, CaseKind Kind, string Description, string Attributes, string? PoolId = null, bool OnClass = false)
{
    /// <summary>Pool files: AdditionalFiles marked <c>CognitoGenPool=true</c> for the analyzer, the loader's context for Validate(); empty: no pool context.</summary>
    public IReadOnlyList<PoolFile> PoolFiles { get; init; } = Array.Empty<PoolFile>();

    private static readonly Regex Markup = new(@"\{\|(CGEN\d{4}):|\|\}", RegexOptions.CultureInvariant);

    public string Name => $"{Id} {Kind}: {Description}";

    /// <summary>The source with markup, the class named <paramref name="className"/>.</summary>
    public string Source(string className = "C")
    {
        var marker = Attributes.Contains("UserPoolClient(", StringComparison.Ordinal) ? string.Empty : "[UserPoolClient(\"client\")]\n";
        var identifier = OnClass ? $"{{|{Id}:{className}|}}" : className;
        return $"using CognitoGen;\n\n{marker}{Attributes}\npublic partial class {identifier} {{ }}\n";
    }

    /// <summary>The source without markup.</summary>
    public string PlainSource(string className) => StripMarkup(Source(className));

    /// <summary>The IDs in the markup, one per marked span.</summary>
    public IReadOnlyList<string> MarkedIds() => Markup.Matches(Source()).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value).ToArray();

    public static string StripMarkup(string source) => Markup.Replace(source, string.Empty);

    public override string ToString() => Name;
}

/// <summary>
/// A case that only a run-time value can produce, checked with Validate() on a hand-built definition. For violations,
/// <see cref="Expected"/> lists the (member, index) of each finding of the rule, in order.
/// </summary>
public sealed record ValidateCase(string Id, CaseKind Kind, string Description, Func<UserPoolClientDefinition> Build, string? PoolId, ClientOperation Operation, params (string Member, int? Index)[] Expected)
{
    /// <summary>Pool files whose loaded context Validate() receives; empty: no context.</summary>
    public IReadOnlyList<PoolFile> PoolFiles { get; init; } = Array.Empty<PoolFile>();

    /// <summary>For an update: the client ID, compared with the deployed clients the pool files describe.</summary>
    public string? ClientId { get; init; }

    /// <summary>The findings of Validate() with this case's pool ID, context, operation and client ID.</summary>
    public IReadOnlyList<RuleFinding> Validate() => ClientValidator.Validate(Build(), PoolFile.Context(PoolFiles), PoolId, Operation, ClientId);

    public string Name => $"{Id} {Kind} (Validate): {Description}";

    public override string ToString() => Name;
}

/// <summary>
/// A pool file of a case, at <c>/pool/NAME</c>: one of the samples in <c>Pool/Samples</c> by file name, or a small inline
/// JSON text where a case needs a specific pool.
/// </summary>
public sealed record PoolFile(string Path, string Text)
{
    public static PoolFile Sample(string name) => new("/pool/" + name, File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples", name)));

    public static PoolFile Inline(string name, string json) => new("/pool/" + name, json);

    /// <summary>The context the loader reads from <paramref name="files"/>, or null (no context at all) when there are none.</summary>
    public static UserPoolContext? Context(IReadOnlyList<PoolFile> files) =>
        files.Count == 0 ? null : UserPoolContextLoader.Load(files.Select(f => (f.Path, f.Text))).Context;

    /// <summary>A key that groups cases with the same pool files.</summary>
    public static string Key(IReadOnlyList<PoolFile> files) => string.Join("\n", files.Select(f => f.Path + "\u0001" + f.Text));

    public override string ToString() => Path;
}

/// <summary>The case table: every catalogue rule that is not SourceOnly, with violations, near misses and boundaries.</summary>
public static class RuleCases
{
    public const string Pool = "us-west-2_abc";
    private const string AppArn = "arn:aws:mobiletargeting:us-west-2:123456789012:apps/0123abcd";
    private const string RoleArn = "arn:aws:iam::123456789012:role/pinpoint";

    /// <summary>OAuth on, with a provider and a callback URL; the cases add flows and scopes.</summary>
    private const string OAuthOn = """[EnableOAuth, IdentityProvider("COGNITO"), CallbackUrl("https://app.example.com/cb")]""";

    /// <summary>A machine-to-machine client with a generated secret (the marker is part of it).</summary>
    private const string M2M = """[UserPoolClient("client", GenerateSecret = true), EnableOAuth]""";

    private static string Chars(int count, char c = 'a') => new(c, count);

    /// <summary><paramref name="count"/> repeatable attributes, one per line; the first with markup <paramref name="firstMarkup"/> around it when given.</summary>
    private static string Repeat(int count, Func<int, string> attribute, string? firstMarkup = null) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => i == 0 && firstMarkup is not null ? $"[{{|{firstMarkup}:{attribute(i)}|}}]" : $"[{attribute(i)}]"));

    private static string Url(int length) => "https://app.example.com/" + Chars(length - "https://app.example.com/".Length);

    private static string ClientSecret(int length) => Chars(length, 'S');

    public static IReadOnlyList<RuleCase> Attribute { get; } = BuildAttributeCases();

    public static IReadOnlyList<ValidateCase> ValidateOnly { get; } = BuildValidateCases();

    private static readonly Dictionary<string, RuleCase> ByName = Attribute.ToDictionary(c => c.Name);

    private static readonly Dictionary<string, ValidateCase> ValidateByName = ValidateOnly.ToDictionary(c => c.Name);

    public static RuleCase Get(string name) => ByName[name];

    public static ValidateCase GetValidate(string name) => ValidateByName[name];

    /// <summary>Rules with a numeric or length limit, and the boundary kinds their cases must include.</summary>
    public static IReadOnlyDictionary<string, CaseKind[]> Boundaries { get; } = new Dictionary<string, CaseKind[]>
    {
        ["CGEN1101"] = new[] { CaseKind.Min, CaseKind.Max },   // pool ID: shortest form of the pattern, 55 characters
        ["CGEN1102"] = new[] { CaseKind.Min, CaseKind.Max },   // ClientName 1 / 128
        ["CGEN2002"] = new[] { CaseKind.Max },                 // 3 flows
        ["CGEN2003"] = new[] { CaseKind.Min, CaseKind.Max },   // scope 1 / 256
        ["CGEN2004"] = new[] { CaseKind.Max },                 // 50 scopes
        ["CGEN3001"] = new[] { CaseKind.Min, CaseKind.Max },   // URL 1 / 1024
        ["CGEN3002"] = new[] { CaseKind.Max },                 // 100 callback URLs
        ["CGEN3003"] = new[] { CaseKind.Max },                 // 100 logout URLs
        ["CGEN4002"] = new[] { CaseKind.Min, CaseKind.Max },   // 5 minutes / 1 day, 60 minutes / 3650 days
        ["CGEN4003"] = new[] { CaseKind.Max },                 // access/ID equal to refresh
        ["CGEN4005"] = new[] { CaseKind.Min, CaseKind.Max },   // 3 / 15 minutes
        ["CGEN4007"] = new[] { CaseKind.Min, CaseKind.Max },   // grace 0 / 60
        ["CGEN5008"] = new[] { CaseKind.Min, CaseKind.Max },   // secret 24 / 64
        ["CGEN6001"] = new[] { CaseKind.Min, CaseKind.Max },   // attribute name 1 / 2048
        ["CGEN6004"] = new[] { CaseKind.Min, CaseKind.Max },   // IdP name 1 / 32
        ["CGEN7002"] = new[] { CaseKind.Min, CaseKind.Max },   // ARN 20 / 2048
    };

    private static List<RuleCase> BuildAttributeCases()
    {
        var cases = new List<RuleCase>();
        void V(string id, string description, string attributes, string? pool = null, bool onClass = false) => cases.Add(new(id, CaseKind.Violation, description, attributes, pool, onClass));
        void N(string id, string description, string attributes, string? pool = null) => cases.Add(new(id, CaseKind.NearMiss, description, attributes, pool));
        void Min(string id, string description, string attributes, string? pool = null) => cases.Add(new(id, CaseKind.Min, description, attributes, pool));
        void Max(string id, string description, string attributes, string? pool = null) => cases.Add(new(id, CaseKind.Max, description, attributes, pool));

        // CGEN1101 user-pool-id-format: only through the analyzer option; the finding sits on the class name.
        const string Prevent = "[PreventUserExistenceErrors]";
        V("CGEN1101", "no underscore", Prevent, "uswest2", onClass: true);
        V("CGEN1101", "hyphen after the underscore", Prevent, "us-west-2_ab-c", onClass: true);
        V("CGEN1101", "56 characters", Prevent, "us-west-2_" + Chars(46), onClass: true);
        V("CGEN1101", "nothing after the underscore", Prevent, "us-west-2_", onClass: true);
        Min("CGEN1101", "shortest form a_b", Prevent, "a_b");
        Max("CGEN1101", "55 characters", Prevent, "us-west-2_" + Chars(45));
        N("CGEN1101", "us-west-2_abc", Prevent, Pool);

        // CGEN1102 client-name-format.
        V("CGEN1102", "empty", """[UserPoolClient({|CGEN1102:""|})]""");
        V("CGEN1102", "129 characters", $$"""[UserPoolClient({|CGEN1102:"{{Chars(129)}}"|})]""");
        V("CGEN1102", "slash", """[UserPoolClient({|CGEN1102:"web/app"|})]""");
        V("CGEN1102", "non-ASCII letter", """[UserPoolClient({|CGEN1102:"café"|})]""");
        V("CGEN1102", "no-break space is not \\s", """[UserPoolClient({|CGEN1102:"web\u00A0app"|})]""");
        Min("CGEN1102", "1 character", """[UserPoolClient("a")]""");
        Max("CGEN1102", "128 characters", $$"""[UserPoolClient("{{Chars(128)}}")]""");
        N("CGEN1102", "every allowed punctuation and whitespace", """[UserPoolClient("My app_1 +=,.@-\t\r\n")]""");

        // CGEN1201 duplicate-list-values: every list member; the repeat is marked.
        V("CGEN1201", "ReadAttributes", """[ReadAttributes("email", {|CGEN1201:"email"|})]""");
        V("CGEN1201", "WriteAttributes", """[ReadAttributes("email"), WriteAttributes("email", {|CGEN1201:"email"|})]""");
        V("CGEN1201", "ExplicitAuthFlows", "[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth, {|CGEN1201:AuthFlow.AllowUserSrpAuth|})]");
        V("CGEN1201", "SupportedIdentityProviders", """[IdentityProvider("COGNITO"), IdentityProvider({|CGEN1201:"COGNITO"|})]""");
        V("CGEN1201", "CallbackURLs", """[CallbackUrl("https://app.example.com/cb"), CallbackUrl({|CGEN1201:"https://app.example.com/cb"|})]""");
        V("CGEN1201", "LogoutURLs", """[LogoutUrl("https://app.example.com/out"), LogoutUrl({|CGEN1201:"https://app.example.com/out"|})]""");
        V("CGEN1201", "AllowedOAuthFlows", "[AllowedOAuthFlows(OAuthFlow.Code, {|CGEN1201:OAuthFlow.Code|})]");
        V("CGEN1201", "AllowedOAuthScopes", """[OAuthScope("openid"), OAuthScope({|CGEN1201:"openid"|})]""");
        V("CGEN1201", "second repeat too", """[ReadAttributes("email", {|CGEN1201:"email"|}, "name", {|CGEN1201:"email"|})]""");
        V("CGEN1201", "constant then literal", """[ReadAttributes(StandardAttribute.Email, {|CGEN1201:"email"|})]""");
        N("CGEN1201", "URLs differing by a trailing slash", """[CallbackUrl("https://app.example.com/cb"), CallbackUrl("https://app.example.com/cb/")]""");
        N("CGEN1201", "IdPs differing in case", """[IdentityProvider("MySaml"), IdentityProvider("MySAML")]""");
        N("CGEN1201", "distinct attributes", """[ReadAttributes("email", "email_verified")]""");

        // CGEN2001 oauth-flows-enum: an out-of-range enum cast is the only way to an unknown flow.
        V("CGEN2001", "cast to an undefined flow", "[AllowedOAuthFlows(OAuthFlow.Code, {|CGEN2001:(OAuthFlow)3|})]");
        V("CGEN2001", "negative cast", "[AllowedOAuthFlows({|CGEN2001:(OAuthFlow)(-1)|})]");
        N("CGEN2001", "cast to a defined flow", "[AllowedOAuthFlows((OAuthFlow)2)]");

        // CGEN2002 oauth-flows-max-items: on the whole attribute.
        V("CGEN2002", "4 flows", "[{|CGEN2002:AllowedOAuthFlows(OAuthFlow.Code, OAuthFlow.Implicit, OAuthFlow.ClientCredentials, OAuthFlow.Code)|}]");
        Max("CGEN2002", "3 flows", "[AllowedOAuthFlows(OAuthFlow.Code, OAuthFlow.Implicit, OAuthFlow.ClientCredentials)]");

        // CGEN2003 oauth-scope-format.
        V("CGEN2003", "space", """[OAuthScope({|CGEN2003:"orders read"|})]""");
        V("CGEN2003", "double quote", """[OAuthScope({|CGEN2003:"orders\"read"|})]""");
        V("CGEN2003", "backslash", """[OAuthScope({|CGEN2003:"orders\\read"|})]""");
        V("CGEN2003", "empty", """[OAuthScope({|CGEN2003:""|})]""");
        V("CGEN2003", "non-ASCII", """[OAuthScope({|CGEN2003:"orders/réad"|})]""");
        V("CGEN2003", "257 characters", $$"""[OAuthScope({|CGEN2003:"rs/{{Chars(254)}}"|})]""");
        Min("CGEN2003", "1 character", """[OAuthScope("a")]""");
        Max("CGEN2003", "256 characters", $$"""[OAuthScope("rs/{{Chars(253)}}")]""");
        N("CGEN2003", "every allowed punctuation", """[OAuthScope("rs/a!#$%&'()*+,-.:;<=>?@[]^_`{}~")]""");

        // CGEN2004 oauth-scopes-max-items: on the first scope attribute.
        V("CGEN2004", "51 scopes", Repeat(51, i => $"OAuthScope(\"rs/s{i}\")", "CGEN2004"));
        Max("CGEN2004", "50 scopes", Repeat(50, i => $"OAuthScope(\"rs/s{i}\")"));

        // CGEN2005 oauth-flows-scopes-required: on [EnableOAuth].
        V("CGEN2005", "neither flows nor scopes", "[{|CGEN2005:EnableOAuth|}]");
        V("CGEN2005", "flows without scopes", """[{|CGEN2005:EnableOAuth|}, AllowedOAuthFlows(OAuthFlow.Code), IdentityProvider("COGNITO"), CallbackUrl("https://app.example.com/cb")]""");
        V("CGEN2005", "scopes without flows", """[EnableOAuth({|CGEN2005:true|}), OAuthScope("openid")]""");
        V("CGEN2005", "empty flow list", """[{|CGEN2005:EnableOAuth|}, AllowedOAuthFlows, OAuthScope("openid")]""");
        N("CGEN2005", "flows and scopes", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");

        // CGEN2006 oauth-callback-required: on the first user flow.
        V("CGEN2006", "code without callback", """[EnableOAuth, IdentityProvider("COGNITO"), AllowedOAuthFlows({|CGEN2006:OAuthFlow.Code|}), OAuthScope("openid")]""");
        V("CGEN2006", "implicit without callback", """[EnableOAuth, IdentityProvider("COGNITO"), AllowedOAuthFlows({|CGEN2006:OAuthFlow.Implicit|}), OAuthScope("openid")]""");
        N("CGEN2006", "code with a callback", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");
        N("CGEN2006", "client_credentials needs no callback", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read")]""");

        // CGEN2007 oauth-settings-without-oauth-flag: on the first OAuth setting, or on the false flag.
        V("CGEN2007", "flows without the flag", """[{|CGEN2007:AllowedOAuthFlows(OAuthFlow.Code)|}, OAuthScope("openid")]""");
        V("CGEN2007", "flag false", """[EnableOAuth({|CGEN2007:false|}), CallbackUrl("https://app.example.com/cb")]""");
        V("CGEN2007", "only a callback URL", """[{|CGEN2007:CallbackUrl("https://app.example.com/cb")|}]""");
        V("CGEN2007", "only a logout URL", """[{|CGEN2007:LogoutUrl("https://app.example.com/out")|}]""");
        V("CGEN2007", "only a scope", """[{|CGEN2007:OAuthScope("openid")|}]""");
        V("CGEN2007", "only a default redirect", """[DefaultRedirectUri({|CGEN2007:"https://app.example.com/cb"|})]""");
        N("CGEN2007", "flag false without OAuth settings", "[EnableOAuth(false)]");
        N("CGEN2007", "flag on", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");
        N("CGEN2007", "empty flow list without the flag", "[AllowedOAuthFlows]");

        // CGEN2008 client-credentials-exclusive: on client_credentials.
        V("CGEN2008", "with code", M2M + """ [AllowedOAuthFlows(OAuthFlow.Code, {|CGEN2008:OAuthFlow.ClientCredentials|}), OAuthScope("rs/read"), IdentityProvider("COGNITO"), CallbackUrl("https://app.example.com/cb")]""");
        V("CGEN2008", "with implicit", M2M + """ [AllowedOAuthFlows({|CGEN2008:OAuthFlow.ClientCredentials|}, OAuthFlow.Implicit), OAuthScope("rs/read"), IdentityProvider("COGNITO"), CallbackUrl("https://app.example.com/cb")]""");
        N("CGEN2008", "client_credentials alone", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read")]""");

        // CGEN2009 client-credentials-requires-secret.
        V("CGEN2009", "no secret", """[EnableOAuth, AllowedOAuthFlows({|CGEN2009:OAuthFlow.ClientCredentials|}), OAuthScope("rs/read")]""");
        V("CGEN2009", "GenerateSecret false", """[UserPoolClient("client", GenerateSecret = false), EnableOAuth, AllowedOAuthFlows({|CGEN2009:OAuthFlow.ClientCredentials|}), OAuthScope("rs/read")]""");
        N("CGEN2009", "GenerateSecret true", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read")]""");
        N("CGEN2009", "custom secret supplied at run time", """[CustomClientSecret, EnableOAuth, AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read")]""");

        // CGEN2010 client-credentials-custom-scopes-only: on each standard scope.
        V("CGEN2010", "openid", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope({|CGEN2010:"openid"|}), OAuthScope("rs/read")]""");
        V("CGEN2010", "every standard scope", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope({|CGEN2010:"email"|}), OAuthScope({|CGEN2010:"phone"|}), OAuthScope({|CGEN2010:"profile"|}), OAuthScope({|CGEN2010:"aws.cognito.signin.user.admin"|})]""");
        N("CGEN2010", "resource-server scopes only", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read"), OAuthScope("rs/write")]""");
        N("CGEN2010", "openid on a code client", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");

        // CGEN2011 oauth-scope-unknown.
        V("CGEN2011", "bare name", """[OAuthScope({|CGEN2011:"read"|})]""");
        V("CGEN2011", "standard scope in the wrong case", """[OAuthScope({|CGEN2011:"OpenId"|})]""");
        V("CGEN2011", "Cognito", """[OAuthScope({|CGEN2011:"Cognito"|})]""");
        N("CGEN2011", "resource-server scope", """[OAuthScope("rs/read")]""");
        N("CGEN2011", "standard scope", """[OAuthScope("aws.cognito.signin.user.admin")]""");

        // CGEN2012 oidc-scopes-require-openid: on the first of email/phone/profile.
        V("CGEN2012", "email without openid", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope({|CGEN2012:"email"|})]""");
        V("CGEN2012", "profile and phone without openid", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("rs/read"), OAuthScope({|CGEN2012:"profile"|}), OAuthScope("phone")]""");
        N("CGEN2012", "email with openid", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("email"), OAuthScope("openid")]""");

        // CGEN2013 oauth-without-identity-providers: on the first user flow.
        V("CGEN2013", "code without providers", """[EnableOAuth, CallbackUrl("https://app.example.com/cb"), AllowedOAuthFlows({|CGEN2013:OAuthFlow.Code|}), OAuthScope("openid")]""");
        N("CGEN2013", "code with COGNITO", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");
        N("CGEN2013", "client_credentials without providers", M2M + """ [AllowedOAuthFlows(OAuthFlow.ClientCredentials), OAuthScope("rs/read")]""");

        // CGEN2014 implicit-flow-discouraged.
        V("CGEN2014", "implicit", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code, {|CGEN2014:OAuthFlow.Implicit|}), OAuthScope("openid")]""");
        N("CGEN2014", "code only", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""");

        // CGEN2015 custom-scope-unverified (info).
        V("CGEN2015", "resource-server scope", """[OAuthScope("openid"), OAuthScope({|CGEN2015:"rs/read"|})]""");
        V("CGEN2015", "URL identifier", """[OAuthScope({|CGEN2015:"https://api.example.com/orders.read"|})]""");
        N("CGEN2015", "standard scope", """[OAuthScope("openid")]""");

        // CGEN3001 redirect-url-format.
        V("CGEN3001", "empty callback", """[CallbackUrl({|CGEN3001:""|})]""");
        V("CGEN3001", "space", """[CallbackUrl({|CGEN3001:"https://app.example.com/a b"|})]""");
        V("CGEN3001", "tab in a logout URL", """[LogoutUrl({|CGEN3001:"https://app.example.com/\tout"|})]""");
        V("CGEN3001", "no-break space", """[CallbackUrl({|CGEN3001:"https://app.example.com/a\u00A0b"|})]""");
        V("CGEN3001", "newline in the default redirect", """[CallbackUrl("https://app.example.com/cb"), DefaultRedirectUri({|CGEN3001:"https://app.example.com/cb\n"|})]""");
        V("CGEN3001", "1025 characters", $$"""[CallbackUrl({|CGEN3001:"{{Url(1025)}}"|})]""");
        V("CGEN3001", "lone surrogate", """[CallbackUrl({|CGEN3001:"https://app.example.com/\uD800"|})]""");
        Min("CGEN3001", "1 character", """[CallbackUrl("x")]""");
        Max("CGEN3001", "1024 characters", $$"""[CallbackUrl("{{Url(1024)}}")]""");
        N("CGEN3001", "non-ASCII letters, symbols and an emoji", """[CallbackUrl("https://app.example.com/café/€/😀")]""");
        N("CGEN3001", "percent-encoded space", """[CallbackUrl("https://app.example.com/a%20b")]""");

        // CGEN3002 / CGEN3003 max items: on the first URL attribute.
        V("CGEN3002", "101 callback URLs", Repeat(101, i => $"CallbackUrl(\"https://app.example.com/cb{i}\")", "CGEN3002"));
        Max("CGEN3002", "100 callback URLs", Repeat(100, i => $"CallbackUrl(\"https://app.example.com/cb{i}\")"));
        V("CGEN3003", "101 logout URLs", Repeat(101, i => $"LogoutUrl(\"https://app.example.com/out{i}\")", "CGEN3003"));
        Max("CGEN3003", "100 logout URLs", Repeat(100, i => $"LogoutUrl(\"https://app.example.com/out{i}\")"));

        // CGEN3004 redirect-url-https.
        V("CGEN3004", "http callback", """[CallbackUrl({|CGEN3004:"http://app.example.com/cb"|})]""");
        V("CGEN3004", "http logout", """[LogoutUrl({|CGEN3004:"http://app.example.com/out"|})]""");
        V("CGEN3004", "http callback and another http default redirect", """[CallbackUrl({|CGEN3004:"http://app.example.com/cb"|}), DefaultRedirectUri({|CGEN3004:"http://app.example.com/other"|})]""");
        V("CGEN3004", "localhost as a subdomain", """[CallbackUrl({|CGEN3004:"http://localhost.example.com/cb"|})]""");
        V("CGEN3004", "upper-case scheme", """[CallbackUrl({|CGEN3004:"HTTP://app.example.com/cb"|})]""");
        V("CGEN3004", "127.0.0.2", """[CallbackUrl({|CGEN3004:"http://127.0.0.2/cb"|})]""");
        V("CGEN3004", "userinfo before localhost", """[CallbackUrl({|CGEN3004:"http://localhost@evil.example.com/cb"|})]""");
        N("CGEN3004", "http localhost with port", """[CallbackUrl("http://localhost:8080/cb")]""");
        N("CGEN3004", "http 127.0.0.1", """[CallbackUrl("http://127.0.0.1/cb")]""");
        N("CGEN3004", "http [::1] with port", """[LogoutUrl("http://[::1]:3000/out")]""");
        N("CGEN3004", "http LOCALHOST upper case", """[CallbackUrl("http://LOCALHOST/cb")]""");
        N("CGEN3004", "http localhost with query only", """[CallbackUrl("http://localhost?x=1")]""");
        N("CGEN3004", "https", """[CallbackUrl("https://app.example.com/cb")]""");
        N("CGEN3004", "custom scheme", """[CallbackUrl("myapp://callback")]""");
        N("CGEN3004", "http localhost with a fragment (CGEN3005 reports the fragment)", """[CallbackUrl("http://localhost:8080#frag")]""");

        // CGEN3005 redirect-url-fragment.
        V("CGEN3005", "fragment", """[CallbackUrl({|CGEN3005:"https://app.example.com/cb#frag"|})]""");
        V("CGEN3005", "empty fragment in a logout URL", """[LogoutUrl({|CGEN3005:"https://app.example.com/out#"|})]""");
        N("CGEN3005", "percent-encoded #", """[CallbackUrl("https://app.example.com/cb?state=%23")]""");

        // CGEN3006 redirect-url-absolute.
        V("CGEN3006", "path only", """[CallbackUrl({|CGEN3006:"/callback"|})]""");
        V("CGEN3006", "host without scheme", """[LogoutUrl({|CGEN3006:"app.example.com/out"|})]""");
        V("CGEN3006", "scheme starting with a digit", """[CallbackUrl({|CGEN3006:"1app://cb"|})]""");
        N("CGEN3006", "custom scheme", """[CallbackUrl("my.app+x-y://cb")]""");
        N("CGEN3006", "urn", """[CallbackUrl("urn:ietf:wg:oauth:2.0:oob")]""");

        // CGEN3007 redirect-url-wildcard.
        V("CGEN3007", "wildcard subdomain", """[CallbackUrl({|CGEN3007:"https://*.example.com/cb"|})]""");
        V("CGEN3007", "wildcard logout host", """[LogoutUrl({|CGEN3007:"https://app.*/out"|})]""");
        N("CGEN3007", "star in the path", """[CallbackUrl("https://app.example.com/*")]""");
        N("CGEN3007", "star in the query", """[CallbackUrl("https://app.example.com/cb?x=*")]""");

        // CGEN3008 default-redirect-uri-in-callbacks.
        V("CGEN3008", "trailing slash differs", """[CallbackUrl("https://app.example.com/cb"), DefaultRedirectUri({|CGEN3008:"https://app.example.com/cb/"|})]""");
        V("CGEN3008", "case differs", """[CallbackUrl("https://app.example.com/cb"), DefaultRedirectUri({|CGEN3008:"https://APP.example.com/cb"|})]""");
        V("CGEN3008", "no callback URLs", """[DefaultRedirectUri({|CGEN3008:"https://app.example.com/cb"|})]""");
        N("CGEN3008", "exact match", """[CallbackUrl("https://app.example.com/a"), CallbackUrl("https://app.example.com/cb"), DefaultRedirectUri("https://app.example.com/cb")]""");

        // CGEN4001 token-validity-units-enum.
        V("CGEN4001", "access unit", "[TokenValidity(Access = 1, AccessUnit = {|CGEN4001:(TimeUnit)4|})]");
        V("CGEN4001", "ID unit", "[TokenValidity(Id = 1, IdUnit = {|CGEN4001:(TimeUnit)(-1)|})]");
        V("CGEN4001", "refresh unit", "[TokenValidity(Refresh = 1, RefreshUnit = {|CGEN4001:(TimeUnit)9|})]");
        N("CGEN4001", "cast to a defined unit", "[TokenValidity(Access = 1, AccessUnit = (TimeUnit)3)]");

        // CGEN4002 token-validity-range: access and ID 5 minutes to 1 day (raw 1-86400); refresh 60 minutes to 10 years (raw 0-315360000).
        V("CGEN4002", "access 299 seconds", "[TokenValidity(Access = {|CGEN4002:299|}, AccessUnit = TimeUnit.Seconds)]");
        V("CGEN4002", "access 4 minutes", "[TokenValidity(Access = {|CGEN4002:4|}, AccessUnit = TimeUnit.Minutes)]");
        V("CGEN4002", "access 25 hours", "[TokenValidity(Access = {|CGEN4002:25|})]");
        V("CGEN4002", "access 2 days", "[TokenValidity(Access = {|CGEN4002:2|}, AccessUnit = TimeUnit.Days)]");
        V("CGEN4002", "access 1441 minutes", "[TokenValidity(Access = {|CGEN4002:1441|}, AccessUnit = TimeUnit.Minutes)]");
        V("CGEN4002", "access 0 (raw minimum is 1)", "[TokenValidity(Access = {|CGEN4002:0|})]");
        V("CGEN4002", "access -1", "[TokenValidity(Access = {|CGEN4002:-1|})]");
        V("CGEN4002", "access 86401 seconds", "[TokenValidity(Access = {|CGEN4002:86401|}, AccessUnit = TimeUnit.Seconds)]");
        V("CGEN4002", "ID 4 minutes", "[TokenValidity(Id = {|CGEN4002:4|}, IdUnit = TimeUnit.Minutes)]");
        V("CGEN4002", "ID 25 hours", "[TokenValidity(Id = {|CGEN4002:25|})]");
        V("CGEN4002", "refresh 59 minutes", "[TokenValidity(Refresh = {|CGEN4002:59|}, RefreshUnit = TimeUnit.Minutes)]");
        V("CGEN4002", "refresh 3599 seconds", "[TokenValidity(Refresh = {|CGEN4002:3599|}, RefreshUnit = TimeUnit.Seconds)]");
        V("CGEN4002", "refresh 3651 days", "[TokenValidity(Refresh = {|CGEN4002:3651|})]");
        V("CGEN4002", "refresh 87601 hours", "[TokenValidity(Refresh = {|CGEN4002:87601|}, RefreshUnit = TimeUnit.Hours)]");
        V("CGEN4002", "refresh 315360001 seconds", "[TokenValidity(Refresh = {|CGEN4002:315360001|}, RefreshUnit = TimeUnit.Seconds)]");
        V("CGEN4002", "refresh -1", "[TokenValidity(Refresh = {|CGEN4002:-1|})]");
        V("CGEN4002", "all three out of range", "[TokenValidity(Access = {|CGEN4002:4|}, AccessUnit = TimeUnit.Minutes, Id = {|CGEN4002:25|}, Refresh = {|CGEN4002:3651|})]");
        Min("CGEN4002", "access 5 minutes", "[TokenValidity(Access = 5, AccessUnit = TimeUnit.Minutes)]");
        Min("CGEN4002", "access 300 seconds", "[TokenValidity(Access = 300, AccessUnit = TimeUnit.Seconds)]");
        Max("CGEN4002", "access 1 day", "[TokenValidity(Access = 1, AccessUnit = TimeUnit.Days)]");
        Max("CGEN4002", "access 24 hours", "[TokenValidity(Access = 24)]");
        Max("CGEN4002", "access 1440 minutes", "[TokenValidity(Access = 1440, AccessUnit = TimeUnit.Minutes)]");
        Max("CGEN4002", "access 86400 seconds", "[TokenValidity(Access = 86400, AccessUnit = TimeUnit.Seconds)]");
        Min("CGEN4002", "ID 5 minutes", "[TokenValidity(Id = 5, IdUnit = TimeUnit.Minutes)]");
        Max("CGEN4002", "ID 1 day", "[TokenValidity(Id = 1, IdUnit = TimeUnit.Days)]");
        Min("CGEN4002", "refresh 60 minutes", "[TokenValidity(Refresh = 60, RefreshUnit = TimeUnit.Minutes)]");
        Min("CGEN4002", "refresh 3600 seconds", "[TokenValidity(Refresh = 3600, RefreshUnit = TimeUnit.Seconds)]");
        Min("CGEN4002", "refresh 1 hour", "[TokenValidity(Refresh = 1, RefreshUnit = TimeUnit.Hours)]");
        Max("CGEN4002", "refresh 3650 days", "[TokenValidity(Refresh = 3650)]");
        Max("CGEN4002", "refresh 87600 hours", "[TokenValidity(Refresh = 87600, RefreshUnit = TimeUnit.Hours)]");
        Max("CGEN4002", "refresh 315360000 seconds", "[TokenValidity(Refresh = 315360000, RefreshUnit = TimeUnit.Seconds)]");
        N("CGEN4002", "refresh 0 is exempt", "[TokenValidity(Refresh = 0)]");

        // CGEN4003 token-validity-order: on the declared token that outlives the refresh token.
        V("CGEN4003", "access outlives refresh", "[TokenValidity(Access = {|CGEN4003:2|}, Refresh = 60, RefreshUnit = TimeUnit.Minutes)]");
        V("CGEN4003", "ID outlives refresh", "[TokenValidity(Id = {|CGEN4003:61|}, IdUnit = TimeUnit.Minutes, Refresh = 1, RefreshUnit = TimeUnit.Hours)]");
        V("CGEN4003", "both outlive refresh", "[TokenValidity(Access = {|CGEN4003:1|}, AccessUnit = TimeUnit.Days, Id = {|CGEN4003:24|}, Refresh = 23, RefreshUnit = TimeUnit.Hours)]");
        Max("CGEN4003", "access equal to refresh", "[TokenValidity(Access = 60, AccessUnit = TimeUnit.Minutes, Refresh = 1, RefreshUnit = TimeUnit.Hours)]");
        Max("CGEN4003", "1 day each", "[TokenValidity(Access = 1, AccessUnit = TimeUnit.Days, Id = 24, Refresh = 1)]");
        N("CGEN4003", "default access equal to a 60-minute refresh", "[TokenValidity(Refresh = 60, RefreshUnit = TimeUnit.Minutes)]");
        N("CGEN4003", "1 day access with the 30-day default refresh (0)", "[TokenValidity(Access = 1, AccessUnit = TimeUnit.Days, Refresh = 0)]");

        // CGEN4004 refresh-token-validity-zero.
        V("CGEN4004", "0 days", "[TokenValidity(Refresh = {|CGEN4004:0|})]");
        V("CGEN4004", "0 minutes", "[TokenValidity(Refresh = {|CGEN4004:0|}, RefreshUnit = TimeUnit.Minutes)]");
        N("CGEN4004", "1 day", "[TokenValidity(Refresh = 1)]");

        // CGEN4005 auth-session-validity-range.
        V("CGEN4005", "2", "[AuthSessionValidity({|CGEN4005:2|})]");
        V("CGEN4005", "16", "[AuthSessionValidity({|CGEN4005:16|})]");
        V("CGEN4005", "-3", "[AuthSessionValidity({|CGEN4005:-3|})]");
        V("CGEN4005", "named argument", "[AuthSessionValidity(minutes: {|CGEN4005:16|})]");
        Min("CGEN4005", "3", "[AuthSessionValidity(3)]");
        Max("CGEN4005", "15", "[AuthSessionValidity(15)]");

        // CGEN4006 refresh-token-rotation-feature: an undefined enum cast (a missing Feature is Validate-only).
        V("CGEN4006", "cast to an undefined feature", "[RefreshTokenRotation({|CGEN4006:(RefreshTokenRotationFeature)2|}), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]");
        N("CGEN4006", "cast to DISABLED", "[RefreshTokenRotation((RefreshTokenRotationFeature)1)]");

        // CGEN4007 refresh-token-rotation-grace-range.
        const string Rotation = "[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth), RefreshTokenRotation(RefreshTokenRotationFeature.Enabled, RetryGracePeriodSeconds = ";
        V("CGEN4007", "61", Rotation + "{|CGEN4007:61|})]");
        V("CGEN4007", "-1", Rotation + "{|CGEN4007:-1|})]");
        Min("CGEN4007", "0", Rotation + "0)]");
        Max("CGEN4007", "60", Rotation + "60)]");

        // CGEN4008 refresh-token-rotation-grace-without-rotation.
        V("CGEN4008", "grace 1 while disabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled, RetryGracePeriodSeconds = {|CGEN4008:1|})]");
        V("CGEN4008", "grace 60 while disabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled, RetryGracePeriodSeconds = {|CGEN4008:60|})]");
        N("CGEN4008", "grace 0 while disabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled, RetryGracePeriodSeconds = 0)]");
        N("CGEN4008", "grace 1 while enabled", Rotation + "1)]");

        // CGEN4009 token-revocation-disabled.
        V("CGEN4009", "false", "[EnableTokenRevocation({|CGEN4009:false|})]");
        N("CGEN4009", "true", "[EnableTokenRevocation]");

        // CGEN5001 explicit-auth-flows-enum.
        V("CGEN5001", "cast past the last flow", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, {|CGEN5001:(AuthFlow)9|})]");
        V("CGEN5001", "negative cast", "[ExplicitAuthFlows({|CGEN5001:(AuthFlow)(-1)|})]");
        N("CGEN5001", "cast to the last defined flow", "[ExplicitAuthFlows((AuthFlow)8)]");

        // CGEN5002 explicit-auth-flows-legacy-mix: on the first legacy flow.
        V("CGEN5002", "legacy after ALLOW_", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, {|CGEN5002:AuthFlow.UserPasswordAuth|})]");
        V("CGEN5002", "two legacy and one ALLOW_", "[ExplicitAuthFlows({|CGEN5002:AuthFlow.AdminNoSrpAuth|}, AuthFlow.CustomAuthFlowOnly, AuthFlow.AllowUserSrpAuth)]");
        N("CGEN5002", "legacy only", "[ExplicitAuthFlows(AuthFlow.AdminNoSrpAuth, AuthFlow.CustomAuthFlowOnly)]");
        N("CGEN5002", "ALLOW_ only", "[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]");

        // CGEN5003 explicit-auth-flows-legacy-deprecated: on the first legacy flow.
        V("CGEN5003", "legacy only", "[ExplicitAuthFlows({|CGEN5003:AuthFlow.AdminNoSrpAuth|}, AuthFlow.CustomAuthFlowOnly)]");
        N("CGEN5003", "ALLOW_ only", "[ExplicitAuthFlows(AuthFlow.AllowAdminUserPasswordAuth, AuthFlow.AllowCustomAuth, AuthFlow.AllowRefreshTokenAuth)]");

        // CGEN5004 refresh-token-auth-required: on the whole attribute.
        V("CGEN5004", "SRP only", "[{|CGEN5004:ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth)|}]");
        V("CGEN5004", "rotation disabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled), {|CGEN5004:ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowCustomAuth)|}]");
        N("CGEN5004", "with ALLOW_REFRESH_TOKEN_AUTH", "[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]");
        N("CGEN5004", "rotation enabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Enabled), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth)]");
        N("CGEN5004", "empty list", "[ExplicitAuthFlows]");

        // CGEN5005 refresh-token-rotation-conflicts-refresh-token-auth: on ALLOW_REFRESH_TOKEN_AUTH.
        V("CGEN5005", "rotation with refresh-token auth", "[RefreshTokenRotation(RefreshTokenRotationFeature.Enabled), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, {|CGEN5005:AuthFlow.AllowRefreshTokenAuth|})]");
        V("CGEN5005", "explicit array", "[RefreshTokenRotation(RefreshTokenRotationFeature.Enabled), ExplicitAuthFlows(new[] { AuthFlow.AllowUserSrpAuth, {|CGEN5005:AuthFlow.AllowRefreshTokenAuth|} })]");
        N("CGEN5005", "rotation disabled", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]");

        // CGEN5006 refresh-token-rotation-default-auth-flows: on the feature.
        V("CGEN5006", "rotation without flows", "[RefreshTokenRotation({|CGEN5006:RefreshTokenRotationFeature.Enabled|})]");
        N("CGEN5006", "rotation with flows", "[RefreshTokenRotation(RefreshTokenRotationFeature.Enabled), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth)]");
        N("CGEN5006", "disabled without flows", "[RefreshTokenRotation(RefreshTokenRotationFeature.Disabled)]");

        // CGEN5007 user-password-auth-plaintext.
        V("CGEN5007", "ALLOW_USER_PASSWORD_AUTH", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, {|CGEN5007:AuthFlow.AllowUserPasswordAuth|})]");
        V("CGEN5007", "legacy USER_PASSWORD_AUTH", "[ExplicitAuthFlows({|CGEN5007:AuthFlow.UserPasswordAuth|})]");
        N("CGEN5007", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, AuthFlow.AllowAdminUserPasswordAuth)]");

        // CGEN5008 client-secret-format: Validate-only (the secret is a run-time value).

        // CGEN5009 client-secret-conflicts-generate-secret: on GenerateSecret.
        V("CGEN5009", "GenerateSecret with a custom secret", """[UserPoolClient("client", GenerateSecret = {|CGEN5009:true|}), CustomClientSecret]""");
        N("CGEN5009", "GenerateSecret false with a custom secret", """[UserPoolClient("client", GenerateSecret = false), CustomClientSecret]""");
        N("CGEN5009", "GenerateSecret alone", """[UserPoolClient("client", GenerateSecret = true)]""");

        // CGEN5010 propagate-user-context-requires-secret.
        V("CGEN5010", "no secret", "[{|CGEN5010:PropagateAdditionalUserContextData|}]");
        V("CGEN5010", "explicit true", "[PropagateAdditionalUserContextData({|CGEN5010:true|})]");
        N("CGEN5010", "generated secret", """[UserPoolClient("client", GenerateSecret = true), PropagateAdditionalUserContextData]""");
        N("CGEN5010", "custom secret", "[CustomClientSecret, PropagateAdditionalUserContextData]");
        N("CGEN5010", "false", "[PropagateAdditionalUserContextData(false)]");

        // CGEN5011 prevent-user-existence-errors-enum: Validate-only (the attribute takes a bool).

        // CGEN5012 prevent-user-existence-legacy.
        V("CGEN5012", "false sends LEGACY", "[PreventUserExistenceErrors({|CGEN5012:false|})]");
        N("CGEN5012", "true sends ENABLED", "[PreventUserExistenceErrors]");

        // CGEN5013 prevent-user-existence-errors-default (info): nothing declares it, so the class name.
        V("CGEN5013", "omitted", "[EnableTokenRevocation]", onClass: true);
        N("CGEN5013", "declared", "[PreventUserExistenceErrors(true)]");

        // CGEN5014 user-auth-requires-essentials (info).
        V("CGEN5014", "ALLOW_USER_AUTH", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, {|CGEN5014:AuthFlow.AllowUserAuth|})]");
        N("CGEN5014", "ALLOW_USER_SRP_AUTH", "[ExplicitAuthFlows(AuthFlow.AllowRefreshTokenAuth, AuthFlow.AllowUserSrpAuth)]");

        // CGEN6001 attribute-name-format.
        V("CGEN6001", "empty read attribute", """[ReadAttributes("email", {|CGEN6001:""|})]""");
        V("CGEN6001", "empty write attribute", """[WriteAttributes({|CGEN6001:""|})]""");
        V("CGEN6001", "2049 characters", $$"""[ReadAttributes({|CGEN6001:"custom:{{Chars(2042)}}"|})]""");
        Min("CGEN6001", "1 character", """[ReadAttributes("a")]""");
        Max("CGEN6001", "2048 characters", $$"""[ReadAttributes("custom:{{Chars(2041)}}")]""");

        // CGEN6002 write-attributes-not-writable.
        V("CGEN6002", "email_verified", """[WriteAttributes("email", {|CGEN6002:"email_verified"|})]""");
        V("CGEN6002", "phone_number_verified and sub", """[WriteAttributes({|CGEN6002:"phone_number_verified"|}, {|CGEN6002:"sub"|})]""");
        V("CGEN6002", "explicit array of constants", """[WriteAttributes(new[] { StandardAttribute.Email, {|CGEN6002:StandardAttribute.EmailVerified|} })]""");
        N("CGEN6002", "read email_verified", """[ReadAttributes("email_verified", "phone_number_verified", "sub")]""");
        N("CGEN6002", "write email", """[ReadAttributes("email"), WriteAttributes("email")]""");

        // CGEN6003 attribute-name-unknown.
        V("CGEN6003", "bare name", """[ReadAttributes({|CGEN6003:"tier"|})]""");
        V("CGEN6003", "standard name in the wrong case", """[WriteAttributes({|CGEN6003:"Email"|})]""");
        V("CGEN6003", "custom: without a name", """[ReadAttributes({|CGEN6003:"custom:"|})]""");
        V("CGEN6003", "dev:custom: without a name", """[ReadAttributes({|CGEN6003:"dev:custom:"|})]""");
        V("CGEN6003", "after a null element", "#nullable disable\n" + """[ReadAttributes("email", null, {|CGEN6003:"tier"|})]""");
        N("CGEN6003", "custom:tier", """[ReadAttributes("custom:tier")]""");
        N("CGEN6003", "dev:custom:tier", """[ReadAttributes("dev:custom:tier")]""");
        N("CGEN6003", "CustomPrefix constant", """[ReadAttributes(StandardAttribute.CustomPrefix + "tier")]""");
        N("CGEN6003", "every standard attribute", "[ReadAttributes(\"address\", \"birthdate\", \"email\", \"email_verified\", \"family_name\", \"gender\", \"given_name\", \"locale\", \"middle_name\", \"name\", \"nickname\", \"phone_number\", \"phone_number_verified\", \"picture\", \"preferred_username\", \"profile\", \"sub\", \"updated_at\", \"website\", \"zoneinfo\")]");

        // CGEN6004 supported-idp-name-format.
        V("CGEN6004", "empty", """[IdentityProvider({|CGEN6004:""|})]""");
        V("CGEN6004", "33 characters", $$"""[IdentityProvider({|CGEN6004:"{{Chars(33)}}"|})]""");
        V("CGEN6004", "control character", """[IdentityProvider({|CGEN6004:"My\u0001Saml"|})]""");
        V("CGEN6004", "tab", """[IdentityProvider("COGNITO"), IdentityProvider({|CGEN6004:"My\tSaml"|})]""");
        Min("CGEN6004", "1 character", """[IdentityProvider("x")]""");
        Max("CGEN6004", "32 characters", $$"""[IdentityProvider("{{Chars(32)}}")]""");
        N("CGEN6004", "spaces and non-ASCII letters", """[IdentityProvider("Mein Büro SAML")]""");

        // CGEN6005 supported-idp-builtin-casing.
        V("CGEN6005", "cognito", """[IdentityProvider({|CGEN6005:"cognito"|})]""");
        V("CGEN6005", "google and signinwithapple", """[IdentityProvider({|CGEN6005:"google"|}), IdentityProvider({|CGEN6005:"signinwithapple"|})]""");
        N("CGEN6005", "exact built-in names", """[IdentityProvider("COGNITO"), IdentityProvider("Google"), IdentityProvider("LoginWithAmazon")]""");

        // CGEN6006 supported-idp-unverified (info): every provider other than COGNITO.
        V("CGEN6006", "SAML provider", """[IdentityProvider("COGNITO"), IdentityProvider({|CGEN6006:"MySaml"|})]""");
        V("CGEN6006", "social provider", """[IdentityProvider({|CGEN6006:"Facebook"|})]""");
        N("CGEN6006", "COGNITO", """[IdentityProvider("COGNITO")]""");
        N("CGEN6006", "COGNITO constant", "[IdentityProvider(BuiltInIdentityProvider.Cognito)]");
        V("CGEN6006", "near misses of built-in names", """[IdentityProvider({|CGEN6006:"Gogle"|}), IdentityProvider({|CGEN6006:"SignInWithAple"|})]""");

        // CGEN6007 custom-attribute-unverified (info): once per custom attribute.
        V("CGEN6007", "read", """[ReadAttributes("email", {|CGEN6007:"custom:tier"|})]""");
        V("CGEN6007", "write only", """[WriteAttributes({|CGEN6007:"dev:custom:tier"|})]""");
        V("CGEN6007", "read and write, reported once", """[ReadAttributes({|CGEN6007:"custom:tier"|}), WriteAttributes("custom:tier")]""");
        N("CGEN6007", "standard attributes", """[ReadAttributes("email"), WriteAttributes("email")]""");

        // CGEN6008 write-attributes-idp-mapping (info): on WriteAttributes.
        V("CGEN6008", "Google with write attributes", """[IdentityProvider("COGNITO"), IdentityProvider("Google"), {|CGEN6008:WriteAttributes("email")|}]""");
        N("CGEN6008", "COGNITO only", """[IdentityProvider("COGNITO"), WriteAttributes("email")]""");
        N("CGEN6008", "Google without write attributes", """[IdentityProvider("Google")]""");

        // CGEN6009 write-attribute-not-readable (info).
        V("CGEN6009", "name not readable", """[ReadAttributes("email"), WriteAttributes("email", {|CGEN6009:"name"|})]""");
        N("CGEN6009", "readable", """[ReadAttributes("email", "name"), WriteAttributes("name")]""");
        N("CGEN6009", "read attributes omitted", """[WriteAttributes("name")]""");

        // CGEN7001 analytics-application-id-format.
        var formB = $"RoleArn = \"{RoleArn}\", ExternalId = \"ext\"";
        V("CGEN7001", "not hexadecimal", $$"""[Analytics(ApplicationId = {|CGEN7001:"xyz"|}, {{formB}})]""");
        V("CGEN7001", "empty", $$"""[Analytics(ApplicationId = {|CGEN7001:""|}, {{formB}})]""");
        V("CGEN7001", "trailing newline", $$"""[Analytics(ApplicationId = {|CGEN7001:"0123abcd\n"|}, {{formB}})]""");
        N("CGEN7001", "every hex digit", $$"""[Analytics(ApplicationId = "0123456789abcdefABCDEF", {{formB}})]""");

        // CGEN7002 analytics-arn-format.
        V("CGEN7002", "malformed application ARN", """[Analytics(ApplicationArn = {|CGEN7002:"arn:bad:application"|})]""");
        V("CGEN7002", "role ARN 19 characters", """[Analytics(ApplicationId = "0123abcd", RoleArn = {|CGEN7002:"arn:aws:iam::1:role"|}, ExternalId = "ext")]""");
        V("CGEN7002", "role ARN 2049 characters", $$"""[Analytics(ApplicationId = "0123abcd", RoleArn = {|CGEN7002:"{{RoleArnOf(2049)}}"|}, ExternalId = "ext")]""");
        V("CGEN7002", "application ARN with a trailing newline", $$"""[Analytics(ApplicationArn = {|CGEN7002:"{{AppArn}}\n"|})]""");
        V("CGEN7002", "account not numeric", """[Analytics(ApplicationArn = {|CGEN7002:"arn:aws:mobiletargeting:us-west-2:acct:apps/1"|})]""");
        Min("CGEN7002", "role ARN 20 characters", """[Analytics(ApplicationId = "0123abcd", RoleArn = "arn:aws:iam::1:roles", ExternalId = "ext")]""");
        Max("CGEN7002", "role ARN 2048 characters", $$"""[Analytics(ApplicationId = "0123abcd", RoleArn = "{{RoleArnOf(2048)}}", ExternalId = "ext")]""");
        N("CGEN7002", "application ARN", $$"""[Analytics(ApplicationArn = "{{AppArn}}")]""");

        // CGEN7003 analytics-config-shape: on the whole attribute.
        V("CGEN7003", "ARN with role", $$"""[{|CGEN7003:Analytics(ApplicationArn = "{{AppArn}}", RoleArn = "{{RoleArn}}")|}]""");
        V("CGEN7003", "ID without role", """[{|CGEN7003:Analytics(ApplicationId = "0123abcd", ExternalId = "ext")|}]""");
        V("CGEN7003", "neither form", "[{|CGEN7003:Analytics(UserDataShared = true)|}]");
        V("CGEN7003", "nothing at all", "[{|CGEN7003:Analytics|}]");
        N("CGEN7003", "ARN alone, sharing user data", $$"""[Analytics(ApplicationArn = "{{AppArn}}", UserDataShared = true)]""");
        N("CGEN7003", "ID with role and external ID", $$"""[Analytics(ApplicationId = "0123abcd", {{formB}}, UserDataShared = false)]""");

        // CGEN7004 / CGEN7005 analytics region: through the analyzer option.
        V("CGEN7004", "project in eu-west-1", """[Analytics(ApplicationArn = {|CGEN7004:"arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123abcd"|})]""", Pool);
        N("CGEN7004", "project in the pool's region", $$"""[Analytics(ApplicationArn = "{{AppArn}}")]""", Pool);
        N("CGEN7004", "no pool ID configured", """[Analytics(ApplicationArn = "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123abcd")]""");
        V("CGEN7005", "us-east-1 project for a us-west-2 pool", """[Analytics(ApplicationArn = {|CGEN7005:"arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123abcd"|})]""", Pool);
        N("CGEN7005", "us-east-1 project for a us-east-1 pool", """[Analytics(ApplicationArn = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123abcd")]""", "us-east-1_abc");

        AddPoolCases(cases);
        return cases;
    }

    // The pool samples (Pool/Samples): pool us-west-2_AbCdEf123 with schema sub and email (required) and custom:tier;
    // resource servers solar-system-data (asteroids.add, asteroids.read) and https://orders.example.com (no scopes);
    // identity providers Google and MyOIDC; a domain, or (describe-user-pool-domain-none.json) none.
    private static PoolFile DescribePool => PoolFile.Sample("describe-user-pool.json");
    private static PoolFile ResourceServers => PoolFile.Sample("list-resource-servers.json");
    private static PoolFile Providers => PoolFile.Sample("list-identity-providers.json");
    private static PoolFile Domain => PoolFile.Sample("describe-user-pool-domain.json");
    private static PoolFile NoDomain => PoolFile.Sample("describe-user-pool-domain-none.json");
    private static PoolFile DeployedClient => PoolFile.Sample("describe-user-pool-client.json");

    /// <summary>A pool whose schema requires given_name besides sub and email (describe-user-pool output, trimmed to what the loader reads).</summary>
    private static PoolFile RequiresGivenName => PoolFile.Inline("requires-given-name.json", """
        {
          "UserPool": {
            "Id": "us-west-2_Given1",
            "SchemaAttributes": [
              { "Name": "sub", "AttributeDataType": "String", "Mutable": false, "Required": true },
              { "Name": "email", "AttributeDataType": "String", "Mutable": true, "Required": true },
              { "Name": "given_name", "AttributeDataType": "String", "Mutable": true, "Required": true }
            ]
          }
        }
        """);

    /// <summary>A deployed client without a secret (describe-user-pool-client output has no ClientSecret then).</summary>
    private static PoolFile DeployedWithoutSecret => PoolFile.Inline("client-without-secret.json", """
        {
          "UserPoolClient": {
            "UserPoolId": "us-west-2_AbCdEf123",
            "ClientName": "machine-client",
            "ClientId": "7nosecret8clientid9abcdefg",
            "AllowedOAuthFlows": ["client_credentials"],
            "AllowedOAuthScopes": ["solar-system-data/asteroids.add"],
            "AllowedOAuthFlowsUserPoolClient": true
          }
        }
        """);

    /// <summary>A deployed client with settings an update can reset: a 10-day refresh token, read attributes and revocation off.</summary>
    private static PoolFile DeployedWebClient => PoolFile.Inline("web-client.json", """
        {
          "UserPoolClient": {
            "UserPoolId": "us-west-2_AbCdEf123",
            "ClientName": "web",
            "ClientId": "1web2client3id4abcdefghij",
            "RefreshTokenValidity": 10,
            "TokenValidityUnits": { "RefreshToken": "days" },
            "ReadAttributes": ["email", "custom:tier"],
            "EnableTokenRevocation": false,
            "PreventUserExistenceErrors": "ENABLED"
          }
        }
        """);

    private static void AddPoolCases(List<RuleCase> cases)
    {
        void V(string id, string description, string attributes, params PoolFile[] pool) => cases.Add(new(id, CaseKind.Violation, description, attributes) { PoolFiles = pool });
        void N(string id, string description, string attributes, params PoolFile[] pool) => cases.Add(new(id, CaseKind.NearMiss, description, attributes) { PoolFiles = pool });

        // CGEN8002 pool-scope-undefined: with the resource servers known, on the scope.
        V("CGEN8002", "scope the server does not define, did you mean", """[OAuthScope("openid"), OAuthScope({|CGEN8002:"solar-system-data/asteroids.ad"|})]""", ResourceServers);
        V("CGEN8002", "server that defines no scopes", """[OAuthScope({|CGEN8002:"https://orders.example.com/orders.read"|})]""", ResourceServers);
        V("CGEN8002", "server the pool does not have", """[OAuthScope({|CGEN8002:"orders/read"|}), OAuthScope("solar-system-data/asteroids.add")]""", ResourceServers, DescribePool);
        V("CGEN8002", "pool with no resource servers", """[OAuthScope({|CGEN8002:"rs/read"|})]""", PoolFile.Inline("no-servers.json", """{ "ResourceServers": [] }"""));
        N("CGEN8002", "scopes the pool defines", """[OAuthScope("solar-system-data/asteroids.add"), OAuthScope("solar-system-data/asteroids.read"), OAuthScope("openid")]""", ResourceServers);
        N("CGEN8002", "resource servers unknown", """[OAuthScope("orders/read")]""", DescribePool, Providers);

        // CGEN2015 custom-scope-unverified gives way to the verdict where the resource servers are known, and stays where not.
        N("CGEN2015", "resource servers known, scope defined", """[OAuthScope("solar-system-data/asteroids.read")]""", ResourceServers);
        N("CGEN2015", "resource servers known, scope undefined: CGEN8002 instead", """[OAuthScope("orders/read")]""", ResourceServers);
        V("CGEN2015", "pool files without resource servers", """[OAuthScope({|CGEN2015:"solar-system-data/asteroids.read"|})]""", DescribePool, Providers, Domain);

        // CGEN8003 pool-identity-provider-undefined: with the identity providers known, on the provider (case-sensitive).
        V("CGEN8003", "google for Google", """[IdentityProvider("COGNITO"), IdentityProvider({|CGEN8003:"google"|})]""", Providers);
        V("CGEN8003", "provider the pool does not have", """[IdentityProvider({|CGEN8003:"Salesforce"|}), IdentityProvider("MyOIDC")]""", Providers);
        V("CGEN8003", "cognito in lower case", """[IdentityProvider({|CGEN8003:"cognito"|})]""", Providers);
        V("CGEN8003", "pool with no providers", """[IdentityProvider({|CGEN8003:"Google"|})]""", PoolFile.Inline("no-providers.json", """{ "Providers": [] }"""));
        N("CGEN8003", "providers the pool has", """[IdentityProvider("COGNITO"), IdentityProvider("Google"), IdentityProvider("MyOIDC")]""", Providers);
        N("CGEN8003", "identity providers unknown", """[IdentityProvider("Salesforce")]""", DescribePool, ResourceServers);

        // CGEN6005 / CGEN6006 give way to the verdict where the identity providers are known, and stay where not.
        N("CGEN6005", "providers known: CGEN8003 decides google", """[IdentityProvider("google")]""", Providers);
        V("CGEN6005", "pool files without providers", """[IdentityProvider({|CGEN6005:"google"|})]""", DescribePool, ResourceServers);
        N("CGEN6006", "providers known, provider present", """[IdentityProvider("COGNITO"), IdentityProvider("MyOIDC")]""", Providers);
        N("CGEN6006", "providers known, provider missing: CGEN8003 instead", """[IdentityProvider("MySaml")]""", Providers);
        V("CGEN6006", "pool files without providers", """[IdentityProvider("COGNITO"), IdentityProvider({|CGEN6006:"MyOIDC"|})]""", DescribePool, ResourceServers, Domain);

        // CGEN8004 pool-attribute-undefined: with the schema known, once per custom attribute (read entry, else write entry).
        V("CGEN8004", "read attribute, did you mean", """[ReadAttributes("email", {|CGEN8004:"custom:teir"|})]""", DescribePool);
        V("CGEN8004", "write-only dev:custom: attribute", """[ReadAttributes("email"), WriteAttributes("email", {|CGEN8004:"dev:custom:plan"|})]""", DescribePool);
        V("CGEN8004", "read and write, reported once", """[ReadAttributes({|CGEN8004:"custom:plan"|}), WriteAttributes("email", "custom:plan")]""", DescribePool);
        V("CGEN8004", "schema name is case-sensitive", """[ReadAttributes({|CGEN8004:"custom:Tier"|})]""", DescribePool);
        N("CGEN8004", "custom:tier and dev:custom:tier are in the schema", """[ReadAttributes("email", "custom:tier"), WriteAttributes("email", "dev:custom:tier")]""", DescribePool);
        N("CGEN8004", "schema unknown", """[ReadAttributes("custom:plan")]""", ResourceServers, Providers);

        // CGEN6007 custom-attribute-unverified gives way to the verdict where the schema is known, and stays where not.
        N("CGEN6007", "schema known, attribute defined", """[ReadAttributes("custom:tier")]""", DescribePool);
        N("CGEN6007", "schema known, attribute undefined: CGEN8004 instead", """[ReadAttributes("custom:plan")]""", DescribePool);
        V("CGEN6007", "pool files without a schema", """[ReadAttributes({|CGEN6007:"custom:tier"|})]""", ResourceServers, Providers, Domain);

        // CGEN8005 pool-required-attribute-not-writable: declared WriteAttributes without a required attribute (sub is never writable).
        V("CGEN8005", "email left out", """[ReadAttributes("email", "name"), {|CGEN8005:WriteAttributes("name")|}]""", DescribePool);
        V("CGEN8005", "given_name left out", """[{|CGEN8005:WriteAttributes("email")|}]""", RequiresGivenName);
        V("CGEN8005", "empty WriteAttributes", """[{|CGEN8005:WriteAttributes|}]""", DescribePool);
        N("CGEN8005", "every required attribute writable", """[ReadAttributes("email", "name"), WriteAttributes("name", "email")]""", DescribePool);
        N("CGEN8005", "given_name and email writable", """[WriteAttributes("email", "given_name")]""", RequiresGivenName);
        N("CGEN8005", "WriteAttributes not declared", """[ReadAttributes("name")]""", DescribePool);
        N("CGEN8005", "schema unknown", """[WriteAttributes("name")]""", ResourceServers);

        // CGEN8007 pool-oauth-without-domain: on the first user flow, else client_credentials, when the pool has no domain.
        V("CGEN8007", "code flow, no domain", OAuthOn + """ [AllowedOAuthFlows({|CGEN8007:OAuthFlow.Code|}), OAuthScope("openid")]""", NoDomain);
        V("CGEN8007", "client_credentials, no domain", M2M + """ [AllowedOAuthFlows({|CGEN8007:OAuthFlow.ClientCredentials|}), OAuthScope("solar-system-data/asteroids.add")]""", NoDomain, ResourceServers);
        N("CGEN8007", "code flow, domain known", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""", Domain);
        N("CGEN8007", "code flow, describe-user-pool names the domain", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""", DescribePool);
        N("CGEN8007", "domain unknown", OAuthOn + """ [AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid")]""", ResourceServers);
        N("CGEN8007", "no domain, OAuth not enabled", """[AllowedOAuthFlows(OAuthFlow.Code)]""", NoDomain);

        // CGEN7004: the pool's region from the pool files when no CognitoGenUserPoolId is configured; the option wins.
        V("CGEN7004", "pool region from describe-user-pool", """[Analytics(ApplicationArn = {|CGEN7004:"arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123abcd"|})]""", DescribePool);
        N("CGEN7004", "project in the pool files' region", $$"""[Analytics(ApplicationArn = "{{AppArn}}")]""", DescribePool);
        cases.Add(new("CGEN7004", CaseKind.NearMiss, "CognitoGenUserPoolId wins over the pool files", """[Analytics(ApplicationArn = "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123abcd")]""", "eu-west-1_abc") { PoolFiles = new[] { DescribePool } });
    }

    private static string RoleArnOf(int length) => "arn:aws:iam::123456789012:role/" + Chars(length - "arn:aws:iam::123456789012:role/".Length);

    private static List<ValidateCase> BuildValidateCases()
    {
        var cases = new List<ValidateCase>();
        static UserPoolClientDefinition Client() => new("client") { PreventUserExistenceErrors = "ENABLED" };
        void V(string id, string description, Func<UserPoolClientDefinition> build, string? pool, params (string, int?)[] expected) => cases.Add(new(id, CaseKind.Violation, description, build, pool, ClientOperation.Create, expected));
        void Ok(string id, CaseKind kind, string description, Func<UserPoolClientDefinition> build, ClientOperation operation = ClientOperation.Create) => cases.Add(new(id, kind, description, build, null, operation));
        var m2m = () => Client() with { AllowedOAuthFlowsUserPoolClient = true, AllowedOAuthFlows = new[] { "client_credentials" }, AllowedOAuthScopes = new[] { "rs/read" } };

        // CGEN1101: the analyzer trims its option, so a trailing newline only reaches Validate().
        V("CGEN1101", "trailing newline", Client, Pool + "\n", ("UserPoolId", null));

        // CGEN4006: the attribute's constructor requires a feature; a missing or misspelled one comes from run-time values.
        V("CGEN4006", "missing feature", () => Client() with { RefreshTokenRotation = new RefreshTokenRotation(null, 0) }, null, ("RefreshTokenRotation.Feature", null));
        V("CGEN4006", "lower-case feature", () => Client() with { RefreshTokenRotation = new RefreshTokenRotation("enabled") }, null, ("RefreshTokenRotation.Feature", null));
        Ok("CGEN4006", CaseKind.NearMiss, "DISABLED", () => Client() with { RefreshTokenRotation = new RefreshTokenRotation("DISABLED") });

        // CGEN5008: a custom ClientSecret exists only at run time ([CustomClientSecret] carries no value).
        V("CGEN5008", "23 characters", () => Client() with { ClientSecret = ClientSecret(23) }, null, ("ClientSecret", null));
        V("CGEN5008", "65 characters", () => Client() with { ClientSecret = ClientSecret(65) }, null, ("ClientSecret", null));
        V("CGEN5008", "hyphen", () => Client() with { ClientSecret = ClientSecret(30) + "-" }, null, ("ClientSecret", null));
        V("CGEN5008", "trailing newline", () => Client() with { ClientSecret = ClientSecret(30) + "\n" }, null, ("ClientSecret", null));
        Ok("CGEN5008", CaseKind.Min, "24 characters", () => Client() with { ClientSecret = ClientSecret(24) });
        Ok("CGEN5008", CaseKind.Max, "64 characters", () => Client() with { ClientSecret = ClientSecret(64) });
        Ok("CGEN5008", CaseKind.NearMiss, "letters, digits, _ and +", () => Client() with { ClientSecret = "Abc_123+xyz_456+QRS_789+" });
        Ok("CGEN5008", CaseKind.NearMiss, "not checked for an update request", () => Client() with { ClientSecret = "bad" }, ClientOperation.Update);

        // CGEN5009 / CGEN2009 / CGEN5010 with a real secret value.
        V("CGEN5009", "GenerateSecret with a ClientSecret value", () => Client() with { GenerateSecret = true, ClientSecret = ClientSecret(32) }, null, ("GenerateSecret", null));
        V("CGEN2009", "client_credentials with a malformed ClientSecret", () => m2m() with { ClientSecret = ClientSecret(10) }, null, ("AllowedOAuthFlows", 0));
        Ok("CGEN2009", CaseKind.NearMiss, "client_credentials with a valid ClientSecret", () => m2m() with { ClientSecret = ClientSecret(24) });
        Ok("CGEN2009", CaseKind.NearMiss, "update without GenerateSecret: the deployed client's secret is unknown", () => m2m(), ClientOperation.Update);
        V("CGEN5010", "propagation with a malformed ClientSecret", () => Client() with { EnablePropagateAdditionalUserContextData = true, ClientSecret = ClientSecret(65) }, null, ("EnablePropagateAdditionalUserContextData", null));
        Ok("CGEN5010", CaseKind.NearMiss, "propagation with a valid ClientSecret", () => Client() with { EnablePropagateAdditionalUserContextData = true, ClientSecret = ClientSecret(64) });

        // CGEN5011: [PreventUserExistenceErrors(bool)] can only produce ENABLED or LEGACY.
        V("CGEN5011", "DISABLED", () => Client() with { PreventUserExistenceErrors = "DISABLED" }, null, ("PreventUserExistenceErrors", null));
        V("CGEN5011", "lower-case enabled", () => Client() with { PreventUserExistenceErrors = "enabled" }, null, ("PreventUserExistenceErrors", null));
        V("CGEN5011", "empty", () => Client() with { PreventUserExistenceErrors = string.Empty }, null, ("PreventUserExistenceErrors", null));
        Ok("CGEN5011", CaseKind.NearMiss, "ENABLED", Client);
        Ok("CGEN5011", CaseKind.NearMiss, "LEGACY", () => Client() with { PreventUserExistenceErrors = "LEGACY" });

        // CGEN7002 / CGEN1101 with run-time strings.
        V("CGEN7002", "role ARN with a trailing newline", () => Client() with { AnalyticsConfiguration = new AnalyticsConfiguration("0123abcd", null, RoleArn + "\n", "ext") }, null, ("AnalyticsConfiguration.RoleArn", null));

        // Updates against a deployed client the pool files describe (analyzers check create definitions only).
        const string MachineId = "4example5clientid6abcdefgh", NoSecretId = "7nosecret8clientid9abcdefg", WebId = "1web2client3id4abcdefghij";
        void Update(string id, CaseKind kind, string description, Func<UserPoolClientDefinition> build, string clientId, PoolFile[] pool, params (string, int?)[] expected) =>
            cases.Add(new(id, kind, description, build, null, ClientOperation.Update, expected) { PoolFiles = pool, ClientId = clientId });
        var machine = () => m2m() with { AllowedOAuthScopes = new[] { "solar-system-data/asteroids.add" } };

        // CGEN2009 on an update: decided by the deployed client's secret.
        Update("CGEN2009", CaseKind.Violation, "update of a deployed client without a secret", machine, NoSecretId, new[] { DeployedWithoutSecret }, ("AllowedOAuthFlows", 0));
        Update("CGEN2009", CaseKind.NearMiss, "update of a deployed client with a secret", machine, MachineId, new[] { DeployedClient, DeployedWithoutSecret });
        Update("CGEN2009", CaseKind.NearMiss, "update of a client the pool files do not describe", machine, "9unknown0clientid1abcdefgh", new[] { DeployedWithoutSecret });

        // CGEN8008 update-resets-member: each member the deployed client has that the update leaves out, in Diff's order.
        Update("CGEN8008", CaseKind.Violation, "OAuth settings left out", () => Client() with { ClientName = "machine-client" }, MachineId, new[] { DeployedClient },
            ("AllowedOAuthFlows", null), ("AllowedOAuthScopes", null), ("AllowedOAuthFlowsUserPoolClient", null));
        Update("CGEN8008", CaseKind.Violation, "refresh lifetime, read attributes and revocation left out", () => Client() with { ClientName = "web" }, WebId, new[] { DeployedWebClient, DescribePool },
            ("RefreshTokenValidity", null), ("ReadAttributes", null), ("EnableTokenRevocation", null));
        Update("CGEN8008", CaseKind.NearMiss, "update declaring every member the deployed client has", machine, MachineId, new[] { DeployedClient });
        Update("CGEN8008", CaseKind.NearMiss, "declared with other values: a change, not a reset", () => Client() with { ClientName = "web", RefreshTokenValidity = 20, ReadAttributes = new[] { "email" }, EnableTokenRevocation = true }, WebId, new[] { DeployedWebClient });
        Update("CGEN8008", CaseKind.NearMiss, "update of a client the pool files do not describe", () => Client() with { ClientName = "web" }, "9unknown0clientid1abcdefgh", new[] { DeployedWebClient });
        cases.Add(new("CGEN8008", CaseKind.NearMiss, "a create request resets nothing", () => Client() with { ClientName = "web" }, null, ClientOperation.Create) { PoolFiles = new[] { DeployedWebClient }, ClientId = WebId });
        return cases;
    }
}
