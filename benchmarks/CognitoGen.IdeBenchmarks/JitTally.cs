using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CognitoGen.IdeBenchmarks;

/// <summary>
/// Counts the methods the JIT compiles in this process, and the time it spends on them, from the runtime's own events
/// (MethodJittingStarted → MethodLoadVerbose on the same thread), grouped by the method's namespace: ours
/// (<c>CognitoGen.*</c>), Roslyn's (<c>Microsoft.CodeAnalysis.*</c>) and the rest. Events carry their own time stamps,
/// so a step's share is what was compiled between its start and end.
/// </summary>
public sealed class JitTally : EventListener
{
    private readonly ConcurrentQueue<(DateTime At, string Namespace, double Ms)> _compiled = new();
    private readonly ConcurrentDictionary<long, (DateTime At, string Namespace)> _started = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        // The runtime's provider; 0x10 = JIT keyword (method load and jitting-started events at Verbose).
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.Payload is null) return;
        if (e.EventName.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
        {
            _started[e.OSThreadId] = (e.TimeStamp, Payload(e, "MethodNamespace"));
        }
        else if (e.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) && _started.TryRemove(e.OSThreadId, out var start))
        {
            _compiled.Enqueue((e.TimeStamp, start.Namespace, (e.TimeStamp - start.At).TotalMilliseconds));
        }
    }

    private static string Payload(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 ? e.Payload![i]?.ToString() ?? "" : "";
    }

    /// <summary>Methods compiled between <paramref name="from"/> and <paramref name="to"/> (UTC), and the JIT's time on them, by group.</summary>
    public string Between(DateTime from, DateTime to)
    {
        Thread.Sleep(1500); // runtime events reach listeners in batches, about once a second
        var inRange = _compiled.Where(c => c.At >= from && c.At <= to).ToList();
        string Group(string ns) => ns.StartsWith("CognitoGen.", StringComparison.Ordinal) ? "CognitoGen" : ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Roslyn" : "other";
        var parts = inRange.GroupBy(c => Group(c.Namespace)).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()} methods {g.Sum(c => c.Ms):F0} ms");
        return $"{inRange.Count} methods, {inRange.Sum(c => c.Ms):F0} ms JIT ({string.Join("; ", parts)})";
    }
}
