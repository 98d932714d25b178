using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Linq;
using CognitoGen.Pool;
using CognitoGen.Rules;

namespace CognitoGen.Cli
{
    /// <summary>
    /// <c>cognitogen validate [--pool PATH]... FILE...</c>: loads the pool files (if any) into one context, prints each problem
    /// met on the way as a CGEN8001 warning, then loads each FILE, validates it against that context, and prints one line
    /// per finding.
    /// </summary>
    public static class ValidateCommand
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Validates <paramref name="files"/> in order; never throws for bad input and never prints a stack trace.</summary>
        /// <param name="files">Paths as given on the command line; each is printed exactly so.</param>
        /// <param name="stdout">Findings and file errors, one line each.</param>
        /// <param name="stderr">Usage errors.</param>
        /// <returns>2 when a file could not be read or loaded, else 1 when a finding is an error, else 0.</returns>
        public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr) => Run(files, Array.Empty<string>(), stdout, stderr);

        /// <summary>
        /// Validates <paramref name="files"/> in order against the user pool that <paramref name="pools"/> describe; never
        /// throws for bad input and never prints a stack trace. Without pools, exactly what <see cref="Run(IReadOnlyList{string}, TextWriter, TextWriter)"/> does.
        /// </summary>
        /// <param name="files">Paths as given on the command line; each is printed exactly so.</param>
        /// <param name="pools">The <c>--pool</c> paths: files, or folders whose <c>*.json</c> files (not recursive) are read in ordinal order of their names.</param>
        /// <param name="stdout">Pool file warnings, findings and file errors, one line each.</param>
        /// <param name="stderr">Usage errors.</param>
        /// <returns>2 when a FILE could not be read or loaded or a pool path does not exist, else 1 when a finding is an error, else 0.
        /// A pool file that cannot be read is a CGEN8001 warning and does not change the exit code.</returns>
        public static int Run(IReadOnlyList<string> files, IReadOnlyList<string> pools, TextWriter stdout, TextWriter stderr)
        {
            if (files.Count == 0) return CommandLine.UsageError(stderr, "validate: no files given");
            UserPoolContext? context = null;
            if (pools.Count > 0)
            {
                var poolFiles = PoolFiles(pools, out var problem);
                if (poolFiles is null) return CommandLine.UsageError(stderr, problem!);
                context = LoadPool(poolFiles, stdout);
            }

            var exit = ExitCodes.Ok;
            foreach (var file in files) exit = Math.Max(exit, ValidateFile(file, context, stdout));
            return exit;
        }

        /// <summary>The pool files the <c>--pool</c> paths name, each once (first mention wins), or null and the usage problem.</summary>
        internal static IReadOnlyList<string>? PoolFiles(IReadOnlyList<string> pools, out string? problem)
        {
            problem = null;
            var result = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pool in pools)
            {
                IEnumerable<string> found;
                try
                {
                    if (pool.Length == 0)
                    {
                        problem = "validate: --pool '': empty path";
                        return null;
                    }

                    if (Directory.Exists(pool))
                    {
                        // Not recursive, like the <CognitoGenPool Include="infra/pool/*.json" /> glob the README shows;
                        // sorted by name so that the order (and so the merge and its diagnostics) does not depend on the file system.
                        found = Directory.EnumerateFiles(pool, "*.json", new EnumerationOptions { MatchType = MatchType.Simple, RecurseSubdirectories = false })
                            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                            .ToList();
                        if (!found.Any())
                        {
                            problem = $"validate: --pool '{OneLine(pool)}' is a folder without *.json files; snapshot the pool into it first (see the README, \"Checking against your pool\")";
                            return null;
                        }
                    }
                    else if (File.Exists(pool))
                    {
                        found = new[] { pool };
                    }
                    else
                    {
                        problem = $"validate: --pool '{OneLine(pool)}': no such file or folder";
                        return null;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
                {
                    problem = $"validate: --pool '{OneLine(pool)}': cannot list the folder ({OneLine(e.Message)})";
                    return null;
                }

                foreach (var file in found)
                {
                    string key;
                    try
                    {
                        key = Path.GetFullPath(file);
                    }
                    catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
                    {
                        key = file;
                    }

                    if (seen.Add(key)) result.Add(file);
                }
            }

            return result;
        }

        /// <summary>Loads the pool files into one context; every problem is one CGEN8001 line, and the other files still count.</summary>
        private static UserPoolContext LoadPool(IReadOnlyList<string> poolFiles, TextWriter stdout)
        {
            var texts = new List<(string Path, string Text)>();
            var unreadable = new List<PoolLoadDiagnostic>();
            foreach (var file in poolFiles)
            {
                try
                {
                    texts.Add((file, ReadPoolText(file)));
                }
                catch (FileProblem e)
                {
                    unreadable.Add(new PoolLoadDiagnostic(file, 1, 1, e.Message + "; the file was ignored"));
                }
            }

            var result = UserPoolContextLoader.Load(texts);
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < poolFiles.Count; i++) order[poolFiles[i]] = i;

            // In the order of the files (a stable sort, so the loader's own order within a file stays).
            foreach (var diagnostic in unreadable.Concat(result.Diagnostics).OrderBy(d => order.TryGetValue(d.File, out var i) ? i : -1))
            {
                stdout.WriteLine(PoolLine(diagnostic));
            }

            return result.Context;
        }

        /// <summary>A loader diagnostic as a finding line: <c>FILE(LINE,COLUMN): warning CGEN8001 pool-file-unreadable: message</c>.</summary>
        internal static string PoolLine(PoolLoadDiagnostic diagnostic)
        {
            var rule = RuleCatalogue.PoolFileUnreadable;
            return string.Create(CultureInfo.InvariantCulture, $"{diagnostic.File}({diagnostic.Line},{diagnostic.Column}): {SeverityName(rule.Severity)} {rule.Id} {rule.Name}: {OneLine(diagnostic.Message)}");
        }

        private static int ValidateFile(string file, UserPoolContext? context, TextWriter stdout)
        {
            IReadOnlyList<RuleFinding> findings;
            try
            {
                findings = UserPoolClientDefinition.FromJson(ReadText(file)).Validate(context);
            }
            catch (Exception e) when (e is UserPoolClientJsonException or FileProblem)
            {
                stdout.WriteLine($"{file}: error: {OneLine(e.Message)}");
                return ExitCodes.Failure;
            }
            catch (Exception e)
            {
                // A bug in the loader or a rule; still one line, and the type tells the maintainers where to look.
                stdout.WriteLine($"{file}: error: internal error ({e.GetType().Name}: {OneLine(e.Message)}); please report it");
                return ExitCodes.Failure;
            }

            var exit = ExitCodes.Ok;
            foreach (var finding in findings)
            {
                stdout.WriteLine($"{file}: {SeverityName(finding.Severity)} {finding.Rule.Id} {finding.Rule.Name}: {OneLine(finding.Message)}");
                if (finding.Severity == RuleSeverity.Error) exit = ExitCodes.Errors;
            }

            return exit;
        }

        /// <summary>The lower-case severity printed in a finding line.</summary>
        /// <param name="severity">The finding's severity.</param>
        /// <returns><c>error</c>, <c>warning</c> or <c>info</c>.</returns>
        public static string SeverityName(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };

        /// <summary>Largest file read: an app client's JSON is a few kilobytes, so anything bigger is not one.</summary>
        public const long MaxFileBytes = 4 * 1024 * 1024;

        /// <summary>Reads a file as UTF-8 text without a byte order mark; problems become one-line messages.</summary>
        internal static string ReadText(string path) => Decode(ReadBytes(path, "app client JSON"));

        /// <summary>
        /// Reads a pool file as text. Unlike app client JSON, which the AWS CLI reads back, a pool file is only read by
        /// CognitoGen, so it is decoded as the compiler decodes the same file for the analyzers: a UTF-8 or UTF-16 byte
        /// order mark is honoured (Windows PowerShell's <c>&gt;</c> writes UTF-16), and without one it must be UTF-8.
        /// </summary>
        internal static string ReadPoolText(string path)
        {
            var bytes = ReadBytes(path, "a pool file");
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Decode(bytes.AsSpan(3).ToArray());
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            return Decode(bytes);
        }

        private static byte[] ReadBytes(string path, string what)
        {
            byte[] bytes;
            try
            {
                if (path.Length == 0) throw new FileProblem("empty file name");
                if (Directory.Exists(path)) throw new FileProblem("is a directory, not a file");
                var length = new FileInfo(path).Length;
                if (length > MaxFileBytes) throw new FileProblem($"the file has {length} bytes, more than the 4 MiB cap for {what}");
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new FileProblem("no such file");
            }
            catch (UnauthorizedAccessException)
            {
                throw new FileProblem("permission denied");
            }
            catch (IOException e)
            {
                throw new FileProblem("cannot read the file: " + e.Message);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw new FileProblem("invalid file name");
            }

            return bytes;
        }

        /// <summary>Strict UTF-8: a file the AWS CLI would read differently is reported, not guessed at.</summary>
        internal static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                throw new FileProblem("the file starts with a UTF-16 byte order mark; save it as UTF-8");
            }

            // The AWS CLI's JSON reader refuses a byte order mark, so a file with one could not be deployed as it is.
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                throw new FileProblem("the file starts with a UTF-8 byte order mark, which the AWS CLI refuses in JSON input; save it as UTF-8 without one");
            }

            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.BytesUnknown is { Length: > 0 } unknown && e.Index >= 0
                    ? $" (byte 0x{unknown[0].ToString("X2", CultureInfo.InvariantCulture)} at offset {e.Index.ToString(CultureInfo.InvariantCulture)})"
                    : string.Empty;
                throw new FileProblem("the file is not valid UTF-8" + at);
            }
        }

        /// <summary>Keeps a message on one line: control characters and lone surrogates are shown as \uXXXX escapes.</summary>
        internal static string OneLine(string message)
        {
            StringBuilder? sb = null;
            for (var i = 0; i < message.Length; i++)
            {
                var c = message[i];
                var pair = char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]);
                var escape = c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || (char.IsSurrogate(c) && !pair);
                if (escape && sb is null) sb = new StringBuilder(message, 0, i, message.Length + 16);
                if (escape) sb!.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else if (pair)
                {
                    sb?.Append(c).Append(message[i + 1]);
                    i++;
                }
                else sb?.Append(c);
            }

            return sb?.ToString() ?? message;
        }

        /// <summary>A file that cannot be read as text.</summary>
        internal sealed class FileProblem : Exception
        {
            public FileProblem(string message)
                : base(message)
            {
            }
        }
    }
}
