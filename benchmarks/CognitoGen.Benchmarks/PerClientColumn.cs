using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CognitoGen.Benchmarks;

/// <summary>Mean time and allocation divided by N: per client (per options class for the peer).</summary>
public sealed class PerClientColumn : IColumn
{
    public string Id => nameof(PerClientColumn);
    public string ColumnName => "Per client";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean / N (µs) and Allocated / N (KB): per client, per options class for the peer, per client of the file for *OneFile";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        // The one-file benchmarks analyze the 50 clients of one file, whatever N is.
        var n = benchmarkCase.Descriptor.WorkloadMethod.Name.Contains("OneFile") ? Workload.ClientsPerFile : Convert.ToDouble(benchmarkCase.Parameters["N"]);
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var alloc = bytes is long b ? $"{b / n / 1024:F1} KB" : "?";
        return $"{stats.Mean / n / 1000:F1} µs, {alloc}";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
