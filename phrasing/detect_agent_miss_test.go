package phrasing

import "testing"

// TestMissedBy: a person named as the one who did not take something in
// flags as passive-agent, and tab drops the agent; a person who did catch
// it and a system as the agent stay quiet.
func TestMissedBy(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, want string }{
		{"The update had changes that weren't noticed by the one pushing them.", "The update had changes that weren't noticed."},
		{"The warning was not noticed by the on-call.", "The warning was not noticed."},
		{"- the failing test was never checked by @kim", "- the failing test was never checked"},
		{"The expiry email wasn't read by the account owner.", "The expiry email wasn't read."},
		{"The diff was not reviewed by the person merging it.", "The diff was not reviewed."},
		{"| 09:10 | Spike was not spotted by the SRE |", "| 09:10 | Spike was not spotted |"},
		{"Sadly the regression was not caught by Priya before release.", "Sadly the regression was not caught before release."},
		{"The config drift was never seen by the on-call.", "The config drift was never seen."},
		{"The runbook step was not followed by the operator.", "The runbook step was not followed."},
		{"These errors weren't flagged by the reviewer.", "These errors weren't flagged."},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, "passive-agent")
		if f == nil {
			t.Errorf("passive-agent misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); got != tc.want {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.want)
		}
	}
	for _, quiet := range []string{
		"The alert was noticed by the on-call within a minute.",
		"The issue was not caught by the canary.",
		"The error wasn't seen by the load balancer.",
		"The change was not reviewed by Renovate.",
		"The page was read by the on-call at 09:12.",
		"It was not seen by anyone outside the team as urgent.",
		"The packet was not checked by the firewall.",
		"The bug was spotted by Priya during the review.",
		"Not one request was caught by the filter.",
		"The deploy was not followed by a restart.",
		"The one pushing the changes was on leave.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
