using System.Text;
using CognitoGen;
using CognitoGen.Fuzz;
using SharpFuzz;

// Two targets. `client` (the default): each input is one app client file as `cognitogen validate` would read it;
// anything but a clean load, or a clear UserPoolClientJsonException, is a crash: an exception trace where users were
// promised one clear message. `pool`: each input is one pool file for UserPoolContextLoader (PoolFuzzTarget.cs).
//   dotnet CognitoGen.Fuzz.dll [client|pool]              run under afl-fuzz (fuzz/run.sh [SECONDS] [TARGET])
//   dotnet CognitoGen.Fuzz.dll [client|pool] FILE...      replay inputs (a crash throws)
var target = args.Length > 0 && args[0] is "client" or "pool" ? args[0] : "client";
var files = args.Length > 0 && args[0] is "client" or "pool" ? args.Skip(1).ToArray() : args;
Action<byte[]> check = target == "pool" ? CheckPool : CheckClient;

if (files.Length > 0)
{
    foreach (var file in files) check(File.ReadAllBytes(file));
    Console.WriteLine($"{files.Length} input(s) replayed without a crash ({target})");
    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    check(buffer.ToArray());
});

// Hosts hand pool files to the loader as text (the analyzers get them decoded by the compiler), so every input counts:
// invalid UTF-8 becomes replacement characters, as it would there.
static void CheckPool(byte[] bytes) => PoolFuzzTarget.Check(Encoding.UTF8.GetString(bytes), PoolFuzzTarget.DefaultSiblings);

static void CheckClient(byte[] bytes)
{
    string text;
    try
    {
        text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }
    catch (DecoderFallbackException)
    {
        return; // the CLI reports non-UTF-8 files before the loader sees them
    }

    UserPoolClientDocument document;
    try
    {
        document = UserPoolClientDefinition.FromJson(text);
    }
    catch (UserPoolClientJsonException e)
    {
        if (e.Message.Contains('\n')) throw new InvalidOperationException("a loader message spans lines");
        return;
    }

    // Whatever loaded must validate, write and load back to the same definition.
    foreach (var finding in document.Validate())
    {
        if (finding.Message.Contains('\n')) throw new InvalidOperationException("a finding message spans lines: " + finding.Id);
    }

    var definition = document.Definition with { ClientSecretSuppliedAtRuntime = false };
    var again = UserPoolClientDefinition.FromJson(definition.ToCliInputJson(document.UserPoolId ?? "us-east-1_fuzz")).Definition;
    if (!again.Equals(definition)) throw new InvalidOperationException("the JSON writer and reader disagree");
    // CloudFormation cannot set a custom secret and says so (documented NotSupportedException); everything else writes.
    if (definition.ClientSecret is null) _ = definition.ToCloudFormationJson();
    _ = definition.Diff(again);
}
