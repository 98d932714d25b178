#!/usr/bin/env bash
# Checking app clients against the user pool, end to end: a user pool with custom attributes is created in cognito-local
# 5.3.0 through the real AWS CLI, its `describe-user-pool` output goes into a fresh consumer app's pool/ folder next to
# the hand-written `list-resource-servers` and `list-identity-providers` outputs of e2e/pool/ (cognito-local has no
# resource servers or identity providers), and the app lists them as <CognitoGenPool Include="pool/*.json" />. Then:
#   a. a client with a typo'd custom scope and an undefined custom attribute fails `dotnet build` with CGEN8002 and
#      CGEN8004 at the file(line,col) of those two arguments, each message with its did-you-mean;
#   b. the corrected client, written with the generated names (CognitoPool.Scopes.…), builds clean with -warnaserror;
#   c. `cognitogen validate --pool pool/` on the typo'd client's CLI JSON gives the same two errors (exit 1);
#   d. a malformed pool file gives a CGEN8001 warning at its file(line,col), and the other files are still checked.
# Usage: e2e/pool.sh   (needs the .NET SDK, Node.js/npm, and the AWS CLI, which it installs from Debian if missing;
#        each step is bounded; the server is always stopped and the temporary folder removed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
. "$root/e2e/lib/cognito-local.sh"
cleanup() { stop_cognito_local; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
step() { echo "e2e pool: $*"; }
fail() { echo "e2e pool: FAIL $*" >&2; exit 1; }
started=$SECONDS
# No compiler server or MSBuild node outlives the script (MSBuild reads UseSharedCompilation from the environment).
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false
version=0.1.0-pool$(date -u +%Y%m%d%H%M%S)
. "$root/e2e/lib/consumer-app.sh"

ensure_aws_cli
command -v python3 >/dev/null 2>&1 || fail "python3 is required"

step "packing CognitoGen $version and the cognitogen tool; installing cognito-local 5.3.0"
install_cognito_local "$work"
new_consumer_app "$root" "$work" "$version"
timeout 600 dotnet pack "$root/cli/CognitoGen.Cli/CognitoGen.Cli.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null
timeout 300 dotnet tool install CognitoGen.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
cognitogen="$work/tools/cognitogen"
app="$work/app"

# The features this script proves must be there: fail loudly, never pass by checking nothing.
python3 - "$work/feed/CognitoGen.$version.nupkg" <<'PY' || fail "the package does not turn <CognitoGenPool> items into AdditionalFiles (its build/buildTransitive props/targets never mention CognitoGenPool)"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sys.exit(0 if any(n.lower().startswith(("build/", "buildtransitive/")) and b"CognitoGenPool" in z.read(n) for n in z.namelist()) else 1)
PY
"$cognitogen" validate --help 2>&1 | grep -q -- '--pool' || "$cognitogen" --help 2>&1 | grep -q -- '--pool' \
  || fail "cognitogen validate has no --pool option"

start_cognito_local "$work"

# email required (cognito-local keeps it so), custom:tier mutable, custom:employee_id immutable; custom:plan added later.
pool=$(idp create-user-pool --pool-name cognitogen-pool-e2e --query UserPool.Id --output text --schema \
  '[{"Name": "email", "AttributeDataType": "String", "Required": true, "Mutable": true},
    {"Name": "tier", "AttributeDataType": "String", "Mutable": true, "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "20"}},
    {"Name": "employee_id", "AttributeDataType": "Number", "Mutable": false}]')
idp add-custom-attributes --user-pool-id "$pool" --custom-attributes '[{"Name": "plan", "AttributeDataType": "String", "Mutable": true}]'
mkdir -p "$app/pool"
idp describe-user-pool --user-pool-id "$pool" >"$app/pool/describe-user-pool.json"
stop_cognito_local
step "user pool $pool described; cognito-local stopped"
python3 - "$app/pool/describe-user-pool.json" <<'PY' || fail "describe-user-pool does not list the schema this script created"
import json, sys
attrs = {a["Name"]: a for a in json.load(open(sys.argv[1]))["UserPool"]["SchemaAttributes"]}
assert attrs["email"]["Required"] is True, attrs.get("email")
assert attrs["custom:tier"]["Mutable"] is True and attrs["custom:employee_id"]["Mutable"] is False, attrs
assert "custom:plan" in attrs, sorted(attrs)
PY
# The hand-written outputs, for the pool just created (one set of pool files describes one pool).
for f in list-resource-servers.json list-identity-providers.json; do
  sed "s/local_EXAMPLE/$pool/g" "$root/e2e/pool/$f" >"$app/pool/$f"
done
python3 - "$app/App.csproj" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
open(p, "w").write(s.replace("</Project>", '  <ItemGroup><CognitoGenPool Include="pool/*.json" /></ItemGroup>\n</Project>'))
PY

# a. The typo'd client. Each argument under test is alone on its line, so its position is found by text below.
cat >"$app/Orders.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("orders-web")]
[CallbackUrl("https://app.example.com/callback"), LogoutUrl("https://app.example.com/signed-out")]
[AllowedOAuthFlows(OAuthFlow.Code), EnableOAuth]
[OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email)]
[OAuthScope(
    "orders/raed")]
[ReadAttributes(StandardAttribute.Email,
    "custom:teir")]
[WriteAttributes(StandardAttribute.Email, "custom:tier")]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider("Okta")]
public partial class OrdersClient { }
CS
cat >"$app/Program.cs" <<'CS'
System.Console.WriteLine(App.OrdersClient.Definition.ClientName);
CS
# where FILE TEXT: "FILE(line,col)" of the first occurrence of TEXT (1-based, as the compiler prints it).
where() {
  python3 - "$1" "$2" <<'PY'
import sys
path, text = sys.argv[1], sys.argv[2]
for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
    if text in line:
        print(f"{path}({n},{line.index(text) + 1})")
        break
else:
    sys.exit(f"{text} not in {path}")
PY
}
scope_at=$(where "$app/Orders.cs" '"orders/raed"')
attribute_at=$(where "$app/Orders.cs" '"custom:teir"')

(cd "$app" && timeout 300 dotnet restore --nologo -v quiet >/dev/null)
build() { (cd "$app" && timeout 600 dotnet build --no-restore --nologo -v quiet -clp:NoSummary "$@" 2>&1); }
# errors LOG: the distinct error IDs in a build log or CLI output, sorted, one line.
errors() { grep -oE '(error|Error) CGEN[0-9]{4}' "$1" | grep -oE 'CGEN[0-9]{4}' | sort -u | tr '\n' ' ' | sed 's/ $//'; }
# expect_at LOG LOCATION ID SUGGESTION: one diagnostic ID at LOCATION whose message names SUGGESTION.
expect_at() {
  local line
  line=$(grep -F "$2: error $3:" "$1" | head -n 1) || true
  [ -n "$line" ] || { cat "$1" >&2; fail "no $3 at $2"; }
  case "$line" in *"$4"*) ;; *) fail "$3 at $2 does not suggest $4: $line" ;; esac
}

step "a. building the typo'd client: CGEN8002 and CGEN8004 at their arguments"
set +e
build >"$work/typo.log"
status=$?
set -e
[ "$status" -ne 0 ] || { cat "$work/typo.log" >&2; fail "the typo'd client built"; }
[ "$(errors "$work/typo.log")" = "CGEN8002 CGEN8004" ] || { cat "$work/typo.log" >&2; fail "expected exactly the errors CGEN8002 and CGEN8004, got: $(errors "$work/typo.log")"; }
expect_at "$work/typo.log" "$scope_at" CGEN8002 "orders/read"
expect_at "$work/typo.log" "$attribute_at" CGEN8004 "custom:tier"
grep -F "CGEN8002" "$work/typo.log" | head -n 1
grep -F "CGEN8004" "$work/typo.log" | head -n 1

step "c. cognitogen validate --pool pool/ on the typo'd client's CLI JSON: the same two errors"
# The same client as Orders.cs, as a create-user-pool-client input.
cat >"$work/client.json" <<JSON
{
    "UserPoolId": "$pool",
    "ClientName": "orders-web",
    "CallbackURLs": ["https://app.example.com/callback"],
    "LogoutURLs": ["https://app.example.com/signed-out"],
    "AllowedOAuthFlows": ["code"],
    "AllowedOAuthFlowsUserPoolClient": true,
    "AllowedOAuthScopes": ["openid", "email", "orders/raed"],
    "ReadAttributes": ["email", "custom:teir"],
    "WriteAttributes": ["email", "custom:tier"],
    "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    "PreventUserExistenceErrors": "ENABLED",
    "SupportedIdentityProviders": ["COGNITO", "Okta"]
}
JSON
set +e
(cd "$app" && timeout 120 "$cognitogen" validate --pool pool/ "$work/client.json") >"$work/cli.log" 2>&1
status=$?
set -e
cat "$work/cli.log"
[ "$status" -eq 1 ] || fail "cognitogen validate --pool exited $status, expected 1"
[ "$(errors "$work/cli.log")" = "CGEN8002 CGEN8004" ] || fail "expected exactly the errors CGEN8002 and CGEN8004 from the CLI, got: $(errors "$work/cli.log")"
grep -E 'CGEN8002' "$work/cli.log" | grep -qF 'orders/read' || fail "the CLI's CGEN8002 does not suggest orders/read"
grep -E 'CGEN8004' "$work/cli.log" | grep -qF 'custom:tier' || fail "the CLI's CGEN8004 does not suggest custom:tier"

step "d. a malformed pool file: CGEN8001 at its line and column, and the other files still checked"
# A trailing comma in the array: the JSON reader stops at the ']' on line 4, column 3.
printf '{\n  "Providers": [\n    { "ProviderName": "Okta", "ProviderType": "OIDC" },\n  ]\n}\n' >"$app/pool/broken.json"
set +e
build >"$work/broken.log"
status=$?
set -e
[ "$status" -ne 0 ] || { cat "$work/broken.log" >&2; fail "the typo'd client built with a broken pool file beside the good ones"; }
grep -F "$app/pool/broken.json(4,3): warning CGEN8001:" "$work/broken.log" | head -n 1 | grep . \
  || { cat "$work/broken.log" >&2; fail "no CGEN8001 warning at $app/pool/broken.json(4,3)"; }
[ "$(errors "$work/broken.log")" = "CGEN8002 CGEN8004" ] || { cat "$work/broken.log" >&2; fail "with a broken pool file, expected still CGEN8002 and CGEN8004, got: $(errors "$work/broken.log")"; }
expect_at "$work/broken.log" "$scope_at" CGEN8002 "orders/read"
expect_at "$work/broken.log" "$attribute_at" CGEN8004 "custom:tier"
set +e
(cd "$app" && timeout 120 "$cognitogen" validate --pool pool/ "$work/client.json") >"$work/cli-broken.log" 2>&1
status=$?
set -e
[ "$status" -eq 1 ] && [ "$(errors "$work/cli-broken.log")" = "CGEN8002 CGEN8004" ] || { cat "$work/cli-broken.log" >&2; fail "with a broken pool file, the CLI should still give CGEN8002 and CGEN8004 (exit 1), got exit $status"; }
grep -F 'broken.json(4,3): warning CGEN8001' "$work/cli-broken.log" | grep -q . || { cat "$work/cli-broken.log" >&2; fail "the CLI does not name broken.json and its line in a CGEN8001"; }
rm "$app/pool/broken.json"

step "b. the corrected client, with the generated names, builds clean with -warnaserror"
cat >"$app/Orders.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("orders-web")]
[CallbackUrl("https://app.example.com/callback"), LogoutUrl("https://app.example.com/signed-out")]
[AllowedOAuthFlows(OAuthFlow.Code), EnableOAuth]
[OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email)]
[OAuthScope(CognitoPool.Scopes.Orders.Read)]
[ReadAttributes(StandardAttribute.Email, CognitoPool.CustomAttributes.Tier)]
[WriteAttributes(StandardAttribute.Email, CognitoPool.CustomAttributes.Tier)]
[ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), PreventUserExistenceErrors]
[IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider(CognitoPool.IdentityProviders.Okta)]
public partial class OrdersClient { }
CS
cat >"$app/Program.cs" <<'CS'
var d = App.OrdersClient.Definition;
System.Console.WriteLine(string.Join(" ", d.AllowedOAuthScopes!) + " | " + string.Join(" ", d.ReadAttributes!));
CS
build -warnaserror >"$work/fixed.log" || { cat "$work/fixed.log" >&2; fail "the corrected client does not build clean with -warnaserror"; }
out=$(cd "$app" && timeout 120 dotnet run --no-build --no-restore)
[ "$out" = "openid email orders/read | email custom:tier" ] || fail "the corrected client's definition is '$out', expected 'openid email orders/read | email custom:tier'"
step "the corrected client: $out"
step "passed in $((SECONDS - started)) s"
