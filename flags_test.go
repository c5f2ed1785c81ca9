package main

import (
	"strings"
	"testing"
)

// TestEmptyFileFlagsAreRefused: a flag that names a file, given empty
// (-o "$OUT" with OUT unset), is an error naming the flag, exit 2, with
// nothing written to stdout, not the default taken in silence (the
// postmortem printed to the terminal, a meeting without the team's rules).
func TestEmptyFileFlagsAreRefused(t *testing.T) {
	for _, args := range [][]string{
		{"export", "s.debrief.yaml", "-o", ""},
		{"export", "s.debrief.yaml", "--actions", " "},
		{"export", "s.debrief.yaml", "--rules", ""},
		{"lint", "--rules", "", "x.md"},
		{"tickets", "s.debrief.yaml", "--to", "jira-csv", "-o", ""},
		{"resume", "s.debrief.yaml", "--agenda", ""},
		{"new", "--session", ""},
		{"new", "--agenda", ""},
		{"search", "pool", "--dir", ""},
		{"serve", "--keys", ""},
	} {
		var stdout, stderr strings.Builder
		code := run(args, strings.NewReader(""), &stdout, &stderr)
		flagName, lint := "", args[0] == "lint"
		for i, a := range args {
			if strings.TrimSpace(a) == "" {
				flagName = strings.TrimLeft(args[i-1], "-")
			}
		}
		want := "flag -" + flagName + ": an empty name"
		if lint {
			want = "--" + flagName + ` "": an empty name`
		}
		if code != exitError || stdout.Len() > 0 || !strings.Contains(stderr.String(), want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, stdout.String(), stderr.String())
		}
	}
}
