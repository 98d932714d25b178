#!/usr/bin/env bash
# Fuzzes the JSON loader and validator with AFL++ through SharpFuzz.
# Usage: fuzz/run.sh [SECONDS]   (default 600). Installs afl++ (Debian) and the SharpFuzz instrumenter (NuGet tool).
# Findings go to fuzz/findings/ (not committed); every crash should become a regression test in
# tests/CognitoGen.Tests/Cli/CliJsonReaderFuzzTests.cs. `dotnet fuzz/replay/CognitoGen.Fuzz.dll FILE` replays one
# (with the uninstrumented build: the instrumented one only runs under afl-fuzz).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-600}

if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
tools="$here/.tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

out="$here/out"
rm -rf "$out"
dotnet publish "$here/CognitoGen.Fuzz/CognitoGen.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet
rm -rf "$here/replay" && cp -r "$out" "$here/replay"
"$tools/sharpfuzz" "$out/CognitoGen.dll"

# The corpus starts from the JSON the tests use.
corpus="$here/corpus"
rm -rf "$corpus" && mkdir -p "$corpus"
cp "$root/tests/CognitoGen.Tests/Sample/seed-request.json" "$corpus/seed-request.json"
cp "$root/tests/CognitoGen.Tests/Cli/seed-describe-output.json" "$corpus/seed-describe.json"
printf '%s' '{"ClientName":"c","ClientId":"x","UserPoolId":"us-east-1_a","AllowedOAuthFlows":["token"],"TokenValidityUnits":{"AccessToken":"weeks"}}' > "$corpus/update-odd.json"
printf '%s' '{"UserPoolClient":{"ClientName":"c","AnalyticsConfiguration":{"ApplicationId":"ab","RoleArn":"arn:aws:iam::1:role/r","ExternalId":"e"},"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":61}}}' > "$corpus/describe-odd.json"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
rm -rf "$here/findings"
afl-fuzz -i "$corpus" -o "$here/findings" -t 10000 -m none -V "$seconds" -- dotnet "$out/CognitoGen.Fuzz.dll" >"$here/afl.log" 2>&1 || true

stats="$here/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then tail -40 "$here/afl.log"; echo "fuzz: afl-fuzz did not run" >&2; exit 1; fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
crashes=$(find "$here/findings/default/crashes" -type f -name 'id:*' | wc -l)
echo "fuzz: $crashes crash(es) in $seconds s"
if [ "$crashes" -gt 0 ]; then dotnet "$here/replay/CognitoGen.Fuzz.dll" "$here"/findings/default/crashes/id:* 2>&1 | head -20 || true; fi
[ "$crashes" -eq 0 ]
