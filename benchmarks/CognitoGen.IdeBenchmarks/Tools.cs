using System.Diagnostics;

namespace CognitoGen.IdeBenchmarks;

public static class Tools
{
    /// <summary>Runs <c>dotnet ARGS</c>, bounded in time; returns its output, throws on a non-zero exit.</summary>
    public static string Dotnet(string arguments, int timeoutSeconds = 900)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments}: no exit after {timeoutSeconds} s");
        }

        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {arguments} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    /// <summary>The repository's projects that the Clients project references, built in Release once, so their analyzer DLLs exist.</summary>
    public static void BuildRepositoryProjects()
    {
        foreach (var project in new[] { "generator/CognitoGen.Generator/CognitoGen.Generator.csproj", "analyzers/CognitoGen.Analyzers/CognitoGen.Analyzers.csproj" })
        {
            Dotnet($"build -c Release \"{Path.Combine(ConsumerSolution.RepoRoot, project)}\" -v:q -nologo");
        }
    }
}
