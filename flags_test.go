package main

import (
	"errors"
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
		flagName := ""
		for i, a := range args {
			if strings.TrimSpace(a) == "" {
				flagName = strings.TrimLeft(args[i-1], "-")
			}
		}
		want := "--" + flagName + ` "`
		if len(flagName) == 1 {
			want = "-" + flagName + ` "`
		}
		if !strings.Contains(stderr.String(), "an empty name") {
			t.Errorf("%q: stderr %q does not say the name is empty", args, stderr.String())
		}
		if code != exitError || stdout.Len() > 0 || !strings.Contains(stderr.String(), want) || strings.Contains(stderr.String(), "flag -") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, stdout.String(), stderr.String())
		}
	}
}

// TestScreenErrorSaysATerminalIsNeeded: a screen started without a
// terminal says so in words, naming input or output, and keeps the
// library's message for a bug report; at a terminal the error is as it
// was.
func TestScreenErrorSaysATerminalIsNeeded(t *testing.T) {
	lib := errors.New("bubbletea: could not create cancelable reader: add reader to epoll interest list")
	for _, tc := range []struct {
		in, out bool
		want    string
	}{
		{false, true, "this screen needs a terminal, and its input is not one (bubbletea: could not create"},
		{true, false, "its output is not one"},
		{false, false, "neither its input nor its output is one"},
		{true, true, lib.Error()},
	} {
		if got := screenError(lib, tc.in, tc.out).Error(); !strings.HasPrefix(got, tc.want) && !strings.Contains(got, tc.want) {
			t.Errorf("stdin %v stdout %v: %q", tc.in, tc.out, got)
		}
	}
}
