using CognitoGen.IdeBenchmarks;
using Microsoft.Build.Locator;

// Modes (see ../README.md, "In the IDE"):
//   run [N ...] [--warmup W] [--edits K] [--budget-minutes M] [--out FILE] [--keep]
//        the measured run (default N = 1 50 500 5000, W = 2, K = 7, M = 15 per N), one side-by-side table
//   check [N]     the workload and the edits do what the table says (real dotnet build, generator outputs, diagnostics); default N = 50
//   write DIR [N] writes the consumer solution to DIR (default N = 50)
//   firstrun [N [ours-first|sdk-first [WARM]]]  a fresh process's first run of our generator and analyzers vs warm runs (default 1 sdk-first 3)
MSBuildLocator.RegisterDefaults();

if (args.Length > 0 && args[0] == "write")
{
    foreach (var path in ConsumerSolution.Write(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2]) : 50)) Console.WriteLine(path);
    return 0;
}

if (args.Length > 0 && args[0] == "check")
{
    Tools.BuildRepositoryProjects();
    return await Check.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 50);
}

if (args.Length > 0 && args[0] == "firstrun")
{
    Tools.BuildRepositoryProjects();
    return await FirstRun.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1, args.Length > 2 ? args[2] : "sdk-first", args.Length > 3 ? int.Parse(args[3]) : 3);
}

if (args.Length == 0 || args[0] == "run")
{
    var sizes = new List<int>();
    int warmup = 2, edits = 7;
    var budget = TimeSpan.FromMinutes(15);
    string? output = null;
    var keep = false;
    for (var i = 1; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--warmup": warmup = int.Parse(args[++i]); break;
            case "--edits": edits = int.Parse(args[++i]); break;
            case "--budget-minutes": budget = TimeSpan.FromMinutes(double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture)); break;
            case "--out": output = Path.GetFullPath(args[++i]); break;
            case "--keep": keep = true; break;
            default: sizes.Add(int.Parse(args[i])); break;
        }
    }

    Tools.BuildRepositoryProjects();
    return await Runner.RunAsync(new Runner.Options(sizes.Count > 0 ? sizes.ToArray() : [1, 50, 500, 5000], warmup, edits, budget, output, keep));
}

Console.Error.WriteLine("usage: run [N ...] [--warmup W] [--edits K] [--budget-minutes M] [--out FILE] [--keep] | check [N] | write DIR [N] | firstrun [N [ours-first|sdk-first [WARM]]]");
return 2;
