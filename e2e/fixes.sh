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

step "packing CognitoGen $version"
dotnet pack "$root/runtime/CognitoGen/CognitoGen.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null
app="$work/app"
mkdir -p "$app"
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local" value="$work/feed" /></packageSources>
</configuration>
XML
dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { print $2 }' | while read -r src; do
  [ -n "$src" ] && dotnet nuget add source "$src" --name "upstream$RANDOM" --configfile "$app/nuget.config" >/dev/null
done
cat >"$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="CognitoGen" Version="$version" /></ItemGroup>
</Project>
XML
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
