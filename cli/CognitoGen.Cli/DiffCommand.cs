using System;
using System.Collections.Generic;
using System.IO;

namespace CognitoGen.Cli
{
    /// <summary>
    /// <c>cognitogen diff DEFINITION DEPLOYED [--ignore-missing]</c>: compares the client a team declared (CLI input JSON,
    /// e.g. the output of the generated <c>ToCliInputJson</c>) with the deployed one (<c>describe-user-pool-client</c> output).
    /// </summary>
    public static class DiffCommand
    {
        /// <summary>Prints one line per drifting member; exit 1 on drift, 0 without, 2 when a file cannot be loaded.</summary>
        public static int Run(string declaredFile, string deployedFile, bool ignoreMissing, TextWriter stdout)
        {
            UserPoolClientDefinition declared, deployed;
            try
            {
                declared = Load(declaredFile, stdout);
                deployed = Load(deployedFile, stdout);
            }
            catch (LoadFailed)
            {
                return ExitCodes.Failure;
            }

            var differences = declared.Diff(deployed, ignoreMissing);
            foreach (var difference in differences) stdout.WriteLine($"{deployedFile}: drift {ValidateCommand.OneLine(difference.ToString())}");
            return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.Errors;
        }

        private static UserPoolClientDefinition Load(string file, TextWriter stdout)
        {
            try
            {
                return UserPoolClientDefinition.FromJson(ValidateCommand.ReadText(file)).Definition;
            }
            catch (Exception e) when (e is UserPoolClientJsonException or ValidateCommand.FileProblem)
            {
                stdout.WriteLine($"{file}: error: {ValidateCommand.OneLine(e.Message)}");
                throw new LoadFailed();
            }
        }

        private sealed class LoadFailed : Exception
        {
        }
    }
}
