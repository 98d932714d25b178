#!/usr/bin/env bash
# Where a real build's generator time goes (issue 10, item 4): re-runs the very csc command line of a
# benchmarks/run-report-analyzer.sh build, outside MSBuild, in variants, and prints for each what /reportanalyzer says
# of our generator and the other generators, the csc process's CPU time (user + sys), and how many methods the JIT
# compiled, from which assemblies (DOTNET_JitDisasmSummary; the SDK's Roslyn is ReadyToRun, our assemblies are not).
#
#   benchmarks/csc-experiments.sh DIR [RUNS]
#
# DIR is a folder kept by `benchmarks/run-report-analyzer.sh N --keep` (it has build.log with csc's command line).
# RUNS (default 3) runs of each variant; the table shows the run with the least CPU time, since other builds on the
# machine inflate wall-clock times (csc's own figures are wall-clock) far more than CPU time.
# Variants:
#   as-built        the command line as MSBuild ran it (our generator is the first generator on it)
#   ours-last       our generator and analyzers moved after the SDK's generators
#   without-ours    our generator and analyzers removed (what the build costs without CognitoGen's analyzer DLLs)
#   our-generator-only / our-analyzers-only   one of the two removed
#   tiered-off      as-built with DOTNET_TieredCompilation=0 (every method JIT-compiled fully optimised at first call)
set -euo pipefail

dir=$(cd "$1" && pwd)
runs=${2:-3}
log="$dir/build.log"
[ -f "$log" ] || { echo "no $log: run benchmarks/run-report-analyzer.sh N --keep first" >&2; exit 2; }
app="$dir/ReportApp"
sdk_csc=$(grep -o '/[^ ]*/Roslyn/bincore/csc ' "$log" | head -1 | sed 's/ $//')
[ -n "$sdk_csc" ] || { echo "no csc command line in $log" >&2; exit 2; }

# The command line, one argument per line, without the tool itself; our output goes elsewhere.
line=$(grep -m1 -F "$sdk_csc /noconfig" "$log" | sed "s|^ *${sdk_csc} ||")
args="$dir/csc-args.txt"
printf '%s\n' $line | grep -v '^/out:' | grep -v '^/refout:' > "$args"
printf '%s\n' "/out:$dir/exp/ReportApp.dll" >> "$args"
mkdir -p "$dir/exp"

ours='CognitoGen\.(Generator|Analyzers)\.dll$'
grep -Ev "^/analyzer:.*$ours" "$args" > "$dir/args-without-ours.rsp"
{ grep -Ev "^/analyzer:.*$ours" "$args"; grep -E "^/analyzer:.*$ours" "$args"; } > "$dir/args-ours-last.rsp"
grep -Ev '^/analyzer:.*CognitoGen\.Analyzers\.dll$' "$args" > "$dir/args-generator-only.rsp"
grep -Ev '^/analyzer:.*CognitoGen\.Generator\.dll$' "$args" > "$dir/args-analyzers-only.rsp"
cp "$args" "$dir/args-as-built.rsp"
cp "$args" "$dir/args-tiered-off.rsp"

run_variant() {
  local name=$1 rsp=$2; shift 2
  local best_cpu=999999 best=""
  for i in $(seq 1 "$runs"); do
    local out="$dir/exp/$name.$i.txt" jit="$dir/exp/$name.$i.jit.txt"
    rm -f "$jit"
    ( cd "$app" && env "$@" DOTNET_JitStdOutFile="$jit" DOTNET_JitDisasmSummary=1 /usr/bin/time -f 'cpu %U %S wall %e' \
        "$sdk_csc" /noconfig "@$dir/$rsp" > "$out" 2>&1 ) || { tail -20 "$out" >&2; exit 1; }
    local cpu
    cpu=$(awk '/^cpu /{printf "%.2f", $2 + $3}' "$out")
    if awk -v a="$cpu" -v b="$best_cpu" 'BEGIN{exit !(a < b)}'; then best_cpu=$cpu; best=$i; fi
  done
  local out="$dir/exp/$name.$best.txt" jit="$dir/exp/$name.$best.jit.txt"
  local gen_total ours_gen others wall jit_ours jit_roslyn jit_all ours_an
  gen_total=$(grep -m1 'Total generator execution time' "$out" | grep -Eo '[0-9]+\.[0-9]+')
  ours_gen=$(grep -E '^ *[0-9.<]+ +[0-9<]+ +CognitoGen\.Generator, ' "$out" | awk '{print $1}' | head -1 || true)
  ours_an=$(grep -E '^ *[0-9.<]+ +[0-9<]+ +CognitoGen\.Analyzers, ' "$out" | awk '{print $1}' | head -1 || true)
  wall=$(awk '/^cpu /{print $5}' "$out")
  jit_all=$(grep -c 'JIT compiled' "$jit" || true)
  jit_ours=$(grep -c 'JIT compiled CognitoGen\.' "$jit" || true)
  jit_roslyn=$(grep -c 'JIT compiled Microsoft\.CodeAnalysis\.' "$jit" || true)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${ours_gen:--}" "${ours_an:--}" "$gen_total" "$best_cpu" "$wall" "$jit_all" "$jit_ours" "$jit_roslyn"
}

clients=$(ls "$app"/Clients*.cs | wc -l)
echo "csc of ReportApp ($clients client files), outside MSBuild, $runs runs per variant, the run with the least CPU time; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| variant | our generator (s, /reportanalyzer) | our analyzers (s) | all generators (s) | csc CPU user+sys (s) | csc wall (s) | methods JIT-compiled | of them CognitoGen.* | of them Microsoft.CodeAnalysis.* |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
run_variant as-built args-as-built.rsp DOTNET_NOLOGO=1
run_variant ours-last args-ours-last.rsp DOTNET_NOLOGO=1
run_variant without-ours args-without-ours.rsp DOTNET_NOLOGO=1
run_variant our-generator-only args-generator-only.rsp DOTNET_NOLOGO=1
run_variant our-analyzers-only args-analyzers-only.rsp DOTNET_NOLOGO=1
run_variant tiered-off args-tiered-off.rsp DOTNET_TieredCompilation=0
echo
echo "files: $dir/exp (each run's csc output and JIT summary)"
