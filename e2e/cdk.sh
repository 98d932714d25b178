#!/usr/bin/env bash
# CDK synth end to end: a CDK for .NET app (e2e/cdk) that references the real Amazon.CDK.Lib and the packed CognitoGen
# package (from a temporary folder feed, restored into a private packages folder) declares a user pool and the sample's
# client through the generated MyTestClient.ToCfnProps(pool.Ref), synthesizes in process (app.Synth(); the jsii runtime
# needs Node.js, no CDK CLI), and e2e/cdk/check.py compares the AWS::Cognito::UserPoolClient in AuthStack.template.json
# with Definition.ToCloudFormationJson() and the AWS CLI example's request, member for member.
# Usage: e2e/cdk.sh [KEEP_DIR]   (KEEP_DIR, or $COGNITOGEN_CDK_KEEP, receives a copy of the synthesized template;
#        without it, the template must equal the committed e2e/cdk/AuthStack.template.json)
# Amazon.CDK.Lib 2.160.0 is the newest version that restores from the feed here (2.267.0 and later need Constructs >= 10.5.0).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cdk_version=${COGNITOGEN_CDK_VERSION:-2.160.0}
keep=${1:-${COGNITOGEN_CDK_KEEP:-}}
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
step() { echo "e2e cdk: $*"; }

if ! command -v node >/dev/null 2>&1; then
  step "installing Node.js from Debian (the jsii runtime of the CDK for .NET needs it)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
fi
command -v python3 >/dev/null 2>&1 || { echo "e2e cdk: python3 is required" >&2; exit 1; }

version="0.1.0-cdke2e$(date -u +%Y%m%d%H%M%S)"
step "packing CognitoGen $version"
timeout 600 dotnet pack "$root/runtime/CognitoGen/CognitoGen.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null

# Outside the repo, so the repo's Directory.Build.props does not apply: the app sees only the package, as a user would.
mkdir -p "$work/app"
cp "$root/e2e/cdk/CdkE2e.csproj" "$root/e2e/cdk/Program.cs" "$work/app/"
cp "$root/sample/CognitoGen.Sample/MyTestClient.cs" "$work/app/"
cat >"$work/app/nuget.config" <<CONFIG
<configuration>
  <packageSources>
    <add key="cognitogen-e2e" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
step "restoring Amazon.CDK.Lib $cdk_version and the package into a private packages folder"
timeout 600 dotnet restore "$work/app" --packages "$work/packages" -p:CognitoGenVersion="$version" -p:CdkVersion="$cdk_version" -v quiet --nologo
timeout 600 dotnet build "$work/app" --no-restore -c Release -o "$work/bin" -p:CognitoGenVersion="$version" -p:CdkVersion="$cdk_version" -v quiet --nologo >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "e2e cdk: the CDK app did not build" >&2; exit 1; }

step "synthesizing in process (node $(node --version))"
# Node prints an end-of-life banner on stderr for old versions; keep stderr for a failure only.
timeout --kill-after=10 300 dotnet "$work/bin/CdkE2e.dll" "$work/out" 2>"$work/synth.err" \
  || { cat "$work/synth.err"; echo "e2e cdk: synth failed" >&2; exit 1; }

python3 "$root/e2e/cdk/check.py" "$work/out" "$root/tests/CognitoGen.Tests/Sample/seed-request.json"
# The committed copy (e2e/cdk/AuthStack.template.json) is the pool context for the analyzers' pool checks: it must be
# what this stack synthesizes today. `e2e/cdk.sh e2e/cdk` refreshes it.
if [ -z "$keep" ] && [ "$cdk_version" = 2.160.0 ]; then
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
    "$work/out/AuthStack.template.json" "$root/e2e/cdk/AuthStack.template.json" \
    || { echo "e2e cdk: e2e/cdk/AuthStack.template.json is stale; run e2e/cdk.sh e2e/cdk to refresh it" >&2; exit 1; }
  step "e2e/cdk/AuthStack.template.json is what the stack synthesizes"
fi
if [ -n "$keep" ]; then
  mkdir -p "$keep" && cp "$work/out/AuthStack.template.json" "$keep/"
  step "kept the template at $keep/AuthStack.template.json"
fi
step "passed"
