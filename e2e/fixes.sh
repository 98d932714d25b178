#!/usr/bin/env bash
# Code fixes as an IDE loads them: packs runtime/CognitoGen into a throwaway feed, creates a fresh app that references it
# (restored into a private packages folder), opens it in MSBuildWorkspace (e2e/fixes), loads the package's fix
# providers from the project's analyzer references, applies "Use https://" and "Make partial", then builds the app.
# Usage: e2e/fixes.sh   (needs the .NET SDK; bounded to 10 minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
step() { echo "e2e fixes: $*"; }
version=0.1.0-fixes$(date +%s)
. "$root/e2e/lib/consumer-app.sh"

step "packing CognitoGen $version"
new_consumer_app "$root" "$work" "$version"
app="$work/app"
cat >"$app/Client.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("web-app")]
[CallbackUrl("http://app.example.com/cb")]
[AllowedOAuthFlows(OAuthFlow.Code), OAuthScope(StandardScope.OpenId), EnableOAuth]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito)]
public class WebAppClient;
CS
cat >"$app/Program.cs" <<'CS'
System.Console.WriteLine(App.WebAppClient.Definition.ClientName);
CS
(cd "$app" && timeout 300 dotnet restore --nologo -v quiet >/dev/null)
if (cd "$app" && timeout 300 dotnet build --no-restore --nologo -v quiet >"$work/before.log" 2>&1); then
  echo "e2e fixes: the unfixed app was expected not to build" >&2; exit 1
fi
step "opening the app in MSBuildWorkspace"
timeout --kill-after=10 600 dotnet run --project "$root/e2e/fixes/CognitoGen.E2E.Fixes.csproj" -- "$app/App.csproj"
step "building the fixed app (warnings are errors)"
(cd "$app" && timeout 300 dotnet build --no-restore --nologo -v quiet -p:TreatWarningsAsErrors=true) || { echo "e2e fixes: the fixed app does not build clean" >&2; exit 1; }
step "passed"
