# Sourced by e2e scripts: a fresh consumer app of the packed package, isolated from the machine's package cache.
# new_consumer_app ROOT WORK VERSION: packs runtime/CognitoGen as VERSION into WORK/feed and creates WORK/app
# (App.csproj referencing it, a nuget.config with a private packages folder, the local feed first and the machine's
# enabled sources after it for everything else). The caller writes the app's sources.
new_consumer_app() {
  local root=$1 work=$2 version=$3
  dotnet pack "$root/runtime/CognitoGen/CognitoGen.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null
  mkdir -p "$work/app"
  cat >"$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local" value="$work/feed" /></packageSources>
</configuration>
XML
  dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { print $2 }' | while read -r src; do
    [ -n "$src" ] && dotnet nuget add source "$src" --name "upstream$RANDOM" --configfile "$work/app/nuget.config" >/dev/null
  done
  cat >"$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="CognitoGen" Version="$version" /></ItemGroup>
</Project>
XML
}
