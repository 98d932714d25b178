#!/usr/bin/env bash
# CDK synth end to end: a CDK for .NET app (e2e/cdk) that references the real Amazon.CDK.Lib and the packed CognitoGen
# package (from a temporary folder feed, restored into a private packages folder) declares a user pool and the sample's
# client through the generated MyTestClient.ToCfnProps(pool.Ref), synthesizes in process (app.Synth(); the jsii runtime
# needs Node.js, no CDK CLI), and e2e/cdk/check.py compares the AWS::Cognito::UserPoolClient in AuthStack.template.json
# with Definition.ToCloudFormationJson() and the AWS CLI example's request, member for member. Then the pool loop: a
# second app lists the synthesized templates as <CognitoGenPool> items, and the analyzers check its client against the
# stack's resource server, schema and identity providers (a defined scope builds clean, a typo'd one fails with CGEN8002).
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
started=$SECONDS
# No compiler server or MSBuild node outlives the script (MSBuild reads UseSharedCompilation from the environment).
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false

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

# The loop "the stack declares the pool -> synth -> the analyzers check the clients against it": a second, tiny app lists
# the synthesized templates as its pool files. A client whose scope the stack's resource server defines builds clean;
# one scope off, the build fails with CGEN8002 at that argument, suggesting the stack's scope.
python3 - "$work/feed/CognitoGen.$version.nupkg" <<'PY' || { echo "e2e cdk: the package does not turn <CognitoGenPool> items into AdditionalFiles (no build/buildTransitive file mentions CognitoGenPool)" >&2; exit 1; }
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sys.exit(0 if any(n.lower().startswith(("build/", "buildtransitive/")) and b"CognitoGenPool" in z.read(n) for n in z.namelist()) else 1)
PY
mkdir -p "$work/poolapp"
cp "$work/app/nuget.config" "$work/poolapp/"
cat >"$work/poolapp/PoolApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>PoolApp</RootNamespace>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="CognitoGen" Version="$version" /></ItemGroup>
  <ItemGroup><CognitoGenPool Include="$work/out/*.template.json" /></ItemGroup>
</Project>
XML
cat >"$work/poolapp/Program.cs" <<'CS'
System.Console.WriteLine(string.Join(" ", PoolApp.AsteroidsClient.Definition.AllowedOAuthScopes!));
CS
asteroids_client() {
  cat >"$work/poolapp/AsteroidsClient.cs" <<CS
using CognitoGen;

namespace PoolApp;

[UserPoolClient("asteroids")]
[CallbackUrl("https://asteroids.example.com/callback"), LogoutUrl("https://asteroids.example.com/signed-out")]
[AllowedOAuthFlows(OAuthFlow.Code), EnableOAuth]
[OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email)]
[OAuthScope("$1")]
[ReadAttributes(StandardAttribute.Email, CognitoPool.CustomAttributes.Tier)]
[WriteAttributes(StandardAttribute.Email)]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider("MyOIDC")]
public partial class AsteroidsClient { }
CS
}
pool_build() {
  (cd "$work/poolapp" && timeout 600 dotnet build --no-restore --nologo -v quiet -clp:NoSummary "$@" 2>&1)
}
step "a second app with <CognitoGenPool Include=\"cdk.out/*.template.json\" />: the stack's scope builds clean"
asteroids_client "solar-system-data/asteroids.add"
timeout 600 dotnet restore "$work/poolapp" --packages "$work/packages" -v quiet --nologo >/dev/null
pool_build -warnaserror >"$work/pool-clean.log" \
  || { cat "$work/pool-clean.log"; echo "e2e cdk: a client whose scope the stack defines does not build clean against the synthesized template" >&2; exit 1; }
scopes=$(cd "$work/poolapp" && timeout 120 dotnet run --no-build --no-restore)
[ "$scopes" = "openid email solar-system-data/asteroids.add" ] || { echo "e2e cdk: the pool app's scopes are '$scopes'" >&2; exit 1; }
step "one scope off: CGEN8002 at the argument, suggesting the stack's scope"
asteroids_client "solar-system-data/asteroid.add"
at=$(awk 'index($0, "\"solar-system-data/asteroid.add\"") { print NR "," index($0, "\"solar-system-data/asteroid.add\""); exit }' "$work/poolapp/AsteroidsClient.cs")
set +e
pool_build >"$work/pool-typo.log"
status=$?
set -e
[ "$status" -ne 0 ] || { cat "$work/pool-typo.log"; echo "e2e cdk: a scope the stack does not define built" >&2; exit 1; }
line=$(grep -F "$work/poolapp/AsteroidsClient.cs($at): error CGEN8002:" "$work/pool-typo.log" | head -n 1) || true
[ -n "$line" ] || { cat "$work/pool-typo.log"; echo "e2e cdk: no CGEN8002 at AsteroidsClient.cs($at)" >&2; exit 1; }
case "$line" in *"solar-system-data/asteroids.add"*) ;; *) echo "e2e cdk: CGEN8002 does not suggest the stack's scope: $line" >&2; exit 1 ;; esac
others=$(grep -oE 'error CGEN[0-9]{4}' "$work/pool-typo.log" | sort -u | grep -v 'CGEN8002' || true)
[ -z "$others" ] || { cat "$work/pool-typo.log"; echo "e2e cdk: errors other than CGEN8002: $others" >&2; exit 1; }
echo "$line"
step "passed in $((SECONDS - started)) s"
