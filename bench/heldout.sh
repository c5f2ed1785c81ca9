#!/usr/bin/env bash
# Measures debrief's phrasing checker on a labeled sample, line by line:
# precision and recall of `debrief lint` (the shipped binary) over it.
#   bench/heldout.sh [FILE]   (default phrasing/testdata/heldout.tsv; the other
#   held-out blocks are heldout-2.tsv and heldout-3.tsv)
#   VERBOSE=1 lists the misses and false alarms.
# FILE is TSV: label (B flagged / N not), category, sentence; a comment
# "# names: A,B,C" or "# ... roster: A,B,C" gives the attendee names.
# ../shared/language/examples.tsv is a tuning set now (the rules were
# tuned on it), so its figure is not a measure of anything.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
file=${1:-$repo/phrasing/testdata/heldout.tsv}
[ -f "$file" ] || { echo "heldout: no such file: $file" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$repo" && go build -o "$tmp/debrief" .)

names=$(sed -n -e 's/^#.*roster: *//p' -e 's/^# names: *//p' "$file" | head -1 | tr -d ' \r')
# One sentence per paragraph, so line N of the input is sentence N.
grep -v '^#' "$file" | grep -v '^[[:space:]]*$' > "$tmp/labeled"
cut -f3 "$tmp/labeled" | awk '{print; print ""}' > "$tmp/doc.md"
set +e
"$tmp/debrief" lint --names "$names" "$tmp/doc.md" > "$tmp/out"
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
  printf "%d lines, %d blameful; TP %d FP %d FN %d; precision %.3f recall %.3f\n", n, tp + fn, tp, fp, fn, p, r
}' "$tmp/labeled"
