package phrasing

import "testing"

// TestMoreContext: the not-blameful shapes real postmortems showed stay
// quiet, and their blameful twins still flag. Sentences are written for
// debrief in those shapes.
func TestMoreContext(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		{"root-cause", "**Root cause**:", "Root cause: the pool was too small."},
		{"root-cause", "Each report lists the symptom, root cause, fix and owner.", "The root cause was the pool size."},
		{"root-cause", "- 10:42 Root cause identified: the pool size", "Root cause identified: the pool size."},
		{"root-cause", "Builds ran on the spare runner until the root cause is fixed.", "The root cause is the spare runner."},
		{"absolute-remediation", "We wrote it up to learn from it so it does not happen again.", "Make sure it does not happen again."},
		{"absolute-remediation", "We will do our best to make sure this does not happen again.", "We will make sure this does not happen again."},
		{"absolute-remediation", "We hope it won't happen again, and we are ready if it does.", "It won't happen again."},
		{"punitive", "Nobody is going to fire the engineer who ran the script.", "We should fire the engineer who ran the script."},
		{"blame-labels", "If you made a stupid mistake that took production down, so did most of us.", "Kim made a stupid mistake that took production down."},
		{"blame-labels", "The staging config got messed up during the copy.", "Kim messed up the staging config during the copy."},
		{"should-have", "I think we should have seen these alerts, but I am not sure?", "We should have seen these alerts."},
		{"vague-action", "We wanted to be cautious with the new cluster.", "Engineers need to be more cautious with the new cluster."},
		{"hindsight-adverb", "The bug was (obviously) not caught by the unit tests.", "Obviously the pool was too small."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
