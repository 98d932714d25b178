#!/usr/bin/env bash
# End to end in a real language server: packs runtime/CognitoGen into a throwaway folder feed, creates a fresh consumer
# app that references it (restored into a private packages folder, so the global cache never sees this version),
# installs csharp-ls 0.28.0 as a local dotnet tool and drives it over stdio with e2e/lsp/client.py.
# Usage: e2e/lsp.sh [capture-file]   (needs the .NET SDK and python3; bounded to 10 minutes; stops the server always)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
capture_out=${1:-}
client_pid=""
cleanup() {
  if [ -n "$client_pid" ]; then
    pkill -KILL -P "$client_pid" 2>/dev/null || true
    kill "$client_pid" 2>/dev/null || true; wait "$client_pid" 2>/dev/null || true
  fi
  # The server runs in a process group of its own (setsid below): stop that group, whatever it started.
  if [ -f "$work/pgid" ]; then kill -KILL -- "-$(cat "$work/pgid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "e2e lsp: $*"; }
version=0.1.0-lsp$(date +%s)
. "$root/e2e/lib/consumer-app.sh"

step "packing CognitoGen $version"
new_consumer_app "$root" "$work" "$version"
app="$work/app"
cat >"$app/Client.cs" <<'CS'
using CognitoGen;

namespace App;

[UserPoolClient("web-app")]
[CallbackUrl("")]
public partial class WebAppClient;
CS
cat >"$app/Program.cs" <<'CS'
System.Console.WriteLine(App.WebAppClient.Definition.ClientName);
CS
step "restoring the consumer app and installing csharp-ls 0.28.0 as a local tool"
(cd "$app" && dotnet restore --nologo -v quiet >/dev/null)
(cd "$app" && dotnet new tool-manifest >/dev/null && dotnet tool install csharp-ls --version 0.28.0 >/dev/null)

capture="$work/capture.txt"
step "driving csharp-ls over stdio"
set +e
# setsid: the client, the server and everything it starts (MSBuild nodes, build servers) share one group to stop.
timeout --kill-after=10 480 setsid bash -c 'echo $$ > "$0/pgid"; cd "$1" && exec python3 "$2" dotnet tool run csharp-ls -- "$1" "$3"' \
  "$work" "$app" "$root/e2e/lsp/client.py" "$capture" &
client_pid=$!
wait "$client_pid"
status=$?
client_pid=""
set -e
[ -n "$capture_out" ] && cp "$capture" "$capture_out" 2>/dev/null || true
if [ -f "$work/pgid" ]; then
  # After shutdown/exit the server and whatever it started must be gone by themselves (10 s grace), else fail.
  for _ in $(seq 1 20); do pgrep -g "$(cat "$work/pgid")" >/dev/null 2>&1 || break; sleep 0.5; done
  if pgrep -g "$(cat "$work/pgid")" >/dev/null 2>&1; then echo "e2e lsp: processes left over: $(pgrep -ag "$(cat "$work/pgid")")" >&2; status=1; fi
  kill -KILL -- "-$(cat "$work/pgid")" 2>/dev/null || true
fi
if pgrep -f "$work" >/dev/null 2>&1; then echo "e2e lsp: processes left over: $(pgrep -af "$work")" >&2; status=1; fi
if [ "$status" -ne 0 ]; then
  [ -f "$app/server.err" ] && tail -20 "$app/server.err" >&2
  echo "e2e lsp: failed ($status)" >&2; exit 1
fi
step "passed"
