#!/usr/bin/env bash
# Builds a throwaway project with N app clients (default 1000) that uses the repository's runtime, generator and
# analyzers the way a consumer does (ProjectReference with OutputItemType=Analyzer), with -p:ReportAnalyzer=true, and
# prints from the build log how long each of our generators and analyzers took, next to the compiler's own time.
#
#   benchmarks/run-report-analyzer.sh [N] [--keep]
#
# The clients are the benchmark's (benchmarks/CognitoGen.Benchmarks `sources` mode): 50 per file, shaped like the
# sample. The project also references the SDK stand-in, so the SDK request builders are generated as well.
# --keep leaves the temporary folder (project, build log, binlog) in place and prints its path.
set -euo pipefail

n=1000
keep=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    ''|*[!0-9]*) echo "usage: $0 [N] [--keep]" >&2; exit 2 ;;
    *) n=$arg ;;
  esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cognitogen-report.XXXXXX")
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi

echo "Generating $n clients in $work/ReportApp ..." >&2
mkdir -p "$work/ReportApp"
dotnet run -c Release --project "$repo/benchmarks/CognitoGen.Benchmarks" -- sources "$work/ReportApp" "$n" >/dev/null

# The repository's Directory.Build.props is not above the temporary folder: this is a plain consumer project.
cat > "$work/ReportApp/ReportApp.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <!-- The clients are valid; the analyzers' infos (pool-dependent reminders) are not warnings. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/CognitoGen/CognitoGen.csproj" />
    <ProjectReference Include="$repo/tests/CognitoGen.SdkStandIn/CognitoGen.SdkStandIn.csproj" />
    <ProjectReference Include="$repo/generator/CognitoGen.Generator/CognitoGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/analyzers/CognitoGen.Analyzers/CognitoGen.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
EOF

# Build the repository's projects first, so that the timed build below compiles only ReportApp.
echo "Building the referenced projects ..." >&2
dotnet build -c Release "$work/ReportApp/ReportApp.csproj" -v:q -nologo >/dev/null
touch "$work/ReportApp/Clients0.cs"
rm -rf "$work/ReportApp/obj/Release/net10.0/ReportApp.dll" "$work/ReportApp/bin"

echo "Building ReportApp with -p:ReportAnalyzer=true ..." >&2
log="$work/build.log"
dotnet build -c Release "$work/ReportApp/ReportApp.csproj" --no-dependencies -nologo -v:d -clp:PerformanceSummary \
  -p:ReportAnalyzer=true -bl:"$work/build.binlog" >"$log" 2>&1 || { tail -40 "$log" >&2; exit 1; }

# csc's /reportanalyzer output: "Total analyzer execution time: S seconds." then "Time (s)  %  Analyzer" rows, an
# assembly row followed by its types (indented); the same for generators. Each line carries MSBuild's indentation.
awk -v n="$n" '
  function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
  /Total analyzer execution time:/  { section = "analyzer";  totals[section] = trim($0); next }
  /Total generator execution time:/ { section = "generator"; totals[section] = trim($0); next }
  section != "" && /^[ \t]*<?[0-9]+(\.[0-9]+)?[ \t]+[0-9<]+[ \t]+/ {
    match($0, /<?[0-9]+(\.[0-9]+)?[ \t]+[0-9<]+/)
    split(substr($0, RSTART, RLENGTH), f, /[ \t]+/)
    rest = substr($0, RSTART + RLENGTH)
    match(rest, /^[ \t]+/); nested = RLENGTH > 4          # types are indented under their assembly
    name = trim(rest); sub(/, Version=.*/, "", name); sub(/ \(CGEN[0-9, CGEN]+\)$/, " (all CGEN rules)", name)
    if (f[1] ~ /^</ && name !~ /^CognitoGen\./) next          # below a millisecond, and not ours: left out
    rows[section] = rows[section] sprintf("  %-5s %9s s %4s %%  %s%s\n", (name ~ /^CognitoGen\./ ? "ours" : ""), f[1], f[2], nested ? "    " : "", name)
    if (name ~ /^CognitoGen\./ && !nested) ours[section] += f[1]
    next
  }
  section != "" && !/^[ \t]*$/ && !/Time \(s\)/ && !/NOTE:/ && !/concurrent execution/ { section = "" }
  /^[ \t]+[0-9]+ ms[ \t]+Csc[ \t]/ { csc = $1 " ms" }
  END {
    printf "ReportApp: %d clients, Release, one build with -p:ReportAnalyzer=true\n\n", n
    print "Generators (" totals["generator"] ")"; printf "%s\n", rows["generator"]
    print "Analyzers (" totals["analyzer"] ")";   printf "%s\n", rows["analyzer"]
    printf "CognitoGen: generator %.3f s, analyzers %.3f s\n", ours["generator"], ours["analyzer"]
    if (csc != "") print "Csc task, the whole compilation (parse, bind, every generator and analyzer, emit): " csc
    print "Times are as csc reports them: wall-clock per generator/analyzer; analyzers run concurrently with each other."
  }
' "$log"

if [ "$keep" -eq 1 ]; then echo "kept: $work (build.log, build.binlog)" >&2; fi
