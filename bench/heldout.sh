#!/usr/bin/env bash
# Measures debrief's phrasing checker on a held-out labeled sample that was
# not used to write the rules: line-level precision and recall.
#   bench/heldout.sh [FILE]   (default ../shared/language/examples.tsv)
# FILE is TSV: label (B flagged / N not), category, sentence; a comment
# "# ... roster: A,B,C" gives the attendee names.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
file=${1:-$repo/../shared/language/examples.tsv}
[ -f "$file" ] || { echo "heldout: no such file: $file" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$repo" && go build -o "$tmp/lint" ./bench/cmd/lintbench)

names=$(sed -n 's/^#.*roster: *//p' "$file" | head -1 | tr -d ' \r')
# One sentence per paragraph, so line N of the input is sentence N.
grep -v '^#' "$file" | grep -v '^[[:space:]]*$' > "$tmp/labeled"
cut -f3 "$tmp/labeled" | awk '{print; print ""}' > "$tmp/doc.md"
set +e
"$tmp/lint" --names "$names" "$tmp/doc.md" > "$tmp/out"
status=$?
set -e
[ $status -le 1 ] || { cat "$tmp/out" >&2; exit 2; }
sed -E 's/^[^:]*:([0-9]+):.*/\1/' "$tmp/out" | sort -un | awk '{print ($1+1)/2}' > "$tmp/flagged"

awk -F'\t' -v flagged="$tmp/flagged" -v verbose="${VERBOSE:-0}" '
BEGIN { while ((getline l < flagged) > 0) hit[l] = 1 }
{
  n++; f = (n in hit); b = ($1 == "B")
  if (b && f) tp++; else if (b) { fn++; if (verbose) print "missed:      " $2 ": " $3 }
  else if (f) { fp++; if (verbose) print "false alarm: " $2 ": " $3 }
}
END {
  p = (tp + fp) ? tp / (tp + fp) : 0; r = (tp + fn) ? tp / (tp + fn) : 0
  printf "held-out: %d lines, %d blameful; TP %d FP %d FN %d; precision %.3f recall %.3f\n", n, tp + fn, tp, fp, fn, p, r
}' "$tmp/labeled"
