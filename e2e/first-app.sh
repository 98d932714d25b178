#!/usr/bin/env bash
# Follows README.md's "Get started in your app" literally in an empty temp folder: pack to a local feed, new console
# app, add the package, the README's two files, dotnet run; the output must equal the README's ```text block of that
# section. The files and the expected output are read from the README, never copied here.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

section="$(awk '/^## Get started in your app/{on=1; next} /^## /{on=0} on' "$repo/README.md")"
[ -n "$section" ] || { echo "first-app: README.md has no 'Get started in your app' section" >&2; exit 1; }
# Block N of a given fence language in the section (1-based).
block() { printf '%s\n' "$section" | awk -v lang="$1" -v n="$2" '
  /^```/ { if (on) { on=0; next } if ($0 == "```" lang) { k++; if (k == n) { on=1; next } } }
  on { print }'; }

client="$(block csharp 1)"; program="$(block csharp 2)"; expected="$(block text 1)"
[ -n "$client" ] && [ -n "$program" ] && [ -n "$expected" ] || { echo "first-app: section lacks two csharp blocks and a text block" >&2; exit 1; }

cd "$work"
mkdir MyApp && cd MyApp
run() { echo "+ $*" >&2; timeout 300 "$@"; }
run dotnet new console --force >&2
run bash "$repo/eng/pack-local.sh" . "$work/feed" >/dev/null
run dotnet add package CognitoGen --prerelease >&2
printf '%s\n' "$client" > WebAppClient.cs
printf '%s\n' "$program" > Program.cs
actual="$(timeout 300 dotnet run)"
if [ "$actual" != "$expected" ]; then
  echo "first-app: dotnet run printed something other than the README shows" >&2
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") >&2 || true
  exit 1
fi
echo "first-app: the README's first app prints what the README shows"

# README "Checking JSON you already have": the sample's client.json, validated, prints exactly the README's text block.
json_section="$(awk '/^## Checking JSON you already have/{on=1; next} /^## /{on=0} on' "$repo/README.md")"
expected_validate="$(printf '%s\n' "$json_section" | awk '/^```text$/ { if (!done) { on=1; next } } /^```$/ { if (on) { on=0; done=1 } } on { print }')"
[ -n "$expected_validate" ] || { echo "first-app: README.md 'Checking JSON you already have' has no text block" >&2; exit 1; }
mkdir -p "$work/check" && cd "$work/check"
timeout 300 dotnet run --project "$repo/sample/CognitoGen.Sample" > client.json
set +e
actual_validate="$(timeout 300 dotnet run --project "$repo/cli/CognitoGen.Cli" -- validate client.json)"
validate_status=$?
set -e
if [ "$actual_validate" != "$expected_validate" ] || [ "$validate_status" -ne 0 ]; then
  echo "first-app: 'cognitogen validate client.json' (exit $validate_status) printed something other than the README shows" >&2
  diff <(printf '%s\n' "$expected_validate") <(printf '%s\n' "$actual_validate") >&2 || true
  exit 1
fi
echo "first-app: 'cognitogen validate client.json' prints what the README shows"
