#!/usr/bin/env bash
# End to end with real components: the sample's CLI input JSON goes through the real AWS CLI (which validates it against
# the service model on the client side) to cognito-local 5.3.0 on 127.0.0.1, then `cognitogen diff` (installed as a
# dotnet tool from a local feed) checks the described client for drift, before and after an update.
# Usage: e2e/run.sh   (needs the .NET SDK, Node.js/npm, and the AWS CLI, which it installs from Debian if missing)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
. "$root/e2e/lib/cognito-local.sh"
cleanup() { stop_cognito_local; rm -rf "$work"; }
trap cleanup EXIT
step() { echo "e2e: $*"; }

ensure_aws_cli
step "installing cognito-local 5.3.0 and the cognitogen tool"
install_cognito_local "$work"
dotnet pack "$root/cli/CognitoGen.Cli/CognitoGen.Cli.csproj" -c Release -o "$work/feed" -p:Version=0.1.0-e2e --nologo -v quiet >/dev/null
dotnet tool install CognitoGen.Cli --version 0.1.0-e2e --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
cognitogen="$work/tools/cognitogen"

start_cognito_local "$work"

pool=$(idp create-user-pool --pool-name cognitogen-e2e --query UserPool.Id --output text)
step "user pool $pool"

dotnet run --project "$root/sample/CognitoGen.Sample" >"$work/create.json"
# The explicit --user-pool-id overrides the example's us-west-2_EXAMPLE in the JSON.
client=$(idp create-user-pool-client --cli-input-json "file://$work/create.json" --user-pool-id "$pool" --query UserPoolClient.ClientId --output text)
step "created client $client from the sample's JSON"

idp describe-user-pool-client --user-pool-id "$pool" --client-id "$client" >"$work/describe.json"
"$cognitogen" diff "$work/create.json" "$work/describe.json" --ignore-missing
step "no drift after create"

dotnet run --project "$root/sample/CognitoGen.Sample" -- update "$pool" "$client" >"$work/update.json"
idp update-user-pool-client --cli-input-json "file://$work/update.json" >/dev/null
idp describe-user-pool-client --user-pool-id "$pool" --client-id "$client" >"$work/describe-after-update.json"
"$cognitogen" diff "$work/create.json" "$work/describe-after-update.json" --ignore-missing
step "no drift after update"

# A hand edit in the "console" is drift, and diff says so with exit 1.
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d["CallbackURLs"] = ["https://evil.example.com"]; json.dump(d, open(sys.argv[2], "w"))' "$work/update.json" "$work/edited.json"
idp update-user-pool-client --cli-input-json "file://$work/edited.json" >/dev/null
idp describe-user-pool-client --user-pool-id "$pool" --client-id "$client" >"$work/describe-edited.json"
set +e
"$cognitogen" diff "$work/create.json" "$work/describe-edited.json" --ignore-missing
status=$?
set -e
if [ "$status" -ne 1 ]; then echo "e2e: expected diff to report drift (exit 1), got $status" >&2; exit 1; fi
step "drift after a hand edit is reported"
step "passed"
