#!/usr/bin/env bash
# debrief lint side by side with Vale, as a user runs them: the shipped
# `debrief` binary (go build .) and Vale v3.22.0 with comparable rules
# (bench/vale/styles/Debrief), run in turn (one run of each per round, so a
# busy machine loads both alike) over
#   (a) a findings-dense 1 MB notes file (some 3,700 findings), and
#   (b) one postmortem of about 3.5 KB.
# debrief runs with --all-rules, so it reports what the Vale style checks
# (the meeting rules run either way; by default lint only hides their
# findings). Prints the median wall time and the median peak memory (maximum resident
# set size) of RUNS runs each, after one warm-up run.
#
#   bench/compare.sh        RUNS=9 VALE=/path/to/vale to override
#
# Needs: Go (to build debrief and bench/cmd/alternate, which times the runs
# and reads their peak memory from the kernel, like /usr/bin/time -v), a
# Unix system, and Vale v3.22.0:
#   go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=${RUNS:-9}
vale=${VALE:-$(command -v vale || echo "$(go env GOPATH)/bin/vale")}
command -v go > /dev/null || { echo "compare: needs Go to build debrief" >&2; exit 2; }
[ -x "$vale" ] || { echo "compare: no vale; go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0 (or VALE=path)" >&2; exit 2; }
vale_version=$(go version -m "$vale" 2>/dev/null | awk '$1 == "mod" {print $3}')
[ "$vale_version" = v3.22.0 ] || echo "compare: warning: $vale is Vale ${vale_version:-of unknown version}, not v3.22.0" >&2

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$repo"
go build -o "$tmp/debrief" .
go build -o "$tmp/alternate" ./bench/cmd/alternate
go run ./bench/cmd/gendoc -notes -size 1048576 > "$tmp/notes.md"
# One postmortem, cut at the last line break before 3,600 bytes.
go run ./bench/cmd/gendoc -size 3600 | head -c 3600 | sed '$d' > "$tmp/postmortem.md"
names=Alice,Bob,Mary,Priya,Kenji,Dana,Marcus,Sofia

echo "$(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for doc in notes.md postmortem.md; do
  echo
  echo "== $doc: $(wc -c < "$tmp/$doc") bytes, median of $runs runs each, run in turn"
  "$tmp/alternate" -runs "$runs" \
    -- debrief "$tmp/debrief" lint --all-rules --names "$names" "$tmp/$doc" \
    -- vale "$vale" --config "$here/vale/.vale.ini" --output line "$tmp/$doc" | tee "$tmp/table"
  awk 'NR == 2 {dw = $2; dm = $5} NR == 3 {vw = $2; vm = $5}
    END {printf "debrief: %.1fx as fast as Vale (wall), %.2f of its peak memory (1/%.1f)\n", vw/dw, dm/vm, vm/dm}' "$tmp/table"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
