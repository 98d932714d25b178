using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CognitoGen.Rules;

namespace CognitoGen.Cli
{
    /// <summary><c>cognitogen validate FILE...</c>: loads each file, validates it, prints one line per finding.</summary>
    public static class ValidateCommand
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Validates <paramref name="files"/> in order; never throws for bad input and never prints a stack trace.</summary>
        /// <param name="files">Paths as given on the command line; each is printed exactly so.</param>
        /// <param name="stdout">Findings and file errors, one line each.</param>
        /// <param name="stderr">Usage errors.</param>
        /// <returns>2 when a file could not be read or loaded, else 1 when a finding is an error, else 0.</returns>
        public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
        {
            if (files.Count == 0) return CommandLine.UsageError(stderr, "validate: no files given");
            var exit = ExitCodes.Ok;
            foreach (var file in files) exit = Math.Max(exit, ValidateFile(file, stdout));
            return exit;
        }

        private static int ValidateFile(string file, TextWriter stdout)
        {
            IReadOnlyList<RuleFinding> findings;
            try
            {
                findings = UserPoolClientDefinition.FromJson(ReadText(file)).Validate();
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
        internal static string ReadText(string path)
        {
            byte[] bytes;
            try
            {
                if (path.Length == 0) throw new FileProblem("empty file name");
                if (Directory.Exists(path)) throw new FileProblem("is a directory, not a file");
                var length = new FileInfo(path).Length;
                if (length > MaxFileBytes) throw new FileProblem($"the file has {length} bytes, more than the 4 MiB cap for app client JSON");
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

            return Decode(bytes);
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
