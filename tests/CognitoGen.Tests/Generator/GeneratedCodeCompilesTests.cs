using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Tests.Generator;

/// <summary>The output compiles with zero warnings (nullable on) for every supported target, with each SDK shape and with none.</summary>
public class GeneratedCodeCompilesTests
{
    /// <summary>Every member declared, so every line of the emitters is exercised (the same file the test project compiles).</summary>
    public static readonly string AllMembers = File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Clients", "AllMembersClient.cs"));

    /// <summary>Every supported place and shape for a client class.</summary>
    public const string Targets = """
        using CognitoGen;

        [UserPoolClient("global")] internal partial class GlobalClient { }

        namespace @class.@namespace
        {
            [UserPoolClient("keyword")] public partial class @record { }
            public partial class Outer<T> where T : class
            {
                private partial struct Middle
                {
                    [UserPoolClient("nested")] internal partial class Inner<U> { }
                }
                internal partial record Rec { [UserPoolClient("in record")] private partial class InRecord { } }
                partial interface IHolder { [UserPoolClient("in interface")] public partial class InInterface { } }
            }
            [UserPoolClient("static")] public static partial class StaticClient { }
            [UserPoolClient("sealed")] public sealed partial class SealedClient { }
            public partial class System { }
            public partial class Amazon { }
            [UserPoolClient("shadowing")] public partial class CognitoGen { }
        }
        """;

    [Theory]
    [InlineData(SdkShape.None)]
    [InlineData(SdkShape.Current)]
    [InlineData(SdkShape.WithoutClientSecret)]
    public void Output_compiles_without_warnings(SdkShape sdk)
    {
        var (output, run, diagnostics) = GeneratorHarness.Run(sdk, AllMembers, Targets, GeneratorOutputTests.SeedSource);

        GeneratorHarness.AssertClean(diagnostics, run);
        var generated = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(11 + (sdk == SdkShape.None ? 0 : 1), generated.Length);
        Assert.Equal(sdk != SdkShape.None, generated.Contains("CognitoGen.SdkRequests.g.cs"));
        Assert.Contains("class.namespace.Outer_1+Middle+Inner_1.CognitoClient.g.cs", generated);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_ClientSecret_in_the_SDK_the_builder_refuses_a_secret_instead_of_dropping_it()
    {
        var (_, run, diagnostics) = GeneratorHarness.Run(SdkShape.WithoutClientSecret, AllMembers);
        GeneratorHarness.AssertClean(diagnostics, run);
        var builders = GeneratorHarness.GeneratedText(run, "CognitoGen.SdkRequests.g.cs");

        Assert.Contains("if (definition.ClientSecret is not null) throw new global::System.NotSupportedException(", builders);
        Assert.DoesNotContain("request.ClientSecret", builders);
    }

    [Fact]
    public void With_ClientSecret_in_the_SDK_the_builder_sends_it()
    {
        var (_, run, _) = GeneratorHarness.Run(SdkShape.Current, AllMembers);
        Assert.Contains("request.ClientSecret = clientSecret;", GeneratorHarness.GeneratedText(run, "CognitoGen.SdkRequests.g.cs"));
    }

    [Theory]
    [InlineData("[CognitoGen.UserPoolClient(\"x\")] public class NotPartial { }")]
    [InlineData("public class Outer { [CognitoGen.UserPoolClient(\"x\")] public partial class Inner { } }")]
    [InlineData("[CognitoGen.UserPoolClient(\"x\")] public partial record Rec { }")]
    [InlineData("[CognitoGen.UserPoolClient(\"x\")] public partial struct S { }")]
    public void Unsupported_targets_get_no_output_and_no_extra_errors(string source)
    {
        var (output, run, _) = GeneratorHarness.Run(SdkShape.None, source);

        Assert.DoesNotContain(run.Results.Single().GeneratedSources, s => s.HintName.EndsWith(".CognitoClient.g.cs", StringComparison.Ordinal));
        Assert.Empty(run.Results.Single().Diagnostics);
        // Only what the user wrote can be wrong (CS0592 for a struct target); nothing comes from generated code.
        Assert.All(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Equal("CS0592", d.Id));
    }

    [Fact]
    public void Without_the_runtime_library_nothing_is_emitted()
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.None, "namespace CognitoGen { [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class UserPoolClientAttribute : System.Attribute { public UserPoolClientAttribute(string n) { } } }\n[CognitoGen.UserPoolClient(\"x\")] public partial class C { }")
            .RemoveReferences(TestReferences.Runtime);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }
}
