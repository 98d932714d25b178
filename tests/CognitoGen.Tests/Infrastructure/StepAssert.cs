using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Tests.Infrastructure;

public static class StepAssert
{
    /// <summary>
    /// An output step that regenerates nothing: cached (or unchanged), or new but adding no source. The generator has one
    /// output per file, so a new file without clients is a new output that adds nothing.
    /// </summary>
    public static bool RegeneratesNothing((object Value, IncrementalStepRunReason Reason) output) =>
        output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged ||
        (output.Reason == IncrementalStepRunReason.New && output.Value is ITuple { Length: 2 } t && t[0] is System.Collections.ICollection { Count: 0 });
}
