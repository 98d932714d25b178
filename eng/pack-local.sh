#!/usr/bin/env bash
# Until CognitoGen is published: packs CognitoGen and CognitoGen.Cli into a folder feed (an absolute path) and writes
# a nuget.config in APP_DIR that adds that feed BESIDE the sources you already have (nuget.org stays; nothing cleared).
#   eng/pack-local.sh [APP_DIR] [FEED_DIR]     APP_DIR defaults to the current folder, FEED_DIR to <repo>/feed
# Each run packs a new prerelease version (0.1.0-local.<UTC time>), so NuGet's cache never serves a stale copy:
# add the package with `dotnet add package CognitoGen --prerelease`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
app_dir="$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)"
feed="${2:-$repo/feed}"
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"
version="${COGNITOGEN_VERSION:-0.1.0-local.$(date -u +%Y%m%d%H%M%S)}"

dotnet pack "$repo/runtime/CognitoGen/CognitoGen.csproj" -c Release -o "$feed" -p:Version="$version" >&2
dotnet pack "$repo/cli/CognitoGen.Cli/CognitoGen.Cli.csproj" -c Release -o "$feed" -p:Version="$version" >&2

if [ -f "$app_dir/nuget.config" ]; then
  echo "error: $app_dir/nuget.config exists; add this source to it by hand: $feed" >&2
  exit 1
fi
cat > "$app_dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- Added beside the inherited sources (nuget.org): the CognitoGen packages, until they are published. -->
    <add key="cognitogen-local" value="$feed" />
  </packageSources>
</configuration>
XML
echo "packed CognitoGen $version and CognitoGen.Cli $version into $feed" >&2
echo "wrote $app_dir/nuget.config" >&2
echo "$version"
