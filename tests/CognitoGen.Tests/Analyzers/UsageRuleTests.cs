using CognitoGen.Tests.Infrastructure;
using static CognitoGen.Tests.Infrastructure.AnalyzerVerifier;

namespace CognitoGen.Tests.Analyzers;

/// <summary>Rules about the C# declaration itself (1xxx, 9001), which only the analyzers can check.</summary>
public class UsageRuleTests
{
    [Fact]
    public Task Class_that_is_not_partial() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("c")] public class {|CGEN1001:NotPartial|} { }
        [UserPoolClient("d")] public partial class IsPartial { }
        """, new[] { "CGEN1001" });

    [Fact]
    public Task Containing_type_that_is_not_partial() => VerifyAsync("""
        using CognitoGen;
        public class {|CGEN1001:Outer|} { [UserPoolClient("c")] public partial class Inner { } }
        """, new[] { "CGEN1001" });

    [Fact]
    public Task Member_attributes_without_the_marker() => VerifyAsync("""
        using CognitoGen;
        [{|CGEN1002:CallbackUrl("https://a.example.com")|}, {|CGEN1002:EnableOAuth|}] public partial class NoMarker { }
        public partial class Plain { }
        """, new[] { "CGEN1002" });

    [Fact]
    public Task Marker_on_a_record_or_file_local_class() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("r")] public partial record {|CGEN1003:Rec|};
        [UserPoolClient("f")] file partial class {|CGEN1003:FileLocal|} { }
        [UserPoolClient("s")] public static partial class StaticIsFine { }
        """, new[] { "CGEN1003" });

    [Fact]
    public Task Two_clients_with_one_name() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient({|CGEN1004:"shared"|})] public partial class A { }
        [UserPoolClient({|CGEN1004:"shared"|})] public partial class B { }
        [UserPoolClient("shared-2")] public partial class C { }
        """, new[] { "CGEN1004" });

    [Fact]
    public Task Duplicate_client_name_written_as_a_constant_an_alias_or_an_escape() => VerifyAsync("""
        using CognitoGen;
        using Marker = CognitoGen.UserPoolClientAttribute;
        public static class Names { public const string Shared = "shared"; }
        [UserPoolClient({|CGEN1004:"shared"|}, GenerateSecret = true)] public partial class A { }
        [UserPoolClient({|CGEN1004:Names.Shared|})] public partial class B { }
        [Marker({|CGEN1004:"shared"|})] public partial class C { }
        [global::CognitoGen.UserPoolClientAttribute({|CGEN1004:"sh\u0061red"|})] public partial class D { }
        [UserPoolClient("shared-2")] public partial class E { }
        namespace Other { [CognitoGen.UserPoolClient("shared-2 ")] public partial class E { } }
        """, new[] { "CGEN1004" });

    [Fact]
    public Task Attribute_that_declares_nothing_or_a_unit_without_its_value() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("a"), {|CGEN1005:TokenValidity|}] public partial class A { }
        [UserPoolClient("b"), TokenValidity(Access = 60, AccessUnit = TimeUnit.Minutes, IdUnit = {|CGEN1005:TimeUnit.Minutes|})] public partial class B { }
        [UserPoolClient("c"), TokenValidity(Refresh = 30)] public partial class C { }
        """, new[] { "CGEN1005" });

    [Fact]
    public Task Secret_literal_assigned_in_code() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("a"), CustomClientSecret] public partial class A { }
        public static class Use
        {
            public static UserPoolClientDefinition Literal(UserPoolClientDefinition d) => d with { ClientSecret = {|CGEN1006:"abcdefghijklmnopqrstuvwxyz0123"|} };
            public static UserPoolClientDefinition FromStore(UserPoolClientDefinition d, string secret) => d with { ClientSecret = secret };
            public static UserPoolClientDefinition Escaped(UserPoolClientDefinition d) => d with { Client\u0053ecret = {|CGEN1006:"abcdefghijklmnopqrstuvwxyz0123"|} };
            public static UserPoolClientDefinition Constant(UserPoolClientDefinition d) => d with { ClientSecret = {|CGEN1006:Secret|} };
            public static UserPoolClientDefinition Empty(UserPoolClientDefinition d) => d with { ClientSecret = "" };
            private const string Secret = "abcdefghijklmnopqrstuvwxyz0123";
        }
        """, new[] { "CGEN1006" });

    [Fact]
    public Task Null_arguments() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient({|CGEN1007:null|}), CallbackUrl({|CGEN1007:null|}), ReadAttributes("email", {|CGEN1007:null|}), Analytics(ApplicationArn = {|CGEN1007:null|})]
        public partial class A { }
        """, new[] { "CGEN1007", "CGEN1102", "CGEN7003" });

    [Fact]
    public async Task Language_version_below_CSharp_9()
    {
        var test = Test("""
            using CognitoGen;
            [{|CGEN9001:UserPoolClient("a")|}] public partial class A { }
            """, new[] { "CGEN9001" });
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8)));
        await test.RunAsync();
    }

    [Fact]
    public Task SDK_builder_called_without_the_SDK() => VerifyAsync("""
        using CognitoGen;
        [UserPoolClient("web")] public partial class WebAppClient { }
        public class NotAClient { }
        public class OwnBuilder { public static object ToCreateRequest(string poolId) => poolId; }
        public static class Use
        {
            public static object Create(string poolId) => WebAppClient.{|#0:ToCreateRequest|}(poolId);
            public static object Update(UserPoolClientDefinition d) => d.{|#1:ToUpdateRequest|}("p_1", "c");
            public static object Other(string poolId) => NotAClient.{|#2:ToCreateRequest|}(poolId);
            public static object Own(string poolId) => OwnBuilder.ToCreateRequest(poolId);
        }
        """, new[] { "CGEN1009" },
        Diagnostic("CGEN1009").WithLocation(0).WithArguments("'WebAppClient.ToCreateRequest' exists only when the project references AWSSDK.CognitoIdentityProvider, which it does not: add the package (dotnet add package AWSSDK.CognitoIdentityProvider), or call ToCliInputJson, which needs no SDK."),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0117").WithLocation(0).WithArguments("WebAppClient", "ToCreateRequest"),
        Diagnostic("CGEN1009").WithLocation(1).WithArguments("'UserPoolClientDefinition.ToUpdateRequest' exists only when the project references AWSSDK.CognitoIdentityProvider, which it does not: add the package (dotnet add package AWSSDK.CognitoIdentityProvider), or call ToCliInputJson, which needs no SDK."),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS1061").WithLocation(1).WithArguments("CognitoGen.UserPoolClientDefinition", "ToUpdateRequest"),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0117").WithLocation(2).WithArguments("NotAClient", "ToCreateRequest"));

    [Fact]
    public Task Nothing_is_reported_without_CognitoGen_attributes() => VerifyAsync("public partial class A { }", Array.Empty<string>());
}
