#!/usr/bin/env bash
# Fix All as `dotnet format` runs it: a fresh app of the packed package with several fixable findings in two files;
# one `dotnet format analyzers` pass per fix must fix all of its findings (a second pass with --verify-no-changes
# finds nothing), the
# added scope must follow the file's constant style, and the app must then build with warnings as errors.
# Usage: e2e/format.sh   (needs the .NET SDK; each step bounded)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
step() { echo "e2e format: $*"; }
fail() { echo "e2e format: FAIL $*" >&2; exit 1; }
version=0.1.0-format$(date +%s)
. "$root/e2e/lib/consumer-app.sh"

step "packing CognitoGen $version"
new_consumer_app "$root" "$work" "$version"
app="$work/app"
cat >"$app/Web.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("web-app")]
[CallbackUrl("http://app.example.com/cb"), CallbackUrl("http://app.example.com/cb2")]
[LogoutUrl("http://app.example.com/out")]
[AllowedOAuthFlows(OAuthFlow.Code), OAuthScope(StandardScope.Email), EnableOAuth]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito)]
public class WebAppClient { }
CS
cat >"$app/Admin.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("admin-app")]
[CallbackUrl("http://admin.example.com/cb")]
[AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("profile"), EnableOAuth]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito)]
public class AdminClient { }
CS
cat >"$app/Program.cs" <<'CS'
System.Console.WriteLine(App.WebAppClient.Definition.ClientName + " " + App.AdminClient.Definition.ClientName);
CS
(cd "$app" && timeout 300 dotnet restore --nologo -v quiet >/dev/null)
# One run per fix: each fix's Fix All must converge in one pass (a second run with --verify-no-changes finds nothing).
# A single run over several of these IDs at once was seen to leave some unfixed ("Code fix ... didn't return a Fix All
# action"); the cause (dotnet format re-using diagnostics computed before an earlier fixer changed the file) is not
# confirmed, so this script checks each fix on its own.
for id in CGEN3004 CGEN1001 CGEN2012; do
  step "one pass of dotnet format analyzers for $id"
  (cd "$app" && timeout 600 dotnet format analyzers App.csproj --no-restore --severity info --diagnostics "$id") \
    || fail "the dotnet format pass for $id failed"
  (cd "$app" && timeout 600 dotnet format analyzers App.csproj --no-restore --severity info --diagnostics "$id" --verify-no-changes) \
    || { cat "$app/Web.cs" "$app/Admin.cs" >&2; fail "one pass for $id did not converge: a second pass still changes files"; }
done
grep -q 'http://' "$app/Web.cs" "$app/Admin.cs" && { cat "$app/Web.cs" "$app/Admin.cs" >&2; fail "an http:// URL is left"; }
grep -q 'OAuthScope(StandardScope.OpenId)' "$app/Web.cs" || { cat "$app/Web.cs" >&2; fail "Web.cs uses StandardScope constants, so openid must be StandardScope.OpenId"; }
grep -q 'OAuthScope("openid")' "$app/Admin.cs" || { cat "$app/Admin.cs" >&2; fail "Admin.cs writes scopes as literals, so openid must be \"openid\""; }
grep -q 'public partial class WebAppClient' "$app/Web.cs" && grep -q 'public partial class AdminClient' "$app/Admin.cs" \
  || fail "a class was not made partial"
step "building the formatted app (warnings are errors)"
(cd "$app" && timeout 300 dotnet build --no-restore --nologo -v quiet -p:TreatWarningsAsErrors=true) || { cat "$app/Web.cs" "$app/Admin.cs" >&2; fail "the formatted app does not build clean"; }
step "passed"
