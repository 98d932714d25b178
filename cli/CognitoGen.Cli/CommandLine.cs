using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CognitoGen.Cli
{
    /// <summary>Exit codes of <c>cognitogen</c>.</summary>
    public static class ExitCodes
    {
        /// <summary>No finding of severity error (warnings and infos are allowed).</summary>
        public const int Ok = 0;

        /// <summary>At least one finding of severity error.</summary>
        public const int Errors = 1;

        /// <summary>A file could not be read or loaded, or the command line was wrong. Wins over <see cref="Errors"/>.</summary>
        public const int Failure = 2;
    }

    /// <summary>Parses the command line and dispatches to the command; never throws for bad input.</summary>
    public static class CommandLine
    {
        /// <summary>The one-line usage, printed after a usage error.</summary>
        public const string UsageLine = "usage: cognitogen validate [--pool PATH]... FILE... | diff DEFINITION DEPLOYED [--ignore-missing] | import FILE [--namespace N] [--class C]   (cognitogen --help for details)";

        /// <summary>The text of <c>cognitogen --help</c>.</summary>
        public const string Help =
            "usage: cognitogen validate [--pool PATH]... FILE...\n" +
            "       cognitogen diff DEFINITION DEPLOYED [--ignore-missing]\n" +
            "       cognitogen import FILE [--namespace N] [--class C]\n" +
            "       cognitogen --help | --version\n" +
            "\n" +
            "Checks Amazon Cognito app client JSON with the CognitoGen rules. Each FILE holds one of:\n" +
            "  - the input of `aws cognito-idp create-user-pool-client --cli-input-json`: checked as a create request;\n" +
            "  - the input of `update-user-pool-client --cli-input-json`, recognised by its ClientId: checked as an update;\n" +
            "  - the output of `describe-user-pool-client` (or create/update), {\"UserPoolClient\": {...}}:\n" +
            "    checked as the create request that would make the same client.\n" +
            "\n" +
            "Output goes to stdout: one line per finding, nothing for a file without findings,\n" +
            "  FILE: SEVERITY ID rule-name: message      (SEVERITY is error, warning or info)\n" +
            "A file that cannot be read or is not an app client gives exactly one line, also on stdout:\n" +
            "  FILE: error: message\n" +
            "Only usage errors go to stderr.\n" +
            "\n" +
            "--pool PATH checks every FILE against the user pool too (scopes, identity providers, attributes, domain,\n" +
            "and for an update the deployed client). PATH is a pool file, or a folder whose *.json files (not its\n" +
            "subfolders) are read in order of their names; --pool may be repeated, and all files make one pool. A pool\n" +
            "file is the output of aws cognito-idp describe-user-pool, list-resource-servers, list-identity-providers,\n" +
            "describe-user-pool-domain or describe-user-pool-client, or a CloudFormation JSON template such as\n" +
            "cdk.out/*.template.json. A pool file that cannot be used is one warning line, before the findings:\n" +
            "  POOLFILE(LINE,COLUMN): warning CGEN8001 pool-file-unreadable: message\n" +
            "it is ignored, the other pool files still count, and the exit status stays as the findings make it.\n" +
            "A PATH that does not exist, or a folder without *.json files, is a usage error.\n" +
            "\n" +
            "Exit status: 0 no finding of severity error; 1 at least one error finding;\n" +
            "             2 a file could not be read or loaded, or a usage error (2 wins over 1).\n" +
            "Files are UTF-8 JSON of at most 4 MiB (a pool file may also be UTF-16 with a byte order mark).\n" +
            "\n" +
            "diff compares DEFINITION (CLI input JSON, e.g. what the generated ToCliInputJson wrote) with DEPLOYED\n" +
            "(describe-user-pool-client output) and prints one line per member that differs:\n" +
            "  DEPLOYED: drift MEMBER: declared X, deployed Y\n" +
            "Cognito's list order, units and service-linked analytics role are not drift; a member DEFINITION leaves out\n" +
            "is compared with Cognito's default. --ignore-missing skips members DEPLOYED does not report (emulators).\n" +
            "Exit status: 0 no drift, 1 drift, 2 a file could not be loaded.\n" +
            "\n" +
            "import prints an attribute-decorated C# partial class for the client in FILE (CLI input or describe output).\n" +
            "Secrets are never imported. Exit status 2 when FILE cannot be loaded or holds a value attributes cannot declare.\n";

        /// <summary>Runs <c>cognitogen</c> with <paramref name="args"/>.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Findings, file errors, help.</param>
        /// <param name="stderr">Usage errors.</param>
        /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0)
            {
                stderr.Write(Help);
                return ExitCodes.Failure;
            }

            switch (args[0])
            {
                case "-h":
                case "--help":
                case "help":
                    stdout.Write(Help);
                    return ExitCodes.Ok;
                case "--version":
                    stdout.WriteLine("cognitogen " + Version());
                    return ExitCodes.Ok;
                case "validate":
                    return Validate(args, stdout, stderr);
                case "diff":
                    return Diff(args, stdout, stderr);
                case "import":
                    return Import(args, stdout, stderr);
                default:
                    return UsageError(stderr, args[0].StartsWith("-", StringComparison.Ordinal) ? $"unknown option '{args[0]}'" : $"unknown command '{args[0]}'");
            }
        }

        private static int Validate(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var files = new List<string>();
            var pools = new List<string>();
            var options = true;
            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                if (options && arg == "--")
                {
                    options = false;
                }
                else if (options && arg is "-h" or "--help")
                {
                    stdout.Write(Help);
                    return ExitCodes.Ok;
                }
                else if (options && arg == "--pool")
                {
                    if (i + 1 >= args.Length) return UsageError(stderr, "validate: --pool needs a PATH (a pool file or a folder of them)");
                    pools.Add(args[++i]);
                }
                else if (options && arg.StartsWith("--pool=", StringComparison.Ordinal))
                {
                    pools.Add(arg.Substring("--pool=".Length));
                }
                else if (options && arg == "-")
                {
                    return UsageError(stderr, "validate: reading standard input is not supported; save the JSON to a file");
                }
                else if (options && arg.StartsWith("-", StringComparison.Ordinal))
                {
                    return UsageError(stderr, $"validate: unknown option '{arg}' (use -- before a file name that starts with -)");
                }
                else
                {
                    files.Add(arg);
                }
            }

            return ValidateCommand.Run(files, pools, stdout, stderr);
        }

        private static int Diff(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var files = args.Skip(1).Where(a => a != "--ignore-missing").ToList();
            if (files.Any(f => f.StartsWith("-", StringComparison.Ordinal))) return UsageError(stderr, $"diff: unknown option '{files.First(f => f.StartsWith("-", StringComparison.Ordinal))}'");
            if (files.Count != 2) return UsageError(stderr, "diff: give exactly two files, DEFINITION and DEPLOYED");
            return DiffCommand.Run(files[0], files[1], args.Contains("--ignore-missing"), stdout);
        }

        private static int Import(string[] args, TextWriter stdout, TextWriter stderr)
        {
            string? file = null, ns = null, className = null;
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--namespace" when i + 1 < args.Length: ns = args[++i]; break;
                    case "--class" when i + 1 < args.Length: className = args[++i]; break;
                    case var option when option.StartsWith("-", StringComparison.Ordinal): return UsageError(stderr, $"import: unknown option or missing value '{option}'");
                    case var path when file is null: file = path; break;
                    default: return UsageError(stderr, "import: give one FILE");
                }
            }

            return file is null ? UsageError(stderr, "import: give one FILE") : ImportCommand.Run(file, ns, className, stdout, stderr);
        }

        internal static int UsageError(TextWriter stderr, string problem)
        {
            stderr.WriteLine("cognitogen: " + problem);
            stderr.WriteLine(UsageLine);
            return ExitCodes.Failure;
        }

        private static string Version()
        {
            var assembly = typeof(CommandLine).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            // Without the "+commit" build metadata that source link appends.
            var plus = informational?.IndexOf('+') ?? -1;
            return plus > 0 ? informational!.Substring(0, plus) : informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }
}
