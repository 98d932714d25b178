using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Parsing;
using CognitoGen.Pool;
using CognitoGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// The analyzers' pool context: the AdditionalFiles the package marks as pool files (metadata <c>CognitoGenPool=true</c>,
    /// from <c>&lt;CognitoGenPool Include="…" /&gt;</c>), loaded by the shared <see cref="UserPoolContextLoader"/>. Loaded once per
    /// change of those files: a compilation start with the same files (paths and text checksums) takes the cached result,
    /// so an edit in a client file, which starts a new compilation, re-reads none of them. Other AdditionalFiles are never read.
    /// </summary>
    internal static class PoolFiles
    {
        /// <summary>At most this many distinct sets of pool files are kept (one per project and recent edit is the usual need).</summary>
        private const int CacheSize = 16;

        private static readonly object Gate = new();

        /// <summary>Most recently used last.</summary>
        private static readonly List<KeyValuePair<Key, Lazy<PoolLoadResult>>> Cache = new();

        private static int _loads;

        /// <summary>How many times pool files were parsed since the process started: for the caching tests.</summary>
        internal static int LoadCount => Volatile.Read(ref _loads);

        /// <summary>The pool files among <paramref name="options"/>' AdditionalFiles, in project order.</summary>
        public static ImmutableArray<AdditionalText> Select(AnalyzerOptions options)
        {
            var builder = ImmutableArray.CreateBuilder<AdditionalText>();
            foreach (var file in options.AdditionalFiles)
            {
                if (PoolFileFilter.IsPoolFile(file, options.AnalyzerConfigOptionsProvider)) builder.Add(file);
            }

            return builder.ToImmutable();
        }

        /// <summary>What the pool files say, loaded or from the cache; never throws (but for cancellation).</summary>
        public static Loaded Load(ImmutableArray<AdditionalText> files, CancellationToken ct)
        {
            var texts = new (string Path, SourceText? Text, string? Problem)[files.Length];
            for (var i = 0; i < files.Length; i++)
            {
                var path = files[i].Path ?? "(unnamed)";
                try
                {
                    var text = files[i].GetText(ct);
                    texts[i] = (path, text, text is null ? "could not be read (the file is missing or not readable); the file was ignored" : null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    texts[i] = (path, null, $"could not be read ({e.GetType().Name}: {e.Message}); the file was ignored");
                }
            }

            var readable = texts.Where(t => t.Text is not null).Select(t => (t.Path, Text: t.Text!)).ToArray();
            var result = Cached(readable, ct);
            var unreadable = texts.Where(t => t.Problem is not null).Select(t => new PoolLoadDiagnostic(t.Path, 1, 1, t.Problem!)).ToArray();
            var byPath = ImmutableDictionary.CreateBuilder<string, SourceText>(StringComparer.Ordinal);
            foreach (var (path, text) in readable) byPath[path] = text;
            return new Loaded(result.Context, result.Diagnostics.Concat(unreadable).ToImmutableArray(), byPath.ToImmutable());
        }

        private static PoolLoadResult Cached((string Path, SourceText Text)[] files, CancellationToken ct)
        {
            var key = new Key(files.Select(f => new Entry(f.Path, f.Text.Length, f.Text.GetChecksum())).ToImmutableArray());
            Lazy<PoolLoadResult> lazy;
            lock (Gate)
            {
                var index = Cache.FindIndex(e => e.Key.Equals(key));
                if (index >= 0)
                {
                    lazy = Cache[index].Value;
                    Cache.RemoveAt(index);
                }
                else
                {
                    // Only the texts go into the lazy, never the AdditionalText objects (the IDE's can hold a whole workspace).
                    var strings = files.Select(f => (f.Path, f.Text.ToString())).ToArray();
                    lazy = new Lazy<PoolLoadResult>(() =>
                    {
                        Interlocked.Increment(ref _loads);
                        try
                        {
                            return UserPoolContextLoader.Load(strings);
                        }
                        catch (Exception e)
                        {
                            // The loader does not throw; should it ever, the build goes on without a context rather than failing
                            // every compilation with the cached exception.
                            return new PoolLoadResult(UserPoolContext.Unknown, strings.Select(f => new PoolLoadDiagnostic(f.Path, 1, 1, $"could not be read ({e.GetType().Name}: {e.Message}); the file was ignored")).ToArray());
                        }
                    }, LazyThreadSafetyMode.ExecutionAndPublication);
                    if (Cache.Count >= CacheSize) Cache.RemoveAt(0);
                }

                Cache.Add(new KeyValuePair<Key, Lazy<PoolLoadResult>>(key, lazy));
            }

            ct.ThrowIfCancellationRequested();
            return lazy.Value;
        }

        /// <summary>Reports the load diagnostics of <paramref name="context"/>'s file as CGEN8001, at their line and column.</summary>
        public static void Report(AdditionalFileAnalysisContext context, Loaded loaded)
        {
            var path = context.AdditionalFile.Path;
            foreach (var d in loaded.Diagnostics)
            {
                if (!string.Equals(d.File, path, StringComparison.Ordinal)) continue;
                var location = Locate(path, loaded.Texts.TryGetValue(path, out var text) ? text : null, d.Line, d.Column);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(RuleCatalogue.PoolFileUnreadable), location, d.Message));
            }
        }

        /// <summary>The location of a 1-based line and column (in code points) in the file; the whole first position when out of range.</summary>
        internal static Location Locate(string path, SourceText? text, int line, int column)
        {
            if (text is null || text.Lines.Count == 0) return Location.Create(path, default, new LinePositionSpan(default, default));
            var lineIndex = Math.Max(0, Math.Min(line - 1, text.Lines.Count - 1));
            var textLine = text.Lines[lineIndex];
            // Columns count code points; the text counts UTF-16 units.
            var offset = textLine.Start;
            for (var c = 1; c < column && offset < textLine.End; c++)
            {
                offset += char.IsHighSurrogate(text[offset]) && offset + 1 < textLine.End && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
            }

            var start = new LinePosition(lineIndex, offset - textLine.Start);
            return Location.Create(path, new TextSpan(offset, 0), new LinePositionSpan(start, start));
        }

        /// <summary>The loaded context, every diagnostic (of the loader, and for files that could not be read), and the texts by path.</summary>
        internal sealed class Loaded
        {
            public Loaded(UserPoolContext context, ImmutableArray<PoolLoadDiagnostic> diagnostics, ImmutableDictionary<string, SourceText> texts)
            {
                Context = context;
                Diagnostics = diagnostics;
                Texts = texts;
            }

            public UserPoolContext Context { get; }

            public ImmutableArray<PoolLoadDiagnostic> Diagnostics { get; }

            public ImmutableDictionary<string, SourceText> Texts { get; }
        }

        private readonly struct Entry : IEquatable<Entry>
        {
            public Entry(string path, int length, ImmutableArray<byte> checksum)
            {
                Path = path;
                Length = length;
                Checksum = checksum.IsDefault ? ImmutableArray<byte>.Empty : checksum;
            }

            public string Path { get; }

            public int Length { get; }

            public ImmutableArray<byte> Checksum { get; }

            public bool Equals(Entry other) => Path == other.Path && Length == other.Length && Checksum.SequenceEqual(other.Checksum);

            public override bool Equals(object? obj) => obj is Entry other && Equals(other);

            public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Length;
        }

        private sealed class Key : IEquatable<Key>
        {
            public Key(ImmutableArray<Entry> entries) => Entries = entries;

            public ImmutableArray<Entry> Entries { get; }

            public bool Equals(Key? other) => other is not null && Entries.SequenceEqual(other.Entries);

            public override bool Equals(object? obj) => Equals(obj as Key);

            public override int GetHashCode() => Entries.Aggregate(17, (h, e) => unchecked(h * 31 + e.GetHashCode()));
        }
    }
}
