using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The issue's five ratios, from one BenchmarkDotNet run (its full JSON report, plus the analyzer telemetry that the
/// same run wrote beside it). Prints markdown and returns it.
/// </summary>
public static class Ratios
{
    private sealed record Result(double MeanNs, double? Bytes);

    public static string FromReport(string reportPath)
    {
        var results = new Dictionary<(string Method, int N), Result>();
        using (var document = JsonDocument.Parse(File.ReadAllBytes(reportPath)))
        {
            foreach (var b in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (b.GetProperty("Statistics").ValueKind != JsonValueKind.Object) continue;
                var n = int.Parse(b.GetProperty("Parameters").GetString()!.Split('=')[1], CultureInfo.InvariantCulture);
                double? bytes = b.TryGetProperty("Memory", out var memory) && memory.TryGetProperty("BytesAllocatedPerOperation", out var bpo) && bpo.ValueKind == JsonValueKind.Number ? bpo.GetDouble() : null;
                results[(b.GetProperty("Method").GetString()!, n)] = new Result(b.GetProperty("Statistics").GetProperty("Mean").GetDouble(), bytes);
            }
        }

        var telemetry = new Dictionary<int, double>();
        // Written by the run beside its results folder; a copied report may have it right beside it instead.
        var reportDirectory = Path.GetDirectoryName(Path.GetFullPath(reportPath))!;
        var telemetryPath = new[] { reportDirectory, Path.GetDirectoryName(reportDirectory)! }
            .Select(d => Path.Combine(d, "analyzer-telemetry.tsv")).FirstOrDefault(File.Exists) ?? string.Empty;
        if (File.Exists(telemetryPath))
        {
            foreach (var line in File.ReadAllLines(telemetryPath))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 2) telemetry[int.Parse(parts[0], CultureInfo.InvariantCulture)] = double.Parse(parts[1], CultureInfo.InvariantCulture) * 1e6;
            }
        }

        var ns = results.Keys.Select(k => k.N).Distinct().Order().ToList();
        double? Mean(string method, int n) => results.TryGetValue((method, n), out var r) ? r.MeanNs : null;
        double? Bytes(string method, int n) => results.TryGetValue((method, n), out var r) ? r.Bytes : null;
        // Our analyzer's share: what its run costs beyond the same run with an analyzer that does nothing.
        double? AnalyzerShare(int n) => Mean("Analyzers", n) is { } a && Mean("Analyzers_Noop", n) is { } b ? Math.Max(0, a - b) : null;
        double? OneFileShare(int n) => Mean("Analyzers_OneFile", n) is { } a && Mean("Analyzers_OneFile_Noop", n) is { } b ? Math.Max(0, a - b) : null;
        double? Ours(int n) => Mean("Generator_Full", n) is { } g && AnalyzerShare(n) is { } a ? g + a : null;

        var sb = new StringBuilder();
        sb.AppendLine("### Ratios (one run)");
        sb.AppendLine();
        sb.AppendLine("Analyzer share = Analyzers − Analyzers_Noop (the same driver run with an analyzer that does nothing: the binding the driver "
                      + "forces is the compiler's work); telemetry = time inside our analyzer's callbacks as /reportanalyzer counts it (last "
                      + "invocation; it includes attribute binding that our callbacks trigger first, which the compiler would otherwise do).");
        sb.AppendLine();
        sb.AppendLine("| N | generator full | analyzer share | analyzer telemetry | compiler parse+bind+emit | (gen + analyzer share) / compiler | (gen + telemetry) / compiler | same / compiler incl. generated code | unrelated edit / full | one-client edit / full | ours per client | peer per class | generator / peer | (gen + analyzer share) / peer |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in ns)
        {
            var gen = Mean("Generator_Full", n);
            var compiler = Mean("Compiler_ParseBindEmit", n);
            var withGenerated = Mean("Compiler_ParseBindEmit_WithGenerated", n);
            var tel = telemetry.TryGetValue(n, out var t) ? t : (double?)null;
            var peer = Mean("Peer_OptionsValidator_Full", n);
            sb.AppendLine(string.Join(" | ", new[]
            {
                "| " + n,
                Time(gen), Time(AnalyzerShare(n)), Time(tel), Time(compiler),
                Pct(Ours(n), compiler), Pct(gen + tel, compiler), Pct(Ours(n), withGenerated),
                Pct(Mean("Generator_UnrelatedEdit", n), gen), Pct(Mean("Generator_OneClientEdit", n), gen),
                Time(Ours(n) / n), Time(peer / n), X(gen, peer), X(Ours(n), peer),
            }) + " |");
        }

        sb.AppendLine();
        sb.AppendLine("After an edit (what the IDE pays per keystroke): the generator re-runs, against the floor that Roslyn's attribute lookup "
                      + "alone costs; the analyzers on the one open file (50 clients) against the compiler's own diagnostics for that file.");
        sb.AppendLine();
        sb.AppendLine("| N | generator full | unrelated edit | one-client edit | floor: attribute lookup only, unrelated edit | floor / unrelated edit | analyzers, one file | no-op analyzer, one file | our share, one file | compiler's diagnostics, one file |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in ns)
        {
            var oneFile = Mean("Analyzers_OneFile", n);
            var bindOne = Mean("Compiler_BindOneFile", n);
            sb.AppendLine(string.Join(" | ", new[]
            {
                "| " + n, Time(Mean("Generator_Full", n)), Time(Mean("Generator_UnrelatedEdit", n)), Time(Mean("Generator_OneClientEdit", n)),
                Time(Mean("Floor_AttributeLookup_UnrelatedEdit", n)), Pct(Mean("Floor_AttributeLookup_UnrelatedEdit", n), Mean("Generator_UnrelatedEdit", n)),
                Time(oneFile), Time(Mean("Analyzers_OneFile_Noop", n)), Time(OneFileShare(n)), Time(bindOne),
            }) + " |");
        }

        sb.AppendLine();
        sb.AppendLine("| per client | N=100 | N=5000 | growth 100 → 5000 |");
        sb.AppendLine("|---|---:|---:|---:|");
        void Growth(string label, Func<int, double?> f, string unit)
        {
            var a = f(100) / 100;
            var b = f(5000) / 5000;
            sb.AppendLine($"| {label} | {(unit == "t" ? Time(a) : Kb(a))} | {(unit == "t" ? Time(b) : Kb(b))} | {X(b, a)} |");
        }

        Growth("generator full, time", n => Mean("Generator_Full", n), "t");
        Growth("analyzer share, time", AnalyzerShare, "t");
        Growth("generator + analyzer share, time", Ours, "t");
        Growth("compiler parse+bind+emit, time", n => Mean("Compiler_ParseBindEmit", n), "t");
        Growth("peer, time", n => Mean("Peer_OptionsValidator_Full", n), "t");
        Growth("generator full, allocated", n => Bytes("Generator_Full", n), "b");
        Growth("analyzer share, allocated", n => Bytes("Analyzers", n) - Bytes("Analyzers_Noop", n), "b");
        Growth("peer, allocated", n => Bytes("Peer_OptionsValidator_Full", n), "b");

        const int Big = 5000;
        sb.AppendLine();
        sb.AppendLine("| target (issue 4) | measured | met |");
        sb.AppendLine("|---|---:|:---:|");
        Target("(generator full + analyzers) / compiler, N=5000", Ours(Big) / Mean("Compiler_ParseBindEmit", Big), 0.10, true);
        Target("(generator full + analyzers) / compiler, N=1000", Ours(1000) / Mean("Compiler_ParseBindEmit", 1000), 0.10, true);
        Target("unrelated-edit re-run / full run, N=5000", Mean("Generator_UnrelatedEdit", Big) / Mean("Generator_Full", Big), 0.01, true);
        Target("one-client edit among 5000 / full run", Mean("Generator_OneClientEdit", Big) / Mean("Generator_Full", Big), 0.01, true);
        Target("per-client cost growth 100 → 5000 (generator + analyzers)", Ours(Big) / Big / (Ours(100) / 100), 1.2, false);
        Target("ours per client / peer per options class, N=5000 (generator only)", Mean("Generator_Full", Big) / Mean("Peer_OptionsValidator_Full", Big), 1.0, false);
        Target("ours per client / peer per options class, N=5000 (generator + analyzers)", Ours(Big) / Mean("Peer_OptionsValidator_Full", Big), 1.0, false);

        void Target(string label, double? value, double limit, bool percent)
        {
            var shown = value is null ? "–" : percent ? value.Value.ToString("P2", CultureInfo.InvariantCulture) : value.Value.ToString("F2", CultureInfo.InvariantCulture) + "×";
            var bound = percent ? limit.ToString("P0", CultureInfo.InvariantCulture) : limit.ToString("F1", CultureInfo.InvariantCulture) + "×";
            sb.AppendLine($"| {label} ≤ {bound} | {shown} | {(value is null ? "?" : value <= limit ? "yes" : "**no**")} |");
        }

        var text = sb.ToString();
        Console.WriteLine(text);
        return text;
    }

    private static string Time(double? ns) => ns switch
    {
        null => "–",
        >= 1e9 => (ns.Value / 1e9).ToString("F2", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (ns.Value / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " ms",
        _ => (ns.Value / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " µs",
    };

    private static string Kb(double? bytes) => bytes is null ? "–" : (bytes.Value / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KB";

    private static string Pct(double? a, double? b) => a is null || b is null or 0 ? "–" : (a.Value / b.Value).ToString("P2", CultureInfo.InvariantCulture);

    private static string X(double? a, double? b) => a is null || b is null or 0 ? "–" : (a.Value / b.Value).ToString("F2", CultureInfo.InvariantCulture) + "×";
}
