#!/usr/bin/env bash
# Side-by-side of `debrief lint` and Vale on the same 1 MB Markdown
# postmortem document with comparable rules (bench/vale/styles/Debrief).
# Measures wall time and max RSS with /usr/bin/time -v over RUNS runs and
# prints the best of each.
#   bench/compare.sh            (RUNS=5 SIZE=1048576 VALE=path/to/vale to override)
# Vale: go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=${RUNS:-5}
size=${SIZE:-1048576}
vale=${VALE:-$(command -v vale || echo "$(go env GOPATH)/bin/vale")}
[ -x "$vale" ] || { echo "compare: no vale; go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare: needs GNU time at /usr/bin/time" >&2; exit 2; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$repo" && go build -o "$tmp/lint" ./bench/cmd/lintbench && go run ./bench/cmd/gendoc -size "$size" > "$tmp/doc.md")
names=Alice,Bob,Mary,Priya,Kenji,Dana,Marcus,Sofia

# measure NAME CMD...: runs CMD $runs times, records best wall seconds,
# best max RSS (KB) and the CPU seconds of the fastest run.
measure() {
  local name=$1; shift
  local best_wall= best_rss= best_cpu=
  for _ in $(seq "$runs"); do
    /usr/bin/time -v "$@" > "$tmp/$name.out" 2> "$tmp/$name.time" || true
    local wall rss cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/$name.time")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$tmp/$name.time")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a<b)}'; then best_wall=$wall; best_cpu=$cpu; fi
    if [ -z "$best_rss" ] || [ "$rss" -lt "$best_rss" ]; then best_rss=$rss; fi
  done
  echo "$name $best_wall $best_rss $best_cpu $(wc -l < "$tmp/$name.out")"
}

d=$(measure debrief "$tmp/lint" --names "$names" "$tmp/doc.md")
v=$(measure vale "$vale" --config "$here/vale/.vale.ini" --output line "$tmp/doc.md")

echo "$d
$v" | awk -v bytes="$(wc -c < "$tmp/doc.md")" -v runs="$runs" -v cpus="$(nproc)" '
{ name[NR]=$1; wall[NR]=$2; rss[NR]=$3; cpu[NR]=$4; n[NR]=$5 }
END {
  printf "document: %.2f MB Markdown, best of %d runs, %d CPUs\n\n", bytes/1048576, runs, cpus
  printf "%-10s %10s %10s %12s %10s\n", "tool", "wall (s)", "CPU (s)", "max RSS (MB)", "findings"
  for (i=1;i<=2;i++) printf "%-10s %10.3f %10.2f %12.1f %10d\n", name[i], wall[i], cpu[i], rss[i]/1024, n[i]
  printf "\ndebrief is %.0fx faster (wall), %.0fx less CPU, and uses %.2f of the memory (1/%.1f).\n",
    wall[2]/(wall[1]>0?wall[1]:0.005), cpu[2]/(cpu[1]>0?cpu[1]:0.005), rss[1]/rss[2], rss[2]/rss[1]
}'
