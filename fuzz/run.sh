#!/usr/bin/env bash
# Fuzzes a loader with AFL++ through SharpFuzz. Targets: `client` (the app client JSON loader and the validator, the
# default) and `pool` (UserPoolContextLoader, the pool-file loader, next to valid sibling files; fuzz/CognitoGen.Fuzz/PoolFuzzTarget.cs).
# Usage: fuzz/run.sh [SECONDS] [TARGET]   (default 600 client). Installs afl++ (Debian) and the SharpFuzz instrumenter (NuGet tool).
# Findings go to fuzz/findings/TARGET/ (not committed); every crash should become a regression test in
# tests/CognitoGen.Tests/Cli/CliJsonReaderFuzzTests.cs (client) or tests/CognitoGen.Tests/Pool/PoolLoaderFuzzTests.cs (pool).
# `dotnet fuzz/replay/CognitoGen.Fuzz.dll TARGET FILE` replays one (with the uninstrumented build: the instrumented one
# only runs under afl-fuzz). The unit tests run the pool target's checks on seeded mutations of the same corpus.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-600}
target=${2:-client}
case "$target" in client|pool) ;; *) echo "fuzz: unknown target '$target' (client or pool)" >&2; exit 2 ;; esac

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
corpus="$here/corpus/$target"
rm -rf "$corpus" && mkdir -p "$corpus"
if [ "$target" = client ]; then
  cp "$root/tests/CognitoGen.Tests/Sample/seed-request.json" "$corpus/seed-request.json"
  cp "$root/tests/CognitoGen.Tests/Cli/seed-describe-output.json" "$corpus/seed-describe.json"
  printf '%s' '{"ClientName":"c","ClientId":"x","UserPoolId":"us-east-1_a","AllowedOAuthFlows":["token"],"TokenValidityUnits":{"AccessToken":"weeks"}}' > "$corpus/update-odd.json"
  printf '%s' '{"UserPoolClient":{"ClientName":"c","AnalyticsConfiguration":{"ApplicationId":"ab","RoleArn":"arn:aws:iam::1:role/r","ExternalId":"e"},"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":61}}}' > "$corpus/describe-odd.json"
else
  cp "$root"/tests/CognitoGen.Tests/Pool/Samples/*.json "$corpus/"
  cp "$root/e2e/cdk/AuthStack.template.json" "$corpus/cdk-template.json"
  printf '%s' '{"ResourceServers":[{"Identifier":"a","Scopes":[{"ScopeName":"r"}]}],"NextToken":"n"}' > "$corpus/paged.json"
  printf '%s' '{"Resources":{"P":{"Type":"AWS::Cognito::UserPool","Properties":{"Schema":[{"Name":"tier","Mutable":"false"}]}},"S":{"Type":"AWS::Cognito::UserPoolResourceServer","Properties":{"UserPoolId":{"Ref":"P"},"Identifier":{"Fn::Sub":"x"},"Scopes":[]}}}}' > "$corpus/template-odd.json"
fi

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
findings="$here/findings/$target"
rm -rf "$findings" && mkdir -p "$here/findings"
afl-fuzz -i "$corpus" -o "$findings" -t 10000 -m none -V "$seconds" -- dotnet "$out/CognitoGen.Fuzz.dll" "$target" >"$here/afl.log" 2>&1 || true

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then tail -40 "$here/afl.log"; echo "fuzz: afl-fuzz did not run" >&2; exit 1; fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
echo "fuzz ($target): $crashes crash(es) in $seconds s"
if [ "$crashes" -gt 0 ]; then dotnet "$here/replay/CognitoGen.Fuzz.dll" "$target" "$findings"/default/crashes/id:* 2>&1 | head -20 || true; fi
[ "$crashes" -eq 0 ]
