using System.Reflection;
using System.Text;
using CognitoGen.Benchmarks;

namespace CognitoGen.IdeBenchmarks;

/// <summary>One of the three sibling projects of the consumer solution, and the two one-character edits made in it.</summary>
/// <param name="Name">Project name (also its folder).</param>
/// <param name="GeneratorType">Full name of the generator measured in this project.</param>
/// <param name="Annotated">The annotated-file edit: a file with 50 annotated types, the text there, and the text with one character more.</param>
/// <param name="Unrelated">The unrelated-file edit: a method body in Helpers.cs.</param>
public sealed record ProjectSpec(string Name, string GeneratorType, EditSpec Annotated, EditSpec Unrelated);

/// <summary>A one-character edit: <see cref="Before"/> (unique in the file) becomes <see cref="After"/>, one character longer, and back.</summary>
public sealed record EditSpec(string Kind, string FileName, string Before, string After);

/// <summary>
/// Writes the consumer solution to a folder: three sibling projects with the same number N of annotated units, each
/// with one file of ordinary code (the unrelated file), compiled for net10.0 the way a user's app is.
/// <list type="bullet">
/// <item><c>Clients</c>: N app clients, 50 per file (the in-process benchmark's <see cref="Workload"/>), CognitoGen's
/// generator and analyzers as ProjectReferences with <c>OutputItemType="Analyzer"</c>, the runtime and the SDK stand-in.</item>
/// <item><c>Json</c>: N serializable types, 50 per file, each file with one <c>JsonSerializerContext</c> carrying 50
/// <c>[JsonSerializable]</c> (System.Text.Json's generator comes with the .NET 10 targeting pack).</item>
/// <item><c>Logging</c>: N <c>[LoggerMessage]</c> partial methods, 50 per file in one static partial class
/// (Microsoft.Extensions.Logging.Abstractions <see cref="LoggingAbstractionsVersion"/>, which ships the generator).</item>
/// </list>
/// </summary>
public static class ConsumerSolution
{
    public const string LoggingAbstractionsVersion = "10.0.12";

    public static string RepoRoot { get; } = typeof(ConsumerSolution).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public const string OurGenerator = "CognitoGen.Generator.ClientGenerator";
    public const string JsonGenerator = "System.Text.Json.SourceGeneration.JsonSourceGenerator";
    public const string LoggingGenerator = "Microsoft.Extensions.Logging.Generators.LoggerMessageGenerator";

    private static int Mid(int n) => Workload.EditedClient(n);
    private static string FileOf(string prefix, int n) => $"{prefix}{Mid(n) / Workload.ClientsPerFile}.cs";

    private static EditSpec UnrelatedEdit => new("unrelated file", Workload.UnrelatedPath, "x * 2;", "x * 23;");

    public static ProjectSpec Clients(int n) => new("Clients", OurGenerator,
        new EditSpec("client file", FileOf("Clients", n), string.Format(Workload.ClientEditBefore, Mid(n)) + "\"", string.Format(Workload.ClientEditBefore, Mid(n)) + "x\""),
        UnrelatedEdit);

    public static ProjectSpec Json(int n) => new("Json", JsonGenerator,
        new EditSpec("[JsonSerializable] file", FileOf("Orders", n), $" Code{Mid(n)} {{", $" Code{Mid(n)}x {{"),
        UnrelatedEdit);

    public static ProjectSpec Logging(int n) => new("Logging", LoggingGenerator,
        new EditSpec("[LoggerMessage] file", FileOf("Log", n), $"reached step {Mid(n)}\"", $"reached step {Mid(n)}x\""),
        UnrelatedEdit);

    public static IReadOnlyList<ProjectSpec> Projects(int n) => [Clients(n), Json(n), Logging(n)];

    public static string ProjectPath(string root, string name) => Path.Combine(root, name, name + ".csproj");

    /// <summary>Writes the three projects under <paramref name="root"/>; returns their .csproj paths.</summary>
    public static IReadOnlyList<string> Write(string root, int n)
    {
        var repo = RepoRoot;
        WriteProject(root, "Clients", Workload.ClientSources(n), $"""
              <ItemGroup>
                <ProjectReference Include="{repo}/runtime/CognitoGen/CognitoGen.csproj" />
                <ProjectReference Include="{repo}/tests/CognitoGen.SdkStandIn/CognitoGen.SdkStandIn.csproj" />
                <ProjectReference Include="{repo}/generator/CognitoGen.Generator/CognitoGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repo}/analyzers/CognitoGen.Analyzers/CognitoGen.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            """);
        WriteProject(root, "Json", Files("Orders", n, "using System.Text.Json.Serialization;\n\nnamespace App.Orders{0};\n\n", JsonType, JsonContext), "");
        WriteProject(root, "Logging", Files("Log", n, "using Microsoft.Extensions.Logging;\n\nnamespace App.Logging{0};\n\npublic static partial class Log{0}\n{{\n", LogMethod, _ => "}\n"), $"""
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="{LoggingAbstractionsVersion}" />
              </ItemGroup>
            """);
        return [ProjectPath(root, "Clients"), ProjectPath(root, "Json"), ProjectPath(root, "Logging")];
    }

    private static void WriteProject(string root, string name, IEnumerable<(string Path, string Text)> sources, string items)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        foreach (var (path, text) in sources) File.WriteAllText(Path.Combine(dir, path), text);
        // No Directory.Build.props above the temporary folder: a plain consumer project.
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
                <!-- The clients are valid; the analyzers' infos (pool-dependent reminders) are not warnings. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
            {items}
            </Project>
            """);
    }

    /// <summary>N units in files of 50, each file with a header (formatted with its index), the units, and a footer.</summary>
    private static IEnumerable<(string, string)> Files(string prefix, int n, string header, Func<int, string> unit, Func<(int File, int Start, int End), string> footer)
    {
        for (var start = 0; start < n; start += Workload.ClientsPerFile)
        {
            var file = start / Workload.ClientsPerFile;
            var end = Math.Min(n, start + Workload.ClientsPerFile);
            var sb = new StringBuilder(string.Format(header, file));
            for (var i = start; i < end; i++) sb.Append(unit(i));
            sb.Append(footer((file, start, end)));
            yield return ($"{prefix}{file}.cs", sb.ToString());
        }

        yield return (Workload.UnrelatedPath, Workload.Unrelated);
    }

    /// <summary>A serializable type of eight properties: numbers, strings, a nullable, a date, a list and an array.</summary>
    private static string JsonType(int i) => $$"""
        /// <summary>Order {{i}}.</summary>
        public sealed class Order{{i}}
        {
            public int Id { get; set; }
            public string Code{{i}} { get; set; } = "";
            public string? Customer { get; set; }
            public decimal Total { get; set; }
            public System.DateTimeOffset CreatedAt { get; set; }
            public System.Collections.Generic.List<string> Tags { get; set; } = new();
            public bool IsPaid { get; set; }
            public int[] Quantities { get; set; } = [];
        }

        """;

    private static string JsonContext((int File, int Start, int End) f)
    {
        var sb = new StringBuilder();
        for (var i = f.Start; i < f.End; i++) sb.Append("[JsonSerializable(typeof(Order").Append(i).Append("))]\n");
        sb.Append("[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]\n");
        sb.Append("internal partial class OrdersContext").Append(f.File).Append(" : JsonSerializerContext\n{\n}\n");
        return sb.ToString();
    }

    /// <summary>A logging method with a message template of two placeholders and an event id.</summary>
    private static string LogMethod(int i) => $$"""
            /// <summary>Step {{i}}.</summary>
            [LoggerMessage(EventId = {{i}}, Level = LogLevel.Information, Message = "Order {OrderId} for {Customer} reached step {{i}}")]
            public static partial void Step{{i}}(ILogger logger, int orderId, string customer);

        """;
}
