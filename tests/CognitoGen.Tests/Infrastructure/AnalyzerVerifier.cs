extern alias analyzers;
using analyzers::CognitoGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Runs <see cref="UserPoolClientAnalyzer"/> with the shared references; markup <c>{|CGEN3004:…|}</c> marks an expected diagnostic.</summary>
public static class AnalyzerVerifier
{
    public static IReadOnlyList<string> AllIds { get; } = Descriptors.All.Select(d => d.Id).ToArray();

    public static DiagnosticResult Diagnostic(string id) => new(Descriptors.ById[id]);

    /// <summary>Verifies the markup; only the rules in <paramref name="only"/> are enabled (all when empty), so each case checks just its own rules.</summary>
    public static Task VerifyAsync(string source, string[] only, params DiagnosticResult[] expected) =>
        Test(source, only, expected).RunAsync();

    public static CSharpAnalyzerTest<UserPoolClientAnalyzer, DefaultVerifier> Test(string source, string[] only, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UserPoolClientAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.Net80,
        };
        test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
        test.ExpectedDiagnostics.AddRange(expected);
        if (only.Length > 0) test.DisabledDiagnostics.AddRange(AllIds.Except(only));
        return test;
    }

    /// <summary>Wraps attribute lines into a client class <c>C</c> named "client".</summary>
    public static string Client(string attributes, string name = "C") => $$"""
        using CognitoGen;

        [UserPoolClient("client")]
        {{attributes}}
        public partial class {{name}} { }
        """;
}
