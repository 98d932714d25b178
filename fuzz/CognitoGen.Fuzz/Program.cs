using System.Text;
using CognitoGen;
using SharpFuzz;

// Each input is one file as `cognitogen validate` would read it. Anything but a clean load, or a clear
// UserPoolClientJsonException, is a crash: an exception trace where users were promised one clear message.
//   dotnet CognitoGen.Fuzz.dll             run under afl-fuzz (fuzz/run.sh)
//   dotnet CognitoGen.Fuzz.dll FILE...      replay inputs (a crash throws)
if (args.Length > 0)
{
    foreach (var file in args) Check(File.ReadAllBytes(file));
    Console.WriteLine($"{args.Length} input(s) replayed without a crash");
    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Check(buffer.ToArray());
});

static void Check(byte[] bytes)
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
