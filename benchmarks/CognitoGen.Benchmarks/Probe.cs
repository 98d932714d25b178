using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace CognitoGen.Benchmarks;

/// <summary>
/// A quick look without BenchmarkDotNet: each benchmark method of one N, warmed once, then the best of three (or of
/// <c>reps</c>: on a machine shared with other builds the best of many runs is the least disturbed one).
/// </summary>
public static class Probe
{
    public static int Run(int n, string? filter, int reps = 3)
    {
        var bench = new ScaleBenchmarks { N = n };
        bench.Setup();
        foreach (var method in typeof(ScaleBenchmarks).GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        {
            if (filter is not null && !method.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)) continue;
            method.Invoke(bench, null);
            var best = double.MaxValue;
            for (var i = 0; i < reps; i++)
            {
                var sw = Stopwatch.StartNew();
                method.Invoke(bench, null);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{method.Name,-40} N={n,-5} best of {reps} {best,10:F2} ms  {best * 1000 / n,8:F1} µs/client");
        }

        bench.Cleanup();
        return 0;
    }
}
